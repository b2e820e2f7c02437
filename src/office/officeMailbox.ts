/**
 * The Mailbox gateway implemented with Office.js. This is the only module that calls
 * Outlook's item and mailbox APIs; everything above it sees `Mailbox` and `MailboxError`.
 *
 * Rules this file keeps (house style, "One door to Outlook"):
 * - every `*Async` call goes through `officeCall`, which turns the callback into a promise
 *   that rejects with a MailboxError. Nothing throws inside an Office callback: a throw
 *   there runs on Office's stack, escapes every `try` and `catch` of ours, and is lost;
 * - each wrapper's header names its requirement set and minimum manifest permission,
 *   copied from the Outlook API reference (learn.microsoft.com/javascript/api/outlook);
 * - newer APIs sit behind a `canUse…()` guard that says which requirement set is missing.
 */
import {
  MailboxError,
  type BodyFormat,
  type EmailAddress,
  type HostTheme,
  type Mailbox,
  type MailboxErrorCode,
  type NotificationKind,
  type OpenItem,
  type ReplyOptions,
} from "./mailbox";
import { checkInsertedData, checkNotificationKey, checkReplyHtml, truncateNotification } from "./limits";
import type {
  AddressDetails,
  AsyncResultLike,
  ComposeItemApi,
  MailboxApi,
  OfficeApi,
  OfficeCallback,
  ReadItemApi,
} from "./officeApi";

/** Options for `createOfficeMailbox`. */
export interface OfficeMailboxOptions {
  /**
   * Id of a manifest image (`<bt:Image id=…>`) shown beside informational notifications.
   * Classic Outlook on Windows requires one for `InformationalMessage` (docs:
   * NotificationMessageDetails.icon); defaults to the manifest's "Icon.16".
   */
  readonly notificationIcon?: string;
}

const DEFAULT_NOTIFICATION_ICON = "Icon.16";

/**
 * Builds the Mailbox gateway over Office.js.
 * @param office the `Office` namespace (or the typed fake in tests); `typeof Office` fits `OfficeApi`.
 * @param options see `OfficeMailboxOptions`.
 * @returns a Mailbox whose every method resolves, or rejects with a MailboxError.
 */
export function createOfficeMailbox(office: OfficeApi, options: OfficeMailboxOptions = {}): Mailbox {
  const icon = options.notificationIcon ?? DEFAULT_NOTIFICATION_ICON;
  const itemChanged = createItemChangedHub(office);

  return {
    get displayLanguage() {
      return office.context.displayLanguage;
    },

    get theme() {
      return themeOfBackground(office.context.officeTheme?.bodyBackgroundColor);
    },

    async getOpenItem() {
      const item = requireMailbox(office).item;
      if (!item) return null;
      return isCompose(item) ? readComposeEnvelope(office, item) : readReadEnvelope(office, item);
    },

    async getBody(format) {
      const item = requireItem(office, "getBody");
      requireCapability(canUseBodyGetAsync(office));
      return getBodyAsync(office, item, format);
    },

    async getComposeBodyType() {
      const item = requireCompose(requireItem(office, "getComposeBodyType"), "getComposeBodyType");
      const type = await getBodyTypeAsync(office, item);
      return type === office.CoercionType.Html ? "html" : "text";
    },

    async insertAtCursor(content, format) {
      const item = requireCompose(requireItem(office, "insertAtCursor"), "insertAtCursor");
      throwIf(checkInsertedData(content));
      await setSelectedDataAsync(office, item, content, format);
    },

    async openReply(html, replyOptions) {
      const item = requireRead(requireItem(office, "openReply"), "openReply");
      throwIf(checkReplyHtml(html));
      await displayReply(office, item, html, replyOptions);
    },

    async getCategories() {
      const item = requireItem(office, "getCategories");
      const categories = requireCapability(canUseCategories(office, item));
      const details = await categoriesGetAsync(office, categories);
      return (details ?? []).map((category) => category.displayName);
    },

    async addCategories(names) {
      const item = requireItem(office, "addCategories");
      const categories = requireCapability(canUseCategories(office, item));
      // An empty addAsync is a wasted round trip and some clients reject an empty array.
      if (names.length === 0) return;
      await categoriesAddAsync(office, categories, [...names]);
    },

    async getMasterCategories() {
      const master = requireCapability(canUseMasterCategories(office));
      const details = await masterCategoriesGetAsync(office, master);
      return (details ?? []).map((category) => category.displayName);
    },

    async showNotification(key, message, kind) {
      const item = requireItem(office, "showNotification");
      requireCapability(canUseNotifications(office));
      throwIf(checkNotificationKey(key));
      await notificationReplaceAsync(office, item, key, notificationDetails(office, message, kind, icon));
    },

    async removeNotification(key) {
      const item = requireItem(office, "removeNotification");
      requireCapability(canUseNotifications(office));
      throwIf(checkNotificationKey(key));
      await notificationRemoveAsync(office, item, key);
    },

    onItemChanged(listener) {
      return itemChanged.subscribe(listener);
    },
  };
}

