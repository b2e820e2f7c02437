/**
 * Reads the open email's body as a thread: the newest message's own words first, then
 * each earlier message found in the quoted history, with its sender and date where
 * its reply header says so.
 *
 * Signals are judged on a message's own words only. Outlook's `body.getAsync` returns
 * the whole body, quoted history, signature and disclaimer included; a finding in last
 * month's quoted email or in a disclaimer's "notify the sender immediately" must never
 * be blamed on today's message. So the body is split into:
 *  - messages, at reply headers and separators (see `replyHeaders.ts`) and at `>`
 *    quotes or HTML blockquotes (an answer written between quoted passages stays the
 *    author's: the quoted passages go to the earlier message);
 *  - within each message, its own text and its signature (see `signatures.ts`).
 *
 * Cost grows linearly with the input: each line's quote depth is read once
 * (`lines.ts`); the splitter visits a line once for each quote level that has lines of
 * its own above it (levels with nothing of their own are skipped), which adds up to at
 * most the number of lines times the number of messages nested around them, never
 * more than the input's quote markers; header detection looks at a bounded window per line. The work list is explicit, so quoting 100 000 levels
 * deep does not exhaust the call stack.
 */

import { htmlToLines } from "./htmlToText";
import { detectLanguage, type Language } from "./language";
import { LineMark, type Lines, linesOf, normaliseBody, splitTextLines } from "./lines";
import { detectReplyHeader } from "./replyHeaders";
import { findSignatureStartIn, isMobileSignature, type SignatureLines } from "./signatures";

export type { Language } from "./language";

/** One message of a thread. */
export interface ThreadMessage {
  /** Sender as printed in the reply header ("Anna Example <anna@example.com>"); for the newest message, the `from` passed in. Null where nothing says. */
  readonly from: string | null;
  /**
   * When the message was sent; for the newest message, the `sentAt` passed in. Null
   * where the header gives no date or one that cannot be read for sure. A header date
   * without a time zone is taken as UTC (see `dates.ts` for why).
   */
  readonly sentAt: Date | null;
  /** Language of `text`: "en", "de", or "und" (undetermined). */
  readonly language: Language;
  /**
   * The author's own words: no quoted history, no reply header, no signature or
   * disclaimer. Lines end with "\n", carry no trailing white space, and there are no
   * blank lines at either end. This exact string is what is shown and analysed, so
   * evidence offsets point into it.
   */
  readonly text: string;
  /** The signature block that was split off (sign-off, "Sent from my iPhone", disclaimer), or null. */
  readonly signature: string | null;
  /** How deeply the message was quoted in the body: 0 for the newest message and for Outlook-style history below a header. */
  readonly quoteDepth: number;
  /** True when the message came in as a forward ("---------- Forwarded message ---------", "Betreff: WG: …"). */
  readonly forwarded: boolean;
}

/** How to read a body and what is known about the newest message. */
export interface ReadThreadOptions {
  /** The body's format, as Office's `body.getAsync` was asked for it. */
  readonly format: "html" | "text";
  /** Sender of the newest message (the item's From), used as `messages[0].from`. */
  readonly from?: string | null;
  /** When the newest message was sent (the item's date), used as `messages[0].sentAt`. */
  readonly sentAt?: Date | null;
}

/** Where a removed quote or header was: read as one blank line. */
const GAP = -1;

interface HeaderInfo {
  readonly from: string | null;
  readonly sentAt: Date | null;
  readonly forwarded: boolean;
}

/**
 * A stretch of lines to read as one message (plus the earlier messages it quotes).
 *
 * The body's own level is read by position: `entries` is null and the stretch is
 * lines `from`..`to`. A quote is read from the list of its lines that the message
 * around it collected, so each level only ever visits its own lines and the ones
 * quoted below it: the work stays within the number of quote markers in the body.
 */
interface Task {
  /** Line indices in body order, with {@link GAP} between quoted passages; null for lines `from`..`to` themselves. */
  readonly entries: readonly number[] | null;
  readonly from: number;
  readonly to: number;
  /** Quote depth of this message's own lines. */
  readonly level: number;
  /** What the header above this stretch said, if any. */
  readonly header: HeaderInfo | null;
  /** True for the newest message, which always exists and takes its sender from the options. */
  readonly root: boolean;
}

interface TaskResult {
  readonly header: HeaderInfo | null;
  readonly child: Task | null;
  readonly next: Task | null;
}

