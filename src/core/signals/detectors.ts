/**
 * Signals that are not phrases: shouting in capitals, insistent punctuation and long
 * lists of jobs. Each is described by a rule (id, signal, note, examples) in the rules
 * data; the detector named there does the finding.
 */
import { compilePattern, matchFrom, type CompiledPattern } from "./pattern";
import type { Segment } from "./segments";
import type { LocalizedText, RuleLanguage, Severity } from "./types";
import type { SignalId } from "./signalIds";

export interface DetectorRule {
  readonly id: string;
  readonly signal: SignalId;
  /** Detectors read form, not words: they run on every language. */
  readonly language: RuleLanguage | "any";
  readonly severity: Severity;
  readonly detector: DetectorName;
  /**
   * For detectors that read a passage's surroundings (the line that introduces a list
   * and the one after it): patterns, in the language of `pattern.ts`, one of which must
   * match there, and patterns none of which may. Both languages' wordings in one list.
   */
  readonly nearby?: { readonly requires: readonly string[]; readonly unless: readonly string[] };
  readonly note: LocalizedText;
  readonly examples: { readonly flag: readonly string[]; readonly pass: readonly string[] };
}

export type DetectorName = "shouting" | "insistent-punctuation" | "long-list";

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Acronyms and codes that are written in capitals for a reason; they never count as shouting.
 * ASAP is pressure, not shouting, and has its own rules.
 */
const ACRONYMS = new Set(
  "ASAP PDF PNG JPG JPEG SVG GIF CEO CFO CTO COO CMO HR PR SEO SEM SEA CMS CRM ERP API URL UI UX FAQ USD EUR GBP CHF AUD CAD VAT UST MWST GMBH AG KG UG LTD LLC INC PLC CV ID PS PPS FYI BTW EOD EOB COB ETA TBD TBC NDA SLA KPI ROI QA OK OKAY UK US USA EU CET CEST GMT UTC PM AM DE EN CH AT NY LA SF IT AI CSS HTML JS PHP SQL IOS DNS SSL FTP RGB CMYK DPI A4 A3 MVP CTA DM SMS PIN IBAN BIC SWIFT ZIP PO RE AW WG FW FWD CC BCC TV XL XXL".split(" "),
);

/** 0 not yet known, 1 an upper-case letter (`\p{Lu}`), 2 not; per UTF-16 code unit. */
const UPPER_CASE = new Uint8Array(0x10000);
const UPPER_CASE_LETTER = /^\p{Lu}$/u;

function isUpperCase(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  // A surrogate may be half of an upper-case letter beyond the BMP: let the expression decide.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let known = UPPER_CASE[code] as number;
  if (known === 0) {
    known = UPPER_CASE_LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    UPPER_CASE[code] = known;
  }
  return known === 1;
}

/**
 * Two code units in a row that may be capitals: every upper-case letter is in this
 * class (those beyond Latin-1, and the halves of surrogate pairs, with much else). The
 * engine scans for it far faster than a loop over the characters; each find is checked.
 */
const MAYBE_TWO_CAPITALS = /[A-Z\u00C0-\u00DE\u0100-\uFFFF]{2}/g;

/**
 * Where the next shout can begin at or after `from`: before the next two capitals in a
 * row, at the one-letter word in front of them ("I TOLD"), or -1 when there are none.
 * Most mail has few capitals in a row, so the expression below runs only near them.
 */