// ---------------------------------------------------------------------------------------
// The promise wrapper and the error mapping
// ---------------------------------------------------------------------------------------

/**
 * Runs one Office `*Async` call and settles with its value, or rejects with a
 * MailboxError. Also catches a synchronous throw from `start`: Office.js validates
 * arguments before going async and throws (e.g. `ArgumentOutOfRange`, docs:
 * NotificationMessageDetails.message). The callback itself only resolves or rejects.
 */
export function officeCall<T>(office: OfficeApi, operation: string, start: (callback: OfficeCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const callback = (result: AsyncResultLike<T>): void => {
      if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(mapOfficeError(operation, result.error));
    };
    try {
      start(callback);
    } catch (thrown) {
      reject(mapThrown(operation, thrown));
    }
  });
}

interface OfficeErrorLike {
  readonly code?: number;
  readonly name?: string;
  readonly message?: string;
}

/**
 * Office error names (docs: each method's "Errors" list in the Outlook reference, e.g.
 * `PermissionDenied` on MasterCategories.addAsync, `DataExceedsMaximumSize` and
 * `InvalidFormatError` on Body.setSelectedDataAsync) and numbers (docs: "Office Common API
 * error codes", learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes),
 * matched after lower-casing and dropping spaces, since Office reports both "PermissionDenied"
 * and "Permission Denied".
 */
const NAME_MAP: ReadonlyArray<readonly [string, MailboxErrorCode]> = [
  ["permissiondenied", "permission"],
  // Classic Outlook on Windows: a call needs a higher manifest permission (office-js issue #5124).
  ["elevatedpermissionneeded", "permission"],
  ["dataexceedsmaximumsize", "too-large"],
  // Thrown synchronously when an argument is over its limit (docs: NotificationMessageDetails.message).
  ["argumentoutofrange", "too-large"],
  // HTML inserted into a plain-text body (docs: Body.setSelectedDataAsync, Errors).
  ["invalidformaterror", "wrong-mode"],
  ["itemnotfound", "no-item"],
];

const CODE_MAP: ReadonlyMap<number, MailboxErrorCode> = new Map<number, MailboxErrorCode>([
  [5000, "unsupported"], // "The operation is not supported" in this application
  [5002, "permission"], // not allowed in the current document mode (read-only item)
  [5009, "permission"], // "The add-in does not have permission to call the specific API"
  // "Permission Denied: You don't have sufficient permissions for this action" (office-js-docs
  // issue #1013); Outlook also uses it for an API the client lacks (office-js issue #3688),
  // which our requirement-set guards rule out before the call.
  [7000, "permission"],
  [9016, "permission"], // "Permission denied: Access is denied"
  [1007, "too-large"], // "The size of the document is too large"
  [1008, "too-large"], // "The requested data set is too large"
  [2009, "too-large"], // "The specified data object is too large"
]);

