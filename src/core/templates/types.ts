import type { SignalId } from "../signals/signalIds";
import type { LocalizedText } from "../signals/types";

/** The reply situations; ids are stored (last used template) and must not be renamed. */
export const TEMPLATE_IDS = [
  "capacity",
  "change-request",
  "revision-limit",
  "timeline-reset",
  "payment-reminder",
  "price-increase",
  "price-hold",
  "working-hours",
  "respectful-tone",
  "fix-the-work",
  "parting-ways",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** How the reply sounds: warm and accommodating, or brief and unmistakable. Both are professional. */
export type Variant = "friendly" | "firm";

/** The language and form of address a reply is written in. */
export type Register = "en" | "de-du" | "de-sie";

/** What can be filled into a reply. */
export const FIELD_IDS = [
  // From the user's settings
  "userName",
  "businessName",
  "hourlyRate",
  "newRate",
  "rateEffectiveDate",
  "revisionRounds",
  "feedbackWindowDays",
  "paymentTermsDays",
  "workingHours",
  "colleagueName",
  "colleagueSpeciality",
  "colleagueEmail",
  // From the email
  "clientFirstName",
  "subject",
  "invoiceNumber",
  "invoiceAmount",
  // Asked for when the reply is drafted
  "requestedWork",
  "quote",
  "availableFrom",
  "newDeliveryDate",
  "dueDate",
  "openTasks",
  "finalDate",
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/**
 * One text of a template. Syntax (see `render.ts`):
 * - `{fieldId}` is replaced by the field's value (HTML-escaped in the HTML version);
 * - `[[ … ]]` is an optional stretch, left out when a field inside it has no value;
 * - a blank line separates paragraphs; a line starting with `{openTasks}` alone renders the list, one item per line.
 */
export interface TemplateText {
  readonly subject: string;
  readonly body: string;
}

export interface ReplyTemplate {
  readonly id: TemplateId;
  /** Which findings make this template a good answer, and how strongly (1 = fits, 3 = the answer). */
  readonly signals: Readonly<Partial<Record<SignalId, 1 | 2 | 3>>>;
  /** For the template list: a few words. */
  readonly title: LocalizedText;
  /** For the template list: when to use it, one sentence. */
  readonly description: LocalizedText;
  readonly texts: Readonly<Record<Register, Readonly<Record<Variant, TemplateText>>>>;
}
