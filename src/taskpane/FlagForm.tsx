import { useState } from "react";
import { Body1, Button, Checkbox, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import type { SignalId } from "../core";
import { SIGNAL_IDS } from "../core/signals/signalIds";
import { useStrings } from "./i18n/LocaleContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, border: "none", margin: 0, padding: 0 },
  reasons: { display: "grid", gridTemplateColumns: "1fr" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface FlagFormProps {
  readonly title: string;
  /** Pre-checked: the flag's reasons, or the signals of the open email. */
  readonly initialReasons: readonly SignalId[];
  readonly initialNote: string;
  onSave(reasons: readonly SignalId[], note: string): void;
  onCancel(): void;
}

/** Flagging a client: which kinds of trouble, and a note for later. */
export function FlagForm({ title, initialReasons, initialNote, onSave, onCancel }: FlagFormProps) {
  const styles = useStyles();
  const strings = useStrings();
  const [reasons, setReasons] = useState<readonly SignalId[]>(initialReasons);
  const [note, setNote] = useState(initialNote);
  return (
    <fieldset className={styles.form}>
      <legend>
        <Body1>{title}</Body1>
      </legend>
      <div className={styles.reasons} role="group" aria-label={strings.client.reasonsLabel}>
        {SIGNAL_IDS.map((signal) => (
          <Checkbox
            key={signal}
            label={strings.signalNames[signal]}
            checked={reasons.includes(signal)}
            onChange={(_, data) => setReasons(data.checked ? [...reasons, signal] : reasons.filter((entry) => entry !== signal))}
          />
        ))}
      </div>
      <Field label={strings.client.noteLabel}>
        <Textarea value={note} maxLength={500} onChange={(_, data) => setNote(data.value)} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" size="small" onClick={() => onSave(reasons, note)}>
          {strings.client.save}
        </Button>
        <Button size="small" onClick={onCancel}>
          {strings.client.cancel}
        </Button>
      </div>
    </fieldset>
  );
}