/** Maps an `AsyncResult.error` to a MailboxError, keeping Office's numeric code. */
function mapOfficeError(operation: string, error: OfficeErrorLike | undefined): MailboxError {
  const name = error?.name ?? "";
  const normalized = name.toLowerCase().replace(/\s+/g, "");
  const byName = NAME_MAP.find(([key]) => normalized.includes(key))?.[1];
  const code = typeof error?.code === "number" ? error.code : undefined;
  const byCode = code === undefined ? undefined : CODE_MAP.get(code);
  const detail = [name, code === undefined ? "" : `(${code})`, error?.message ?? ""].filter(Boolean).join(" ");
  return new MailboxError(byName ?? byCode ?? "host-failed", `${operation} failed: ${detail || "no error details"}`, code);
}

function mapThrown(operation: string, thrown: unknown): MailboxError {
  if (thrown instanceof MailboxError) return thrown;
  if (thrown instanceof Error) {
    const code = "code" in thrown ? thrown.code : undefined;
    return mapOfficeError(operation, {
      name: thrown.name,
      message: thrown.message,
      ...(typeof code === "number" ? { code } : {}),
    });
  }
  return mapOfficeError(operation, { message: String(thrown) });
}

function throwIf(error: MailboxError | null): void {
  if (error) throw error;
}

// ---------------------------------------------------------------------------------------
// Guards
// ---------------------------------------------------------------------------------------

/** Either the capability (something to call) or the reason it is missing. */
type Guard<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

function supportsMailbox(office: OfficeApi, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported("Mailbox", version);
  } catch {
    // Very old hosts lack `requirements`; they support none of the sets we ask about.
    return false;
  }
}

function requireCapability<T>(guard: Guard<T>): T {
  if (!guard.ok) throw new MailboxError("unsupported", guard.reason);
  return guard.value;
}

function missing(feature: string, version: string): { ok: false; reason: string } {
  return { ok: false, reason: `${feature} needs Outlook with requirement set Mailbox ${version}, which this Outlook does not support.` };
}

/** body.getAsync arrived in Mailbox 1.3 (Outlook 2013 SP1 and older only have 1.1/1.2). */
function canUseBodyGetAsync(office: OfficeApi): Guard<true> {
  return supportsMailbox(office, "1.3") ? { ok: true, value: true } : missing("Reading the message body", "1.3");
}

/** item.categories: Mailbox 1.8. */
function canUseCategories(office: OfficeApi, item: ReadItemApi | ComposeItemApi): Guard<NonNullable<ReadItemApi["categories"]>> {
  if (!supportsMailbox(office, "1.8") || !item.categories) return missing("Categories", "1.8");
  return { ok: true, value: item.categories };
}

/** mailbox.masterCategories: Mailbox 1.8 (and ReadWriteMailbox permission, checked by Outlook). */
function canUseMasterCategories(office: OfficeApi): Guard<NonNullable<MailboxApi["masterCategories"]>> {
  const master = requireMailbox(office).masterCategories;
  if (!supportsMailbox(office, "1.8") || !master) return missing("The master category list", "1.8");
  return { ok: true, value: master };
}

/** item.notificationMessages: Mailbox 1.3. */
function canUseNotifications(office: OfficeApi): Guard<true> {
  return supportsMailbox(office, "1.3") ? { ok: true, value: true } : missing("Notification messages", "1.3");
}

/** Mailbox.addHandlerAsync(ItemChanged): Mailbox 1.5, the set that brought pinnable panes. */
function canUseItemChanged(office: OfficeApi): Guard<true> {
  return supportsMailbox(office, "1.5") ? { ok: true, value: true } : missing("Following the selected item", "1.5");
}

/** from.getAsync in compose mode: Mailbox 1.7. Without it the sender is reported as unknown (null). */
function canUseComposeFrom(office: OfficeApi, item: ComposeItemApi): Guard<NonNullable<ComposeItemApi["from"]>> {
  if (!supportsMailbox(office, "1.7") || !item.from) return missing("Reading the sender of a draft", "1.7");
  return { ok: true, value: item.from };
}

/** displayReply(All)FormAsync: Mailbox 1.9; older hosts fall back to displayReply(All)Form (1.1). */
function canUseReplyFormAsync(
  office: OfficeApi,
  item: ReadItemApi,
  replyAll: boolean,
): Guard<NonNullable<ReadItemApi["displayReplyFormAsync"]>> {
  const method = replyAll ? item.displayReplyAllFormAsync : item.displayReplyFormAsync;
  if (!supportsMailbox(office, "1.9") || !method) return missing("The asynchronous reply form", "1.9");
  return { ok: true, value: method };
}

