import { Badge, Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Finding } from "../core";
import { useLocale, useStrings } from "./i18n/LocaleContext";
import { SEVERITY_COLOR } from "./severity";
import { SIGNAL_KIND } from "../core/signals/signalIds";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  evidence: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`,
    fontStyle: "italic",
    overflowWrap: "anywhere",
  },
  note: { color: tokens.colorNeutralForeground2 },
  kind: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface FindingCardProps {
  readonly finding: Finding;
  /** Unique within the pane, for labelling. */
  readonly id: string;
  onDismiss(): void;
  onMute(): void;
  onShow(): void;
}

/** One finding: what it is, the words that show it, why it matters, and what the user can do about it. */
export function FindingCard({ finding, id, onDismiss, onMute, onShow }: FindingCardProps) {
  const styles = useStyles();
  const strings = useStrings();
  const locale = useLocale();
  const name = strings.signalNames[finding.signal];
  const severity = strings.severityNames[finding.severity];
  return (
    <article className={styles.card} aria-labelledby={`${id}-title`}>
      <div className={styles.title}>
        <Badge appearance="tint" color={SEVERITY_COLOR[finding.severity]} size="small">
          {severity}
        </Badge>
        <Text weight="semibold" id={`${id}-title`} aria-label={strings.findingLabel(name, severity)}>
          {name}
        </Text>
        <Caption1 className={styles.kind}>{strings.kindNames[SIGNAL_KIND[finding.signal]]}</Caption1>
      </div>
      <blockquote className={styles.evidence} aria-label={strings.evidenceLabel}>
        {strings.quoted(finding.evidence.text)}
      </blockquote>
      <Caption1 className={styles.note}>{finding.note[locale]}</Caption1>
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" onClick={onShow}>
          {strings.showInMessage}
        </Button>
        <Button size="small" appearance="subtle" onClick={onDismiss}>
          {strings.dismiss}
        </Button>
        <Button size="small" appearance="subtle" onClick={onMute}>
          {strings.mute}
        </Button>
      </div>
    </article>
  );
}
