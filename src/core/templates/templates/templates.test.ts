import { renderTemplate, type FieldValues } from "../render";
import { FIELD_IDS, TEMPLATE_IDS, type FieldId, type Register, type TemplateText, type Variant } from "../types";
import { REPLY_TEMPLATES } from "./index";

const REGISTERS: readonly Register[] = ["en", "de-du", "de-sie"];
const VARIANTS: readonly Variant[] = ["friendly", "firm"];

/** Every text as a row for it.each: "capacity en friendly", … */
const TEXTS = REPLY_TEMPLATES.flatMap((template) =>
  REGISTERS.flatMap((register) => VARIANTS.map((variant) => ({ name: `${template.id} ${register} ${variant}`, id: template.id, register, variant, text: template.texts[register][variant] }))),
);

const placeholders = (source: string): string[] => [...source.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1] ?? "");
const whole = (text: TemplateText): string => `${text.subject}\n${text.body}`;
const letterBounded = (words: string): RegExp => new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, "gu");

// Informal and formal address. "Ihr" at a sentence start can be "her"/"their", and "Sie" "she"/"they",
// so in du texts only the capitalised forms in mid-sentence count as formal address.
const DU_FORMS = letterBounded("[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e|em|en|er|es)?");
const SIE_FORMS = letterBounded("Sie|Ihnen|Ihr(?:e|em|en|er|es)?");

const GREETINGS: Readonly<Record<Register, RegExp>> = {
  en: /^Hi \{clientFirstName\},$/,
  "de-du": /^Hallo \{clientFirstName\},$/,
  "de-sie": /^(Hallo|Guten Tag) \{clientFirstName\},$/,
};

const SAMPLE: Readonly<Record<FieldId, string | readonly string[]>> = {
  userName: "Mara Lindqvist",
  businessName: "Lindqvist Studio",
  hourlyRate: "€85 per hour",
  newRate: "€95 per hour",
  rateEffectiveDate: "1 July 2026",
  revisionRounds: "2",
  feedbackWindowDays: "5",
  paymentTermsDays: "14",
  workingHours: "Monday to Friday, 9:00–17:00",
  colleagueName: "Sam Ortega",
  colleagueSpeciality: "WordPress development",
  colleagueEmail: "sam@example.com",
  clientFirstName: "Anna",
  subject: "Menu boards",
  invoiceNumber: "INV-2026-014",
  invoiceAmount: "€1,250",
  requestedWork: "three extra menu boards",
  quote: "€480",
  availableFrom: "6 July 2026",
  newDeliveryDate: "10 July 2026",
  dueDate: "15 June 2026",
  openTasks: ["Spring menu layout", "Instagram templates"],
  finalDate: "30 June 2026",
};

/** The sample values of the fields a text needs outside its optional stretches. */
function requiredOnly(text: TemplateText): FieldValues {
  const required = placeholders(whole(text).replace(/\[\[[\s\S]*?\]\]/g, "")) as FieldId[];
  return Object.fromEntries(required.map((field) => [field, SAMPLE[field]]));
}

describe("REPLY_TEMPLATES", () => {
  it("holds every template id once, in the order of TEMPLATE_IDS", () => {
    expect(REPLY_TEMPLATES.map((template) => template.id)).toEqual([...TEMPLATE_IDS]);
  });

  it.each(REPLY_TEMPLATES.map((template) => [template.id, template] as const))("%s has a title, a one-sentence description and signal weights", (_, template) => {
    for (const text of [template.title.en, template.title.de, template.description.en, template.description.de]) {
      expect(text.trim()).not.toBe("");
    }
    for (const description of [template.description.en, template.description.de]) {
      expect(description).toMatch(/\.$/);
      expect(description.slice(0, -1)).not.toMatch(/[.!?] /);
    }
    const weights = Object.values(template.signals);
    expect(weights.length).toBeGreaterThan(0);
    for (const weight of weights) expect([1, 2, 3]).toContain(weight);
  });

  it("offers parting ways from the history, never as the answer to one signal", () => {
    const partingWays = REPLY_TEMPLATES.find((template) => template.id === "parting-ways");
    expect(Math.max(...Object.values(partingWays?.signals ?? {}))).toBe(1);
  });
});

describe.each(TEXTS)("$name", ({ id, register, text }) => {
  const all = whole(text);

  it("has a subject and a body", () => {
    expect(text.subject.trim()).not.toBe("");
    expect(text.body.trim()).not.toBe("");
  });

  it("uses only known placeholders", () => {
    for (const name of placeholders(all)) expect(FIELD_IDS).toContain(name);
  });

  it("has balanced, unnested optional stretches, each with a field in it and within one paragraph", () => {
    const tokens = [...all.matchAll(/\[\[|\]\]/g)].map((match) => match[0]);
    tokens.forEach((token, index) => expect(token).toBe(index % 2 === 0 ? "[[" : "]]"));
    expect(tokens.length % 2).toBe(0);
    for (const [, inner = ""] of all.matchAll(/\[\[([\s\S]*?)\]\]/g)) {
      expect(placeholders(inner).length).toBeGreaterThan(0);
      expect(inner).not.toMatch(/\n|\{openTasks\}/);
    }
  });

  it("puts the task list on a line of its own", () => {
    for (const line of all.split("\n")) {
      if (line.includes("{openTasks}")) expect(line).toBe("{openTasks}");
    }
  });

  it("greets the client by first name and signs with the user's name", () => {
    const lines = text.body.split("\n");
    expect(lines[0]).toMatch(GREETINGS[register]);
    expect(lines[lines.length - 1]).toBe("{userName}");
  });

  it("stays short, with at most one exclamation mark", () => {
    expect(all.length).toBeLessThanOrEqual(2000);
    expect(all.match(/!/g)?.length ?? 0).toBeLessThanOrEqual(1);
    const words = text.body.split(/\s+/).filter((word) => /\p{L}|\{/u.test(word)).length;
    expect(words).toBeGreaterThanOrEqual(40);
    expect(words).toBeLessThanOrEqual(200);
  });

  if (register === "de-du") {
    it("says du, never Sie", () => {
      expect(text.body).toMatch(DU_FORMS);
      const plain = all.replace(/\[\[|\]\]/g, "");
      for (const match of plain.matchAll(SIE_FORMS)) {
        const before = plain.slice(0, match.index).trimEnd();
        expect({ word: match[0], before: before.slice(-30) }).toEqual({ word: match[0], before: expect.stringMatching(/(^|[.!?:\n])$/) });
      }
    });
  }

  if (register === "de-sie") {
    it("says Sie, never du", () => {
      expect(text.body).toMatch(SIE_FORMS);
      expect(all.match(DU_FORMS)).toBeNull();
    });
  }

  if (id === "parting-ways") {
    it("lists the open tasks and names the final date", () => {
      expect(text.body.split("\n")).toContain("{openTasks}");
      expect(text.body).toContain("{finalDate}");
    });
  }

  it.each([
    ["every field", () => SAMPLE as FieldValues],
    ["only its required fields", () => requiredOnly(text)],
  ])("reads cleanly with %s filled in", (_, values) => {
    const rendered = renderTemplate(text, values(), (field) => field);
    expect(rendered.missing).toEqual([]);
    for (const output of [rendered.subject, rendered.text]) {
      expect(output).not.toMatch(/[{}]|\[\[|\]\]/);
      expect(output).not.toMatch(/ {2}|\s[,.;:)]|[,;:]\s*[,.;:]|\(\s*\)/);
    }
  });
});