// ---------------------------------------------------------------------------------------
// Item access
// ---------------------------------------------------------------------------------------

function requireMailbox(office: OfficeApi): MailboxApi {
  const mailbox = office.context.mailbox;
  if (!mailbox) throw new MailboxError("unsupported", "Office.context.mailbox is missing: the page is not running inside Outlook.");
  return mailbox;
}

function requireItem(office: OfficeApi, operation: string): ReadItemApi | ComposeItemApi {
  const item = requireMailbox(office).item;
  if (!item) throw new MailboxError("no-item", `${operation}: no item is open.`);
  return item;
}

/**
 * In read mode `subject` is a string; in compose mode it is a Subject object with
 * getAsync (docs: Office.context.mailbox.item, "subject" in Message Read vs. Compose).
 */
function isCompose(item: ReadItemApi | ComposeItemApi): item is ComposeItemApi {
  return typeof item.subject !== "string";
}

function requireCompose(item: ReadItemApi | ComposeItemApi, operation: string): ComposeItemApi {
  if (!isCompose(item)) throw new MailboxError("wrong-mode", `${operation} works on a draft, but the open item is in read mode.`);
  return item;
}

function requireRead(item: ReadItemApi | ComposeItemApi, operation: string): ReadItemApi {
  if (isCompose(item)) throw new MailboxError("wrong-mode", `${operation} works on a received message, but the open item is a draft.`);
  return item;
}

function toAddress(details: AddressDetails | null | undefined): EmailAddress | null {
  if (!details) return null;
  return { name: details.displayName ?? "", address: details.emailAddress ?? "" };
}

function toAddresses(list: readonly AddressDetails[] | null | undefined): EmailAddress[] {
  return (list ?? []).flatMap((details) => {
    const address = toAddress(details);
    return address ? [address] : [];
  });
}

function itemTypeOf(office: OfficeApi, item: ReadItemApi | ComposeItemApi): OpenItem["itemType"] {
  return item.itemType === office.MailboxEnums.ItemType.Appointment ? "appointment" : "message";
}

/** Read mode: subject, from, to, cc, dateTimeCreated and conversationId are plain properties (Mailbox 1.1, ReadItem). */
function readReadEnvelope(office: OfficeApi, item: ReadItemApi): OpenItem {
  const created = item.dateTimeCreated;
  return {
    itemType: itemTypeOf(office, item),
    mode: "read",
    subject: item.subject,
    from: toAddress(item.from),
    to: toAddresses(item.to),
    cc: toAddresses(item.cc),
    sentAt: created instanceof Date && !Number.isNaN(created.getTime()) ? created : null,
    conversationId: item.conversationId || null,
  };
}

/** Compose mode: the envelope is read through getAsync calls, in parallel. */
async function readComposeEnvelope(office: OfficeApi, item: ComposeItemApi): Promise<OpenItem> {
  const fromGuard = canUseComposeFrom(office, item);
  const [subject, to, cc, from] = await Promise.all([
    subjectGetAsync(office, item.subject),
    item.to ? recipientsGetAsync(office, item.to, "to") : Promise.resolve([]),
    item.cc ? recipientsGetAsync(office, item.cc, "cc") : Promise.resolve([]),
    fromGuard.ok ? fromGetAsync(office, fromGuard.value) : Promise.resolve(null),
  ]);
  return {
    itemType: itemTypeOf(office, item),
    mode: "compose",
    subject,
    from: toAddress(from),
    to: toAddresses(to),
    cc: toAddresses(cc),
    sentAt: null,
    // A new draft has no conversation yet; Outlook reports an empty string or null.
    conversationId: item.conversationId || null,
  };
}

// ---------------------------------------------------------------------------------------
// One wrapper per Office call
// ---------------------------------------------------------------------------------------

