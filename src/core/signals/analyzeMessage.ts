import type { RuleIndex } from "./ruleIndex";
import { isStrategy, type PolitenessTally, type StrategyWording } from "./politeness";
import { foldWord, type Segment } from "./segments";
import { HEDGES, NEGATORS, TRAILING_NEGATORS } from "./lexicon";
import { DETECTORS, type DetectorRule } from "./detectors";
import { scanMessage, SentenceMatcher, type MessageScan, type OnMatch } from "./sentenceMatcher";
import type { Finding, PhraseRule, RuleLanguage, Severity } from "./types";

/** What an analysis index holds: phrase rules, and politeness strategies found in the same pass. */
export type AnalysisRule = PhraseRule | StrategyWording;

/** What the matcher needs besides the text. */
export interface MessageContext {
  /** Index of the message in the thread, copied into each finding's evidence. */
  readonly message: number;
  /** The rule sets to run: the message's language, or both when it is undetermined. */
  readonly indexes: readonly { readonly language: RuleLanguage; readonly index: RuleIndex<AnalysisRule> }[];
  readonly detectors: readonly DetectorRule[];
  /** Rule ids the user muted. */
  readonly muted: ReadonlySet<string>;
  /** The message already scanned (shared with the politeness score); scanned here when absent. */
  readonly scan?: MessageScan;
  /** Takes the politeness strategies the indexes hold, as they are found. */
  readonly politeness?: PolitenessTally;
}

/** Signals whose severity rises with "!!!", "?!" or shouting in the same sentence. */
const INTENSIFIABLE = new Set(["tone.hostile", "tone.pressure", "tone.passive_aggressive"]);

/**
 * Every finding in one message's own words, in text order. Overlapping findings of the
 * same signal are merged into the strongest one, so one phrase is never counted twice.
 */
export function analyzeMessage(text: string, context: MessageContext): Finding[] {
  const findings: Finding[] = [];
  const scan = context.scan ?? scanMessage(text);
  /** Findings of rules with message conditions, kept once the whole message is read and they hold. */
  const pending = new Map<PhraseRule, { sentences: SentenceMatcher<AnalysisRule>; findings: Finding[] }>();
  const politeness = context.politeness;
  const matchers = context.indexes.map(({ language, index }) => {
    const sentences = new SentenceMatcher(index, scan);
    const found: OnMatch<AnalysisRule> = (rule, match, segment, sentence) => {
      // A strategy is looked for until it counts (or cannot any more), then no longer.
      if (isStrategy(rule)) return politeness ? politeness.offer(rule, match, segment.start, sentence) : true;
      const start = segment.start + match.index;
      const end = start + match[0].length;
      if (rule.negatable !== false && isNegated(text, scan, segment, start, end, language)) return false;
      const finding: Finding = {
        signal: rule.signal,
        ruleId: rule.id,
        severity: adjustSeverity(rule.signal, rule.severity, sentence, language),
        evidence: { message: context.message, start, end, text: text.slice(start, end) },
        note: rule.note,
      };
      if (rule.requiresInMessage === undefined && rule.unlessInMessage === undefined) findings.push(finding);
      else {
        const waiting = pending.get(rule) ?? { sentences, findings: [] };
        pending.set(rule, waiting);
        waiting.findings.push(finding);
      }
      return false;
    };
    return { sentences, found };
  });
  // Sentence by sentence, then index by index: findings of both languages come in text order.
  for (let position = 0; position < scan.segments.length; position++) {
    for (const { sentences, found } of matchers) sentences.matchSentences(position, position + 1, context.muted, found);
  }
  for (const [rule, waiting] of pending) if (waiting.sentences.messageConditionsHold(rule)) findings.push(...waiting.findings);
  dropYielding(findings, context.indexes);

  for (const detector of context.detectors) {
    if (context.muted.has(detector.id)) continue;
    for (const span of DETECTORS[detector.detector](text, scan.segments, detector)) {
      findings.push({
        signal: detector.signal,
        ruleId: detector.id,
        severity: detector.severity,
        evidence: { message: context.message, start: span.start, end: span.end, text: text.slice(span.start, span.end) },
        note: detector.note,
      });
    }
  }
  return mergeOverlapping(findings);
}

const YIELDING = new WeakMap<RuleIndex<AnalysisRule>, ReadonlyMap<string, readonly string[]>>();

