/**
 * Signals that are not phrases: shouting in capitals and insistent punctuation. Each
 * is described by a rule (id, signal, note, examples) in the rules data; the detector
 * named there does the finding.
 */
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
  readonly note: LocalizedText;
  readonly examples: { readonly flag: readonly string[]; readonly pass: readonly string[] };
}

export type DetectorName = "shouting" | "insistent-punctuation";

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
 * Where the next shout can begin at or after `from`: before the next two capitals in a
 * row, at the one-letter word in front of them ("I TOLD"), or -1 when there are none.
 * Most mail has few capitals in a row, so the expression below runs only near them.
 */
function nextShoutStart(text: string, from: number): number {
  let previousUpper = false;
  for (let index = from; index < text.length; index++) {
    const upper = isUpperCase(text.charCodeAt(index));
    if (upper && previousUpper) {
      let start = index - 1;
      let before = start - 1;
      while (before >= from && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
      if (before >= from && before < start - 1 && isUpperCase(text.charCodeAt(before))) start = before;
      return start;
    }
    previousUpper = upper;
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
    const shouted = words.filter((word) => word.length >= 2 && !ACRONYMS.has(word));
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

export const DETECTORS: Readonly<Record<DetectorName, (text: string, segments: readonly Segment[]) => Span[]>> = {
  shouting,
  "insistent-punctuation": insistentPunctuation,
};
