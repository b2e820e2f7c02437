import fc from "fast-check";
import { tokenize } from "./segments";
import { buildWordTrie, DIGIT_TERM, scanWords, termsOfWords } from "./wordScan";

const words = (text: string) => {
  const scanned = scanWords(text);
  return Array.from({ length: scanned.count }, (_, index) => text.slice(scanned.starts[index], scanned.ends[index]));
};

describe("scanWords", () => {
  it("finds runs of letters and digits in any script, emoji and marks between them", () => {
    expect(words("Grüße, Änderung: don't! 3,5 €… 😀Zoë naïve δοκιμή 日本語 𝐀𝐁")).toEqual(["Grüße", "Änderung", "don", "t", "3", "5", "Zoë", "naïve", "δοκιμή", "日本語", "𝐀𝐁"]);
    expect(words("")).toEqual([]);
    expect(words("  ,.;  ")).toEqual([]);
  });

  it("finds exactly the words the tokenizer finds, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const scanned = scanWords(text);
        const expected = tokenize(text);
        expect(scanned.count).toBe(expected.length);
        expected.forEach((token, index) => {
          expect([scanned.starts[index], scanned.ends[index]]).toEqual([token.start, token.end]);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("grows past its first guess of the number of words", () => {
    expect(scanWords("a ".repeat(10_000)).count).toBe(10_000);
  });
});

describe("termsOfWords", () => {
  const entries = [
    { word: "rush", prefix: false },
    { word: "revision", prefix: true },
    { word: "aenderung", prefix: false },
    { word: "strasse", prefix: true },
    { word: "re", prefix: false },
  ];
  const trie = buildWordTrie(entries);

  /** Each word's terms, as the entries' words ("=rush", "*revision"). */
  function termsIn(text: string): string[][] {
    const scanned = scanWords(text);
    const { offsets, terms } = termsOfWords(trie, text, scanned);
    return Array.from({ length: scanned.count }, (_, word) =>
      [...terms.subarray(offsets[word], offsets[word + 1])].map((term) => (term === DIGIT_TERM ? "#digit" : `${entries[term - 1]?.prefix ? "*" : "="}${entries[term - 1]?.word}`)).sort(),
    );
  }

  it("gives a word its exact and prefix terms, folded like the rules' words", () => {
    expect(termsIn("RUSH rushing Revisions revision Änderung AENDERUNG Straße strassen 12th re re-send")).toEqual([
      ["=rush"],
      [],
      ["*revision"],
      ["*revision"],
      ["=aenderung"],
      ["=aenderung"],
      ["*strasse"],
      ["*strasse"],
      ["#digit"],
      ["=re"],
      ["=re"],
      [],
    ]);
  });

  it("looks up only the first words when given a limit", () => {
    const text = "rush rush rush";
    const scanned = scanWords(text);
    const { offsets } = termsOfWords(trie, text, scanned, 1);
    expect([...offsets.subarray(0, 4)]).toEqual([0, 1, 1, 1]);
  });

  it("agrees with folding each word and comparing, for any text", () => {
    const fold = (word: string) => word.toLowerCase().replace(/ß/g, "ss").replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue");
    const alphabet = fc.constantFrom(..."rushRUSHevionäÄßstrae1 -.".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((chars) => chars.join("")), (text) => {
        const expected = tokenize(text).map((token) => {
          const folded = fold(text.slice(token.start, token.end));
          const terms = entries.filter((entry) => (entry.prefix ? folded.startsWith(entry.word) : folded === entry.word)).map((entry) => `${entry.prefix ? "*" : "="}${entry.word}`);
          if (/^[0-9]/.test(folded)) terms.push("#digit");
          return terms.sort();
        });
        expect(termsIn(text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
