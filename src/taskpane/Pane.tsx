import { lazy, Suspense, useState } from "react";
import { Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle1, Tab, TabList, tokens } from "@fluentui/react-components";
import { useMailbox } from "./MailboxContext";
import { useStrings } from "./i18n/LocaleContext";
import { useOpenEmail } from "./useOpenEmail";
import type { EmailTab } from "./EmailView";
import { useStore } from "./StoreContext";
import { useUserSettings } from "./useUserSettings";

// Settings are opened rarely: their form loads on demand.
// The email view renders only once the analysis chunk is there; it loads alongside it
// (index.tsx starts both downloads at once), so first paint does not wait for either.
const EmailView = lazy(() => import(/* webpackChunkName: "email" */ "./EmailView"));
const SettingsView = lazy(() => import(/* webpackChunkName: "settings" */ "./SettingsView"));
const ClientsView = lazy(() => import(/* webpackChunkName: "clients" */ "./ClientsView"));

type PaneTab = EmailTab | "clients" | "settings";
import { StatusMessage } from "./StatusMessage";
import { errorMessage } from "./errorMessage";
import { formatDateTime } from "./formatDate";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // A narrow pane (Outlook allows about 320 px) fits the German labels only on two rows.
  tabs: { flexWrap: "wrap" },
  envelope: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  tabContent: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  subject: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** The task pane: what the open email says, newest words first. */
export function Pane() {
  const styles = useStyles();
  const strings = useStrings();
  const mailbox = useMailbox();
  const { state, reload } = useOpenEmail(mailbox);
  const settingsApi = useUserSettings(useStore());
  const [tab, setTab] = useState<PaneTab>("email");

  return (
    <main className={styles.pane} aria-busy={state.status === "loading"}>
      <TabList size="small" className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as PaneTab)}>
        <Tab value="email">{strings.tabs.email}</Tab>
        <Tab value="reply" disabled={state.status !== "ready"}>
          {strings.repliesHeading}
        </Tab>
        <Tab value="clients">{strings.tabs.clients}</Tab>
        <Tab value="settings">{strings.tabs.settings}</Tab>
      </TabList>
      {tab === "clients" && (
        <Suspense fallback={<Spinner size="small" />}>
          <ClientsView languageTag={mailbox.displayLanguage} />
        </Suspense>
      )}
      {tab === "settings" && (
        <Suspense fallback={<Spinner size="small" />}>
          <SettingsView api={settingsApi} languageTag={mailbox.displayLanguage} />
        </Suspense>
      )}
      {/* The hidden attribute would lose to a display style, so the styled element sits inside. */}
      <div hidden={tab === "settings" || tab === "clients"}>
      <div className={styles.tabContent}>
      {state.status === "loading" && <Spinner size="small" label={strings.loading} />}
      {state.status === "no-item" && <StatusMessage intent="info" title={strings.noItemTitle} body={strings.noItemBody} />}
      {state.status === "not-message" && (
        <StatusMessage intent="info" title={strings.notMessageTitle} body={strings.notMessageBody} />
      )}
      {state.status === "failed" && (
        <StatusMessage intent="error" title={strings.failedTitle} body={errorMessage(state.error, strings)} onRetry={reload} />
      )}
      {state.status === "ready" && (
        <>
          <header className={styles.envelope}>
            <Subtitle1 as="h1" className={styles.subject}>
              {state.item.subject.trim() || strings.noSubject}
            </Subtitle1>
            {state.item.mode === "read" && (
              <Caption1 className={styles.meta}>
                {strings.from}: {state.item.from ? state.item.from.name || state.item.from.address : strings.unknownSender}
                {state.item.sentAt && ` · ${formatDateTime(state.item.sentAt, mailbox.displayLanguage)}`}
              </Caption1>
            )}
          </header>
          {state.item.mode === "compose" && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{strings.composeNotice}</MessageBarBody>
            </MessageBar>
          )}
          <Suspense fallback={<Spinner size="small" label={strings.loading} />}>
          <EmailView
            tab={tab === "reply" ? "reply" : "email"}
            item={state.item}
            thread={state.thread}
            core={state.core}
            settings={settingsApi.settings}
            languageTag={mailbox.displayLanguage}
            onShowReply={() => setTab("reply")}
          />
          </Suspense>
        </>
      )}
      </div>
      </div>
    </main>
  );
}

