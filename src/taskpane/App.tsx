import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Mailbox } from "../office/mailbox";
import { MailboxProvider } from "./MailboxContext";
import { LocaleProvider, localeValues } from "./i18n/LocaleContext";
import { localeFor } from "./i18n/strings";
import { Pane } from "./Pane";

export interface AppProps {
  readonly mailbox: Mailbox;
}

/** The pane with everything it needs from outside: the gateway, the language, the theme. */
export function App({ mailbox }: AppProps) {
  const locale = localeFor(mailbox.displayLanguage);
  return (
    // Follows Office's theme, so the pane matches Outlook in dark mode.
    <FluentProvider theme={mailbox.theme === "dark" ? webDarkTheme : webLightTheme} lang={mailbox.displayLanguage} style={{ height: "100%" }}>
      <LocaleProvider value={localeValues[locale]}>
        <MailboxProvider value={mailbox}>
          <Pane />
        </MailboxProvider>
      </LocaleProvider>
    </FluentProvider>
  );
}
