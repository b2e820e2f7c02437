/**
 * The slice of the Office.js namespace that the gateway uses, written as a port so the
 * typed fake (`testing/fakeOffice.ts`) can implement exactly this and nothing more.
 *
 * Every member is derived from @types/office-js, and `RealOfficeFitsPort` below fails to
 * compile if the real `typeof Office` stops fitting it, so the port cannot drift from the
 * typings. Three deliberate loosenings, each because the typings and the runtime disagree
 * or because Outlook really returns less:
 *
 * - Enum objects are typed `Enum | string`. @types/office-js declares `AsyncResultStatus`,
 *   `EventType` and `HostType` as numeric enums, but Office.js ships strings at runtime
 *   (the Office.Error docs compare `asyncResult.status === "failed"`); every Outlook method
 *   that takes one is typed `Enum | string` anyway.
 * - Methods are declared with the one overload we call (`(args, callback)`), not the
 *   `options` overloads, so the fake does not have to juggle optional arguments.
 * - Read-mode recipient lists, `from` and `categories` are optional: appointments have
 *   no `to`/`cc`, and `item.categories` only exists from Mailbox 1.8.
 */

/** `Office.RoamingSettings`: what the storage port needs. */
export interface RoamingSettingsApi {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: OfficeCallback<void>): void;
}

/** What an Office callback receives; `Office.AsyncResult<T>` fits it. */
export interface AsyncResultLike<T> {
  readonly status: Office.AsyncResultStatus | string;
  readonly value: T;
  /** Present when `status` is Failed (docs: Office.AsyncResult, "error" property). */
  readonly error?: Pick<Office.Error, "code" | "name" | "message">;
}

/** The callback every `*Async` method takes as its last argument. */
export type OfficeCallback<T> = (result: AsyncResultLike<T>) => void;

/** `Office.EmailAddressDetails` minus the appointment-only fields we never read. */
export type AddressDetails = Pick<Office.EmailAddressDetails, "emailAddress" | "displayName">;

export interface BodyApi {
  getAsync(coercionType: Office.CoercionType | string, callback: OfficeCallback<string>): void;
  getTypeAsync(callback: OfficeCallback<Office.CoercionType | string>): void;
  setSelectedDataAsync(
    data: string,
    options: Office.AsyncContextOptions & Office.CoercionTypeOptions,
    callback: OfficeCallback<void>,
  ): void;
}

export interface CategoriesApi {
  /** Outlook returns `null` or `[]` for an item without categories (docs: Categories.getAsync). */
  getAsync(callback: OfficeCallback<Office.CategoryDetails[] | null>): void;
  addAsync(categories: string[], callback: OfficeCallback<void>): void;
}

export interface MasterCategoriesApi {
  getAsync(callback: OfficeCallback<Office.CategoryDetails[] | null>): void;
}

export interface NotificationMessagesApi {
  replaceAsync(key: string, details: Office.NotificationMessageDetails, callback: OfficeCallback<void>): void;
  removeAsync(key: string, callback: OfficeCallback<void>): void;
}

/** Members shared by read and compose items. */
export interface ItemBaseApi {
  readonly itemType: Office.MailboxEnums.ItemType | string;
  readonly conversationId?: string | null;
  readonly body: BodyApi;
  readonly notificationMessages: NotificationMessagesApi;
  /** Mailbox 1.8. */
  readonly categories?: CategoriesApi;
}

/** `Office.MessageRead` as we use it: envelope fields are plain properties. */
export interface ReadItemApi extends ItemBaseApi {
  readonly subject: string;
  readonly from?: AddressDetails | null;
  readonly to?: readonly AddressDetails[];
  readonly cc?: readonly AddressDetails[];
  readonly dateTimeCreated?: Date;
  /** Mailbox 1.1; absent on Outlook mobile. */
  displayReplyForm?(formData: string | Office.ReplyFormData): void;
  displayReplyAllForm?(formData: string | Office.ReplyFormData): void;
  /** Mailbox 1.9. */
  displayReplyFormAsync?(formData: string | Office.ReplyFormData, callback: OfficeCallback<void>): void;
  displayReplyAllFormAsync?(formData: string | Office.ReplyFormData, callback: OfficeCallback<void>): void;
}

