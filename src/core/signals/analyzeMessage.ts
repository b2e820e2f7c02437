import { PATTERNS_PER_RULE, wordInfo, type RuleIndex } from "./ruleIndex";
import { splitSegments, tokenize } from "./segments";
import { HEDGES, NEGATORS, TRAILING_NEGATORS } from "./lexicon";
import { DETECTORS, type DetectorRule } from "./detectors";
import { matchPattern, normaliseWord, testPattern, type Anchor } from "./pattern";
import type { Finding, RuleLanguage, Severity } from "./types";

/** What the matcher needs besides the text. */
export interface MessageContext {
  /** Index of the message in the thread, copied into each finding's evidence. */
  readonly message: number;
  /** The rule sets to run: the message's language, or both when it is undetermined. */
  readonly indexes: readonly { readonly language: RuleLanguage; readonly index: RuleIndex }[];
  readonly detectors: readonly DetectorRule[];
  /** Rule ids the user muted. */
  readonly muted: ReadonlySet<string>;
}

/** Signals whose severity rises with "!!!", "?!" or shouting in the same sentence. */
const INTENSIFIABLE = new Set(["tone.hostile", "tone.pressure", "tone.passive_aggressive"]);

/**
 * Every finding in one message's own words, in text order. Overlapping findings of the
 * same signal are merged into the strongest one, so one phrase is never counted twice.
 */
export function analyzeMessage(text: string, context: MessageContext): Finding[] {
  const findings: Finding[] = [];
  const segments = splitSegments(text);
  const candidates = new Set<number>();

  for (const segment of segments) {
    const words = tokenize(text, segment.start, segment.end).map((token) => token.folded);
    if (words.length === 0) continue;
    const wordSet = new Set(words);
    const sentence = text.slice(segment.start, segment.end);
    for (const { language, index } of context.indexes) {
      candidates.clear();
      const prefixes = new Set<string>();
      for (const word of words) {
        const info = wordInfo(index, word);
        for (const pattern of info.rules) candidates.add(pattern);
        for (const prefix of info.prefixes) prefixes.add(prefix);
      }
      if (candidates.size === 0) continue;
      const present = (anchor: Anchor) => (anchor.prefix ? prefixes.has(anchor.word) : wordSet.has(anchor.word));
      // A rule's sentence-level conditions are checked once, and only after one of its patterns matched.
      const allowedByRule = new Map<number, boolean>();
      for (const id of [...candidates].sort((a, b) => a - b)) {
        const ruleIndex = Math.floor(id / PATTERNS_PER_RULE);
        const compiled = index.rules[ruleIndex];
        const pattern = compiled?.patterns[id % PATTERNS_PER_RULE];
        if (!compiled || !pattern || context.muted.has(compiled.rule.id) || allowedByRule.get(ruleIndex) === false) continue;
        if (!pattern.requiredWords.every((alternatives) => alternatives.some(present))) continue;
        for (const match of matchPattern(pattern, sentence)) {
          let allowed = allowedByRule.get(ruleIndex);
          if (allowed === undefined) {
            allowed =
              (compiled.requires.length === 0 || compiled.requires.some((condition) => testPattern(condition, sentence))) &&
              !compiled.unless.some((condition) => testPattern(condition, sentence));
            allowedByRule.set(ruleIndex, allowed);
          }
          if (!allowed) break;
          if (compiled.rule.negatable !== false && isNegated(sentence, match.index, match.index + match[0].length, language)) continue;
          const start = segment.start + match.index;
          const end = start + match[0].length;
          findings.push({
            signal: compiled.rule.signal,
            ruleId: compiled.rule.id,
            severity: adjustSeverity(compiled.rule.signal, compiled.rule.severity, sentence, language),
            evidence: { message: context.message, start, end, text: text.slice(start, end) },
            note: compiled.rule.note,
          });
        }
      }
    }
  }

  for (const detector of context.detectors) {
    if (context.muted.has(detector.id)) continue;
    for (const span of DETECTORS[detector.detector](text, segments)) {
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

/** Whether one of the three words before the match (or, in German, the word after it) negates it. */
function isNegated(sentence: string, start: number, end: number, language: RuleLanguage): boolean {
  const before = tokenize(sentence, Math.max(0, start - 48), start).slice(-3);
  // "don't" is split into "don" + "t" by the tokenizer: look at the raw text too.
  const rawBefore = sentence.slice(Math.max(0, start - 48), start).toLowerCase();
  if (before.some((token) => NEGATORS[language].has(token.folded))) return true;
  if (language === "en" && /n['’]t\s+(?:\S+\s+){0,2}$/.test(rawBefore)) return true;
  const after = tokenize(sentence, end, Math.min(sentence.length, end + 24))[0];
  return after !== undefined && TRAILING_NEGATORS[language].has(after.folded);
}

function adjustSeverity(signal: string, base: Severity, sentence: string, language: RuleLanguage): Severity {
  let severity: number = base;
  if (INTENSIFIABLE.has(signal) && /!{2,}|\?!|!\?|\?{2,}/.test(sentence)) severity++;
  if (signal === "tone.pressure") {
    const folded = normaliseWord(sentence);
    if (HEDGES[language].some((hedge) => folded.includes(normaliseWord(hedge)))) severity--;
  }
  return Math.min(3, Math.max(1, severity)) as Severity;
}

/** Keeps, of findings of one signal that overlap, the most severe (then the longest). */
function mergeOverlapping(findings: Finding[]): Finding[] {
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
