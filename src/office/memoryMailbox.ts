/**
 * An in-memory Mailbox for the local playground and for UI tests. It keeps Outlook's
 * rules where the pane depends on them, so what works here works in Outlook:
 * - the same limits (32 KB reply, 150-character notifications, 32-character keys),
 *   from `limits.ts`, which the Office.js gateway uses too;
 * - the same modes: insertAtCursor and getComposeBodyType need a draft, openReply a
 *   received message;
 * - the same formats: HTML inserted into a plain-text draft fails, as
 *   Body.setSelectedDataAsync fails with InvalidFormatError; text inserted into an HTML
 *   draft goes in as text (escaped), as Outlook inserts it;
 * - categories must exist in the master list, as Categories.addAsync demands.
 *
 * The host side (the playground) drives it through `selectItem`, `setDraft`,
 * `setSelection`, `setDisplayLanguage` and `failNext`, and watches it with `subscribe`
 * and `getState` (shaped for React's useSyncExternalStore: the state object keeps its
 * identity until something changes).
 */
import { convert, type HtmlToTextOptions } from "html-to-text";
import {
  MailboxError,
  type BodyFormat,
  type EmailAddress,
  type HostTheme,
  type Mailbox,
  type NotificationKind,
  type OpenItem,
  type ReplyOptions,
} from "./mailbox";
import { checkInsertedData, checkNotificationKey, checkReplyHtml, truncateNotification } from "./limits";

/** A range of the draft body, as indices into `body` (end exclusive). */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The draft of a compose item. */
export interface MemoryDraft {
  readonly format: BodyFormat;
  readonly body: string;
  /** Where the caret is: an index into `body`. */
  readonly cursor: number;
  /** The selected range, if any; an insert replaces it. */
  readonly selection?: TextRange;
}

/** An item the memory mailbox can show. */
export interface MemoryItem {
  /** What `getOpenItem()` returns; `envelope.mode` says whether this is a draft. */
  readonly envelope: OpenItem;
  /** Read mode: the message body. Give html, text or both; the other is derived. */
  readonly html?: string;
  readonly text?: string;
  /** Compose mode: the draft (default: an empty HTML draft). */
  readonly draft?: MemoryDraft;
  readonly categories?: readonly string[];
}

/** A notification on the item's info bar. */
export interface MemoryNotification {
  readonly message: string;
  readonly kind: NotificationKind;
}

/** Everything the host side can observe. */
export interface MemoryMailboxState {
  /** The open item; a compose item always carries its `draft`. */
  readonly item: MemoryItem | null;
  readonly masterCategories: readonly string[];
  /** By key, in the order they were first shown. */
  readonly notifications: ReadonlyMap<string, MemoryNotification>;
  readonly displayLanguage: string;
  readonly theme: HostTheme;
}

/** The starting state. */
export interface MemoryMailboxOptions {
  /** The open item; null or absent for "nothing selected". */
  readonly item?: MemoryItem | null;
  readonly masterCategories?: readonly string[];
  /** BCP 47 tag, default "en-US". */
  readonly displayLanguage?: string;
  /** Default "light". */
  readonly theme?: HostTheme;
  /** The signed-in user: sender of the reply drafts `openReply` creates. */
  readonly user?: EmailAddress;
}

/** The names of the Mailbox methods (everything but `displayLanguage`). */
export type MailboxMethod = Exclude<keyof Mailbox, "displayLanguage" | "theme">;

/** A Mailbox plus the host-side controls of the playground. */
export interface MemoryMailbox extends Mailbox {
  /** The current state; the same object until the next change. */
  getState(): MemoryMailboxState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: MemoryMailboxState) => void): () => void;
  /** Opens another item (or none), clears the info bar, and fires the onItemChanged listeners. */
  selectItem(item: MemoryItem | null): void;
  /** Replaces the draft of the open compose item (the user typed or moved the caret). */
  setDraft(draft: MemoryDraft): void;
  /** Moves the caret (`end` omitted or equal to `start`) or selects [start, end) in the draft. */
  setSelection(start: number, end?: number): void;
  setDisplayLanguage(tag: string): void;
  setTheme(theme: HostTheme): void;
  /** Makes the next call of `method` reject with `error`; queued calls fail in order. */
  failNext(method: MailboxMethod, error: MailboxError): void;
}

