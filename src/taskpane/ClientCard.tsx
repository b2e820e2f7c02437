import { useEffect, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { AdviceReason, ClientStore, Finding, SignalCounts, SignalId } from "../core";
import type { Mailbox, OpenItem } from "../office/mailbox";
import { MailboxError } from "../office/mailbox";
import type { Core } from "./loadCore";
import { useLocale, useStrings } from "./i18n/LocaleContext";
import { useClientRecord } from "./useClientRecord";
import { FlagForm } from "./FlagForm";
import { formatDateTime } from "./formatDate";
import { StoreProblem } from "./StoreProblem";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyleType: "none", margin: 0, padding: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The notification key on the item for the flagged-client reminder (at most 32 characters). */
const NOTIFICATION_KEY = "clearLinesFlaggedClient";

export interface ClientCardProps {
  readonly core: Core;
  readonly clients: ClientStore;
  readonly mailbox: Mailbox;
  readonly item: OpenItem;
  /** Findings of the client's newest message, for the history and the flag form's suggestions. */
  readonly newestFindings: readonly Finding[];
  readonly languageTag: string;
  onDraftPartingWays(): void;
}

/**
 * The sender as a client: the reminder when they are flagged, flagging them with
 * reasons and a note, and the advice that their history supports.
 */
export function ClientCard({ core, clients, mailbox, item, newestFindings, languageTag, onDraftPartingWays }: ClientCardProps) {
  const styles = useStyles();
  const strings = useStrings();
  const locale = useLocale();
  const text = strings.client;
  // In a reply the client is who the user writes to.
  const person = item.mode === "read" ? item.from : (item.to[0] ?? null);
  const address = person?.address ? person.address : null;
  const name = person?.name || person?.address || "";
  const record = useClientRecord(clients, address);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "warning" | "error"; text: string } | null>(null);
  const status = clients.status();

  // Every analysed email adds its signal counts (never its text) to the client's history.
  const countsKey = newestFindings.map((finding) => finding.signal).sort().join(",");
  useEffect(() => {
    if (item.mode !== "read" || !address) return;
    const counts: SignalCounts = {};
    for (const signal of countsKey ? (countsKey.split(",") as SignalId[]) : []) counts[signal] = (counts[signal] ?? 0) + 1;
    void clients.recordEmail(address, name, counts, item.sentAt ?? new Date());
  }, [clients, address, name, countsKey, item.mode, item.sentAt]);

  // Outlook's info bar says it too, so the reminder is seen even with the pane closed later.
  const flaggedReasons = record?.flagged ? record.reasons.map((signal) => strings.signalNames[signal]).join(", ") : "";
  useEffect(() => {
    if (!record?.flagged) {
      mailbox.removeNotification(NOTIFICATION_KEY).catch(() => undefined);
      return;
    }
    mailbox.showNotification(NOTIFICATION_KEY, text.notification(name, flaggedReasons), "info").catch(() => undefined);
  }, [mailbox, record?.flagged, name, flaggedReasons, text]);

  if (!address) return null;
  const advice = record && record.history.length > 0 ? core.adviseOnClient(record) : null;

  async function save(reasons: readonly SignalId[], note: string) {
    const result = await clients.flag(address as string, name, reasons, note);
    if (result.ok) {
      setEditing(false);
      setMessage(null);
    } else {
      setMessage({ intent: "error", text: text.saveFailed(result.message[locale]) });
      if (result.reason === "save-failed") setEditing(false);
    }
  }

  async function unflag() {
    const result = await clients.unflag(address as string);
    setMessage(result.ok ? null : { intent: "error", text: text.saveFailed(result.message[locale]) });
  }

  async function tagCategory() {
    try {
      await mailbox.addCategories([text.categoryName]);
      setMessage({ intent: "success", text: text.categoryAdded });
    } catch (error) {
      // Categories.addAsync fails for a name missing from the master list; creating it
      // would need ReadWriteMailbox, which Clear Lines does not ask for.
      const missing = error instanceof MailboxError && error.code === "host-failed";
      setMessage({ intent: missing ? "warning" : "error", text: missing ? text.categoryMissing : text.saveFailed(strings.errors[error instanceof MailboxError ? error.code : "unknown"]) });
    }
  }

  const describeReason = (reason: AdviceReason): string => {
    const names = (signals: readonly SignalId[]) => signals.map((signal) => strings.signalNames[signal]).join(", ");
    switch (reason.code) {
      case "recurring-character":
      case "severe-repeated":
      case "some-character":
        return text.adviceReasons[reason.code](names(reason.signals), reason.emails);
      case "flagged":
        return text.adviceReasons.flagged(reason.recurring);
      case "work-also":
      case "work-only":
      case "no-signals":
        return text.adviceReasons[reason.code];
    }
  };

  return (
    <section className={styles.card} aria-labelledby="client-heading">
      <Subtitle2 as="h2" id="client-heading">
        {text.heading}
      </Subtitle2>
      <StoreProblem problem={status.problem} />
      {record?.flagged && !editing && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>{text.flaggedTitle(name, record.flaggedAt ? formatDay(record.flaggedAt, languageTag) : "")}</MessageBarTitle>
            {record.reasons.length > 0 && <div>{text.reasonsLabel}: {flaggedReasons}</div>}
            {record.note && (
              <div className={styles.note}>
                {text.noteLabel}: {record.note}
              </div>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setEditing(true)}>
              {text.editFlag}
            </Button>
            <Button size="small" onClick={() => void unflag()}>
              {text.unflag}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {record?.flagged && !editing && item.mode === "read" && (
        <Button size="small" appearance="subtle" onClick={() => void tagCategory()}>
          {text.tagCategory}
        </Button>
      )}
      {!record?.flagged && !editing && (
        <div className={styles.row}>
          {/* A list from a newer add-in cannot be changed here (StoreProblem says why). */}
          <Button size="small" disabledFocusable={status.readOnly} onClick={() => setEditing(true)}>
            {text.flag}
          </Button>
        </div>
      )}
      {editing && (
        <FlagForm
          key={record?.updatedAt ?? "new"}
          title={text.formHeading(name)}
          initialReasons={record?.flagged ? record.reasons : [...new Set(newestFindings.map((finding) => finding.signal))]}
          initialNote={record?.note ?? ""}
          noteLimit={core.CLIENT_LIMITS.note}
          onSave={(reasons, note) => void save(reasons, note)}
          onCancel={() => setEditing(false)}
        />
      )}
      {message && (
        <MessageBar intent={message.intent} layout="multiline" role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {advice && (
        <div>
          <Body1>
            <Badge appearance="tint" color={advice.verdict === "part-ways" ? "danger" : advice.verdict === "watch" ? "warning" : "success"}>
              {text.advice[advice.verdict]}
            </Badge>{" "}
            <Caption1 className={styles.muted}>{text.emailsAnalysed(record?.history.length ?? 0)}</Caption1>
          </Body1>
          <ul className={styles.list}>
            {advice.reasons.map((reason, index) => (
              <li key={index}>
                <Caption1>{describeReason(reason)}</Caption1>
              </li>
            ))}
          </ul>
          {advice.verdict === "part-ways" && (
            <Button size="small" appearance="primary" onClick={onDraftPartingWays}>
              {text.draftPartingWays}
            </Button>
          )}
        </div>
      )}
    </section>
  );

}

/** "2026-03-02" in the user's date style. */
function formatDay(day: string, languageTag: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : formatDateTime(date, languageTag).replace(/,?\s*\d{1,2}:\d{2}.*$/, "");
}