/** The index's rules that give way to other signals, by id (worked out once per index). */
function yieldingRules(index: RuleIndex<AnalysisRule>): ReadonlyMap<string, readonly string[]> {
  let rules = YIELDING.get(index);
  if (!rules) {
    rules = new Map(index.rules.flatMap(({ rule }) => (!isStrategy(rule) && rule.yieldsTo ? [[rule.id, rule.yieldsTo] as const] : [])));
    YIELDING.set(index, rules);
  }
  return rules;
}

/** Removes the findings of rules that give way to a signal another rule found in the message (PhraseRule.yieldsTo). */
function dropYielding(findings: Finding[], indexes: MessageContext["indexes"]): void {
  if (findings.length < 2) return;
  const yielding = new Map<string, readonly string[]>();
  for (const { index } of indexes) for (const [id, signals] of yieldingRules(index)) yielding.set(id, signals);
  if (yielding.size === 0) return;
  const found = new Set(findings.filter((finding) => !yielding.has(finding.ruleId)).map((finding) => finding.signal as string));
  let kept = 0;
  for (const finding of findings) {
    if (!(yielding.get(finding.ruleId) ?? []).some((signal) => found.has(signal))) findings[kept++] = finding;
  }
  findings.length = kept;
}

/** How far before a match its negation is looked for, and how far after (German "… nicht"). */
const NEGATION_BEFORE = 48;
const NEGATION_AFTER = 24;

/**
 * Whether one of the three words before the match (or, in German, the word after it)
 * negates it. Offsets are into the message; the words are the scan's, cut at the window
 * and the sentence's bounds.
 */
function isNegated(text: string, scan: MessageScan, sentence: Segment, start: number, end: number, language: RuleLanguage): boolean {
  const { starts, ends } = scan.words;
  const from = Math.max(sentence.start, start - NEGATION_BEFORE);
  const negators = NEGATORS[language];
  // The words before the match: the last one starting before it, walking back.
  let word = firstWordEndingAfter(scan, start) - 1;
  for (let seen = 0; seen < 3 && word >= 0 && (ends[word] as number) > from; seen++, word--) {
    if (negators.has(foldWord(text.slice(Math.max(from, starts[word] as number), ends[word] as number)))) return true;
  }
  // "don't" is split into "don" + "t" by the tokenizer: look at the raw text too.
  if (language === "en" && /n['’]t\s+(?:\S+\s+){0,2}$/.test(text.slice(from, start).toLowerCase())) return true;
  const after = firstWordEndingAfter(scan, end);
  if (after >= scan.words.count) return false;
  const afterStart = Math.max(end, starts[after] as number);
  return afterStart < Math.min(sentence.end, end + NEGATION_AFTER) && TRAILING_NEGATORS[language].has(foldWord(text.slice(afterStart, ends[after] as number)));
}

/** The first word that ends after `offset` (binary search over the scan's words); `count` for none. */
function firstWordEndingAfter(scan: MessageScan, offset: number): number {
  const { ends, count } = scan.words;
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ends[middle] as number) > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Hedges folded once (see `foldWord`). */
const FOLDED_HEDGES: Readonly<Record<RuleLanguage, readonly string[]>> = { en: HEDGES.en.map(foldWord), de: HEDGES.de.map(foldWord) };

function adjustSeverity(signal: string, base: Severity, sentence: string, language: RuleLanguage): Severity {
  let severity: number = base;
  if (INTENSIFIABLE.has(signal) && /!{2,}|\?!|!\?|\?{2,}/.test(sentence)) severity++;
  if (signal === "tone.pressure") {
    const folded = foldWord(sentence);
    if (FOLDED_HEDGES[language].some((hedge) => folded.includes(hedge))) severity--;
  }
  return Math.min(3, Math.max(1, severity)) as Severity;
}

/** Keeps, of findings of one signal that overlap, the most severe (then the longest). */
function mergeOverlapping(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  findings.sort((a, b) => a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end);
  const kept: Finding[] = [];
  const lastBySignal = new Map<string, number>();
  for (const finding of findings) {
    const previousIndex = lastBySignal.get(finding.signal);
    const previous = previousIndex === undefined ? undefined : kept[previousIndex];
    if (previous && finding.evidence.start < previous.evidence.end) {
      if (finding.severity > previous.severity) kept[previousIndex as number] = finding;
      continue;
    }
    lastBySignal.set(finding.signal, kept.length);
    kept.push(finding);
  }
  return kept;
}
