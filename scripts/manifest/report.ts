/**
 * The shape of a validation result: every check counts what it verified and records each
 * problem with the check's id and, where known, the line and column it is on.
 */
import type { Element } from "@xmldom/xmldom";
import { positionOfNode, type Position } from "./dom";

export type CheckId =
  | "well-formed"
  | "schema"
  | "identity"
  | "resources"
  | "urls"
  | "icons"
  | "permissions"
  | "requirements"
  | "strings";

export interface Problem {
  readonly check: CheckId;
  readonly message: string;
  readonly position?: Position;
}

/** Collects the outcome of one check: how many things passed and what failed. */
export class Report {
  passed = 0;
  readonly problems: Problem[] = [];

  constructor(private readonly check: CheckId) {}

  /** Records that one thing was verified and is fine. */
  ok(): void {
    this.passed += 1;
  }

  /** Records a problem, at the position of `at` when given. */
  fail(message: string, at?: Element | Position): void {
    const position = at === undefined ? undefined : "line" in at ? at : positionOfNode(at);
    this.problems.push(position === undefined ? { check: this.check, message } : { check: this.check, message, position });
  }

  /** Records `ok()` when the condition holds, `fail(message, at)` otherwise. */
  expect(condition: boolean, message: () => string, at?: Element): void {
    if (condition) this.ok();
    else this.fail(message(), at);
  }
}

/** Formats a problem as one line: `manifest.xml:12:5: [schema] message`. */
export function formatProblem(file: string, problem: Problem): string {
  const where = problem.position === undefined ? file : `${file}:${problem.position.line}:${problem.position.column}`;
  return `${where}: [${problem.check}] ${problem.message}`;
}