const DEFAULT_USER: EmailAddress = { name: "Me", address: "me@example.com" };

/**
 * Options for html-to-text chosen to match what the analyzer should see, close to
 * Outlook's CoercionType.Text: no uppercased headings, no link targets, no image alts.
 */
const TEXT_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: "table", options: { uppercaseHeaderCells: false } },
  ],
};

/** Plain text of an HTML body. html-to-text parses; it never runs scripts or loads images. */
export function htmlToPlainText(html: string): string {
  return convert(html, TEXT_OPTIONS);
}

/** HTML for a plain-text string: escaped, with line breaks kept. */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/\r?\n/g, "<br>");
}

/**
 * Creates an in-memory mailbox.
 * @param options the starting item, master categories, UI language and user.
 * @returns a MemoryMailbox: the Mailbox gateway plus host-side controls.
 */
export function createMemoryMailbox(options: MemoryMailboxOptions = {}): MemoryMailbox {
  const user = options.user ?? DEFAULT_USER;
  let state: MemoryMailboxState = {
    item: normalizeItem(options.item ?? null),
    masterCategories: [...(options.masterCategories ?? [])],
    notifications: new Map(),
    displayLanguage: options.displayLanguage ?? "en-US",
    theme: options.theme ?? "light",
  };
  const stateListeners = new Set<(state: MemoryMailboxState) => void>();
  const itemListeners = new Set<() => void>();
  const failures = new Map<MailboxMethod, MailboxError[]>();

  function update(patch: Partial<MemoryMailboxState>): void {
    state = { ...state, ...patch };
    for (const listener of [...stateListeners]) isolate(() => listener(state));
  }

  function fireItemChanged(): void {
    for (const listener of [...itemListeners]) isolate(listener);
  }

  /** Rejects (throws inside the async method) with a queued failure for `method`. */
  function checkFailure(method: MailboxMethod): void {
    const error = failures.get(method)?.shift();
    if (error) throw error;
  }

  function requireItem(operation: string): MemoryItem {
    if (!state.item) throw new MailboxError("no-item", `${operation}: no item is open.`);
    return state.item;
  }

  function requireDraft(operation: string): { item: MemoryItem; draft: MemoryDraft } {
    const item = requireItem(operation);
    if (item.envelope.mode !== "compose" || !item.draft) {
      throw new MailboxError("wrong-mode", `${operation} works on a draft, but the open item is in read mode.`);
    }
    return { item, draft: item.draft };
  }

  function replaceDraft(item: MemoryItem, draft: MemoryDraft): void {
    update({ item: { ...item, draft: clampDraft(draft) } });
  }

  return {
    get displayLanguage() {
      return state.displayLanguage;
    },

    get theme() {
      return state.theme;
    },

    async getOpenItem() {
      checkFailure("getOpenItem");
      return state.item?.envelope ?? null;
    },

    async getBody(format) {
      checkFailure("getBody");
      const item = requireItem("getBody");
      if (item.draft && item.envelope.mode === "compose") return convertBody(item.draft.body, item.draft.format, format);
      if (format === "html") return item.html ?? plainTextToHtml(item.text ?? "");
      return item.text ?? htmlToPlainText(item.html ?? "");
    },

    async getComposeBodyType() {
      checkFailure("getComposeBodyType");
      return requireDraft("getComposeBodyType").draft.format;
    },

    async insertAtCursor(content, format) {
      checkFailure("insertAtCursor");
      const { item, draft } = requireDraft("insertAtCursor");
      const tooLarge = checkInsertedData(content);
      if (tooLarge) throw tooLarge;
      if (format === "html" && draft.format === "text") {
        // Body.setSelectedDataAsync: "InvalidFormatError: The options.coercionType parameter is
        // set to Office.CoercionType.Html and the message body is in plain text."
        throw new MailboxError("wrong-mode", "insertAtCursor: HTML cannot be inserted into a plain-text draft (InvalidFormatError).");
      }
      const inserted = format === "text" && draft.format === "html" ? plainTextToHtml(content) : content;
      const range = draft.selection ?? { start: draft.cursor, end: draft.cursor };
      const body = draft.body.slice(0, range.start) + inserted + draft.body.slice(range.end);
      // "After insertion, the cursor is placed at the end of the inserted content." (docs: Body.setSelectedDataAsync)
      replaceDraft(item, { format: draft.format, body, cursor: range.start + inserted.length });
    },

    async openReply(html, replyOptions) {
      checkFailure("openReply");
      const item = requireItem("openReply");
      if (item.envelope.mode !== "read") {
        throw new MailboxError("wrong-mode", "openReply works on a received message, but the open item is a draft.");
      }
      const tooLarge = checkReplyHtml(html);
      if (tooLarge) throw tooLarge;
      update({ item: replyDraft(item, html, replyOptions, user), notifications: new Map() });
      fireItemChanged();
    },

    async getCategories() {
      checkFailure("getCategories");
      return [...(requireItem("getCategories").categories ?? [])];
    },

    async addCategories(names) {
      checkFailure("addCategories");
      const item = requireItem("addCategories");
      const unknown = names.filter((name) => !state.masterCategories.includes(name));
      if (unknown.length > 0) {
        // Categories.addAsync: "InvalidCategory: Invalid categories were provided."
        throw new MailboxError("host-failed", `addCategories failed: InvalidCategory: not in the master list: ${unknown.join(", ")}`);
      }
      const current = item.categories ?? [];
      const added = names.filter((name, index) => !current.includes(name) && names.indexOf(name) === index);
      if (added.length === 0) return;
      update({ item: { ...item, categories: [...current, ...added] } });
    },

    async getMasterCategories() {
      checkFailure("getMasterCategories");
      return [...state.masterCategories];
    },

    async showNotification(key, message, kind) {
      checkFailure("showNotification");
      requireItem("showNotification");
      const badKey = checkNotificationKey(key);
      if (badKey) throw badKey;
      const notifications = new Map(state.notifications);
      notifications.set(key, { message: truncateNotification(message), kind });
      update({ notifications });
    },

    async removeNotification(key) {
      checkFailure("removeNotification");
      requireItem("removeNotification");
      const badKey = checkNotificationKey(key);
      if (badKey) throw badKey;
      if (!state.notifications.has(key)) return;
      const notifications = new Map(state.notifications);
      notifications.delete(key);
      update({ notifications });
    },

    async onItemChanged(listener) {
      checkFailure("onItemChanged");
      // Wrapped so the same function can subscribe twice and unsubscribe independently.
      const entry = (): void => listener();
      itemListeners.add(entry);
      return async () => {
        itemListeners.delete(entry);
      };
    },

    getState: () => state,

    subscribe(listener) {
      stateListeners.add(listener);
      return () => {
        stateListeners.delete(listener);
      };
    },

    selectItem(item) {
      update({ item: normalizeItem(item), notifications: new Map() });
      fireItemChanged();
    },

    setDraft(draft) {
      const { item } = requireDraftSync(state, "setDraft");
      replaceDraft(item, draft);
    },

    setSelection(start, end = start) {
      const { item, draft } = requireDraftSync(state, "setSelection");
      const from = Math.min(start, end);
      const to = Math.max(start, end);
      replaceDraft(item, {
        format: draft.format,
        body: draft.body,
        cursor: to,
        ...(from === to ? {} : { selection: { start: from, end: to } }),
      });
    },

    setDisplayLanguage(tag) {
      if (tag !== state.displayLanguage) update({ displayLanguage: tag });
    },

    setTheme(theme) {
      if (theme !== state.theme) update({ theme });
    },

    failNext(method, error) {
      failures.set(method, [...(failures.get(method) ?? []), error]);
    },
  };
}

