/**
 * Where each field's value comes from, how it is asked for, and how settings become
 * the words of a reply in its language ("€85.00 per hour", "85,00 € pro Stunde").
 */
import type { LocalizedText } from "../signals/types";
import type { UserSettings } from "../storage/userSettings";
import type { FieldValues } from "./render";
import type { FieldId, Register } from "./types";

export type FieldSource = "settings" | "email" | "reply";
export type FieldKind = "text" | "date" | "list";

export interface FieldDefinition {
  readonly id: FieldId;
  readonly source: FieldSource;
  readonly kind: FieldKind;
  readonly label: LocalizedText;
}

const field = (id: FieldId, source: FieldSource, kind: FieldKind, en: string, de: string): FieldDefinition => ({ id, source, kind, label: { en, de } });

/** Every field, in the order the "fill in" form asks for them. */
export const FIELDS: readonly FieldDefinition[] = [
  field("clientFirstName", "email", "text", "client's first name", "Vorname des Kunden"),
  field("subject", "email", "text", "subject", "Betreff"),
  field("requestedWork", "reply", "text", "what the client asked for", "was der Kunde angefragt hat"),
  field("quote", "reply", "text", "your quote or estimate", "Ihr Angebot oder Ihre Schätzung"),
  field("availableFrom", "reply", "date", "when you can start", "ab wann Sie Zeit haben"),
  field("newDeliveryDate", "reply", "date", "new delivery date", "neuer Liefertermin"),
  field("invoiceNumber", "email", "text", "invoice number", "Rechnungsnummer"),
  field("invoiceAmount", "email", "text", "invoice amount", "Rechnungsbetrag"),
  field("dueDate", "reply", "date", "due date", "Fälligkeitsdatum"),
  field("openTasks", "reply", "list", "open tasks, one per line", "offene Aufgaben, eine pro Zeile"),
  field("finalDate", "reply", "date", "final delivery date", "letzter Liefertermin"),
  field("userName", "settings", "text", "your name", "Ihr Name"),
  field("businessName", "settings", "text", "your business name", "Name Ihres Unternehmens"),
  field("hourlyRate", "settings", "text", "your hourly rate", "Ihr Stundensatz"),
  field("newRate", "settings", "text", "your new rate", "Ihr neuer Stundensatz"),
  field("rateEffectiveDate", "settings", "date", "date the new rate applies from", "Datum, ab dem der neue Satz gilt"),
  field("revisionRounds", "settings", "text", "included revision rounds", "enthaltene Korrekturrunden"),
  field("feedbackWindowDays", "settings", "text", "feedback window in working days", "Feedbackfrist in Arbeitstagen"),
  field("paymentTermsDays", "settings", "text", "payment terms in days", "Zahlungsziel in Tagen"),
  field("workingHours", "settings", "text", "your working hours", "Ihre Arbeitszeiten"),
  field("colleagueName", "settings", "text", "colleague's name", "Name der Kollegin / des Kollegen"),
  field("colleagueSpeciality", "settings", "text", "colleague's speciality", "Schwerpunkt der Kollegin / des Kollegen"),
  field("colleagueEmail", "settings", "text", "colleague's email", "E-Mail der Kollegin / des Kollegen"),
];

/** The field's definition. */
export function fieldDefinition(id: FieldId): FieldDefinition {
  return FIELDS.find((entry) => entry.id === id) as FieldDefinition;
}

/** The BCP 47 locale for formatting values in a register. */
export function localeOf(register: Register): string {
  return register === "en" ? "en-GB" : "de-DE";
}

/** An amount in the user's currency, e.g. "€85" / "85 €" (cents only when there are any). */
export function formatMoney(amount: number, currency: UserSettings["currency"], register: Register): string {
  const cents = Math.round(amount * 100) % 100 !== 0;
  return new Intl.NumberFormat(localeOf(register), { style: "currency", currency, minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 }).format(amount);
}

/** A calendar date (YYYY-MM-DD) in words: "1 July 2026" / "1. Juli 2026". */
export function formatDate(isoDate: string, register: Register): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeOf(register), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** "Monday to Friday, 9:00–17:00" / "Montag bis Freitag, 9:00–17:00 Uhr". */
export function formatWorkingHours(hours: UserSettings["workingHours"], register: Register): string {
  const weekday = (day: number) =>
    new Intl.DateTimeFormat(localeOf(register), { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, day))); // 2024-01-01 was a Monday
  const days = [...hours.days].sort((a, b) => a - b);
  const contiguous = days.every((day, index) => index === 0 || day === (days[index - 1] ?? 0) + 1);
  const first = days[0] ?? 1;
  const last = days[days.length - 1] ?? first;
  const joiner = register === "en" ? " to " : " bis ";
  const dayText =
    days.length > 2 && contiguous
      ? `${weekday(first)}${joiner}${weekday(last)}`
      : days.map(weekday).join(register === "en" ? ", " : ", ");
  const time = (value: string) => value.replace(/^0(\d)/, "$1");
  return `${dayText}, ${time(hours.from)}–${time(hours.to)}${register === "en" ? "" : " Uhr"}`;
}

/** The reply fields that come from the user's settings, formatted for the register. */
export function settingsFieldValues(settings: UserSettings, register: Register, colleagueIndex = 0): FieldValues {
  const perHour = register === "en" ? " per hour" : " pro Stunde";
  const colleague = settings.colleagues[colleagueIndex];
  const values: FieldValues = {
    userName: settings.name,
    businessName: settings.businessName,
    revisionRounds: String(settings.revisionRounds),
    feedbackWindowDays: String(settings.feedbackWindowDays),
    paymentTermsDays: String(settings.paymentTermsDays),
    workingHours: formatWorkingHours(settings.workingHours, register),
  };
  return {
    ...values,
    ...(settings.hourlyRate !== null ? { hourlyRate: formatMoney(settings.hourlyRate, settings.currency, register) + perHour } : {}),
    ...(settings.newRate !== null ? { newRate: formatMoney(settings.newRate, settings.currency, register) + perHour } : {}),
    ...(settings.rateEffectiveDate !== null ? { rateEffectiveDate: formatDate(settings.rateEffectiveDate, register) } : {}),
    ...(colleague ? { colleagueName: colleague.name, colleagueSpeciality: colleague.speciality, colleagueEmail: colleague.email } : {}),
  };
}
