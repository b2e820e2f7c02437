import {
  Badge,
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle1,
  Switch,
  Tab,
  TabList,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { App } from "../taskpane/App";
import type { EmailAddress } from "../office/mailbox";
import { localeFor } from "../taskpane/i18n/strings";
import { formatDateTime } from "../taskpane/formatDate";
import { playgroundCatalogues } from "./playgroundStrings";
import { PANE_WIDTHS } from "./playgroundState";
import { usePlayground } from "./usePlayground";
import { MailBody } from "./MailBody";
import { DraftEditor } from "./DraftEditor";
import type { SampleEmail } from "./samples";

const useStyles = makeStyles({
  page: {
    display: "grid",
    // The pane's column is set from the chosen pane width (see PANE_WIDTHS).
    gridTemplateColumns: "minmax(220px, 300px) minmax(320px, 1fr) var(--pane-width)",
    gridTemplateRows: "auto 1fr",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    gridColumn: "1 / -1",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headerText: { display: "flex", flexDirection: "column", flex: "1 1 320px" },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  control: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  samples: { overflowY: "auto", padding: tokens.spacingHorizontalS, borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  sampleList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  sampleButton: {
    width: "100%",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    textAlign: "left",
    height: "auto",
    fontWeight: tokens.fontWeightRegular,
  },
  sampleFrom: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  mail: {
    overflowY: "auto",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    // A long email scrolls the column; it must not squeeze the header lines and buttons.
    "& > *": { flexShrink: 0, maxWidth: "100%" },
  },
  pane: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  paneTitle: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  paneBody: { flex: "1 1 auto", overflowY: "auto", minHeight: 0 },
});

export interface PlaygroundProps {
  readonly storage: Storage;
  readonly samples: readonly SampleEmail[];
}

/** A stand-in for Outlook: sample emails, the open email or draft, and the real pane beside them. */
export function Playground({ storage, samples }: PlaygroundProps) {
  const styles = useStyles();
  const playground = usePlayground(storage, samples);
  const { prefs, sample, mailboxState } = playground;
  const locale = localeFor(prefs.displayLanguage);
  const strings = playgroundCatalogues[locale];
  const item = mailboxState.item;
  const notifications = [...mailboxState.notifications.entries()];

  return (
    <FluentProvider theme={prefs.theme === "dark" ? webDarkTheme : webLightTheme} lang={prefs.displayLanguage}>
      <div className={styles.page} style={{ "--pane-width": `${prefs.paneWidth}px` } as CSSProperties}>
        <header className={styles.header}>
          <div className={styles.headerText}>
            <Title3 as="h1">{strings.title}</Title3>
            <Caption1 className={styles.muted}>{strings.intro}</Caption1>
          </div>
          <div className={styles.controls}>
            <TabList
              aria-label={strings.modeLabel}
              selectedValue={prefs.mode}
              onTabSelect={(_, data) => playground.setMode(data.value === "compose" ? "compose" : "read")}
              disabled={!sample}
            >
              <Tab value="read">{strings.readMode}</Tab>
              <Tab value="compose">{strings.composeMode}</Tab>
            </TabList>
            <div className={styles.control}>
              <Label htmlFor="playground-language">{strings.languageLabel}</Label>
              <Select
                id="playground-language"
                value={prefs.displayLanguage}
                onChange={(_, data) => playground.setDisplayLanguage(data.value === "de-DE" ? "de-DE" : "en-US")}
              >
                <option value="en-US">English</option>
                <option value="de-DE">Deutsch</option>
              </Select>
            </div>
            <div className={styles.control}>
              <Label htmlFor="playground-pane-width">{strings.paneWidthLabel}</Label>
              <Select
                id="playground-pane-width"
                value={String(prefs.paneWidth)}
                onChange={(_, data) => playground.setPaneWidth(PANE_WIDTHS.find((width) => String(width) === data.value) ?? prefs.paneWidth)}
              >
                {PANE_WIDTHS.map((width) => (
                  <option key={width} value={String(width)}>
                    {width} px
                  </option>
                ))}
              </Select>
            </div>
            <Switch
              label={strings.themeLabel}
              checked={prefs.theme === "dark"}
              onChange={(_, data) => playground.setTheme(data.checked ? "dark" : "light")}
            />
          </div>
        </header>

        <nav className={styles.samples} aria-labelledby="samples-heading">
          <Subtitle1 as="h2" id="samples-heading">
            {strings.samplesHeading}
          </Subtitle1>
          <ul className={styles.sampleList}>
            {samples.map((candidate) => (
              <li key={candidate.id}>
                <Button
                  appearance={candidate.id === sample?.id ? "primary" : "subtle"}
                  className={styles.sampleButton}
                  aria-current={candidate.id === sample?.id ? "true" : undefined}
                  data-sample-id={candidate.id}
                  onClick={() => playground.chooseSample(candidate.id)}
                >
                  <span className={styles.sampleFrom}>
                    <Badge appearance="outline" size="small">
                      {candidate.language.toUpperCase()}
                    </Badge>
                    {candidate.from.name}
                  </span>
                  <span>{candidate.subject}</span>
                  <Caption1>{candidate.summary[locale]}</Caption1>
                </Button>
              </li>
            ))}
          </ul>
        </nav>

        <main className={styles.mail} aria-label={strings.mailLabel}>
          {notifications.length > 0 && (
            <div role="status" aria-label={strings.notificationsLabel}>
              {notifications.map(([key, notification]) => (
                <MessageBar key={key} intent={notification.kind === "error" ? "error" : "info"}>
                  <MessageBarBody>{notification.message}</MessageBarBody>
                </MessageBar>
              ))}
            </div>
          )}
          {!item || !sample ? (
            <Body1>{strings.noSample}</Body1>
          ) : (
            <>
              <Subtitle1 as="h2">{item.envelope.subject}</Subtitle1>
              <Caption1>
                {strings.from}: {describe(item.envelope.from)}
                {item.envelope.sentAt && ` · ${formatDateTime(item.envelope.sentAt, prefs.displayLanguage)}`}
              </Caption1>
              <Caption1>
                {strings.to}: {item.envelope.to.map(describe).join("; ")}
                {item.envelope.cc.length > 0 && ` · ${strings.cc}: ${item.envelope.cc.map(describe).join("; ")}`}
              </Caption1>
              {item.envelope.mode === "read" ? (
                <MailBody key={sample.id} html={item.html} text={item.text} strings={strings} />
              ) : (
                item.draft && (
                  <DraftEditor
                    strings={strings}
                    format={item.draft.format}
                    body={item.draft.body}
                    onFormatChange={playground.setDraftFormat}
                    onEdit={playground.editDraft}
                    onSelect={playground.moveCursor}
                    onReset={playground.resetDraft}
                  />
                )
              )}
            </>
          )}
        </main>

        <aside className={styles.pane} aria-label={strings.paneLabel}>
          <div className={styles.paneTitle}>
            <Subtitle1 as="p">{strings.paneTitle}</Subtitle1>
          </div>
          <div className={styles.paneBody}>
            <App mailbox={playground.mailbox} store={playground.store} />
          </div>
        </aside>
      </div>
    </FluentProvider>
  );
}

function describe(address: EmailAddress | null): string {
  if (!address) return "";
  return address.name ? `${address.name} <${address.address}>` : address.address;
}
