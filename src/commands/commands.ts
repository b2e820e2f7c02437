/**
 * Entry of the ribbon's function file (commands.html, the manifest's FunctionFile).
 * Outlook loads it in a hidden runtime; it starts Office once, through the gateway, and
 * registers the function commands named in manifest.xml.
 */
import { registerRibbonCommands } from "../office/commands";
import { openSettingsStore } from "../office/host";
import { flagSender } from "./flagSender";

registerRibbonCommands({
  flagSender: ({ mailbox }) => flagSender(mailbox, () => openSettingsStore()),
}).catch((error: unknown) => {
  // The function file has no UI; the console is where a developer looks (F12 on the runtime).
  console.error("Clear Lines: ribbon commands were not registered.", error);
});
