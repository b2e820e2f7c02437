import type { Mailbox } from "../office/mailbox";
import type { KeyValueStore } from "../core/storage/keyValueStore";
import { createClientStore } from "../core/clients/clientStore";
import { catalogues, localeFor } from "../taskpane/i18n/strings";

/** The same key the pane uses, so the ribbon and the pane show one reminder, not two. */
export const FLAGGED_NOTIFICATION_KEY = "clearLinesFlaggedClient";

/**
 * The "Flag client" ribbon button: flags the open email's sender without opening the
 * pane, and says so on the item ("Anna Example flagged as a difficult client.").
 * Reasons and a note can be added later in the pane.
 */
export async function flagSender(mailbox: Mailbox, openStore: () => Promise<KeyValueStore>): Promise<void> {
  const locale = localeFor(mailbox.displayLanguage);
  const strings = catalogues[locale].client;
  const item = await mailbox.getOpenItem();
  const sender = item?.mode === "read" ? item.from : null;
  if (!sender?.address) {
    await mailbox.showNotification(FLAGGED_NOTIFICATION_KEY, strings.noSender, "error");
    return;
  }
  const name = sender.name || sender.address;
  const clients = createClientStore(await openStore());
  const existing = clients.get(sender.address);
  const result = await clients.flag(sender.address, name, existing?.flagged ? existing.reasons : [], existing?.note ?? "");
  await mailbox.showNotification(
    FLAGGED_NOTIFICATION_KEY,
    result.ok ? strings.flaggedNotification(name) : strings.saveFailed(result.message[locale]),
    result.ok ? "info" : "error",
  );
}
