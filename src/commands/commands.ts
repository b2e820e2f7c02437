/**
 * Entry of the ribbon's function file (commands.html, the manifest's FunctionFile).
 * Outlook loads it in a hidden runtime; it only has to start Office once, through the
 * gateway, and register the function commands. None exist yet, so the map is empty.
 */
import { registerRibbonCommands } from "../office/commands";

registerRibbonCommands({}).catch((error: unknown) => {
  // The function file has no UI; the console is where a developer looks (F12 on the runtime).
  console.error("Clear Lines: ribbon commands were not registered.", error);
});
