import { Badge, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import type { Finding, Severity, SignalId } from "../core";
import { SIGNAL_KIND } from "../core/signals/signalIds";
import { useStrings } from "./i18n/LocaleContext";
import { SEVERITY_COLOR } from "./severity";

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyleType: "none", margin: 0, padding: 0 },
  // A badge has a fixed height; a long name ("Erreichbarkeit außerhalb der Arbeitszeit ·
  // deutlich") in a narrow pane wraps, and must grow the badge rather than spill out of it.
  chip: { height: "auto", minHeight: "20px", whiteSpace: "normal", paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground3 },
});

export interface SignalSummaryProps {
  /** The findings of the client's newest message that the user has not dismissed. */
  readonly findings: readonly Finding[];
}

/** At a glance: what the client is doing in this email, most severe first. */
export function SignalSummary({ findings }: SignalSummaryProps) {
  const styles = useStyles();
  const strings = useStrings();
  const bySignal = new Map<SignalId, Severity>();
  for (const finding of findings) bySignal.set(finding.signal, Math.max(bySignal.get(finding.signal) ?? 1, finding.severity) as Severity);
  const signals = [...bySignal].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const character = signals.filter(([signal]) => SIGNAL_KIND[signal] === "character").length;
  return (
    <section className={styles.summary} aria-labelledby="summary-heading">
      <Subtitle2 as="h2" id="summary-heading">
        {strings.summaryHeading}
      </Subtitle2>
      {signals.length === 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{strings.noSignals}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <ul className={styles.chips}>
            {signals.map(([signal, severity]) => (
              <li key={signal}>
                <Badge appearance="tint" color={SEVERITY_COLOR[severity]} shape="rounded" className={styles.chip}>
                  {strings.signalNames[signal]} · {strings.severityNames[severity]}
                </Badge>
              </li>
            ))}
          </ul>
          <Caption1 className={styles.meta}>{strings.summaryKinds(character, signals.length - character)}</Caption1>
        </>
      )}
    </section>
  );
}