// subject.getAsync (compose): Mailbox 1.1, ReadItem
function subjectGetAsync(office: OfficeApi, subject: ComposeItemApi["subject"]): Promise<string> {
  return officeCall<string>(office, "subject.getAsync", (callback) => subject.getAsync(callback));
}

// to.getAsync / cc.getAsync (compose): Mailbox 1.1, ReadItem
function recipientsGetAsync(
  office: OfficeApi,
  recipients: NonNullable<ComposeItemApi["to"]>,
  field: "to" | "cc",
): Promise<AddressDetails[]> {
  return officeCall<AddressDetails[]>(office, `${field}.getAsync`, (callback) => recipients.getAsync(callback));
}

// from.getAsync (compose): Mailbox 1.7, ReadItem
function fromGetAsync(office: OfficeApi, from: NonNullable<ComposeItemApi["from"]>): Promise<AddressDetails> {
  return officeCall<AddressDetails>(office, "from.getAsync", (callback) => from.getAsync(callback));
}

// body.getAsync: Mailbox 1.3, ReadItem
function getBodyAsync(office: OfficeApi, item: ReadItemApi | ComposeItemApi, format: BodyFormat): Promise<string> {
  const coercionType = format === "html" ? office.CoercionType.Html : office.CoercionType.Text;
  return officeCall<string>(office, "body.getAsync", (callback) => item.body.getAsync(coercionType, callback));
}

// body.getTypeAsync: Mailbox 1.1, ReadItem (compose mode)
function getBodyTypeAsync(office: OfficeApi, item: ComposeItemApi): Promise<Office.CoercionType | string> {
  return officeCall<Office.CoercionType | string>(office, "body.getTypeAsync", (callback) => item.body.getTypeAsync(callback));
}

// body.setSelectedDataAsync: Mailbox 1.1, ReadWriteItem (compose mode). HTML into a
// plain-text body fails with InvalidFormatError; text into an HTML body is inserted as text.
function setSelectedDataAsync(office: OfficeApi, item: ComposeItemApi, data: string, format: BodyFormat): Promise<void> {
  const coercionType = format === "html" ? office.CoercionType.Html : office.CoercionType.Text;
  return officeCall<void>(office, "body.setSelectedDataAsync", (callback) =>
    item.body.setSelectedDataAsync(data, { coercionType }, callback),
  );
}

// displayReplyFormAsync / displayReplyAllFormAsync: Mailbox 1.9, ReadItem (read mode)
// displayReplyForm / displayReplyAllForm (fallback): Mailbox 1.1, ReadItem (read mode)
async function displayReply(office: OfficeApi, item: ReadItemApi, html: string, options: ReplyOptions): Promise<void> {
  const formData: Office.ReplyFormData = { htmlBody: html };
  const asyncForm = canUseReplyFormAsync(office, item, options.replyAll);
  const name = options.replyAll ? "displayReplyAllForm" : "displayReplyForm";
  if (asyncForm.ok) {
    const method = asyncForm.value;
    return officeCall<void>(office, `${name}Async`, (callback) => method.call(item, formData, callback));
  }
  const syncForm = options.replyAll ? item.displayReplyAllForm : item.displayReplyForm;
  // Outlook on Android and iOS has neither (docs: displayReplyForm, "Important").
  if (!syncForm) throw new MailboxError("unsupported", `${asyncForm.reason} ${name} is not available either.`);
  try {
    syncForm.call(item, formData);
  } catch (thrown) {
    throw mapThrown(name, thrown);
  }
}

// item.categories.getAsync: Mailbox 1.8, ReadItem
function categoriesGetAsync(
  office: OfficeApi,
  categories: NonNullable<ReadItemApi["categories"]>,
): Promise<Office.CategoryDetails[] | null> {
  return officeCall<Office.CategoryDetails[] | null>(office, "categories.getAsync", (callback) => categories.getAsync(callback));
}

// item.categories.addAsync: Mailbox 1.8, ReadWriteItem. Fails with InvalidCategory when a
// name is not in the master list.
function categoriesAddAsync(office: OfficeApi, categories: NonNullable<ReadItemApi["categories"]>, names: string[]): Promise<void> {
  return officeCall<void>(office, "categories.addAsync", (callback) => categories.addAsync(names, callback));
}

