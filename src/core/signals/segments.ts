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

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "." || char === "!" || char === "?" || char === "…") {
      let end = i + 1;
      while (end < text.length && /[.!?…"”’)\]]/.test(text[end] ?? "")) end++;
      const next = text.charCodeAt(end);
      if ((end === text.length || isSpace(next)) && !(char === "." && end === i + 1 && isAbbreviationOrOrdinal(text, i))) {
        push(end);
      }
      i = end - 1;
    } else if (char === "\n") {
      // A blank line, or a new list item, starts a new segment; a single line break is
      // usually a hard wrap inside a sentence.
      let j = i + 1;
      while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\r")) j++;
      const next = text[j];
      if (next === "\n" || next === "-" || next === "*" || next === "•" || next === "–" || (next !== undefined && /\d/.test(next) && /^\d{1,2}[.)]\s/.test(text.slice(j, j + 4))) || endsWithGreeting(text, start, i)) {
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

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160;
}

function isAbbreviationOrOrdinal(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}\p{N}.]/u.test(text[s - 1] ?? "")) s--;
  const word = text.slice(s, dot).toLowerCase();
  // "am 2. März", "3. Runde": a German ordinal, not a sentence end.
  return ABBREVIATIONS.has(word) || /^\d{1,2}$/.test(word);
}

/** "Hi Mara," on its own line ends a segment, so the greeting never joins the first sentence. */
function endsWithGreeting(text: string, segmentStart: number, lineEnd: number): boolean {
  const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
  if (lineStart < segmentStart) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  return line.length > 0 && line.length <= 60 && line.endsWith(",");
}
