import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import type { FieldId, Finding, TemplateId, ThreadAnalysis, ThreadMessage } from "../core";
import { analyzerFor } from "./analysis/analyzer";
import { ClientCard } from "./ClientCard";
import { clientStoreFor } from "./clientStoreFor";
import type { UserSettings } from "../core/storage/userSettings";
import { useMailbox } from "./MailboxContext";
import type { OpenItem } from "../office/mailbox";
import { findingKey } from "../core/storage/preferences";
import type { Core } from "./loadCore";
import { useStore } from "./StoreContext";
import { useLocale, useStrings } from "./i18n/LocaleContext";
import { useFindingPreferences } from "./useFindingPreferences";
import { SignalSummary } from "./SignalSummary";
import { ThreadView } from "./ThreadView";
import { StatusMessage } from "./StatusMessage";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  muted: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
  mutedRule: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

// The reply form's inputs are not needed for first paint: they load with the email.
const RepliesPanel = lazy(() => import(/* webpackChunkName: "replies" */ "./RepliesPanel"));

/** The pane's views of the open email: what it says, and the reply to it. */
export type EmailTab = "email" | "reply";

export interface EmailViewProps {
  readonly tab: EmailTab;
  readonly item: OpenItem;
  readonly thread: readonly ThreadMessage[];
  readonly core: Core;
  readonly settings: UserSettings;
  readonly languageTag: string;
  /** Asks the pane to show the reply tab. */
  onShowReply(): void;
}

/**
 * The analysed email: the summary and each message with its findings, or the reply to
 * it. Both stay mounted while the user switches tabs, so a half-written reply is never lost.
 */
export default function EmailView({ tab, item, thread, core, settings, languageTag, onShowReply }: EmailViewProps) {
  const styles = useStyles();
  const strings = useStrings();
  const locale = useLocale();
  const store = useStore();
  const mailbox = useMailbox();
  const clients = clientStoreFor(core, store);
  // Set when the user asks for a particular reply (the parting-ways draft from the advice).
  const [requestedTemplate, setRequestedTemplate] = useState<TemplateId | null>(null);
  const { preferences, saveError, dismiss, restore, mute, unmute } = useFindingPreferences(store);
  // In a reply the first message is the user's own draft: the pane is about the client's words below it.
  const messages = useMemo(() => (item.mode === "compose" ? thread.slice(1) : thread), [item, thread]);
  const mutedKey = preferences.mutedRuleIds.join("\n");
  const analysis = useThreadAnalysis(core, messages, mutedKey);
  const identity = emailIdentity(item);
  const keyOf = (finding: Finding) => findingKey(identity, finding.ruleId, finding.evidence.message, finding.evidence.start);
  const dismissedKey = preferences.dismissedFindings.join(",");
  const visible = useMemo(() => {
    const dismissed = new Set(dismissedKey.split(","));
    return (analysis?.messages ?? []).map((message) =>
      message.findings.filter((finding) => !dismissed.has(findingKey(identity, finding.ruleId, finding.evidence.message, finding.evidence.start))),
    );
  }, [analysis, dismissedKey, identity]);
  if (messages.every((message) => message.text.trim() === "")) {
    return <StatusMessage intent="info" title={strings.emptyBodyTitle} body={strings.emptyBodyBody} />;
  }
  // The first analysis of these messages is on its way (from the worker); a re-analysis
  // after a muted rule keeps showing the previous one meanwhile.
  if (!analysis) return <Spinner size="small" label={strings.analysing} />;
  const dismissedCounts = analysis.messages.map((message, index) => message.findings.length - (visible[index]?.length ?? 0));
  const fieldLabel = (field: FieldId) => core.fieldDefinition(field).label[locale];
  return (
    <>
    {/* The hidden attribute would lose to a display style, so the styled element sits inside. */}
    <div hidden={tab !== "email"}>
    <div className={styles.column}>
      {saveError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.saveFailed(saveError)}</MessageBarBody>
        </MessageBar>
      )}
      <ClientCard
        core={core}
        clients={clients}
        mailbox={mailbox}
        item={item}
        newestFindings={analysis.messages[0]?.findings ?? []}
        languageTag={languageTag}
        onDraftPartingWays={() => {
          setRequestedTemplate("parting-ways");
          onShowReply();
        }}
      />
      <SignalSummary findings={visible[0] ?? []} />
      <ThreadView
        thread={messages}
        findings={visible}
        dismissedCounts={dismissedCounts}
        actions={{
          dismiss: (finding) => dismiss(keyOf(finding)),
          mute: (finding) => mute(finding.ruleId),
          restore: (message) => restore((analysis.messages[message]?.findings ?? []).map(keyOf)),
        }}
        languageTag={languageTag}
        latestIsOpenItem={item.mode === "read"}
      />
      {preferences.mutedRuleIds.length > 0 && (
        <section className={styles.muted} aria-label={strings.mutedHeading(preferences.mutedRuleIds.length)}>
          <Caption1>{strings.mutedHeading(preferences.mutedRuleIds.length)}</Caption1>
          {preferences.mutedRuleIds.map((ruleId) => {
            const rule = core.ruleById(ruleId);
            return (
              <div key={ruleId} className={styles.mutedRule}>
                <Caption1>{rule ? `${strings.signalNames[rule.signal]}: ${rule.note[locale]}` : ruleId}</Caption1>
                <Button size="small" appearance="subtle" onClick={() => unmute(ruleId)}>
                  {strings.unmute}
                </Button>
              </div>
            );
          })}
        </section>
      )}
    </div>
    </div>
    <div hidden={tab !== "reply"}>
      <Suspense fallback={<Spinner size="small" />}>
      <RepliesPanel
        key={requestedTemplate ?? "suggested"}
        preferredTemplate={requestedTemplate}
        core={core}
        mailbox={mailbox}
        item={item}
        messages={messages}
        analysis={analysis}
        visibleFindings={visible}
        settings={settings}
        uiLanguage={locale}
        fieldLabel={fieldLabel}
      />
      </Suspense>
    </div>
    </>
  );
}

/**
 * The analysis of `messages` with the muted rules left out, computed off the main thread;
 * null until the first result for these messages arrives. A later result for other
 * messages or mutes replaces it; a result that arrives after a newer request is dropped.
 */
function useThreadAnalysis(core: Core, messages: readonly ThreadMessage[], mutedKey: string): ThreadAnalysis | null {
  const [result, setResult] = useState<{ messages: readonly ThreadMessage[]; analysis: ThreadAnalysis } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    analyzerFor(core)
      .then((analyzer) => analyzer.analyzeThread(messages, { mutedRuleIds: mutedKey ? mutedKey.split("\n") : [] }))
      .then(
        (analysis) => current && setResult({ messages, analysis }),
        (error: unknown) => current && setFailure(error),
      );
    return () => {
      current = false;
    };
  }, [core, messages, mutedKey]);
  // An analysis that failed is a bug in the core, not the user's doing: show it like any other failure.
  if (failure) throw failure;
  return result && result.messages === messages ? result.analysis : null;
}

/** What identifies one email for its dismissed findings: the conversation and when it was sent. */
function emailIdentity(item: OpenItem): string {
  return [item.conversationId ?? "", item.subject, item.from?.address ?? "", item.sentAt?.toISOString() ?? "draft"].join("|");
}
