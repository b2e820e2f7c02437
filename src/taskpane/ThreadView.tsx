import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { Finding, ThreadMessage } from "../core";
import { useStrings } from "./i18n/LocaleContext";
import { MessageFindings, type FindingActions } from "./MessageFindings";
import { formatDateTime } from "./formatDate";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  meta: { color: tokens.colorNeutralForeground3 },
  earlierHeading: { marginTop: tokens.spacingVerticalL },
  headerText: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  headerRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface ThreadViewProps {
  /** Newest first, as readThread returns them; in compose mode, without the user's own draft. */
  readonly thread: readonly ThreadMessage[];
  /** Per message, the findings the user has not dismissed. */
  readonly findings: readonly (readonly Finding[])[];
  /** Per message, how many findings the user dismissed. */
  readonly dismissedCounts: readonly number[];
  readonly actions: FindingActions;
  /** The host's display language, for dates and numbers. */
  readonly languageTag: string;
  /** The newest message is the open item, whose sender and date the pane's header already shows. */
  readonly latestIsOpenItem: boolean;
}

/** The client's newest message on top with its findings; the quoted history folded below, each with its own. */
export function ThreadView({ thread, findings, dismissedCounts, actions, languageTag, latestIsOpenItem }: ThreadViewProps) {
  const styles = useStyles();
  const strings = useStrings();
  const formatNumber = (value: number) => value.toLocaleString(languageTag);
  const date = (message: ThreadMessage) => (message.sentAt ? formatDateTime(message.sentAt, languageTag) : strings.unknownDate);
  const [latest, ...earlier] = thread;
  if (!latest) return null;

  return (
    <div className={styles.section}>
      <section aria-labelledby="latest-heading" className={styles.section}>
        <Subtitle2 as="h2" id="latest-heading">
          {strings.latestMessage}
        </Subtitle2>
        {!latestIsOpenItem && (
          <Caption1 className={styles.meta}>
            {displayName(latest.from) ?? strings.unknownSender} · {date(latest)}
          </Caption1>
        )}
        <MessageFindings
          message={latest}
          index={0}
          findings={findings[0] ?? []}
          dismissedCount={dismissedCounts[0] ?? 0}
          actions={actions}
          formatNumber={formatNumber}
        />
      </section>
      {earlier.length > 0 && (
        <section aria-labelledby="earlier-heading">
          <Subtitle2 as="h2" id="earlier-heading" className={styles.earlierHeading}>
            {strings.earlierMessages(earlier.length)}
          </Subtitle2>
          <Accordion multiple collapsible>
            {earlier.map((message, offset) => {
              const index = offset + 1;
              const count = findings[index]?.length ?? 0;
              return (
                <AccordionItem key={index} value={index}>
                  <AccordionHeader>
                    <span className={styles.headerText} title={message.from ?? undefined}>
                      <span className={styles.headerRow}>
                        {displayName(message.from) ?? strings.unknownSender}
                        {count > 0 && (
                          <Badge appearance="tint" color="warning" size="small">
                            {strings.findingsHeading(count)}
                          </Badge>
                        )}
                      </span>
                      <Caption1 className={styles.meta}>{date(message)}</Caption1>
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <MessageFindings
                      message={message}
                      index={index}
                      findings={findings[index] ?? []}
                      dismissedCount={dismissedCounts[index] ?? 0}
                      actions={actions}
                      formatNumber={formatNumber}
                    />
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </section>
      )}
    </div>
  );
}

/** "Anna Example <anna@example.com>" → "Anna Example"; a bare address stays as it is. */
export function displayName(from: string | null): string | null {
  if (!from) return null;
  const name = from.replace(/<[^<>]*>\s*$/, "").trim().replace(/^"(.*)"$/, "$1").trim();
  return name || from.replace(/^<|>$/g, "").trim() || null;
}
