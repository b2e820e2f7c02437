/**
 * A body as a list of lines, each with its quote depth worked out once.
 *
 * Both the plain-text and the HTML reader end here, so the thread splitter sees one
 * shape ({@link Lines}): a line's own text without quote markers, how deeply it is
 * quoted, and an optional structural mark that only HTML can give (Outlook's reply
 * separator, Gmail's signature block). Working out the depth once per line is what
 * keeps the splitter linear: it never re-strips `>` markers level by level.
 *
 * A plain-text body keeps its lines as offsets into the body, in typed arrays: no
 * object and no string per line until a line's text is asked for. A 10 MB thread has
 * some 300 000 lines, and objects that live as long as the whole reading are what the
 * garbage collector spends its time copying; a line's text, built when it is read, is
 * dropped soon after and costs almost nothing to collect.
 */

/** What the HTML structure said about a spot between lines. */
export const LineMark = {
  /** An ordinary line. */
  None: 0,
  /** A reply or forward starts here (Outlook's divRplyFwdMsg or border-top separator, Gmail's gmail_quote). */
  ReplySeparator: 1,
  /** A signature block starts here (Gmail's gmail_signature, Outlook's #Signature). */
  SignatureStart: 2,
} as const;

/** One of the {@link LineMark} values. */
export type LineMark = (typeof LineMark)[keyof typeof LineMark];

/** One line of a body. */
export interface Line {
  /** How many quote levels enclose the line: `>` markers in text, blockquotes in HTML. */
  depth: number;
  /** The line without its quote markers and without trailing white space. */
  text: string;
  /** A structural mark; a marked line has empty text. */
  mark: LineMark;
  /** Length of the line as written, quote markers included (long quoted lines are where mailers wrap). */
  rawLength: number;
}

/** The lines of a body, read by index (0 to `count - 1`). */
export interface Lines {
  readonly count: number;
  /** How many quote levels enclose line `i`. */
  depth(i: number): number;
  /** Line `i` without its quote markers and without trailing white space ("" past the end). */
  text(i: number): string;
  /** The structural mark of line `i`. */
  mark(i: number): LineMark;
  /** True when line `i` says nothing: empty and not a structural mark (false past the end). */
  isBlank(i: number): boolean;
}

/** Lines given as objects (what the HTML reader builds). */
class LineArray implements Lines {
  constructor(private readonly lines: readonly Line[]) {}

  get count(): number {
    return this.lines.length;
  }

  depth(i: number): number {
    return this.lines[i]?.depth ?? 0;
  }

  text(i: number): string {
    return this.lines[i]?.text ?? "";
  }

  mark(i: number): LineMark {
    return this.lines[i]?.mark ?? LineMark.None;
  }

  isBlank(i: number): boolean {
    const line = this.lines[i];
    return line !== undefined && isBlank(line);
  }
}

/** Reads an array of {@link Line}s as {@link Lines}. */
export function linesOf(lines: readonly Line[]): Lines {
  return new LineArray(lines);
}

/** The lines of a plain-text body: offsets of each line's text in the body, and its depth. */
class TextLines implements Lines {
  constructor(
    private readonly body: string,
    private readonly from: Int32Array,
    private readonly to: Int32Array,
    private readonly depths: Int32Array,
  ) {}

  get count(): number {
    return this.depths.length;
  }

  depth(i: number): number {
    return this.depths[i] ?? 0;
  }

  text(i: number): string {
    const from = this.from[i];
    return from === undefined ? "" : this.body.slice(from, this.to[i]);
  }

  mark(): LineMark {
    return LineMark.None;
  }

  isBlank(i: number): boolean {
    return i >= 0 && i < this.depths.length && this.from[i] === this.to[i];
  }
}

/**
 * Characters that may not reach the splitter: C0 controls other than tab and line
 * feed, DEL, the byte-order mark, and UTF-16 halves without their partner. Binary
 * junk decoded as text is mostly these; lone surrogates are also what the HTML reader
 * uses as its private marks, so no input can forge one.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every character {@link JUNK} can remove, without its look-around (which only decides whether a surrogate is paired). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MAYBE_JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF\uD800-\uDFFF]/;

/**
 * Cleans a body before it is split into lines: drops control characters, byte-order
 * marks and unpaired surrogates, turns CR LF and lone CR into LF and no-break spaces
 * into spaces. Takes any string; returns the cleaned string.
 */
