import { useState } from "react";
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
} from "@fluentui/react-components";
import { CURRENCIES, type Colleague, type SettingsProblem, type UserSettings } from "../core/storage/userSettings";
import { useStrings } from "./i18n/LocaleContext";
import type { UserSettingsApi } from "./useUserSettings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  narrow: { width: "8rem" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, border: "none", margin: 0, padding: 0 },
  days: { display: "flex", flexWrap: "wrap" },
  colleague: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface SettingsViewProps {
  readonly api: UserSettingsApi;
  /** The UI's language tag, for weekday names. */
  readonly languageTag: string;
}

/** The user's details for replies, validated field by field and saved to the mailbox. */
export default function SettingsView({ api, languageTag }: SettingsViewProps) {
  const styles = useStyles();
  const strings = useStrings();
  const labels = strings.settingsFields;
  const [draft, setDraft] = useState<UserSettings>(api.settings);
  const [problems, setProblems] = useState<readonly SettingsProblem[]>([]);
  const [result, setResult] = useState<{ kind: "saved" } | { kind: "failed"; reason: string } | null>(null);
  const change = (patch: Partial<UserSettings>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setResult(null);
  };
  const problemFor = (field: keyof UserSettings) => {
    const problem = problems.find((entry) => entry.field === field);
    return problem ? { validationState: "error" as const, validationMessage: strings.settingsProblems[problem.code] } : {};
  };
  const numberOrNull = (value: string) => (value.trim() === "" ? null : Number(value.replace(",", ".")));
  const weekday = (day: number) => new Intl.DateTimeFormat(languageTag, { weekday: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, day)));
  const setColleague = (index: number, patch: Partial<Colleague>) =>
    change({ colleagues: draft.colleagues.map((colleague, at) => (at === index ? { ...colleague, ...patch } : colleague)) });

  async function save() {
    const outcome = await api.save({ ...draft, colleagues: draft.colleagues.filter((colleague) => colleague.name.trim() !== "") });
    setProblems(outcome.ok ? [] : outcome.problems);
    if (outcome.ok) setResult({ kind: "saved" });
    else if (outcome.error) setResult({ kind: "failed", reason: outcome.error });
  }

  return (
    <form
      className={styles.form}
      aria-labelledby="settings-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Subtitle2 as="h2" id="settings-heading">
        {strings.settingsHeading}
      </Subtitle2>
      <Caption1 className={styles.muted}>{strings.settingsIntro}</Caption1>
      <Field label={labels.name} {...problemFor("name")}>
        <Input value={draft.name} onChange={(_, data) => change({ name: data.value })} autoComplete="name" />
      </Field>
      <Field label={labels.businessName} {...problemFor("businessName")}>
        <Input value={draft.businessName} onChange={(_, data) => change({ businessName: data.value })} autoComplete="organization" />
      </Field>
      <div className={styles.row}>
        <Field label={labels.currency}>
          <Select value={draft.currency} onChange={(_, data) => change({ currency: data.value as UserSettings["currency"] })}>
            {CURRENCIES.map((currency) => (
              <option key={currency}>{currency}</option>
            ))}
          </Select>
        </Field>
        <Field label={labels.hourlyRate} {...problemFor("hourlyRate")}>
          <Input className={styles.narrow} type="number" min={0} step="any" value={draft.hourlyRate?.toString() ?? ""} onChange={(_, data) => change({ hourlyRate: numberOrNull(data.value) })} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={labels.newRate} {...problemFor("newRate")}>
          <Input className={styles.narrow} type="number" min={0} step="any" value={draft.newRate?.toString() ?? ""} onChange={(_, data) => change({ newRate: numberOrNull(data.value) })} />
        </Field>
        <Field label={labels.rateEffectiveDate} {...problemFor("rateEffectiveDate")}>
          <Input type="date" value={draft.rateEffectiveDate ?? ""} onChange={(_, data) => change({ rateEffectiveDate: data.value || null })} />
        </Field>
      </div>
      <div className={styles.row}>
        {(["revisionRounds", "feedbackWindowDays", "paymentTermsDays"] as const).map((field) => (
          <Field key={field} label={labels[field]} {...problemFor(field)}>
            <Input className={styles.narrow} type="number" min={0} step={1} value={String(draft[field])} onChange={(_, data) => change({ [field]: Number(data.value) })} />
          </Field>
        ))}
      </div>
      <fieldset className={styles.group}>
        <legend>{labels.workingHours}</legend>
        <div className={styles.days} role="group" aria-label={labels.workingDays}>
          {[1, 2, 3, 4, 5, 6, 7].map((day) => (
            <Checkbox
              key={day}
              label={weekday(day)}
              checked={draft.workingHours.days.includes(day)}
              onChange={(_, data) =>
                change({
                  workingHours: {
                    ...draft.workingHours,
                    days: data.checked ? [...draft.workingHours.days, day].sort() : draft.workingHours.days.filter((entry) => entry !== day),
                  },
                })
              }
            />
          ))}
        </div>
        <div className={styles.row}>
          <Field label={labels.from}>
            <Input type="time" value={draft.workingHours.from} onChange={(_, data) => change({ workingHours: { ...draft.workingHours, from: data.value } })} />
          </Field>
          <Field label={labels.to}>
            <Input type="time" value={draft.workingHours.to} onChange={(_, data) => change({ workingHours: { ...draft.workingHours, to: data.value } })} />
          </Field>
        </div>
        {problemFor("workingHours").validationMessage && (
          <Caption1 role="alert">{problemFor("workingHours").validationMessage}</Caption1>
        )}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{labels.colleagues}</legend>
        {draft.colleagues.map((colleague, index) => (
          <div key={index} className={styles.colleague}>
            <Field label={labels.colleagueName}>
              <Input value={colleague.name} onChange={(_, data) => setColleague(index, { name: data.value })} />
            </Field>
            <Field label={labels.colleagueEmail}>
              <Input type="email" value={colleague.email} onChange={(_, data) => setColleague(index, { email: data.value })} />
            </Field>
            <Field label={labels.colleagueSpeciality}>
              <Input value={colleague.speciality} onChange={(_, data) => setColleague(index, { speciality: data.value })} />
            </Field>
            <Button size="small" appearance="subtle" onClick={() => change({ colleagues: draft.colleagues.filter((_, at) => at !== index) })}>
              {labels.removeColleague(colleague.name)}
            </Button>
          </div>
        ))}
        {problemFor("colleagues").validationMessage && <Caption1 role="alert">{problemFor("colleagues").validationMessage}</Caption1>}
        <Button size="small" onClick={() => change({ colleagues: [...draft.colleagues, { name: "", email: "", speciality: "" }] })} disabled={draft.colleagues.length >= 10}>
          {labels.addColleague}
        </Button>
      </fieldset>
      <Field label={labels.signature} {...problemFor("signature")}>
        <Textarea value={draft.signature} onChange={(_, data) => change({ signature: data.value })} resize="vertical" />
      </Field>
      <Field label={labels.defaultVariant}>
        <Select value={draft.defaultVariant} onChange={(_, data) => change({ defaultVariant: data.value === "firm" ? "firm" : "friendly" })}>
          <option value="friendly">{strings.variants.friendly}</option>
          <option value="firm">{strings.variants.firm}</option>
        </Select>
      </Field>
      <Button appearance="primary" type="submit">
        {strings.save}
      </Button>
      {result?.kind === "saved" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{strings.settingsSaved}</MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{strings.settingsSaveFailed(result.reason)}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