/** `Office.MessageCompose` as we use it: envelope fields are objects with `getAsync`. */
export interface ComposeItemApi extends ItemBaseApi {
  readonly subject: { getAsync(callback: OfficeCallback<string>): void };
  readonly to?: { getAsync(callback: OfficeCallback<AddressDetails[]>): void };
  readonly cc?: { getAsync(callback: OfficeCallback<AddressDetails[]>): void };
  /** Mailbox 1.7. */
  readonly from?: { getAsync(callback: OfficeCallback<AddressDetails>): void };
}

export interface MailboxApi {
  /** Null or undefined when a pinned pane has no item selected (docs: Office.context.mailbox.item). */
  readonly item?: ReadItemApi | ComposeItemApi | null;
  /** Mailbox 1.8. */
  readonly masterCategories?: MasterCategoriesApi;
  addHandlerAsync(eventType: Office.EventType | string, handler: () => void, callback: OfficeCallback<void>): void;
  removeHandlerAsync(eventType: Office.EventType | string, callback: OfficeCallback<void>): void;
}

/** What `createOfficeMailbox` needs from `Office`. */
export interface OfficeApi {
  readonly context: {
    readonly displayLanguage: string;
    /**
     * Absent where the host does not expose it (Outlook on the web before theme
     * support, and older desktop builds): then the pane stays light.
     */
    readonly officeTheme?: { readonly bodyBackgroundColor: string };
    /** Mailbox 1.1: the add-in's own settings in the user's mailbox (32 KB), loaded when the add-in starts. */
    readonly roamingSettings?: RoamingSettingsApi;
    /** Undefined when the page runs in another Office host. */
    readonly mailbox?: MailboxApi;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  readonly AsyncResultStatus: { readonly Succeeded: Office.AsyncResultStatus | string };
  readonly CoercionType: {
    readonly Html: Office.CoercionType | string;
    readonly Text: Office.CoercionType | string;
  };
  readonly EventType: { readonly ItemChanged: Office.EventType | string };
  readonly MailboxEnums: {
    readonly ItemType: { readonly Appointment: Office.MailboxEnums.ItemType | string };
    readonly ItemNotificationMessageType: {
      readonly InformationalMessage: Office.MailboxEnums.ItemNotificationMessageType | string;
      readonly ErrorMessage: Office.MailboxEnums.ItemNotificationMessageType | string;
    };
  };
}

/** The event object Office passes to a ribbon function command. */
export type CommandEventLike = Pick<Office.AddinCommands.Event, "source" | "completed">;

/** What the bootstrap (`host.ts`, `commands.ts`) needs on top: readiness, host check, ribbon actions. */
export interface OfficeGlobalApi extends OfficeApi {
  onReady(): Promise<{ host: Office.HostType | string | null; platform: Office.PlatformType | string | null }>;
  readonly HostType: { readonly Outlook: Office.HostType | string };
  /** Absent in hosts too old for `Office.actions` (then commands must be global functions). */
  readonly actions?: { associate(actionId: string, actionFunction: (event: CommandEventLike) => void): void };
}

// Compile-time proof that the real namespace fits the port: if @types/office-js changes a
// signature we rely on, `tsc` fails on this line instead of Outlook failing at runtime.
// The item is checked against each mode on its own, because the real item type is an
// intersection of both modes and would otherwise satisfy the union through either one.
type Fits<T extends OfficeGlobalApi> = T;
type FitsRead<T extends ReadItemApi> = T;
type FitsCompose<T extends ComposeItemApi> = T;
type RealItem = NonNullable<(typeof Office)["context"]["mailbox"]["item"]>;
/** Not for use: exists only so the checks above are compiled. */
export type RealOfficeFitsPort = [Fits<typeof Office>, FitsRead<RealItem>, FitsCompose<RealItem>];
