/**
 * A typed fake of the part of the `Office` namespace the gateway uses (`OfficeGlobalApi`,
 * itself checked against @types/office-js). Like office-addin-mock it is plain objects
 * built from a description, but it also behaves like Outlook where our code depends on
 * it: callbacks run asynchronously, failures arrive as `AsyncResultStatus.Failed` with an
 * `{ code, name, message }` error, newer APIs are missing when their requirement set is,
 * and selecting another item fires the registered ItemChanged handler.
 *
 * Test-only: nothing outside tests imports this file.
 */
import type {
  AddressDetails,
  AsyncResultLike,
  CommandEventLike,
  ComposeItemApi,
  MailboxApi,
  OfficeCallback,
  OfficeGlobalApi,
  ReadItemApi,
} from "../officeApi";

/** An Office error as it appears in `AsyncResult.error`. */
export type FakeOfficeError = Pick<Office.Error, "code" | "name" | "message">;

/** Every Office entry point the fake records and can make fail. */
export type FakeMethod =
  | "subject.getAsync"
  | "to.getAsync"
  | "cc.getAsync"
  | "from.getAsync"
  | "body.getAsync"
  | "body.getTypeAsync"
  | "body.setSelectedDataAsync"
  | "displayReplyForm"
  | "displayReplyAllForm"
  | "displayReplyFormAsync"
  | "displayReplyAllFormAsync"
  | "categories.getAsync"
  | "categories.addAsync"
  | "masterCategories.getAsync"
  | "notificationMessages.replaceAsync"
  | "notificationMessages.removeAsync"
  | "addHandlerAsync"
  | "removeHandlerAsync";

/** One recorded call: the method and the arguments our code passed (callback left out). */
export interface FakeCall {
  readonly method: FakeMethod;
  readonly args: readonly unknown[];
}

/** The item the fake shows as `Office.context.mailbox.item`. */
export interface FakeItem {
  readonly mode: "read" | "compose";
  readonly itemType?: "message" | "appointment";
  readonly subject?: string;
  readonly from?: AddressDetails | null;
  readonly to?: readonly AddressDetails[];
  readonly cc?: readonly AddressDetails[];
  readonly dateTimeCreated?: Date;
  readonly conversationId?: string | null;
  /** The body in both coercions, as Outlook would return them. */
  readonly body?: { readonly html: string; readonly text: string };
  /** Compose mode: the draft's body type (body.getTypeAsync). */
  readonly bodyType?: "html" | "text";
  readonly categories?: readonly string[];
}

/** How the fake host is set up. */
export interface FakeOfficeOptions {
  /** The open item; null for a pinned pane with nothing selected. */
  readonly item?: FakeItem | null;
  /** Highest supported Mailbox requirement set, e.g. "1.8"; default "1.13". */
  readonly mailboxVersion?: string;
  readonly displayLanguage?: string;
  readonly masterCategories?: readonly string[];
  /** What `Office.onReady` resolves with: Outlook, another host, or null outside Office. */
  readonly host?: "Outlook" | "Excel" | null;
  /** "never" simulates an Office.js that loaded but never initialises. */
  readonly onReady?: "resolve" | "never";
  /**
   * Simulates an Office.js library newer than the host (the CDN script is always the
   * latest): every member exists, but isSetSupported still answers for `mailboxVersion`.
   * This is the case the requirement-set guards exist for.
   */
  readonly definesAllApis?: boolean;
  /** False for a host too old for `Office.actions`. */
  readonly hasActions?: boolean;
}

/** The fake event a ribbon command receives, with what happened to it. */
export interface FakeCommandEvent extends CommandEventLike {
  readonly completedCalls: number;
}

