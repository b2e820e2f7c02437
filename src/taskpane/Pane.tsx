import { Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle1, tokens } from "@fluentui/react-components";
import { useMailbox } from "./MailboxContext";
import { useStrings } from "./i18n/LocaleContext";
import { useOpenEmail } from "./useOpenEmail";
import { EmailView } from "./EmailView";
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
  envelope: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subject: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** The task pane: what the open email says, newest words first. */
export function Pane() {
  const styles = useStyles();
  const strings = useStrings();
  const mailbox = useMailbox();
  const { state, reload } = useOpenEmail(mailbox);

  return (
    <main className={styles.pane} aria-busy={state.status === "loading"}>
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
          <EmailView item={state.item} thread={state.thread} core={state.core} languageTag={mailbox.displayLanguage} />
        </>
      )}
    </main>
  );
}