function nextShoutStart(text: string, from: number): number {
  MAYBE_TWO_CAPITALS.lastIndex = from;
  // `test` moves `lastIndex` past the find without making a match array.
  while (MAYBE_TWO_CAPITALS.test(text)) {
    const start = MAYBE_TWO_CAPITALS.lastIndex - 2;
    if (isUpperCase(text.charCodeAt(start)) && isUpperCase(text.charCodeAt(start + 1))) {
      let before = start - 1;
      while (before >= from && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
      return before >= from && before < start - 1 && isUpperCase(text.charCodeAt(before)) ? before : start;
    }
    MAYBE_TWO_CAPITALS.lastIndex = start + 1;
  }
  return -1;
}

/** Runs of at least three words in capitals, at least two of them not acronyms ("FIX IT NOW", not "PDF AND SVG"). */
function shouting(text: string): Span[] {
  const spans: Span[] = [];
  // An optional one-letter word first ("I TOLD YOU"), then capital words; "!" and "?" belong to the shout.
  const run = /(?:\p{Lu}[ \t]+)?\p{Lu}{2,}(?:[\s,;:'’&-]{1,4}\p{Lu}{1,}(?![\p{Ll}]))*[!?]*/gu;
  let from = 0;
  for (;;) {
    const start = nextShoutStart(text, from);
    if (start < 0) break;
    run.lastIndex = start;
    const match = run.exec(text);
    if (match === null) break;
    from = match.index + Math.max(1, match[0].length);
    const words = match[0].match(/\p{Lu}+/gu) ?? [];
    // "MMM DD, YYYY", "XXX": placeholders of one letter repeated are not words.
    const shouted = words.filter((word) => word.length >= 2 && !ACRONYMS.has(word) && !isOneLetterRepeated(word));
    const letters = shouted.reduce((sum, word) => sum + word.length, 0);
    const before = text[match.index - 1];
    // Part of a mixed-case word ("McDONALD") or a code ("ABC-123"): not shouting.
    if (before !== undefined && /[\p{L}\p{N}]/u.test(before)) continue;
    if (words.length >= 3 && shouted.length >= 2 && letters >= 6) {
      let end = match.index + match[0].length;
      while (end > match.index && /[\s,;:&-]/.test(text[end - 1] ?? "")) end--;
      spans.push({ start: match.index, end });
    }
  }
  return spans;
}

function isOneLetterRepeated(word: string): boolean {
  for (let index = 1; index < word.length; index++) if (word[index] !== word[0]) return false;
  return true;
}

/**
 * "Any update??", "Is it done?!": a question pressed with doubled marks. The evidence
 * is the question itself when it is short, else its last words.
 */
function insistentPunctuation(text: string, segments: readonly Segment[]): Span[] {
  const spans: Span[] = [];
  for (const segment of segments) {
    // Trimmed sentences: doubled marks, if any, are their last two characters.
    if (segment.end - segment.start < 2 || !isMark(text.charCodeAt(segment.end - 1)) || !isMark(text.charCodeAt(segment.end - 2))) continue;
    const sentence = text.slice(segment.start, segment.end);
    const marks = /(?:\?{2,}|\?!+|!+\?)[?!]*\s*$/.exec(sentence);
    if (!marks) continue;
    const end = segment.start + marks.index + marks[0].trimEnd().length;
    let start = segment.start;
    if (end - start > 60) {
      // The last five words before the marks.
      const words = [...sentence.slice(0, marks.index).matchAll(/[\p{L}\p{N}'’]+/gu)];
      start = segment.start + (words[Math.max(0, words.length - 5)]?.index ?? 0);
    }
    spans.push({ start, end });
  }
  return spans;
}

function isMark(code: number): boolean {
  return code === 63 || code === 33;
}

/** How many items make a list long enough to be a capacity question when it comes with a near date. */
export const LONG_LIST_ITEMS = 5;

/** A list item: a bullet or a number ("1.", "2)") and a space at the start of a line. */
const LIST_ITEM = /^(?:[-*•–·▪◦]|\d{1,2}[.)])[ \t]/;

const COMPILED = new Map<string, CompiledPattern>();

function anyMatches(sources: readonly string[], text: string): boolean {
  return sources.some((source) => {
    let pattern = COMPILED.get(source);
    if (!pattern) {
      pattern = compilePattern(source);
      COMPILED.set(source, pattern);
    }
    return matchFrom(pattern, text, 0) !== null;
  });
}

/**
 * "Bis Montag bräuchten wir: - 4 Blogartikel - 12 Rezept-Intros - …": a list of at least
 * `LONG_LIST_ITEMS` items with a near date (the rule's `nearby.requires`) in its
 * introducing sentence, the list itself or the sentence after it, where the sentences
 * around it do not make it an offer or a thank-you (its `nearby.unless`). Each item is
 * its own sentence, so no phrase pattern can count them. The evidence is the
 * introducing sentence, where the ask and the date are.
 */
function longList(text: string, segments: readonly Segment[], rule: DetectorRule): Span[] {
  const nearby = rule.nearby;
  if (!nearby) return [];
  const spans: Span[] = [];
  const isItem = (segment: Segment) => LIST_ITEM.test(text.slice(segment.start, segment.start + 4)) && startsLine(text, segment.start);
  let index = 0;
  while (index < segments.length) {
    if (!isItem(segments[index] as Segment)) {
      index++;
      continue;
    }
    // The run starts with an item; a second sentence on an item's line ("- Newsletter.
    // Dringend.") belongs to the item, and a sentence on a new line ends the list.
    let items = 1;
    let end = index + 1;
    for (; end < segments.length; end++) {
      const segment = segments[end] as Segment;
      if (isItem(segment)) items++;
      else if (text.slice((segments[end - 1] as Segment).end, segment.start).includes("\n")) break;
    }
    const intro = index > 0 ? (segments[index - 1] as Segment) : undefined;
    const outro = segments[end];
    const around = [intro, outro].filter((segment): segment is Segment => segment !== undefined).map((segment) => text.slice(segment.start, segment.end));
    // The date may close an item ("- Pressemitteilung bis Freitag") or the list, which a
    // single line break joins to the last item; what it is for is said around the list.
    const list = text.slice((segments[index] as Segment).start, (segments[end - 1] as Segment).end);
    if (items >= LONG_LIST_ITEMS && [...around, list].some((sentence) => anyMatches(nearby.requires, sentence)) && !around.some((sentence) => anyMatches(nearby.unless, sentence))) {
      const evidence = intro ?? (segments[index] as Segment);
      spans.push({ start: evidence.start, end: evidence.end });
    }
    index = end;
  }
  return spans;
}

/** Whether only spaces or tabs stand between the line's start and `index`. */
function startsLine(text: string, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  return before < 0 || text.charCodeAt(before) === 10 || text.charCodeAt(before) === 13;
}

export const DETECTORS: Readonly<Record<DetectorName, (text: string, segments: readonly Segment[], rule: DetectorRule) => Span[]>> = {
  shouting,
  "insistent-punctuation": insistentPunctuation,
  "long-list": longList,
};