/** Host-side controls are called by playground code, not awaited: misuse throws at once. */
function requireDraftSync(state: MemoryMailboxState, operation: string): { item: MemoryItem; draft: MemoryDraft } {
  const item = state.item;
  if (!item || item.envelope.mode !== "compose" || !item.draft) {
    throw new MailboxError("wrong-mode", `${operation} needs an open draft.`);
  }
  return { item, draft: item.draft };
}

function normalizeItem(item: MemoryItem | null): MemoryItem | null {
  if (!item) return null;
  if (item.envelope.mode !== "compose") return item;
  return { ...item, draft: clampDraft(item.draft ?? { format: "html", body: "", cursor: 0 }) };
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(Number.isFinite(value) ? Math.trunc(value) : 0, max));
}

function clampDraft(draft: MemoryDraft): MemoryDraft {
  const max = draft.body.length;
  const cursor = clamp(draft.cursor, max);
  if (!draft.selection) return { format: draft.format, body: draft.body, cursor };
  const start = clamp(Math.min(draft.selection.start, draft.selection.end), max);
  const end = clamp(Math.max(draft.selection.start, draft.selection.end), max);
  return start === end
    ? { format: draft.format, body: draft.body, cursor }
    : { format: draft.format, body: draft.body, cursor, selection: { start, end } };
}