/** The fake `Office` object plus the controls tests drive it with. */
export interface FakeOffice {
  readonly office: OfficeGlobalApi;
  /** Every call in order. */
  readonly calls: readonly FakeCall[];
  /** Calls of one method, in order. */
  callsTo(method: FakeMethod): readonly FakeCall[];
  /** Makes the next call of `method` complete with status Failed and `error` (sync methods throw it). */
  failNext(method: FakeMethod, error: FakeOfficeError): void;
  /** Makes the next call of `method` throw synchronously, as Office.js does on a bad argument. */
  throwNext(method: FakeMethod, error: FakeOfficeError): void;
  /** Selects another item (or none) and fires the registered ItemChanged handler. */
  selectItem(item: FakeItem | null): void;
  /** Notifications currently on the item, by key. */
  readonly notifications: ReadonlyMap<string, Office.NotificationMessageDetails>;
  /** Text inserted into the compose body, in order. */
  readonly inserted: readonly string[];
  /** How many ItemChanged handlers Office holds for the add-in. */
  readonly itemChangedHandlers: number;
  /** How many times `Office.onReady` was called. */
  readonly onReadyCalls: number;
  /** Function commands registered with `Office.actions.associate`, by id. */
  readonly commands: ReadonlyMap<string, (event: CommandEventLike) => void>;
  /** Runs a registered command as Outlook would and returns its event. */
  invokeCommand(id: string): FakeCommandEvent;
}

/** Runtime values of the Office.js enums (strings, whatever the typings say). */
const ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Html: "html", Text: "text" },
  EventType: { ItemChanged: "olkItemSelectedChanged" },
  HostType: { Outlook: "Outlook" },
  MailboxEnums: {
    ItemType: { Message: "message", Appointment: "appointment" },
    ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage" },
  },
} as const;

/** "Invalid Format Error" (docs: Office Common API error codes, 2006), raised for HTML into a text body. */
const INVALID_FORMAT: FakeOfficeError = {
  code: 2006,
  name: "InvalidFormatError",
  message: "The format of the specified data object is not valid.",
};

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Builds a fake Outlook host.
 * @param options the item, requirement sets and host behaviour to simulate.
 */
