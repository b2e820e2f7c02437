import { Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle1, tokens } from "@fluentui/react-components";
import { useMailbox } from "./MailboxContext";
import { useStrings } from "./i18n/LocaleContext";
import { useOpenEmail, type OpenEmailState } from "./useOpenEmail";
import type { ThreadMessage } from "../core";
import { StatusMessage } from "./StatusMessage";
import { ThreadView } from "./ThreadView";
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
          {clientMessages(state).every((message) => message.text.trim() === "") ? (
            <StatusMessage intent="info" title={strings.emptyBodyTitle} body={strings.emptyBodyBody} />
          ) : (
            <ThreadView
              thread={clientMessages(state)}
              languageTag={mailbox.displayLanguage}
              latestIsOpenItem={state.item.mode === "read"}
            />
          )}
        </>
      )}
    </main>
  );
}

/**
 * The messages the pane is about. In compose mode the first message is the user's own
 * draft, which they see in the compose window anyway; the client's email is quoted below it.
 */
function clientMessages(state: Extract<OpenEmailState, { status: "ready" }>): readonly ThreadMessage[] {
  return state.item.mode === "compose" ? state.thread.slice(1) : state.thread;
}
