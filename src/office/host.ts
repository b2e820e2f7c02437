/**
 * The Office bootstrap: the only module that calls `Office.onReady`, and the only one that
 * reads the global `Office`. The task pane (`connectToOutlook`) and the ribbon's function
 * file (`registerRibbonCommands` in ./commands) both start here, so the checks below (is
 * Office.js loaded, is this Outlook, did it initialise in time) exist once.
 */
import { MailboxError, type Mailbox } from "./mailbox";
import type { OfficeGlobalApi } from "./officeApi";
import { createOfficeMailbox, type OfficeMailboxOptions } from "./officeMailbox";
import { createRoamingSettingsStore } from "./roamingSettingsStore";
import type { KeyValueStore } from "../core/storage/keyValueStore";

/** How `connectToOutlook` finds and waits for Office.js. */
export interface ConnectOptions {
  /**
   * Returns the Office namespace, or undefined when Office.js is not loaded. Defaults to
   * the global `Office`; tests pass the fake.
   */
  readonly getOffice?: () => OfficeGlobalApi | undefined;
  /** How long to wait for Office.onReady before giving up, in ms; default 10 000. */
  readonly timeoutMs?: number;
  /** Passed on to `createOfficeMailbox`. */
  readonly mailbox?: OfficeMailboxOptions;
}

/** Default wait for Office.onReady. Office.js normally initialises in well under a second. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

// One readiness promise per Office namespace, so Office.onReady runs once however many
// callers ask. A failure is kept too: retrying cannot fix a missing host; reloading can.
const readiness = new WeakMap<OfficeGlobalApi, Promise<OfficeGlobalApi>>();

function globalOffice(): OfficeGlobalApi | undefined {
  // `typeof` on an undeclared global is safe; a blocked appsforoffice.microsoft.com script
  // leaves `Office` undeclared, and plain `Office` would throw a ReferenceError.
  return typeof Office === "undefined" ? undefined : Office;
}

/**
 * Waits for Office.js to initialise inside Outlook.
 * @param options where Office comes from and how long to wait.
 * @returns the Office namespace, ready to use; rejects with MailboxError "unsupported"
 *   when Office.js is missing, the page is not in Outlook, or initialisation times out.
 */
export function whenOfficeReady(options: ConnectOptions = {}): Promise<OfficeGlobalApi> {
  const office = (options.getOffice ?? globalOffice)();
  if (!office) {
    return Promise.reject(
      new MailboxError(
        "unsupported",
        "Office.js is not loaded: the script from appsforoffice.microsoft.com was blocked or failed to download. Check the connection, then reopen the pane.",
      ),
    );
  }
  let ready = readiness.get(office);
  if (!ready) {
    ready = waitForOutlook(office, options.timeoutMs ?? OFFICE_READY_TIMEOUT_MS);
    readiness.set(office, ready);
  }
  return ready;
}

/**
 * Connects the task pane to Outlook.
 * @param options see `ConnectOptions`.
 * @returns the Office.js Mailbox gateway; rejects with MailboxError "unsupported" (with a
 *   message saying why) when the page is opened outside Outlook, Office.js failed to load,
 *   or Office did not become ready within the timeout.
 */
export async function connectToOutlook(options: ConnectOptions = {}): Promise<Mailbox> {
  const office = await whenOfficeReady(options);
  return createOfficeMailbox(office, options.mailbox ?? {});
}

async function waitForOutlook(office: OfficeGlobalApi, timeoutMs: number): Promise<OfficeGlobalApi> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new MailboxError(
            "unsupported",
            `Office did not finish starting within ${Math.round(timeoutMs / 1000)} s. Open the pane from Outlook; if it was, reopen it.`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    // Office.onReady resolves outside Office too, with host null (docs: "Initialize your
    // Office Add-in"), so the host has to be checked, not just awaited.
    const info = await Promise.race([office.onReady(), timeout]);
    if (info.host === null || info.host === undefined) {
      throw new MailboxError("unsupported", "This page runs inside Outlook. It was opened directly in a browser: open it from Outlook instead.");
    }
    if (info.host !== office.HostType.Outlook || !office.context.mailbox) {
      throw new MailboxError("unsupported", `This add-in runs in Outlook, not in ${String(info.host)}.`);
    }
    return office;
  } catch (error) {
    if (error instanceof MailboxError) throw error;
    throw new MailboxError("unsupported", `Office failed to start: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The add-in's settings store in the user's mailbox, once Office is ready.
 * Rejects like `whenOfficeReady`, or with "unsupported" when the host has no roaming settings.
 */
export async function openSettingsStore(options: ConnectOptions = {}): Promise<KeyValueStore> {
  return createRoamingSettingsStore(await whenOfficeReady(options));
}