export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const version = options.mailboxVersion ?? "1.13";
  const supports = (v: string): boolean => compareVersions(version, v) >= 0;
  /** Whether a member of requirement set `v` exists on the objects. */
  const defines = (v: string): boolean => options.definesAllApis === true || supports(v);
  const calls: FakeCall[] = [];
  const failures = new Map<FakeMethod, FakeOfficeError[]>();
  const throws = new Map<FakeMethod, FakeOfficeError[]>();
  const notifications = new Map<string, Office.NotificationMessageDetails>();
  const inserted: string[] = [];
  const commands = new Map<string, (event: CommandEventLike) => void>();
  const masterCategories = [...(options.masterCategories ?? [])];
  let itemChangedHandler: (() => void) | null = null;
  let onReadyCalls = 0;

  const take = (queue: Map<FakeMethod, FakeOfficeError[]>, method: FakeMethod): FakeOfficeError | undefined =>
    queue.get(method)?.shift();

  const toThrowable = (error: FakeOfficeError): Error => Object.assign(new Error(error.message), { name: error.name, code: error.code });

  /** Records a call, applies a queued throw, and otherwise reports the outcome asynchronously. */
  function asyncCall<T>(method: FakeMethod, args: readonly unknown[], callback: OfficeCallback<T>, run: () => T | FakeOfficeError): void {
    calls.push({ method, args });
    const thrown = take(throws, method);
    if (thrown) throw toThrowable(thrown);
    const failure = take(failures, method);
    // Office answers on a later task, never inside the call (docs: "asynchronous" in each *Async method).
    setTimeout(() => {
      const outcome = failure ?? run();
      // On failure Office leaves `value` undefined whatever T is; the typings cannot say so.
      const result: AsyncResultLike<T> = isFakeError(outcome)
        ? { status: ENUMS.AsyncResultStatus.Failed, value: undefined as T, error: outcome }
        : { status: ENUMS.AsyncResultStatus.Succeeded, value: outcome };
      callback(result);
    }, 0);
  }

  /** Records a synchronous call (displayReplyForm) and throws a queued failure. */
  function syncCall(method: FakeMethod, args: readonly unknown[]): void {
    calls.push({ method, args });
    const failure = take(throws, method) ?? take(failures, method);
    if (failure) throw toThrowable(failure);
  }

  function buildItem(spec: FakeItem): ReadItemApi | ComposeItemApi {
    const body = spec.body ?? { html: "", text: "" };
    let categories = [...(spec.categories ?? [])];
    const bodyType = spec.bodyType ?? "html";
    const base = {
      itemType: spec.itemType ?? ENUMS.MailboxEnums.ItemType.Message,
      conversationId: spec.conversationId ?? null,
      body: {
        getAsync(coercionType: string, callback: OfficeCallback<string>) {
          asyncCall("body.getAsync", [coercionType], callback, () => (coercionType === ENUMS.CoercionType.Html ? body.html : body.text));
        },
        getTypeAsync(callback: OfficeCallback<string>) {
          asyncCall("body.getTypeAsync", [], callback, () => bodyType);
        },
        setSelectedDataAsync(data: string, opts: Office.AsyncContextOptions & Office.CoercionTypeOptions, callback: OfficeCallback<void>) {
          asyncCall("body.setSelectedDataAsync", [data, opts], callback, () => {
            if (opts.coercionType === ENUMS.CoercionType.Html && bodyType === "text") return INVALID_FORMAT;
            inserted.push(data);
            return undefined;
          });
        },
      },
      notificationMessages: {
        replaceAsync(key: string, details: Office.NotificationMessageDetails, callback: OfficeCallback<void>) {
          // Office.js rejects an over-long message synchronously (docs: NotificationMessageDetails.message).
          if (details.message.length > 150) {
            calls.push({ method: "notificationMessages.replaceAsync", args: [key, details] });
            throw Object.assign(new Error("Sys.ArgumentOutOfRangeException: message"), { name: "Sys.ArgumentOutOfRangeException" });
          }
          asyncCall("notificationMessages.replaceAsync", [key, details], callback, () => {
            notifications.set(key, details);
            return undefined;
          });
        },
        removeAsync(key: string, callback: OfficeCallback<void>) {
          asyncCall("notificationMessages.removeAsync", [key], callback, () => {
            notifications.delete(key);
            return undefined;
          });
        },
      },
      ...(defines("1.8")
        ? {
            categories: {
              getAsync(callback: OfficeCallback<Office.CategoryDetails[] | null>) {
                asyncCall("categories.getAsync", [], callback, () =>
                  // Some Outlook versions return null rather than [] for "no categories".
                  categories.length === 0 ? null : categories.map(toCategoryDetails),
                );
              },
              addAsync(names: string[], callback: OfficeCallback<void>) {
                asyncCall("categories.addAsync", [names], callback, () => {
                  categories = [...categories, ...names.filter((name) => !categories.includes(name))];
                  return undefined;
                });
              },
            },
          }
        : {}),
    };

    if (spec.mode === "read") {
      const read: ReadItemApi = {
        ...base,
        subject: spec.subject ?? "",
        from: spec.from ?? null,
        to: [...(spec.to ?? [])],
        cc: [...(spec.cc ?? [])],
        ...(spec.dateTimeCreated ? { dateTimeCreated: spec.dateTimeCreated } : {}),
        displayReplyForm(formData: string | Office.ReplyFormData) {
          syncCall("displayReplyForm", [formData]);
        },
        displayReplyAllForm(formData: string | Office.ReplyFormData) {
          syncCall("displayReplyAllForm", [formData]);
        },
        ...(defines("1.9")
          ? {
              displayReplyFormAsync(formData: string | Office.ReplyFormData, callback: OfficeCallback<void>) {
                asyncCall("displayReplyFormAsync", [formData], callback, () => undefined);
              },
              displayReplyAllFormAsync(formData: string | Office.ReplyFormData, callback: OfficeCallback<void>) {
                asyncCall("displayReplyAllFormAsync", [formData], callback, () => undefined);
              },
            }
          : {}),
      };
      return read;
    }

    const compose: ComposeItemApi = {
      ...base,
      subject: {
        getAsync(callback: OfficeCallback<string>) {
          asyncCall("subject.getAsync", [], callback, () => spec.subject ?? "");
        },
      },
      to: {
        getAsync(callback: OfficeCallback<AddressDetails[]>) {
          asyncCall("to.getAsync", [], callback, () => [...(spec.to ?? [])]);
        },
      },
      cc: {
        getAsync(callback: OfficeCallback<AddressDetails[]>) {
          asyncCall("cc.getAsync", [], callback, () => [...(spec.cc ?? [])]);
        },
      },
      ...(defines("1.7")
        ? {
            from: {
              getAsync(callback: OfficeCallback<AddressDetails>) {
                asyncCall("from.getAsync", [], callback, () => spec.from ?? { displayName: "", emailAddress: "" });
              },
            },
          }
        : {}),
    };
    return compose;
  }

  let item: ReadItemApi | ComposeItemApi | null = options.item ? buildItem(options.item) : null;

  const mailbox: MailboxApi = {
    get item() {
      return item;
    },
    ...(defines("1.8")
      ? {
          masterCategories: {
            getAsync(callback: OfficeCallback<Office.CategoryDetails[] | null>) {
              asyncCall("masterCategories.getAsync", [], callback, () => masterCategories.map(toCategoryDetails));
            },
          },
        }
      : {}),
    addHandlerAsync(eventType: string, handler: () => void, callback: OfficeCallback<void>) {
      asyncCall("addHandlerAsync", [eventType], callback, () => {
        if (eventType === ENUMS.EventType.ItemChanged) itemChangedHandler = handler;
        return undefined;
      });
    },
    removeHandlerAsync(eventType: string, callback: OfficeCallback<void>) {
      asyncCall("removeHandlerAsync", [eventType], callback, () => {
        if (eventType === ENUMS.EventType.ItemChanged) itemChangedHandler = null;
        return undefined;
      });
    },
  };

  const host = options.host === undefined ? ENUMS.HostType.Outlook : options.host;

  const office: OfficeGlobalApi = {
    ...ENUMS,
    context: {
      displayLanguage: options.displayLanguage ?? "en-US",
      // Outside Outlook there is no mailbox (docs: Office.context.mailbox is Outlook-only).
      ...(host === ENUMS.HostType.Outlook ? { mailbox } : {}),
      requirements: {
        isSetSupported: (name: string, minVersion?: string) => name === "Mailbox" && supports(minVersion ?? "1.1"),
      },
    },
    onReady() {
      onReadyCalls += 1;
      if (options.onReady === "never") return new Promise(() => undefined);
      return Promise.resolve({ host, platform: host === null ? null : "OfficeOnline" });
    },
    ...(options.hasActions === false
      ? {}
      : {
          actions: {
            associate(actionId: string, actionFunction: (event: CommandEventLike) => void) {
              commands.set(actionId, actionFunction);
            },
          },
        }),
  };

  return {
    office,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    failNext(method, error) {
      failures.set(method, [...(failures.get(method) ?? []), error]);
    },
    throwNext(method, error) {
      throws.set(method, [...(throws.get(method) ?? []), error]);
    },
    selectItem(next) {
      item = next ? buildItem(next) : null;
      notifications.clear();
      itemChangedHandler?.();
    },
    notifications,
    inserted,
    get itemChangedHandlers() {
      return itemChangedHandler ? 1 : 0;
    },
    get onReadyCalls() {
      return onReadyCalls;
    },
    commands,
    invokeCommand(id) {
      const command = commands.get(id);
      if (!command) throw new Error(`No command "${id}" is associated.`);
      let completedCalls = 0;
      const event: FakeCommandEvent = {
        source: { id },
        completed() {
          completedCalls += 1;
        },
        get completedCalls() {
          return completedCalls;
        },
      };
      command(event);
      return event;
    },
  };
}

function toCategoryDetails(name: string): Office.CategoryDetails {
  // The gateway reads names only; any preset colour will do.
  return { displayName: name, color: "Preset0" };
}

function isFakeError(value: unknown): value is FakeOfficeError {
  return typeof value === "object" && value !== null && "code" in value && "name" in value && "message" in value;
}
