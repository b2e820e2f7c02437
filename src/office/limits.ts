/**
 * Outlook's size limits, shared by the Office.js gateway and the in-memory one so the
 * playground fails exactly where Outlook would. Each check returns the MailboxError to
 * reject with, or null when the input fits.
 */
import { MailboxError } from "./mailbox";

/**
 * displayReplyForm(Async)'s `htmlBody` "is limited to 32 KB" (docs: Office.ReplyFormData,
 * htmlBody). The docs do not say in which unit; UTF-8 bytes are never fewer than UTF-16
 * code units or characters, so measuring bytes stays under the limit whatever Outlook counts.
 */
export const REPLY_HTML_LIMIT_BYTES = 32 * 1024;

/** "The text of the notification message. Maximum length is 150 characters" (docs: NotificationMessageDetails.message). */
export const NOTIFICATION_MESSAGE_LIMIT = 150;

/** "It can't be longer than 32 characters" (docs: NotificationMessages.replaceAsync, key). */
export const NOTIFICATION_KEY_LIMIT = 32;

/** "The string is limited to 1,000,000 characters" (docs: Body.setSelectedDataAsync, data). */
export const INSERT_LIMIT_CHARS = 1_000_000;

const ELLIPSIS = "\u2026";

/** The UTF-8 size of `text` in bytes (a lone surrogate counts 3, as TextEncoder encodes it as U+FFFD). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Rejects a reply body over displayReplyForm's 32 KB limit. */
export function checkReplyHtml(html: string): MailboxError | null {
  const bytes = utf8ByteLength(html);
  return bytes > REPLY_HTML_LIMIT_BYTES
    ? new MailboxError("too-large", `The reply is ${bytes} bytes; Outlook's reply form takes at most ${REPLY_HTML_LIMIT_BYTES}.`)
    : null;
}

/** Rejects a notification key Outlook would refuse. Keys are ours, so this is a programming error, not user content. */
export function checkNotificationKey(key: string): MailboxError | null {
  return key.length === 0 || key.length > NOTIFICATION_KEY_LIMIT
    ? new MailboxError("too-large", `Notification key "${key}" must be 1 to ${NOTIFICATION_KEY_LIMIT} characters.`)
    : null;
}

/** Rejects text longer than setSelectedDataAsync accepts. */
export function checkInsertedData(data: string): MailboxError | null {
  return data.length > INSERT_LIMIT_CHARS
    ? new MailboxError("too-large", `The text to insert is ${data.length} characters; Outlook inserts at most ${INSERT_LIMIT_CHARS}.`)
    : null;
}

/**
 * Shortens `message` to Outlook's 150-character notification limit, ending in "…".
 * Office.js counts `string.length` (UTF-16 code units), so that is what is measured; the
 * cut falls between grapheme clusters (Intl.Segmenter), so an emoji, a flag or a letter
 * with a combining accent is never split into a broken glyph.
 */
export function truncateNotification(message: string, limit: number = NOTIFICATION_MESSAGE_LIMIT): string {
  if (message.length <= limit) return message;
  const budget = limit - ELLIPSIS.length;
  let kept = "";
  for (const grapheme of graphemes(message)) {
    if (kept.length + grapheme.length > budget) break;
    kept += grapheme;
  }
  return kept.trimEnd() + ELLIPSIS;
}

function graphemes(text: string): Iterable<string> {
  if (typeof Intl !== "undefined" && typeof Intl.Segmenter === "function") {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    return Array.from(segmenter.segment(text), (part) => part.segment);
  }
  // Without Segmenter, iterating the string still keeps surrogate pairs together.
  return Array.from(text);
}
