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

/** Runs of at least three words in capitals, at least two of them not acronyms ("FIX IT NOW", not "PDF AND SVG"). */
function shouting(text: string): Span[] {
  const spans: Span[] = [];
  // An optional one-letter word first ("I TOLD YOU"), then capital words; "!" and "?" belong to the shout.
  const run = /(?:\p{Lu}[ \t]+)?\p{Lu}{2,}(?:[\s,;:'’&-]{1,4}\p{Lu}{1,}(?![\p{Ll}]))*[!?]*/gu;
  let match: RegExpExecArray | null;
  while ((match = run.exec(text)) !== null) {
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

export const DETECTORS: Readonly<Record<DetectorName, (text: string, segments: readonly Segment[]) => Span[]>> = {
  shouting,
  "insistent-punctuation": insistentPunctuation,
};
