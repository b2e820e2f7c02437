/**
 * The one door to Outlook. Everything the pane needs from the host goes through this
 * interface; `officeMailbox.ts` implements it with Office.js and `memoryMailbox.ts`
 * implements it in memory for the playground and the tests. Components receive a
 * `Mailbox` through React context and never see `Office`.
 */

/** A person on an email: display name and SMTP address (either may be empty). */
export interface EmailAddress {
  readonly name: string;
  readonly address: string;
}

export type ItemMode = "read" | "compose";
export type ItemType = "message" | "appointment";
export type BodyFormat = "html" | "text";

/** What the pane knows about the open item before it reads the body. */
export interface OpenItem {
  readonly itemType: ItemType;
  readonly mode: ItemMode;
  readonly subject: string;
  /** The sender in read mode; the signed-in user (or delegate) in compose mode. */
  readonly from: EmailAddress | null;
  readonly to: readonly EmailAddress[];
  readonly cc: readonly EmailAddress[];
  /** When the message was sent (read mode); null for a draft. */
  readonly sentAt: Date | null;
  readonly conversationId: string | null;
}

export type HostTheme = "light" | "dark";

export type NotificationKind = "info" | "error";

export interface ReplyOptions {
  /** Reply to everyone on the message rather than the sender only. */
  readonly replyAll: boolean;
}

/** Why a gateway call failed; each one maps to a message that tells the user what to do. */
export type MailboxErrorCode =
  /** The host lacks the requirement set (too old an Outlook). */
  | "unsupported"
  /** No item is open, or the item is not a message. */
  | "no-item"
  /** The call does not fit the current mode (e.g. inserting into a read-only item). */
  | "wrong-mode"
  /** Content exceeds a host limit (e.g. displayReplyForm's 32 KB). */
  | "too-large"
  /** The manifest's permission level does not allow the call. */
  | "permission"
  /** Outlook reported a failure (network, item moved, busy…); `officeCode` has its number. */
  | "host-failed";

/** The only error a gateway call rejects with. */
export class MailboxError extends Error {
  override readonly name = "MailboxError";
  constructor(
    readonly code: MailboxErrorCode,
    message: string,
    /** Office's own numeric error code, where Outlook gave one. */
    readonly officeCode?: number,
  ) {
    super(message);
  }
}

export interface Mailbox {
  /** Outlook's UI language as a BCP 47 tag, e.g. "de-DE" (Office.context.displayLanguage). */
  readonly displayLanguage: string;
  /** Whether Outlook's theme is light or dark, so the pane can match it (Office.context.officeTheme). */
  readonly theme: HostTheme;
  /**
   * The open item's envelope, or null when no message is open (pinned pane, empty folder).
   * Compose mode reads the envelope with getAsync calls; a draft's sender needs Mailbox 1.7
   * and is null without it.
   */
  getOpenItem(): Promise<OpenItem | null>;
  /** The open item's body in the requested format (Mailbox 1.3; "unsupported" below). */
  getBody(format: BodyFormat): Promise<string>;
  /** Compose mode: whether the draft body is HTML or plain text. */
  getComposeBodyType(): Promise<BodyFormat>;
  /**
   * Compose mode: insert at the cursor, replacing any selection; the cursor ends after the
   * inserted content. HTML into a plain-text draft rejects with "wrong-mode" (Outlook's
   * InvalidFormatError), so ask `getComposeBodyType()` first; text into an HTML draft is
   * inserted as text. Over 1,000,000 characters rejects with "too-large".
   */
  insertAtCursor(content: string, format: BodyFormat): Promise<void>;
  /**
   * Read mode: open a reply form prefilled with `html`. Over 32 KB (counted in UTF-8 bytes)
   * rejects with "too-large" before Outlook is asked.
   */
  openReply(html: string, options: ReplyOptions): Promise<void>;
  /** Categories on the open item. */
  getCategories(): Promise<string[]>;
  /**
   * Adds categories (which must exist in the master list) to the open item; Outlook rejects
   * unknown names ("host-failed", InvalidCategory). Mailbox 1.8.
   */
  addCategories(names: readonly string[]): Promise<void>;
  /**
   * Names in the user's master category list. Mailbox 1.8, and Outlook demands the
   * ReadWriteMailbox manifest permission: with less it rejects with "permission".
   */
  getMasterCategories(): Promise<string[]>;
  /**
   * Shows (or replaces) an informational or error message on the item's info bar. The
   * message is cut to Outlook's 150 characters (ending in "…"); `key` is 1 to 32 characters.
   */
  showNotification(key: string, message: string, kind: NotificationKind): Promise<void>;
  removeNotification(key: string): Promise<void>;
  /**
   * Calls `listener` when the user selects another item in a pinned pane (Mailbox 1.5);
   * resolves to an unsubscribe function, which is safe to call twice.
   */
  onItemChanged(listener: () => void): Promise<() => Promise<void>>;
}
