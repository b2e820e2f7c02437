import fc from "fast-check";
import { compilePattern, GAP_WORDS, matchAt, matchFrom, matchPattern } from "./pattern";
import { STRATEGIES } from "./politeness";
import { PHRASE_RULES } from "./rules";

function matches(pattern: string, text: string): string[] {
  return matchPattern(compilePattern(pattern), text).map((match) => match[0]);
}

describe("the pattern language", () => {
  it("matches words case-insensitively across spaces, line wraps and commas, only as whole words", () => {
    expect(matches("while you're at it", "Hi, WHILE you’re\nat it, could you")).toEqual(["WHILE you’re\nat it"]);
    expect(matches("rush", "no rush, brushing up")).toEqual(["rush"]);
  });

  it("finds a word start after a false start inside another word", () => {
    expect(matches("rush", "brush rush")).toEqual(["rush"]);
    expect(matches("über", "Grüber über")).toEqual(["über"]);
    expect(matchFrom(compilePattern("rush"), "brushing", 0)).toBeNull();
    expect(matchFrom(compilePattern("rush"), "no rush", 0)?.[0]).toBe("rush");
  });

  it("takes alternatives, optional words and endings", () => {
    expect(matches("(one|another) more round", "Another more round? one more round")).toEqual(["Another more round", "one more round"]);
    expect(matches("really? urgent", "this is really urgent and urgent")).toEqual(["really urgent", "urgent"]);
    expect(matches("revision*", "Revisions, revised, revision")).toEqual(["Revisions", "revision"]);
  });

  it(`bridges up to ${GAP_WORDS} words with a gap, and no further`, () => {
    const pattern = "könntest du ... machen";
    expect(matches(pattern, "Könntest du mir noch schnell die Flyer machen?")).toEqual(["Könntest du mir noch schnell die Flyer machen"]);
    expect(matches(pattern, "Könntest du eins zwei drei vier fünf sechs sieben machen?")).toEqual([]);
  });

  it("folds German spellings: ß and ss, umlauts and ae/oe/ue", () => {
    expect(matches("Grüße", "Liebe Grüsse, viele Gruesse, beste Grüße")).toEqual(["Grüsse", "Gruesse", "Grüße"]);
    expect(matches("änder*", "Aenderungen und Änderung")).toEqual(["Aenderungen", "Änderung"]);
  });

  it("reads hyphenated words with or without the hyphen", () => {
    expect(matches("follow-up", "a follow-up, a followup, a follow up")).toEqual(["follow-up", "followup", "follow up"]);
  });

  it("matches numbers", () => {
    expect(matches("#num tasks", "here are 12 tasks and 1,000 tasks")).toEqual(["12 tasks", "1,000 tasks"]);
    // A currency sign before a number stands where a separator would.
    expect(matches("for #num", "for €500, for $1,200 or for 300 £")).toEqual(["for €500", "for $1,200", "for 300"]);
    // A dot inside a sentence is an ordinal or an abbreviation; "%" follows a number.
    expect(matches("launch ... bleibt", "der Launch am 5. bleibt")).toEqual(["Launch am 5. bleibt"]);
    expect(matches("#num increase", "a 10% increase")).toEqual(["10% increase"]);
  });

  it("names the words a sentence must contain, preferring the rarest", () => {
    expect(compilePattern("while you're at it").anchors).toEqual([{ word: "while", prefix: false }]);
    expect(compilePattern("(asap|as soon as possible)").anchors).toEqual([
      { word: "asap", prefix: false },
      { word: "possible", prefix: false },
    ]);
    expect(compilePattern("änder* bitte").anchors).toEqual([{ word: "aender", prefix: true }]);
  });

  it("bounds how many words can come before each required word, counting every word a longer alternative or a number can take", () => {
    // "could" first; "you" next; after a gap, no bound.
    expect(compilePattern("could you ... quickly").requiredWordOffsets).toEqual([0, 1, Infinity]);
    // "you're" is two words ("you", "re"), so "late" can be the third; an optional word counts too.
    expect(compilePattern("you're really? late").requiredWordOffsets).toEqual([1, 3]);
    // The group's word may be any of its four ("as soon as possible"); a number takes up to five.
    expect(compilePattern("(asap|as soon as possible) please").requiredWordOffsets).toEqual([3, 4]);
    expect(compilePattern("for #num hours").requiredWordOffsets).toEqual([0, 6]);
  });

  it.each([
    ["", /Empty pattern/],
    ["(open", /Unclosed/],
    ["close)", /Unbalanced/],
    ["(a|)", /Empty alternative/],
    ["... gap first", /gap needs words on both sides/],
    ["maybe?", /no required word|Everything is optional/],
    ["ok*", /no required word of at least 3 letters/],
  ])("rejects the malformed pattern %j", (source, message) => {
    expect(() => compilePattern(source)).toThrow(message);
  });

  it("never takes long, whatever the text (bounded repetition only)", () => {
    const pattern = compilePattern("könntest du ... noch ... (machen|erstellen) ... bitte");
    fc.assert(
      fc.property(fc.array(fc.constantFrom("könntest", "du", "noch", "machen", " ", ",", "x", "\n", "bitte"), { maxLength: 600 }), (parts) => {
        const text = parts.join(" ");
        pattern.regex.lastIndex = 0;
        const started = process.hrtime.bigint();
        for (const match of text.matchAll(pattern.regex)) expect(text.includes(match[0])).toBe(true);
        // Generous: a catastrophic case would take seconds, not milliseconds.
        expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(200);
      }),
      { numRuns: 200 },
    );
  });

  describe("alternatives factored by their first letters", () => {
    const sources = [
      ...new Set([
        ...PHRASE_RULES.flatMap((rule) => [...rule.patterns, ...(rule.requires ?? []), ...(rule.unless ?? []), ...(rule.requiresInMessage ?? []), ...(rule.unlessInMessage ?? [])]),
        ...STRATEGIES.flatMap((strategy) => [strategy.en, strategy.de]),
      ]),
    ];
    // Only the patterns whose expression factoring changed need the check.
    const pairs = sources
      .map((source) => ({ source, factored: compilePattern(source), plain: compilePattern(source, { factorAlternatives: false }) }))
      .filter(({ factored, plain }) => factored.regex.source !== plain.regex.source);
    const found = (pattern: ReturnType<typeof compilePattern>, text: string) => matchPattern(pattern, text).map((match) => [match.index, match[0]]);
    /** What a sticky try finds at each word start: the matcher's own use of the expression. */
    const foundAt = (pattern: ReturnType<typeof compilePattern>, text: string, wordStarts: readonly number[]) => wordStarts.map((index) => matchAt(pattern, text, index)?.[0] ?? null);
    const wordStartsOf = (text: string) => [...text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)].map(({ index }) => index);

    it("are factored in the rules (so the check below checks something)", () => {
      expect(compilePattern("(hi|hello|hey|good morning)").source).toBe("(hi|hello|hey|good morning)");
      expect(compilePattern("(hi|hello|hey|good morning)").regex.source.startsWith("(?:h(?:i|e(?:llo|y))|good")).toBe(true);
      expect(pairs.length).toBeGreaterThan(200);
    });

    it("find exactly what the plain alternatives find in the rules' examples", () => {
      const examples = PHRASE_RULES.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]);
      // Every other example, and sticky tries at the word starts of every seventh: all of them would take minutes.
      const text = examples.filter((_, index) => index % 2 === 0).join("\n");
      const sample = examples.filter((_, index) => index % 7 === 0).join("\n");
      const starts = wordStartsOf(sample);
      for (const { source, factored, plain } of pairs) {
        expect([source, found(factored, text)]).toEqual([source, found(plain, text)]);
        expect([source, foundAt(factored, sample, starts)]).toEqual([source, foundAt(plain, sample, starts)]);
      }
    });

    it("find exactly what the plain alternatives find in text made of the rules' words", () => {
      const words = [...new Set(PHRASE_RULES.flatMap((rule) => rule.examples.flag.join(" ").split(/\s+/)))];
      const word = fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), w.replace(/ss/g, "ß"), w.replace(/ü/g, "ue")));
      const text = fc.array(fc.tuple(word, fc.constantFrom(" ", ", ", "\n", ". ", "'", "-")), { minLength: 1, maxLength: 30 }).map((parts) => parts.map(([w, separator]) => w + separator).join(""));
      fc.assert(
        fc.property(text, fc.constantFrom(...pairs), (sample, { source, factored, plain }) => {
          expect([source, found(factored, sample)]).toEqual([source, found(plain, sample)]);
          const starts = wordStartsOf(sample);
          expect([source, foundAt(factored, sample, starts)]).toEqual([source, foundAt(plain, sample, starts)]);
        }),
        { numRuns: 2000 },
      );
    });
  });
});