export function normaliseBody(body: string): string {
  // Most bodies have none of these: a scan for any of them is cheaper than three replacements.
  let out = body;
  if (MAYBE_JUNK.test(out)) out = out.replace(JUNK, "");
  if (out.includes("\r")) out = out.replace(/\r\n?/g, "\n");
  if (out.includes("\u00A0")) out = out.replace(/\u00A0/g, " ");
  return out;
}

/** True when the line says nothing: empty after trimming and not a structural mark. */
export function isBlank(line: Line): boolean {
  return line.mark === LineMark.None && line.text.length === 0;
}

/**
 * Splits a plain-text body into lines and reads each line's `>` quote depth.
 *
 * Takes a normalised body (see {@link normaliseBody}); returns its {@link Lines}, one
 * per line. Quote markers may be separated by single spaces ("> > text") and preceded
 * by up to three spaces; one space after the last marker belongs to the marker.
 */
export function splitTextLines(body: string): Lines {
  let count = 1;
  for (let at = body.indexOf("\n"); at !== -1; at = body.indexOf("\n", at + 1)) count += 1;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const depths = new Int32Array(count);
  const rawLengths = new Int32Array(count);
  let start = 0;
  const n = body.length;
  for (let k = 0; k < count; k += 1) {
    let end = body.indexOf("\n", start);
    if (end === -1) end = n;
    scanQuotedLine(body, start, end);
    from[k] = scanned.from;
    to[k] = scanned.to;
    depths[k] = scanned.depth;
    rawLengths[k] = end - start;
    start = end + 1;
  }
  const lines = new TextLines(body, from, to, depths);
  markWrappedQuoteLines(lines, depths, rawLengths);
  return lines;
}

/**
 * Reads the `>` quote markers at the start of one line of text (an HTML body converted
 * from plain text quotes this way too). Takes the line; returns how many markers it
 * has and the line without them and without trailing white space.
 */
export function readQuoteMarkers(line: string): Line {
  scanQuotedLine(line, 0, line.length);
  return { depth: scanned.depth, text: line.slice(scanned.from, scanned.to), mark: LineMark.None, rawLength: line.length };
}

/** What {@link scanQuotedLine} found: the depth, and where the text starts and ends. */
const scanned = { depth: 0, from: 0, to: 0 };

function scanQuotedLine(body: string, start: number, end: number): void {
  let i = start;
  let lead = 0;
  while (i < end && lead < 3 && body.charCodeAt(i) === 32) {
    i += 1;
    lead += 1;
  }
  let depth = 0;
  let afterMarkers = start;
  while (i < end && body.charCodeAt(i) === 62 /* > */) {
    depth += 1;
    i += 1;
    afterMarkers = i;
    // "> > text": a single space between two markers belongs to the markers.
    if (i + 1 < end && body.charCodeAt(i) === 32 && body.charCodeAt(i + 1) === 62) i += 1;
  }
  let from = depth > 0 ? afterMarkers : start;
  if (depth > 0 && from < end && body.charCodeAt(from) === 32) from += 1;
  let to = end;
  while (to > from && isSpace(body.charCodeAt(to - 1))) to -= 1;
  scanned.depth = depth;
  scanned.from = from;
  scanned.to = to;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

const STARTS_UPPER = /^\s*\p{Lu}/u;

/** Quoted lines at least this long are where a mailer may have wrapped without re-quoting. */
const WRAP_COLUMN = 60;

/**
 * Some mailers wrap a long quoted line after adding the `>` markers, so the tail
 * lands on a line of its own without markers:
 *
 *     > Lorem ipsum dolor sit amet, consectetur adipiscing elit. Nullam pharetra d
 *     ignissim odio?
 *     > Vestibulum nec dui luctus
 *
 * Such a line belongs to the quote, not to the author. It is recognised as an
 * unquoted line squeezed, with no blank line either side, between a long quoted line
 * and a line at the same quote depth, that does not start with a capital letter (a
 * wrapped tail continues a sentence). An inline answer, by contrast, is set off by
 * blank lines or starts a sentence of its own. One pass, each line looked at once.
 */
function markWrappedQuoteLines(lines: Lines, depths: Int32Array, rawLengths: Int32Array): void {
  for (let i = 1; i + 1 < depths.length; i += 1) {
    const prevDepth = depths[i - 1] ?? 0;
    if ((depths[i] ?? 0) >= prevDepth || depths[i + 1] !== prevDepth) continue;
    if (lines.isBlank(i) || lines.isBlank(i - 1)) continue;
    if ((rawLengths[i - 1] ?? 0) < WRAP_COLUMN) continue;
    if (STARTS_UPPER.test(lines.text(i))) continue;
    depths[i] = prevDepth;
  }
}
