import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
  tokens,
  ToggleButton,
} from "@fluentui/react-components";
import type { FieldId } from "../core";
import { useLocale, useStrings } from "./i18n/LocaleContext";
import { ReplyStatus } from "./ReplyStatus";
import { useRepliesPanel, type RepliesPanelInput } from "./useRepliesPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  suggestions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyleType: "none", margin: 0, padding: 0 },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  preview: { minHeight: "240px" },
  hint: { color: tokens.colorNeutralForeground3 },
});

export type RepliesPanelProps = RepliesPanelInput;

/** From "this client is pushing me" to a calm reply in Outlook: pick, adjust, fill in, insert. */
export default function RepliesPanel(props: RepliesPanelProps) {
  const styles = useStyles();
  const strings = useStrings();
  const locale = useLocale();
  const panel = useRepliesPanel(props);
  const { core } = props;
  const title = (id: string) => core.REPLY_TEMPLATES.find((template) => template.id === id)?.title[locale] ?? id;

  if (core.REPLY_TEMPLATES.length === 0) return <Caption1>{strings.noTemplates}</Caption1>;
  return (
    <section className={styles.panel} aria-labelledby="replies-heading">
      <Subtitle2 as="h2" id="replies-heading">
        {strings.repliesHeading}
      </Subtitle2>
      {panel.suggested.length > 0 && (
        <div>
          <Caption1 id="suggested-label">{strings.suggested}</Caption1>
          <ul className={styles.suggestions} aria-labelledby="suggested-label">
            {panel.suggested.map((id) => (
              <li key={id}>
                <ToggleButton size="small" checked={panel.templateId === id} onClick={() => panel.chooseTemplate(id)}>
                  {title(id)}
                </ToggleButton>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field label={strings.allTemplates}>
        <Select value={panel.templateId ?? ""} onChange={(_, data) => panel.chooseTemplate(data.value as typeof panel.templateId)}>
          {panel.templateId === null && <option value="">{strings.templateLabel}</option>}
          {core.REPLY_TEMPLATES.map((template) => (
            <option key={template.id} value={template.id}>
              {template.title[locale]}
            </option>
          ))}
        </Select>
      </Field>
      {panel.templateId && (
        <>
          <Caption1 className={styles.hint}>{core.REPLY_TEMPLATES.find((template) => template.id === panel.templateId)?.description[locale]}</Caption1>
          <div className={styles.row}>
            <Field label={strings.variantLabel}>
              <Select value={panel.variant} onChange={(_, data) => panel.setVariant(data.value === "firm" ? "firm" : "friendly")}>
                <option value="friendly">{strings.variants.friendly}</option>
                <option value="firm">{strings.variants.firm}</option>
              </Select>
            </Field>
            <Field label={strings.registerLabel}>
              <Select value={panel.register} onChange={(_, data) => panel.setRegister(data.value as typeof panel.register)}>
                <option value="en">{strings.registers.en}</option>
                <option value="de-du">{strings.registers["de-du"]}</option>
                <option value="de-sie">{strings.registers["de-sie"]}</option>
              </Select>
            </Field>
          </div>
          {panel.colleagues.length > 1 && (
            <Field label={strings.colleagueLabel}>
              <Select value={String(panel.colleagueIndex)} onChange={(_, data) => panel.setColleagueIndex(Number(data.value))}>
                {panel.colleagues.map((colleague, index) => (
                  <option key={index} value={index}>
                    {colleague.speciality ? `${colleague.name} (${colleague.speciality})` : colleague.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {panel.askFor.length > 0 && (
            <fieldset className={styles.form}>
              <legend>
                <Caption1>{strings.fillInHeading}</Caption1>
              </legend>
              {panel.askFor.map((field: FieldId) => {
                const definition = core.fieldDefinition(field);
                const label = capitalise(definition.label[locale]);
                return definition.kind === "list" ? (
                  <Field key={field} label={label}>
                    <Textarea value={panel.inputs[field] ?? ""} onChange={(_, data) => panel.setInput(field, data.value)} resize="vertical" />
                  </Field>
                ) : (
                  <Field key={field} label={label}>
                    <Input value={panel.inputs[field] ?? ""} onChange={(_, data) => panel.setInput(field, data.value)} />
                  </Field>
                );
              })}
            </fieldset>
          )}
          <Field label={strings.previewLabel}>
            <Textarea className={styles.preview} value={panel.text} onChange={(_, data) => panel.editText(data.value)} resize="vertical" />
          </Field>
          {panel.edited && (
            <Button size="small" appearance="subtle" onClick={panel.resetText}>
              {strings.resetPreview}
            </Button>
          )}
          {panel.missing.length > 0 && (
            <Caption1 role="status">{strings.stillMissing(panel.missing.map((field) => core.fieldDefinition(field).label[locale]).join(", "))}</Caption1>
          )}
          {panel.tooLargeForReply && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{strings.tooLargeForReply}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={panel.missing.length > 0 || panel.text.trim() === "" || panel.status.kind === "busy" || panel.tooLargeForReply}
              onClick={() => void panel.insert()}
            >
              {props.item.mode === "read" ? strings.insertReply : strings.insertAtCursor}
            </Button>
            <Button onClick={() => void panel.copy()} disabled={panel.text.trim() === ""}>
              {strings.copy}
            </Button>
            {props.item.mode === "read" && (
              <Checkbox label={strings.insertReplyAll} checked={panel.replyAll} onChange={(_, data) => panel.setReplyAll(data.checked === true)} />
            )}
          </div>
          <ReplyStatus status={panel.status} compose={props.item.mode === "compose"} />
        </>
      )}
    </section>
  );
}

/** Field names are written to sit inside a sentence ("Fill in first: your name"); as a form label they start with a capital. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
