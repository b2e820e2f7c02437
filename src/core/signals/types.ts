import type { SignalId } from "./signalIds";

/** 1 mild, 2 clear, 3 severe. */
export type Severity = 1 | 2 | 3;

/** The languages rules are written for. */
export type RuleLanguage = "en" | "de";

/** A sentence for the user in each UI language. */
export interface LocalizedText {
  readonly en: string;
  readonly de: string;
}

/**
 * A phrase rule: data, not code. Patterns use the small pattern language of
 * `pattern.ts` (words, `(a|b)`, `word*`, optional `x?`, gaps `...`, `#num`).
 */
export interface PhraseRule {
  /** Stable id, e.g. "en.scope.while-youre-at-it"; stored with dismissed findings, so never renamed. */
  readonly id: string;
  readonly signal: SignalId;
  readonly language: RuleLanguage;
  readonly severity: Severity;
  /** Any of these matching fires the rule; the match is the evidence. */
  readonly patterns: readonly string[];
  /** The rule does not fire in a sentence where one of these matches (e.g. "no rush"). */
  readonly unless?: readonly string[];
  /** The rule fires only in a sentence where one of these matches too (e.g. addressed to "you"). */
  readonly requires?: readonly string[];
  /**
   * The rule fires only in a message where one of these matches in some sentence, the
   * same or another: what a message says across sentences ("Sorry for the late reply.
   * The launch is still Friday." is late feedback only with the date kept).
   */
  readonly requiresInMessage?: readonly string[];
  /**
   * The rule does not fire in a message where one of these matches in some sentence
   * ("Sorry for the slow reply … Let's move the go-live back a week" is no late feedback).
   */
  readonly unlessInMessage?: readonly string[];
  /**
   * Signals this rule gives way to: its findings are dropped when another rule finds one
   * of these in the same message ("All of it by tomorrow" after a list of deliverables
   * is overload, not pressure, in the annotation guide).
   */
  readonly yieldsTo?: readonly SignalId[];
  /**
   * Whether a negation just before the match ("not urgent", "kein Stress") cancels it.
   * Default true; false for phrases that stay what they are when negated ("don't you dare").
   */
  readonly negatable?: boolean;
  /** One line for the user: what this is and why it matters. */
  readonly note: LocalizedText;
  /** Must-fire and must-not-fire sentences; a table-driven test walks them all. */
  readonly examples: { readonly flag: readonly string[]; readonly pass: readonly string[] };
}

/** Where a finding's words are: UTF-16 offsets into `messages[message].text`. */
export interface Evidence {
  /** Index into the thread (0 = newest). */
  readonly message: number;
  readonly start: number;
  readonly end: number;
  /** Exactly `messages[message].text.slice(start, end)`. */
  readonly text: string;
}

/** One signal found in one message, with the words that caused it. */
export interface Finding {
  readonly signal: SignalId;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly evidence: Evidence;
  readonly note: LocalizedText;
}
