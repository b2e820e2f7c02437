import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { htmlToPlainText } from "../office/memoryMailbox";
import type { PlaygroundStrings } from "./playgroundStrings";

export const usePlainTextStyles = makeStyles({
  text: {
    alignSelf: "stretch",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    margin: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  source: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface MailBodyProps {
  readonly html: string | undefined;
  readonly text: string | undefined;
  readonly strings: PlaygroundStrings;
}

/**
 * The open email's body as Outlook's reading pane would show its words. The HTML is
 * turned into text (or shown as escaped source), never rendered: several samples carry
 * hostile markup on purpose.
 */
export function MailBody({ html, text, strings }: MailBodyProps) {
  const styles = usePlainTextStyles();
  const [showSource, setShowSource] = useState(false);
  const readable = html !== undefined ? htmlToPlainText(html) : (text ?? "");
  return (
    <>
      {html !== undefined && (
        <Button size="small" appearance="subtle" aria-pressed={showSource} onClick={() => setShowSource((shown) => !shown)}>
          {showSource ? strings.hideSource : strings.showSource}
        </Button>
      )}
      <pre className={`${styles.text} ${showSource ? styles.source : ""}`} data-testid="mail-body">
        {showSource && html !== undefined ? html : readable}
      </pre>
    </>
  );
}
