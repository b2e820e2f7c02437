import { Button, Caption1, Label, makeStyles, Select, Subtitle1, Textarea, tokens } from "@fluentui/react-components";
import { htmlToPlainText } from "../office/memoryMailbox";
import { usePlainTextStyles } from "./MailBody";
import type { PlaygroundStrings } from "./playgroundStrings";

const useStyles = makeStyles({
  draft: { alignSelf: "stretch", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  editor: { minHeight: "260px" },
});

export interface DraftEditorProps {
  readonly strings: PlaygroundStrings;
  readonly format: "html" | "text";
  readonly body: string;
  onFormatChange(format: "html" | "text"): void;
  onEdit(body: string, selectionStart: number, selectionEnd: number): void;
  onSelect(selectionStart: number, selectionEnd: number): void;
  onReset(): void;
}

/**
 * The compose body: editable source, with the caret mirrored into the in-memory
 * mailbox so that the pane inserts exactly where the user left it, as in Outlook.
 */
export function DraftEditor({ strings, format, body, onFormatChange, onEdit, onSelect, onReset }: DraftEditorProps) {
  const styles = useStyles();
  const textStyles = usePlainTextStyles();
  return (
    <section className={styles.draft} aria-labelledby="draft-heading">
      <Subtitle1 as="h3" id="draft-heading">
        {strings.draftLabel}
      </Subtitle1>
      <Caption1 className={styles.muted}>{strings.draftHint}</Caption1>
      <div className={styles.row}>
        <Label htmlFor="draft-format">{strings.draftFormatLabel}</Label>
        <Select id="draft-format" value={format} onChange={(_, data) => onFormatChange(data.value === "text" ? "text" : "html")}>
          <option value="html">{strings.draftHtml}</option>
          <option value="text">{strings.draftText}</option>
        </Select>
        <Button size="small" onClick={onReset}>
          {strings.resetDraft}
        </Button>
      </div>
      <Textarea
        className={styles.editor}
        aria-labelledby="draft-heading"
        resize="vertical"
        value={body}
        textarea={{ className: format === "html" ? textStyles.source : undefined, "data-testid": "draft-body" } as object}
        onChange={(event, data) => onEdit(data.value, event.target.selectionStart, event.target.selectionEnd)}
        onSelect={(event) => onSelect(event.currentTarget.selectionStart, event.currentTarget.selectionEnd)}
      />
      {format === "html" && (
        <pre className={textStyles.text} data-testid="draft-preview">
          {htmlToPlainText(body)}
        </pre>
      )}
    </section>
  );
}