// mailbox.masterCategories.getAsync: Mailbox 1.8, ReadWriteMailbox
function masterCategoriesGetAsync(
  office: OfficeApi,
  master: NonNullable<MailboxApi["masterCategories"]>,
): Promise<Office.CategoryDetails[] | null> {
  return officeCall<Office.CategoryDetails[] | null>(office, "masterCategories.getAsync", (callback) => master.getAsync(callback));
}

function notificationDetails(office: OfficeApi, message: string, kind: NotificationKind, icon: string): Office.NotificationMessageDetails {
  const types = office.MailboxEnums.ItemNotificationMessageType;
  const text = truncateNotification(message);
  // `icon` and `persistent` are only valid on informational messages; on error messages
  // they raise an exception (docs: NotificationMessageDetails.type, "Important").
  return kind === "info"
    ? { type: types.InformationalMessage, message: text, icon, persistent: false }
    : { type: types.ErrorMessage, message: text };
}

// item.notificationMessages.replaceAsync: Mailbox 1.3, ReadItem. Adds the message when
// the key is new, so it doubles as "show".
function notificationReplaceAsync(
  office: OfficeApi,
  item: ReadItemApi | ComposeItemApi,
  key: string,
  details: Office.NotificationMessageDetails,
): Promise<void> {
  return officeCall<void>(office, "notificationMessages.replaceAsync", (callback) =>
    item.notificationMessages.replaceAsync(key, details, callback),
  );
}

// item.notificationMessages.removeAsync: Mailbox 1.3, ReadItem
function notificationRemoveAsync(office: OfficeApi, item: ReadItemApi | ComposeItemApi, key: string): Promise<void> {
  return officeCall<void>(office, "notificationMessages.removeAsync", (callback) => item.notificationMessages.removeAsync(key, callback));
}

// mailbox.addHandlerAsync(ItemChanged) / removeHandlerAsync: Mailbox 1.5, ReadItem.
//
// removeHandlerAsync takes no handler: it removes *every* ItemChanged handler of the add-in
// (docs: Mailbox.removeHandlerAsync). So the gateway registers one Office handler and fans
// out to its own listeners, and only removes the Office handler when the last one leaves.
function createItemChangedHub(office: OfficeApi): { subscribe(listener: () => void): Promise<() => Promise<void>> } {
  const listeners = new Set<() => void>();
  let registration: Promise<void> | null = null;

  const dispatch = (): void => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        // A failing listener must neither stop the others nor throw into Office's
        // dispatcher; rethrow on a fresh stack so it still reaches window.onerror.
        setTimeout(() => {
          throw error;
        });
      }
    }
  };

  return {
    async subscribe(listener) {
      requireCapability(canUseItemChanged(office));
      const mailbox = requireMailbox(office);
      listeners.add(listener);
      if (!registration) {
        const pending = officeCall<void>(office, "addHandlerAsync(ItemChanged)", (callback) =>
          mailbox.addHandlerAsync(office.EventType.ItemChanged, dispatch, callback),
        );
        registration = pending;
        pending.catch(() => {
          if (registration === pending) registration = null;
        });
      }
      try {
        await registration;
      } catch (error) {
        listeners.delete(listener);
        throw error;
      }

      let subscribed = true;
      return async () => {
        if (!subscribed) return;
        subscribed = false;
        listeners.delete(listener);
        if (listeners.size > 0 || !registration) return;
        registration = null;
        await officeCall<void>(office, "removeHandlerAsync(ItemChanged)", (callback) =>
          mailbox.removeHandlerAsync(office.EventType.ItemChanged, callback),
        );
      };
    },
  };
}

/**
 * Office reports its theme as colours, not as a name (Office.context.officeTheme): a
 * body background darker than mid-grey means a dark or black theme.
 */
export function themeOfBackground(color: string | undefined): HostTheme {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? "")?.[1];
  if (!hex) return "light";
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
  // Relative luminance per WCAG 2.x, on sRGB channels.
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.18 ? "dark" : "light";
}
