import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { detectLanguage, type Language } from "./language";

const SAMPLES = path.resolve(__dirname, "../../../test/fixtures/threads/language-samples.json");

describe("detectLanguage", () => {
  const { samples } = JSON.parse(readFileSync(SAMPLES, "utf8")) as { samples: [Language, string][] };

  it("is right on at least 90% of a labelled set of short English, German and other texts", () => {
    expect(samples.length).toBeGreaterThanOrEqual(40);
    const misses = samples.filter(([label, text]) => detectLanguage(text) !== label);
    const accuracy = (samples.length - misses.length) / samples.length;
    const byLabel = (label: Language) => samples.filter(([l]) => l === label).length;
    process.stdout.write(
      `language detection: ${samples.length - misses.length}/${samples.length} = ${(accuracy * 100).toFixed(1)}% ` +
        `(en ${byLabel("en")}, de ${byLabel("de")}, und ${byLabel("und")}); misses: ${misses.map(([l, t]) => `${l}:${JSON.stringify(t)}`).join(" ")}\n`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("reads German in Swiss spelling and in the informal form", () => {
    expect(detectLanguage("Freundliche Grüsse, ich schicke dir das morgen")).toBe("de");
    expect(detectLanguage("Kannst du mir das bitte bis morgen schicken?")).toBe("de");
  });

  it("is not swayed by German names in an English text", () => {
    expect(detectLanguage("We met Jürgen Müller in München and he loved the design.")).toBe("en");
  });

  it("says und for nothing, numbers and links", () => {
    for (const text of ["", "   ", "12345", "https://example.com/a/b", "😀😀"]) expect(detectLanguage(text)).toBe("und");
  });

  it("splits words as /[\\p{L}]+(?:'[\\p{L}]+)?/u would: one inner apostrophe, capitals, letters beyond the BMP", () => {
    // Each text is built so that one reading of its words gives a different answer than the other.
    expect(detectLanguage("Don't you think it's done?")).toBe("en");
    expect(detectLanguage("rock'n'roll rock'n'roll rock'n'roll the")).toBe(detectLanguage("rock'n roll rock'n roll rock'n roll the"));
    expect(detectLanguage("DER KUNDE HAT DIE RECHNUNG NICHT BEZAHLT")).toBe("de");
    expect(detectLanguage("𝐀the and 𝐀the and")).toBe(detectLanguage("xthe and xthe and"));
    expect(detectLanguage("ÜBER GRÜẞE WÄRE")).toBe("de");
  });

  it("gives the answer of the plain regular-expression reading on any text", () => {
    const words = ["the", "and", "und", "der", "ich", "le", "it's", "don't", "'", "ß", "Ä", "é", "𝐀", "😀", "\uD800", " ", ".", "\n", "x"];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 120 })), (t) => detectLanguage(t) === referenceDetect(t)),
      { numRuns: 500 },
    );
  });

  it("reads only the start of a very long text", () => {
    const text = "Can you send the files today? ".repeat(10_000) + "Das ist ein deutscher Text. ".repeat(100_000);
    expect(detectLanguage(text)).toBe("en");
  });
});

/** The detector as first written, with regular expressions: the walk in language.ts must agree with it. */
function referenceDetect(text: string): Language {
  const { ENGLISH, GERMAN, OTHER } = referenceLists();
  const lower = text.slice(0, 20_000).toLowerCase();
  let en = 0;
  let de = 0;
  let other = 0;
  let tokens = 0;
  for (const match of lower.matchAll(/[\p{L}]+(?:'[\p{L}]+)?/gu)) {
    tokens += 1;
    if (ENGLISH.has(match[0])) en += 1;
    if (GERMAN.has(match[0])) de += 1;
    if (OTHER.has(match[0])) other += 1;
  }
  if (tokens === 0) return "und";
  const count = (re: RegExp): number => [...lower.matchAll(re)].length;
  de += 2 * count(/ß/g) + 0.25 * Math.min(count(/[äöü]/g), 8);
  other += 0.5 * Math.min(count(/[éèêàçñãõìòùåøæ]/g), 8);
  const best = Math.max(en, de, other);
  if (best === 0) return "und";
  const second = en + de + other - best - Math.min(en, de, other);
  const enough = tokens <= 4 ? best >= 1 : best >= 2;
  if (!enough || best < 1.5 * second || best - second < 1) return "und";
  if (best === other) return "und";
  return best === en ? "en" : "de";
}

/** The word lists, read from language.ts itself so that the reference never drifts from them. */
function referenceLists(): { ENGLISH: Set<string>; GERMAN: Set<string>; OTHER: Set<string> } {
  const source = readFileSync(path.resolve(__dirname, "language.ts"), "utf8");
  const list = (name: string): Set<string> => {
    const m = new RegExp(`const ${name} = words\\(\`([^\`]*)\`\\)`).exec(source);
    return new Set((m?.[1] ?? "").split(/\s+/).filter((w) => w.length > 0));
  };
  return { ENGLISH: list("ENGLISH"), GERMAN: list("GERMAN"), OTHER: list("OTHER") };
}
