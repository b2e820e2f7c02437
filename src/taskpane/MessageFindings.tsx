import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, ThreadMessage } from "../core";
import { useStrings } from "./i18n/LocaleContext";
import { FindingCard } from "./FindingCard";
import { MessageText, type Highlight } from "./MessageText";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, listStyleType: "none", margin: 0, padding: 0 },
  dismissed: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** What the pane can do with a finding. */
export interface FindingActions {
  dismiss(finding: Finding): void;
  mute(finding: Finding): void;
  /** Brings back the dismissed findings of one message. */
  restore(message: number): void;
}

export interface MessageFindingsProps {
  readonly message: ThreadMessage;
  readonly index: number;
  /** The findings the user has not dismissed, in text order. */
  readonly findings: readonly Finding[];
  readonly dismissedCount: number;
  readonly actions: FindingActions;
  readonly formatNumber: (value: number) => string;
}

/** One message: its finding cards, then its text with the evidence marked. */
export function MessageFindings({ message, index, findings, dismissedCount, actions, formatNumber }: MessageFindingsProps) {
  const styles = useStyles();
  const strings = useStrings();
  const markId = (finding: Finding) => `evidence-${index}-${finding.evidence.start}`;
  const highlights = mergeHighlights(findings, markId, (signals) => strings.highlightTitle(signals.map((signal) => strings.signalNames[signal]).join(", ")));

  return (
    <div className={styles.column}>
      {findings.length > 0 && (
        <ul className={styles.list} aria-label={strings.findingsHeading(findings.length)}>
          {findings.map((finding) => (
            <li key={`${finding.ruleId}-${finding.evidence.start}`}>
              <FindingCard
                id={`finding-${index}-${finding.evidence.start}-${finding.signal}`}
                finding={finding}
                onDismiss={() => actions.dismiss(finding)}
                onMute={() => actions.mute(finding)}
                onShow={() => focusEvidence(highlights, finding)}
              />
            </li>
          ))}
        </ul>
      )}
      {dismissedCount > 0 && (
        <div className={styles.dismissed}>
          <Caption1>{strings.dismissedCount(dismissedCount)}</Caption1>
          <Button size="small" appearance="transparent" onClick={() => actions.restore(index)}>
            {strings.restoreDismissed}
          </Button>
        </div>
      )}
      <MessageText text={message.text} signature={message.signature} formatNumber={formatNumber} highlights={highlights} />
    </div>
  );
}

/** Overlapping evidence (two signals on the same words) becomes one mark naming both. */
function mergeHighlights(
  findings: readonly Finding[],
  markId: (finding: Finding) => string,
  title: (signals: Finding["signal"][]) => string,
): (Highlight & { readonly findings: readonly Finding[] })[] {
  const sorted = [...findings].sort((a, b) => a.evidence.start - b.evidence.start);
  const merged: { start: number; end: number; findings: Finding[] }[] = [];
  for (const finding of sorted) {
    const last = merged[merged.length - 1];
    if (last && finding.evidence.start < last.end) {
      last.end = Math.max(last.end, finding.evidence.end);
      last.findings.push(finding);
    } else {
      merged.push({ start: finding.evidence.start, end: finding.evidence.end, findings: [finding] });
    }
  }
  return merged.map((entry) => ({
    ...entry,
    id: markId(entry.findings[0] as Finding),
    title: title([...new Set(entry.findings.map((finding) => finding.signal))]),
  }));
}

function focusEvidence(highlights: readonly (Highlight & { readonly findings: readonly Finding[] })[], finding: Finding): void {
  const highlight = highlights.find((entry) => entry.findings.includes(finding));
  const element = highlight ? document.getElementById(highlight.id) : null;
  element?.focus();
  element?.scrollIntoView?.({ block: "center", behavior: "smooth" });
}
