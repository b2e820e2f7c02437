/**
 * Splits a message into sentences ("segments") and words, in one linear pass each.
 * Rules match within one segment, so a gap cannot reach into the next sentence, and
 * every regex runs on a bounded piece of text.
 */

/** A sentence (or list item, or greeting line) as offsets into the message text. */
export interface Segment {
  readonly start: number;
  readonly end: number;
}

/** A word: letters and digits only, folded for look-up. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased, ß→ss, ä→ae, ö→oe, ü→ue. */
  readonly folded: string;
}

/** Segments longer than this are cut at a space: no real sentence is longer, and it bounds regex work. */
export const MAX_SEGMENT = 600;

// "e.g." or "z. B." do not end a sentence.
const ABBREVIATIONS = new Set(["eg", "e.g", "ie", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "z.b", "zb", "bzw", "ca", "usw", "d.h", "u.a", "ggf", "evtl", "inkl", "nr", "st", "bspw", "vgl", "z", "b"]);
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/** The sentences of `text`, in order, trimmed of surrounding white space; empty ones are dropped. */
export function splitSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // Cut over-long runs (a pasted log, a 10 MB line) at a space, never mid-word if avoidable.
    while (e - s > MAX_SEGMENT) {
      let cut = s + MAX_SEGMENT;
      const space = text.lastIndexOf(" ", cut);
      if (space > s + MAX_SEGMENT / 2) cut = space;
      segments.push({ start: s, end: cut });
      s = cut;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
    }
    if (e > s) segments.push({ start: s, end: e });
    start = end;
  };

  // The engine finds the next mark or line break far faster than a loop over the
  // characters would; `test` moves `lastIndex` past it without making a match array.
  const length = text.length;
  SEGMENT_MARK.lastIndex = 0;
  while (SEGMENT_MARK.test(text)) {
    const i = SEGMENT_MARK.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (code !== NEWLINE) {
      let end = i + 1;
      while (end < length && isClosingMark(text.charCodeAt(end))) end++;
      if ((end === length || isSpace(text.charCodeAt(end))) && !(code === DOT && end === i + 1 && isAbbreviationOrOrdinal(text, i))) {
        push(end);
      }
      SEGMENT_MARK.lastIndex = end;
    } else {
      // A blank line, or a new list item, starts a new segment; a single line break is
      // usually a hard wrap inside a sentence.
      let j = i + 1;
      while (j < length && isInlineSpace(text.charCodeAt(j))) j++;
      const next = j < length ? text.charCodeAt(j) : -1;
      if (next === NEWLINE || next === HYPHEN || next === ASTERISK || next === BULLET || next === EN_DASH || (isAsciiDigit(next) && isNumberedItem(text, j)) || endsWithGreeting(text, start, i)) {
        push(i);
      }
    }
  }
  push(text.length);
  return segments;
}

/** The words of `text` between `from` and `to`, folded for look-up. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const pattern = /[\p{L}\p{N}]+/gu;
  pattern.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null && match.index < to) {
    tokens.push({ start: match.index, end: match.index + match[0].length, folded: foldWord(match[0]) });
  }
  return tokens;
}

/** Lower-case with German spellings folded (ß→ss, ä→ae, ö→oe, ü→ue). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return /[ßäöü’]/.test(lower) ? lower.replace(/ß/g, "ss").replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/’/g, "'") : lower;
}

/** What can end a segment: a sentence's closing mark (`.!?…`) or a line break. */
const SEGMENT_MARK = /[.!?\u2026\n]/g;

const DOT = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;
const NEWLINE = 0x0a;
const HYPHEN = 0x2d;
const ASTERISK = 0x2a;
const BULLET = 0x2022;
const EN_DASH = 0x2013;
const COMMA = 0x2c;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160;
}

/** Space within a line: what may stand before a list marker. */
function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Marks that stay with the sentence they close: more ends, quotes, brackets (`.!?…"”’)]`). */
function isClosingMark(code: number): boolean {
  return code === DOT || code === BANG || code === QUESTION || code === ELLIPSIS || code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d;
}

/** "1. " or "12) " at `at`: a numbered list item. */
function isNumberedItem(text: string, at: number): boolean {
  let k = at;
  while (k < at + 2 && isAsciiDigit(text.charCodeAt(k))) k++;
  const mark = text.charCodeAt(k);
  return (mark === DOT || mark === 0x29) && isWhiteSpace(text.charCodeAt(k + 1));
}

/** White space as `\s` and `String.prototype.trim` know it (line terminators included). */
function isWhiteSpace(code: number): boolean {
  return isSpace(code) || code === 0x0b || code === 0x0c || code === 0xfeff || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0x3000;
}

const WORD_OR_DOT = /[\p{L}\p{N}.]/u;

/** Letters, digits and dots (the ASCII ones by code; others ask Unicode). */
function isWordOrDot(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === DOT || isAsciiDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_OR_DOT.test(text[index] ?? "");
}

function isAbbreviationOrOrdinal(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isWordOrDot(text, s - 1)) s--;
  // Longer than any abbreviation or ordinal: a word, not worth copying.
  if (dot - s > MAX_ABBREVIATION) return false;
  const word = text.slice(s, dot).toLowerCase();
  // "am 2. März", "3. Runde": a German ordinal, not a sentence end.
  return ABBREVIATIONS.has(word) || /^\d{1,2}$/.test(word);
}

/** "Hi Mara," on its own line ends a segment, so the greeting never joins the first sentence. */
function endsWithGreeting(text: string, segmentStart: number, lineEnd: number): boolean {
  // Most lines do not end with a comma: answered without copying the line.
  let last = lineEnd - 1;
  while (last >= segmentStart && isWhiteSpace(text.charCodeAt(last))) last--;
  if (last < segmentStart || text.charCodeAt(last) !== COMMA) return false;
  const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
  if (lineStart < segmentStart) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  return line.length > 0 && line.length <= 60 && line.endsWith(",");
}
