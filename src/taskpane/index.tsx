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
import { analyzerFor } from "./analysis/analyzer";

// Fetch the thread reader while Office.js starts, and start the analysis worker, which
// compiles the rules while the email's body is still on its way; a failed download
// surfaces when the email is read.
loadCore().then(
  (core) => void analyzerFor(core),
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
