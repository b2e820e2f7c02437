import type { ThreadMessage } from "../thread/readThread";
import { analyzeMessage } from "./analyzeMessage";
import { PolitenessTally, strategyWordings } from "./politeness";
import { buildRuleIndex, LANGUAGE_VOCABULARIES, type RuleIndex } from "./ruleIndex";
import { scanMessage } from "./sentenceMatcher";
import { sameSender, summarizeThread, type ThreadSummary } from "./summary";
import { DETECTOR_RULES, PHRASE_RULES } from "./rules";
import type { AnalysisRule } from "./analyzeMessage";
import type { Finding, RuleLanguage, Severity } from "./types";

/** The user's choices that change the analysis. */
export interface AnalysisSettings {
  /** Rule ids the user muted in the settings ("not a problem for me"). */
  readonly mutedRuleIds?: readonly string[];
}

export interface MessageAnalysis {
  /** In text order; evidence offsets point into the message's `text`. */
  readonly findings: readonly Finding[];
  /** -1 (very impolite) to 1 (very polite). */
  readonly politeness: number;
}

export interface ThreadAnalysis {
  /** Same order and indices as the thread: 0 is the newest message. */
  readonly messages: readonly MessageAnalysis[];
  readonly summary: ThreadSummary;
}

/** A follow-up from the same sender within this many hours reads as chasing. */
const CHASING_HOURS = 24;

const indexes: Partial<Record<RuleLanguage, RuleIndex<AnalysisRule>>> = {};

/**
 * A language's rules and politeness strategies in one index, compiled on first use (some
 * hundred milliseconds for both languages, so a mail in one language compiles only its
 * own): one pass over a sentence finds both.
 */
function ruleIndex(language: RuleLanguage): RuleIndex<AnalysisRule> {
  let index = indexes[language];
  if (!index) {
    index = buildRuleIndex<AnalysisRule>([...PHRASE_RULES.filter((rule) => rule.language === language), ...strategyWordings(language)], LANGUAGE_VOCABULARIES[language]);
    indexes[language] = index;
  }
  return index;
}

/**
 * Compiles a language's rules now rather than at the first analysis: the pane calls it
 * while it waits for the email's body, so the first analysis does not pay for it.
 */
export function prepareAnalysis(language: RuleLanguage): void {
  ruleIndex(language);
}

/**
 * Finds the signals of `../../../../shared/spec/signals.md` in every message of a thread.
 *
 * Each message is read in its own language (both rule sets when undetermined); only its
 * own words count, never its quoted history or signature, because readThread has already
 * set those apart. Pressure in a message that follows the same sender's previous one
 * within a day counts one step more severe: that is chasing.
 * @param thread newest first, as readThread returns it
 * @param settings the user's muted rules
 * @returns findings and politeness per message, and a summary for the client
 */
export function analyzeThread(thread: readonly ThreadMessage[], settings: AnalysisSettings = {}): ThreadAnalysis {
  const muted = new Set(settings.mutedRuleIds ?? []);
  const messages = thread.map((message, index): MessageAnalysis => {
    const languages: RuleLanguage[] = message.language === "und" ? ["en", "de"] : [message.language];
    const scan = scanMessage(message.text);
    // The politeness strategies are found in the rules' pass.
    const politeness = new PolitenessTally(scan);
    const found = analyzeMessage(message.text, {
      message: index,
      indexes: languages.map((language) => ({ language, index: ruleIndex(language) })),
      detectors: DETECTOR_RULES,
      muted,
      scan,
      politeness,
    });
    return { findings: isChasing(thread, index) ? found.map(chased) : found, politeness: politeness.score() };
  });
  return { messages, summary: summarizeThread(thread, messages.map((message) => message.findings)) };
}

function isChasing(thread: readonly ThreadMessage[], index: number): boolean {
  const message = thread[index];
  const previous = thread[index + 1];
  if (!message?.sentAt || !previous?.sentAt) return false;
  // The dates first: comparing senders reads their addresses with an expression.
  const hours = (message.sentAt.getTime() - previous.sentAt.getTime()) / 3_600_000;
  return hours >= 0 && hours <= CHASING_HOURS && sameSender(message.from, previous.from);
}

function chased(finding: Finding): Finding {
  if (finding.signal !== "tone.pressure") return finding;
  return { ...finding, severity: Math.min(3, finding.severity + 1) as Severity };
}