/**
 * Splits an email body into the messages of its thread, newest first.
 *
 * Takes the body as Outlook returns it (HTML or plain text, any size, any junk) and
 * what the item itself says about the newest message; returns at least one message:
 * `[0]` is the opened message (its text may be empty when the body is only a quote),
 * the rest are the earlier messages found in the quoted history, in the order they
 * appear. Never throws; never runs anything from the body.
 */
export function readThread(body: string, options: ReadThreadOptions): ThreadMessage[] {
  const input = typeof body === "string" ? body : "";
  const lines = options.format === "html" ? linesOf(htmlToLines(input)) : splitTextLines(normaliseBody(input));
  // The current message's own lines (line indices and GAPs) and their texts, reused from one message to the next.
  const own: number[] = [];
  const texts: string[] = [];

  const messages: ThreadMessage[] = [];
  const work: Task[] = [{ entries: null, from: 0, to: lines.count, level: 0, header: null, root: true }];
  for (let task = work.pop(); task !== undefined; task = work.pop()) {
    const result = readTask(lines, task, own, texts);
    const message = buildMessage(lines, own, texts, task, result, options);
    if (message) messages.push(message);
    // Depth first: the messages this one quotes come before the ones below its separator.
    if (result.next) work.push(result.next);
    if (result.child) work.push(result.child);
  }
  return messages;
}

/** The line index (or {@link GAP}) at position `pos` of `task`. */
function entryAt(task: Task, pos: number): number {
  return task.entries === null ? pos : (task.entries[pos] ?? GAP);
}

function isBlankEntry(lines: Lines, entry: number): boolean {
  return entry === GAP || entry >= lines.count || lines.isBlank(entry);
}

/** Position in `task` of the first entry at or after `pos` that is not blank (or `to`). */
function skipBlankEntries(lines: Lines, task: Task, pos: number): number {
  let p = pos;
  while (p < task.to) {
    const entry = entryAt(task, p);
    if (!isBlankEntry(lines, entry)) break;
    // A blank line inside a deeper quote is part of that quote, not a gap at this level.
    if (entry !== GAP && entry < lines.count && lines.depth(entry) > task.level) break;
    p += 1;
  }
  return p;
}

/** Marks where a quote or header was cut out of `own`: one {@link GAP}, never two in a row or one at the start. */
function markGap(own: number[], texts: string[]): void {
  if (own.length > 0 && own[own.length - 1] !== GAP) {
    own.push(GAP);
    texts.push("");
  }
}

/** Reads the message `task` stands for into `own` (emptied first): its own lines, and where its quote and the next message are. */
/**
 * Reads the message `task` stands for into `own` and `texts` (emptied first): its own
 * entries and their texts, and where its quote and the next message are.
 */
function readTask(lines: Lines, task: Task, own: number[], texts: string[]): TaskResult {
  const { entries, to, level } = task;
  own.length = 0;
  texts.length = 0;
  const quoted: number[] = [];
  let quotedHeader: HeaderInfo | null = null;
  // The quote's own level is the shallowest depth in it: "> > > text" under a header is
  // one message three levels down, not two empty ones on the way (and 100 000 ">" make
  // one step, not 100 000).
  let quotedLevel = Number.POSITIVE_INFINITY;
  let header = task.header;
  let hasContent = false;
  let lastWasQuoted = false;
  let next: Task | null = null;

  let pos = task.from;
  while (pos < to) {
    const entry = entryAt(task, pos);
    if (entry === GAP || entry >= lines.count) {
      own.push(GAP);
      texts.push("");
      lastWasQuoted = false;
      pos += 1;
      continue;
    }
    const depth = lines.depth(entry);
    if (depth > level) {
      if (!lastWasQuoted && quoted.length > 0) quoted.push(GAP);
      quoted.push(entry);
      if (depth < quotedLevel) quotedLevel = depth;
      lastWasQuoted = true;
      markGap(own, texts);
      pos += 1;
      continue;
    }
    lastWasQuoted = false;
    if (lines.isBlank(entry) || lines.mark(entry) === LineMark.SignatureStart) {
      own.push(entry);
      texts.push("");
      pos += 1;
      continue;
    }

    const text = lines.text(entry);
    const found = detectReplyHeader(lines, entry, text);
    if (found) {
      let after = pos + 1;
      while (after < to) {
        const e = entryAt(task, after);
        if (e === GAP || e >= found.end) break;
        after += 1;
      }
      // A bare separator says nothing about the earlier message: no header then.
      const info: HeaderInfo | null = found.from === null && found.sentAt === null && !found.forwarded ? null : found;
      const following = skipBlankEntries(lines, task, after);
      const followingEntry = following < to ? entryAt(task, following) : GAP;
      if (followingEntry !== GAP && followingEntry < lines.count && lines.depth(followingEntry) > level) {
        // "On …, Anna wrote:" above a quote: the header belongs to the quoted message.
        if (quotedHeader === null && quoted.length === 0) quotedHeader = info;
        markGap(own, texts);
        pos = after;
        continue;
      }
      if (found.strong) {
        if (!task.root && header === null && !hasContent && quoted.length === 0) {
          // A quote that opens with its own header ("> On …, Anna wrote:" as Apple Mail on iOS quotes).
          header = info;
          pos = after;
          continue;
        }
        next = { entries, from: after, to, level, header: info, root: false };
        break;
      }
    }

    own.push(entry);
    texts.push(text);
    hasContent = true;
    pos += 1;

    if (isMobileSignature(text)) {
      // "Sent from my iPhone" closes the message; text that follows it without a
      // header is an earlier message whose header the phone left out.
      const following = skipBlankEntries(lines, task, pos);
      const f = following < to ? entryAt(task, following) : GAP;
      if (f !== GAP && f < lines.count && lines.depth(f) === level && lines.mark(f) === LineMark.None && !detectReplyHeader(lines, f)) {
        next = { entries, from: pos, to, level, header: null, root: false };
        break;
      }
    }
  }

  const child: Task | null =
    quoted.length > 0 ? { entries: quoted, from: 0, to: quoted.length, level: quotedLevel, header: quotedHeader, root: false } : null;
  return { header, child, next };
}

