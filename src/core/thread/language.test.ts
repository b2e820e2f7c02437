import { readFileSync } from "node:fs";
import path from "node:path";
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

  it("reads only the start of a very long text", () => {
    const text = "Can you send the files today? ".repeat(10_000) + "Das ist ein deutscher Text. ".repeat(100_000);
    expect(detectLanguage(text)).toBe("en");
  });
});
