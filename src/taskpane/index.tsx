import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { connectToOutlook, openSettingsStore } from "../office/host";
import { createMemoryStore } from "../core/storage/keyValueStore";
import { App } from "./App";
import { StatusMessage } from "./StatusMessage";
import { LocaleProvider, localeValues } from "./i18n/LocaleContext";
import { localeFor } from "./i18n/strings";
import { errorMessage } from "./errorMessage";
import { loadCore, preloadEmailView } from "./loadCore";

// Fetch the thread reader while Office.js starts; a failed download surfaces when the email is read.
// Once it is here, compile the rules (a few hundred milliseconds per language) between
// other work, while the email's body is still on its way.
loadCore().then(
  (core) => {
    for (const [position, language] of (["en", "de"] as const).entries()) setTimeout(() => core.prepareAnalysis(language), 50 * (position + 1));
  },
  () => undefined,
);
preloadEmailView();

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

// The only start-up path: wait for Office once, then hand the gateway to the pane.
Promise.all([
  connectToOutlook(),
  // Without roaming settings the pane still works; choices then last until it closes.
  openSettingsStore().catch(() => createMemoryStore()),
]).then(
  ([mailbox, store]) => {
    document.documentElement.lang = mailbox.displayLanguage;
    root.render(<App mailbox={mailbox} store={store} />);
  },
  (error: unknown) => {
    // Outside Outlook (or with Office.js blocked) there is no display language to ask.
    const { strings } = localeValues[localeFor(navigator.language)];
    root.render(
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider value={localeValues[localeFor(navigator.language)]}>
          <StatusMessage intent="error" title={strings.failedTitle} body={errorMessage(error, strings)} />
        </LocaleProvider>
      </FluentProvider>,
    );
  },
);
