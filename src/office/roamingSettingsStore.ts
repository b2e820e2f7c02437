/**
 * The storage port over Outlook's roaming settings (Office.context.roamingSettings):
 * the add-in's settings travel with the mailbox to every device. Limits to know
 * (docs: "Get and set add-in metadata for an Outlook add-in"): 32 KB for the whole
 * add-in, loaded once when the add-in starts; the callers keep their data well inside.
 */
import type { KeyValueStore } from "../core/storage/keyValueStore";
import { MailboxError } from "./mailbox";
import { officeCall } from "./officeMailbox";
import type { OfficeApi } from "./officeApi";

/**
 * Builds the store. Mailbox 1.1, Restricted permission: available wherever the add-in runs.
 * @throws MailboxError "unsupported" when the host has no roaming settings
 */
export function createRoamingSettingsStore(office: OfficeApi): KeyValueStore {
  const settings = office.context.roamingSettings;
  if (!settings) throw new MailboxError("unsupported", "This Outlook has no roaming settings for add-ins.");
  return {
    get: (key) => settings.get(key) ?? undefined,
    set: (key, value) => settings.set(key, value),
    remove: (key) => settings.remove(key),
    // RoamingSettings.saveAsync: Mailbox 1.1, Restricted.
    save: () => officeCall<void>(office, "roamingSettings.saveAsync", (callback) => settings.saveAsync(callback)),
  };
}
