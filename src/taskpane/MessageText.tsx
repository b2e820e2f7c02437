import { useState } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "./i18n/LocaleContext";

/**
 * Above this many characters only the start is rendered until the user asks for the
 * rest: a 10 MB body would otherwise freeze the pane while laying out text nobody reads.
 */
export const DISPLAY_LIMIT = 20_000;

const useStyles = makeStyles({
  text: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  empty: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  truncated: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  signature: {
    marginTop: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
  },
});

export interface MessageTextProps {
  /** The author's own words: rendered as text, never as HTML. */
  readonly text: string;
  readonly signature: string | null;
  readonly formatNumber: (value: number) => string;
}

/** A message's own words, with its signature or disclaimer folded away. */
export function MessageText({ text, signature, formatNumber }: MessageTextProps) {
  const styles = useStyles();
  const strings = useStrings();
  const [showAll, setShowAll] = useState(false);
  const [showSignature, setShowSignature] = useState(false);
  const truncated = !showAll && text.length > DISPLAY_LIMIT;

  return (
    <div>
      {text.trim() === "" ? (
        <p className={`${styles.text} ${styles.empty}`}>{strings.noOwnWords}</p>
      ) : (
        <p className={styles.text}>{truncated ? text.slice(0, DISPLAY_LIMIT) : text}</p>
      )}
      {truncated && (
        <div className={styles.truncated}>
          <Caption1>{strings.truncatedNotice(formatNumber(DISPLAY_LIMIT), formatNumber(text.length))}</Caption1>
          <Button size="small" onClick={() => setShowAll(true)}>
            {strings.showAll}
          </Button>
        </div>
      )}
      {signature && (
        <>
          <Button size="small" appearance="subtle" aria-expanded={showSignature} onClick={() => setShowSignature((shown) => !shown)}>
            {showSignature ? strings.hideSignature : strings.showSignature}
          </Button>
          {showSignature && (
            <p className={`${styles.text} ${styles.signature}`} aria-label={strings.signature}>
              {signature}
            </p>
          )}
        </>
      )}
    </div>
  );
}
