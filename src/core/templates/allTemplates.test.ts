/**
 * Every template, in every register and both variants, rendered as the pane renders it:
 * with full settings and email facts, and with nothing but the defaults. Whatever the
 * values contain, no {placeholder} survives, no "<" from a value reaches the HTML, and
 * the HTML says exactly what the text says.
 */
import { DEFAULT_SETTINGS, type UserSettings } from "../storage/userSettings";
import { fieldDefinition, settingsFieldValues } from "./fields";
import { renderTemplate, textToHtml, type FieldValues } from "./render";
import { REPLY_TEMPLATES } from "./templates";
import type { FieldId, Register, Variant } from "./types";

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

const fullSettings: UserSettings = {
  ...DEFAULT_SETTINGS,
  name: `Mara ${HOSTILE}`,
  businessName: "Lindqvist & Co <Studio>",
  hourlyRate: 85,
  newRate: 95,
  rateEffectiveDate: "2026-07-01",
  colleagues: [{ name: "Sam <b>Ortiz</b>", email: "sam@ortiz.example", speciality: "WordPress & PHP" }],
  signature: `Mara Lindqvist\n${HOSTILE}`,
};

const replyValues: FieldValues = {
  clientFirstName: `Anna ${HOSTILE}`,
  subject: "Menu boards <urgent>",
  invoiceNumber: "INV-2026-014",
  invoiceAmount: "€1,250.00",
  requestedWork: `three extra menu boards ${HOSTILE}`,
  quote: "6 hours",
  availableFrom: "3 August",
  newDeliveryDate: "14 August",
  dueDate: "15 June",
  openTasks: ["Logo files", `Menu <b>board</b>`],
  finalDate: "31 August",
};

const label = (field: FieldId) => fieldDefinition(field).label.en;

/** The text an HTML reply shows, read back the way a mail client would. */
function htmlAsText(html: string): string {
  return html
    .replace(/<li>/g, "- ")
    .replace(/<\/li>|<br>|<\/p>|<\/ul>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const cases = REPLY_TEMPLATES.flatMap((template) =>
  (["en", "de-du", "de-sie"] as Register[]).flatMap((register) => (["friendly", "firm"] as Variant[]).map((variant) => [template.id, register, variant, template] as const)),
);

describe.each(cases)("%s in %s, %s", (_id, register, variant, template) => {
  const text = template.texts[register][variant];

  it("with full settings: every field filled, markup in values escaped, HTML and text the same", () => {
    const rendered = renderTemplate(text, { ...settingsFieldValues(fullSettings, register), ...replyValues }, label, fullSettings.signature);
    expect(rendered.missing).toEqual([]);
    expect(rendered.text).not.toMatch(/\{[a-zA-Z]+\}|\[\[|\]\]/);
    const html = textToHtml(rendered.text);
    expect(html).not.toMatch(/<(?!\/?(?:p|br|ul|li)>)/);
    expect(htmlAsText(html).replace(/\s+/g, " ").trim()).toBe(rendered.text.replace(/\s+/g, " ").trim());
  });

  it("with only the defaults: no raw placeholder, and every gap named for the user to fill", () => {
    const rendered = renderTemplate(text, settingsFieldValues(DEFAULT_SETTINGS, register), label);
    expect(rendered.text).not.toMatch(/\{[a-zA-Z]+\}|\[\[|\]\]/);
    for (const field of rendered.missing) expect(rendered.text + rendered.subject).toContain(`[${label(field)}]`);
    const html = textToHtml(rendered.text);
    expect(htmlAsText(html).replace(/\s+/g, " ").trim()).toBe(rendered.text.replace(/\s+/g, " ").trim());
  });
});