function convertBody(body: string, from: BodyFormat, to: BodyFormat): string {
  if (from === to) return body;
  return to === "text" ? htmlToPlainText(body) : plainTextToHtml(body);
}

function sameAddress(a: EmailAddress, b: EmailAddress): boolean {
  return a.address.toLowerCase() === b.address.toLowerCase();
}

function uniqueAddresses(list: readonly EmailAddress[], exclude: EmailAddress): EmailAddress[] {
  const result: EmailAddress[] = [];
  for (const address of list) {
    if (sameAddress(address, exclude) || result.some((seen) => sameAddress(seen, address))) continue;
    result.push(address);
  }
  return result;
}

function replySubject(subject: string): string {
  return /^\s*re:/i.test(subject) ? subject : `RE: ${subject}`;
}

function formatAddress(address: EmailAddress): string {
  const escapedAddress = plainTextToHtml(address.address);
  return address.name ? `${plainTextToHtml(address.name)} &lt;${escapedAddress}&gt;` : escapedAddress;
}

/** The body inside <body>, so a full HTML document is not nested inside the draft. */
function bodyContent(html: string): string {
  const match = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  return match?.[1] ?? html;
}

/**
 * The reply draft Outlook would open: the inserted html first, then a separator, a
 * header block and the original, like Outlook on the web's `divRplyFwdMsg` quote.
 * The original is the sender's markup; whoever renders the draft must sanitise it.
 */
export function replyDraft(original: MemoryItem, html: string, options: ReplyOptions, user: EmailAddress): MemoryItem {
  const envelope = original.envelope;
  const sender = envelope.from;
  const to = options.replyAll ? uniqueAddresses([...(sender ? [sender] : []), ...envelope.to], user) : sender ? [sender] : [];
  const cc = options.replyAll ? uniqueAddresses(envelope.cc, user).filter((address) => !to.some((t) => sameAddress(t, address))) : [];
  const header = [
    sender ? `<b>From:</b> ${formatAddress(sender)}` : "",
    envelope.sentAt ? `<b>Sent:</b> ${plainTextToHtml(envelope.sentAt.toUTCString())}` : "",
    envelope.to.length > 0 ? `<b>To:</b> ${envelope.to.map(formatAddress).join("; ")}` : "",
    envelope.cc.length > 0 ? `<b>Cc:</b> ${envelope.cc.map(formatAddress).join("; ")}` : "",
    `<b>Subject:</b> ${plainTextToHtml(envelope.subject)}`,
  ]
    .filter(Boolean)
    .join("<br>");
  const originalHtml = bodyContent(original.html ?? plainTextToHtml(original.text ?? ""));
  const quote = `<hr><div id="divRplyFwdMsg">${header}</div><div>${originalHtml}</div>`;
  return {
    envelope: {
      itemType: envelope.itemType,
      mode: "compose",
      subject: replySubject(envelope.subject),
      from: user,
      to,
      cc,
      sentAt: null,
      conversationId: envelope.conversationId,
    },
    draft: { format: "html", body: html + quote, cursor: html.length },
    categories: [],
  };
}

/** Runs a listener so that its exception neither stops the others nor the caller; it is rethrown on a fresh stack. */
function isolate(run: () => void): void {
  try {
    run();
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}
