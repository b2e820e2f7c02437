/**
 * Offline validation of the add-in manifest. Microsoft's validator (office-addin-manifest)
 * sends the manifest to a web service that these machines cannot reach, so this checks
 * what makes Outlook refuse or misload a manifest, plus the product's own policies.
 */
import { parseXml } from "./dom";
import { checkIcons, checkIdentity, checkPermissions, checkRequirements, checkResources, checkStrings, checkUrls, type ReadImageSize } from "./checks";
import { checkSchema } from "./schema";
import type { Problem } from "./report";

export type { ReadImageSize } from "./checks";
export { formatProblem, type CheckId, type Problem } from "./report";

export interface ValidationResult {
  /** How many individual things were verified and found fine. */
  readonly passed: number;
  /** What is wrong, in the order the checks found it; empty when the manifest is valid. */
  readonly problems: readonly Problem[];
}

/**
 * Validates manifest text.
 *
 * @param xml the manifest's text.
 * @param readImageSize measures an icon by its path in the repository (`assets/icon-16.png`),
 *   returning null when there is no such image; tests pass a fake, the CLI reads files.
 * @returns the number of passed checks and every problem found. A manifest that is not
 *   well-formed XML stops at the parser's messages, since nothing else can be read.
 */
export function validateManifest(xml: string, readImageSize: ReadImageSize): ValidationResult {
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    return {
      passed: 0,
      problems: parsed.errors.map((e) => ({
        check: "well-formed" as const,
        message: `not well-formed XML: ${e.message}`,
        ...(e.position === undefined ? {} : { position: e.position }),
      })),
    };
  }
  const root = parsed.root;
  const reports = [
    checkSchema(root),
    checkIdentity(root),
    checkResources(root),
    checkUrls(root),
    checkIcons(root, readImageSize),
    checkPermissions(root),
    checkRequirements(root),
    checkStrings(root),
  ];
  return {
    // Parsing counts as the first check passed.
    passed: 1 + reports.reduce((sum, r) => sum + r.passed, 0),
    problems: reports.flatMap((r) => r.problems),
  };
}
