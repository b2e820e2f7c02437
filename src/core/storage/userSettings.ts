/**
 * The user's own settings, filled into replies: who they are, what they charge, how
 * they work. Stored through the storage port; validated on the way in and out, with
 * sensible defaults, so a half-filled or older stored value never breaks a reply.
 */
import type { KeyValueStore } from "./keyValueStore";

export const CURRENCIES = ["EUR", "USD", "GBP", "CHF"] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface Colleague {
  readonly name: string;
  readonly email: string;
  /** What they are good at, e.g. "WordPress development". */
  readonly speciality: string;
}

export interface WorkingHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  readonly days: readonly number[];
  /** "HH:MM", 24-hour. */
  readonly from: string;
  readonly to: string;
}

export interface UserSettings {
  readonly name: string;
  readonly businessName: string;
  readonly currency: Currency;
  /** Per hour; null when not set. */
  readonly hourlyRate: number | null;
  /** The announced new hourly rate, and the date (YYYY-MM-DD) it applies from. */
  readonly newRate: number | null;
  readonly rateEffectiveDate: string | null;
  /** Revision rounds included in a project. */
  readonly revisionRounds: number;
  /** Working days the client has to give feedback. */
  readonly feedbackWindowDays: number;
  /** Days an invoice is due after it is sent. */
  readonly paymentTermsDays: number;
  readonly workingHours: WorkingHours;
  readonly colleagues: readonly Colleague[];
  /** Appended to every reply; plain text. */
  readonly signature: string;
  /** Friendly or firm by default. */
  readonly defaultVariant: "friendly" | "firm";
}

export const USER_SETTINGS_KEY = "userSettings";

export const DEFAULT_SETTINGS: UserSettings = {
  name: "",
  businessName: "",
  currency: "EUR",
  hourlyRate: null,
  newRate: null,
  rateEffectiveDate: null,
  revisionRounds: 2,
  feedbackWindowDays: 5,
  paymentTermsDays: 14,
  workingHours: { days: [1, 2, 3, 4, 5], from: "09:00", to: "17:00" },
  colleagues: [],
  signature: "",
  defaultVariant: "friendly",
};

/** A problem with one field, for the settings form. */
export interface SettingsProblem {
  readonly field: keyof UserSettings;
  readonly code: "too-long" | "not-a-number" | "out-of-range" | "bad-date" | "bad-time" | "bad-email" | "no-days" | "too-many";
}

export const LIMITS = { text: 120, signature: 1_000, colleagues: 10, rate: 100_000, rounds: 50, days: 365 } as const;

/**
 * Checks settings the user entered.
 * @returns the problems, empty when the settings can be saved
 */
export function validateSettings(settings: UserSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  for (const field of ["name", "businessName"] as const) if (settings[field].length > LIMITS.text) problems.push({ field, code: "too-long" });
  if (settings.signature.length > LIMITS.signature) problems.push({ field: "signature", code: "too-long" });
  for (const field of ["hourlyRate", "newRate"] as const) {
    const value = settings[field];
    if (value !== null && (!Number.isFinite(value) || value <= 0 || value > LIMITS.rate)) problems.push({ field, code: "out-of-range" });
  }
  if (settings.rateEffectiveDate !== null && !isIsoDate(settings.rateEffectiveDate)) problems.push({ field: "rateEffectiveDate", code: "bad-date" });
  for (const [field, max] of [["revisionRounds", LIMITS.rounds], ["feedbackWindowDays", LIMITS.days], ["paymentTermsDays", LIMITS.days]] as const) {
    const value = settings[field];
    if (!Number.isInteger(value) || value < 0 || value > max) problems.push({ field, code: "out-of-range" });
  }
  const hours = settings.workingHours;
  if (hours.days.length === 0) problems.push({ field: "workingHours", code: "no-days" });
  else if (!isTime(hours.from) || !isTime(hours.to) || hours.from >= hours.to) problems.push({ field: "workingHours", code: "bad-time" });
  if (settings.colleagues.length > LIMITS.colleagues) problems.push({ field: "colleagues", code: "too-many" });
  else if (settings.colleagues.some((colleague) => colleague.email !== "" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(colleague.email))) {
    problems.push({ field: "colleagues", code: "bad-email" });
  }
  return problems;
}

/** Reads settings from the store; every field that is missing or malformed takes its default. */
export function readUserSettings(store: KeyValueStore): UserSettings {
  const raw = store.get(USER_SETTINGS_KEY);
  if (typeof raw !== "object" || raw === null) return DEFAULT_SETTINGS;
  const value = raw as Record<string, unknown>;
  const text = (key: string, max: number) => (typeof value[key] === "string" ? (value[key] as string).slice(0, max) : "");
  const number = (key: string, fallback: number | null) => (typeof value[key] === "number" && Number.isFinite(value[key]) ? (value[key] as number) : fallback);
  const hours = typeof value.workingHours === "object" && value.workingHours !== null ? (value.workingHours as Record<string, unknown>) : {};
  const days = Array.isArray(hours.days) ? hours.days.filter((day): day is number => Number.isInteger(day) && day >= 1 && day <= 7) : null;
  const colleagues = Array.isArray(value.colleagues)
    ? value.colleagues
        .filter((entry): entry is Record<string, unknown> => typeof entry === "object" && entry !== null)
        .map((entry) => ({
          name: typeof entry.name === "string" ? entry.name.slice(0, LIMITS.text) : "",
          email: typeof entry.email === "string" ? entry.email.slice(0, LIMITS.text) : "",
          speciality: typeof entry.speciality === "string" ? entry.speciality.slice(0, LIMITS.text) : "",
        }))
        .filter((colleague) => colleague.name !== "")
        .slice(0, LIMITS.colleagues)
    : [];
  const date = typeof value.rateEffectiveDate === "string" && isIsoDate(value.rateEffectiveDate) ? value.rateEffectiveDate : null;
  return {
    name: text("name", LIMITS.text),
    businessName: text("businessName", LIMITS.text),
    currency: (CURRENCIES as readonly unknown[]).includes(value.currency) ? (value.currency as Currency) : DEFAULT_SETTINGS.currency,
    hourlyRate: number("hourlyRate", null),
    newRate: number("newRate", null),
    rateEffectiveDate: date,
    revisionRounds: number("revisionRounds", DEFAULT_SETTINGS.revisionRounds) ?? DEFAULT_SETTINGS.revisionRounds,
    feedbackWindowDays: number("feedbackWindowDays", DEFAULT_SETTINGS.feedbackWindowDays) ?? DEFAULT_SETTINGS.feedbackWindowDays,
    paymentTermsDays: number("paymentTermsDays", DEFAULT_SETTINGS.paymentTermsDays) ?? DEFAULT_SETTINGS.paymentTermsDays,
    workingHours: {
      days: days && days.length > 0 ? days : DEFAULT_SETTINGS.workingHours.days,
      from: typeof hours.from === "string" && isTime(hours.from) ? hours.from : DEFAULT_SETTINGS.workingHours.from,
      to: typeof hours.to === "string" && isTime(hours.to) ? hours.to : DEFAULT_SETTINGS.workingHours.to,
    },
    colleagues,
    signature: text("signature", LIMITS.signature),
    defaultVariant: value.defaultVariant === "firm" ? "firm" : "friendly",
  };
}

/** Writes settings into the store (call `store.save()` to persist). */
export function writeUserSettings(store: KeyValueStore, settings: UserSettings): void {
  store.set(USER_SETTINGS_KEY, settings);
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
