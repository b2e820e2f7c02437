import { useState, type ReactNode } from "react";
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
  mark: {
    backgroundColor: tokens.colorPaletteMarigoldBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    outlineOffset: "1px",
    ":focus": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  truncated: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  signature: {
    marginTop: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
  },
});

/** A stretch of the text to mark, from a finding's evidence offsets (never found again by matching). */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  /** Shown on hover: the signals that flagged these words. */
  readonly title: string;
  /** The element id, so a finding card can move focus to its words. */
  readonly id: string;
}

export interface MessageTextProps {
  /** The author's own words: rendered as text, never as HTML. */
  readonly text: string;
  /** Non-overlapping, in text order. */
  readonly highlights?: readonly Highlight[];
  readonly signature: string | null;
  readonly formatNumber: (value: number) => string;
}

/** A message's own words, with its signature or disclaimer folded away. */
export function MessageText({ text, signature, formatNumber, highlights = [] }: MessageTextProps) {
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
        <p className={styles.text}>{withHighlights(truncated ? text.slice(0, DISPLAY_LIMIT) : text, highlights, styles.mark)}</p>
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

/** The text split at the highlights, each highlighted stretch in a focusable <mark>. */
function withHighlights(text: string, highlights: readonly Highlight[], className: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const highlight of highlights) {
    if (highlight.start < at || highlight.end > text.length) continue;
    if (highlight.start > at) parts.push(text.slice(at, highlight.start));
    parts.push(
      <mark key={highlight.id} id={highlight.id} className={className} title={highlight.title} tabIndex={-1}>
        {text.slice(highlight.start, highlight.end)}
      </mark>,
    );
    at = highlight.end;
  }
  parts.push(text.slice(at));
  return parts;
}
