import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Mailbox } from "../office/mailbox";
import type { KeyValueStore } from "../core/storage/keyValueStore";
import { StoreProvider } from "./StoreContext";
import { MailboxProvider } from "./MailboxContext";
import { LocaleProvider, localeValues } from "./i18n/LocaleContext";
import { localeFor } from "./i18n/strings";
import { Pane } from "./Pane";

export interface AppProps {
  readonly mailbox: Mailbox;
  /** Where the user's settings live: roaming settings in Outlook, localStorage in the playground. */
  readonly store: KeyValueStore;
}

/** The pane with everything it needs from outside: the gateway, the settings store, the language, the theme. */
export function App({ mailbox, store }: AppProps) {
  const locale = localeFor(mailbox.displayLanguage);
  return (
    // Follows Office's theme, so the pane matches Outlook in dark mode.
    <FluentProvider theme={mailbox.theme === "dark" ? webDarkTheme : webLightTheme} lang={mailbox.displayLanguage} style={{ height: "100%" }}>
      <LocaleProvider value={localeValues[locale]}>
        <MailboxProvider value={mailbox}>
          <StoreProvider value={store}>
            <Pane />
          </StoreProvider>
        </MailboxProvider>
      </LocaleProvider>
    </FluentProvider>
  );
}