/**
 * Joins entries `from`..`to` of `own`, whose texts are `texts`: no blank lines at the
 * ends, one blank line where a quote or header was cut out.
 */
function joinBlock(lines: Lines, own: readonly number[], texts: readonly string[], from: number, to: number): string {
  const out: string[] = [];
  let blanks = 0;
  let gapInRun = false;
  for (let k = from; k < to; k += 1) {
    const entry = own[k] ?? GAP;
    const gap = entry === GAP || entry >= lines.count;
    if (!gap && lines.mark(entry) !== LineMark.None) continue;
    const text = texts[k] ?? "";
    if (gap || text.length === 0) {
      blanks += 1;
      if (gap) gapInRun = true;
      continue;
    }
    if (out.length > 0 && blanks > 0) {
      const count = gapInRun ? 1 : blanks;
      for (let c = 0; c < count; c += 1) out.push("");
    }
    blanks = 0;
    gapInRun = false;
    out.push(text);
  }
  return out.join("\n");
}

/** A message's own entries as the signature finder reads them ({@link GAP} reads as a blank line). */
class OwnLines implements SignatureLines {
  constructor(
    private readonly lines: Lines,
    private readonly own: readonly number[],
    private readonly texts: readonly string[],
  ) {}

  get length(): number {
    return this.own.length;
  }

  textAt(k: number): string {
    return this.texts[k] ?? "";
  }

  markedAt(k: number): boolean {
    const entry = this.own[k] ?? GAP;
    return entry !== GAP && entry < this.lines.count && this.lines.mark(entry) === LineMark.SignatureStart;
  }
}

function validDate(value: Date | null | undefined): Date | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}

/** Builds the message from its own entries `own` and their texts; null for an empty quote level. */
function buildMessage(
  lines: Lines,
  own: readonly number[],
  texts: readonly string[],
  task: Task,
  result: TaskResult,
  options: ReadThreadOptions,
): ThreadMessage | null {
  const cut = findSignatureStartIn(new OwnLines(lines, own, texts));
  const end = cut === -1 ? own.length : cut;
  const text = joinBlock(lines, own, texts, 0, end);
  const signatureText = cut === -1 ? "" : joinBlock(lines, own, texts, cut, own.length);
  const signature = signatureText.length > 0 ? signatureText : null;

  const header = result.header;
  if (!task.root && text.length === 0 && signature === null && header === null) return null;
  return {
    from: task.root ? (typeof options.from === "string" && options.from.length > 0 ? options.from : null) : (header?.from ?? null),
    sentAt: task.root ? validDate(options.sentAt) : (header?.sentAt ?? null),
    language: detectLanguage(text),
    text,
    signature,
    quoteDepth: task.level,
    forwarded: !task.root && header !== null && header.forwarded,
  };
}
