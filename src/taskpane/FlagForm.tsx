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
  /** Characters a note may have (the core's CLIENT_LIMITS.note). */
  readonly noteLimit: number;
  onSave(reasons: readonly SignalId[], note: string): void;
  onCancel(): void;
}

/** Flagging a client: which kinds of trouble, and a short note for later, with its length shown as it is typed. */
export function FlagForm({ title, initialReasons, initialNote, noteLimit, onSave, onCancel }: FlagFormProps) {
  const styles = useStyles();
  const strings = useStrings();
  const [reasons, setReasons] = useState<readonly SignalId[]>(initialReasons);
  const [note, setNote] = useState(initialNote);
  // A note saved before the limit was lowered may be longer: it can be kept as it is
  // (the store accepts it unchanged), and only a shorter one saved in its place.
  const overLimit = note.length > noteLimit;
  const blocked = overLimit && note !== initialNote;
  const noteProblem = overLimit ? { validationState: blocked ? ("error" as const) : ("warning" as const), validationMessage: strings.client.noteTooLong(noteLimit) } : {};
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
      <Field label={strings.client.noteLabel} hint={strings.client.noteCount(note.length, noteLimit)} {...noteProblem}>
        <Textarea value={note} maxLength={noteLimit} onChange={(_, data) => setNote(data.value)} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" size="small" disabled={blocked} onClick={() => onSave(reasons, note)}>
          {strings.client.save}
        </Button>
        <Button size="small" onClick={onCancel}>
          {strings.client.cancel}
        </Button>
      </div>
    </fieldset>
  );
}
