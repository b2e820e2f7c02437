/**
 * The sentence probe (test/fixtures/sentences): checks that the set is well formed and
 * prints the detector's precision and recall on it. It sets no threshold on recall: the
 * set was written blind to measure how far the rules reach, not to gate CI.
 * `npx tsx test/evaluation/evaluate-sentences.ts --mistakes` lists the misses. The blind
 * sets blind-2 and blind-11 (measurement only: never tune on them) and blind-10 and blind-12
 * (written blind, then development sets) are only checked for form here; measure one with
 * `npx tsx test/evaluation/evaluate-sentences.ts --set blind-2`.
 */
import { SIGNAL_IDS } from "../../src/core/signals/signalIds";
import { formatProbeTable, loadSentences, parseSentences, quietNegatives, runProbe } from "./sentenceProbe";

describe("sentence probe", () => {
  it.each(["en", "de"] as const)("%s: every line parses, with known signal ids, and every signal and hard negatives are present", (language) => {
    const sentences = loadSentences(language);
    expect(sentences.length).toBeGreaterThanOrEqual(100);
    for (const id of SIGNAL_IDS) expect(sentences.filter((sentence) => sentence.signals.includes(id)).length).toBeGreaterThanOrEqual(8);
    expect(sentences.filter((sentence) => sentence.signals.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(new Set(sentences.map((sentence) => sentence.sentence)).size).toBe(sentences.length);
  });

  it.each([
    ["blind-2", "en"],
    ["blind-2", "de"],
    ["blind-10", "en"],
    ["blind-10", "de"],
    ["blind-11", "en"],
    ["blind-11", "de"],
    ["blind-12", "en"],
    ["blind-12", "de"],
  ] as const)("%s %s: every line parses, five sentences per signal at least, 20 hard negatives, no duplicates", (set, language) => {
    const sentences = loadSentences(language, set);
    for (const id of SIGNAL_IDS) expect(sentences.filter((sentence) => sentence.signals.includes(id)).length).toBeGreaterThanOrEqual(5);
    expect(sentences.filter((sentence) => sentence.signals.length === 0).length).toBe(20);
    expect(sentences.length).toBe(80);
    expect(new Set(sentences.map((sentence) => sentence.sentence)).size).toBe(sentences.length);
  });

  it("rejects malformed lines and unknown ids", () => {
    expect(() => parseSentences("en", "tone.pressure I need it now")).toThrow(/no "\|"/);
    expect(() => parseSentences("en", "tone.rude | You are rude")).toThrow(/unknown signal/);
    expect(() => parseSentences("en", "none | ")).toThrow(/empty sentence/);
    expect(parseSentences("de", "# comment\n\nnone | Schönes Wochenende!\nscope.creep, tone.pressure | Wo du gerade dabei bist, bis heute.")).toEqual([
      { language: "de", line: 3, signals: [], sentence: "Schönes Wochenende!" },
      { language: "de", line: 4, signals: ["scope.creep", "tone.pressure"], sentence: "Wo du gerade dabei bist, bis heute." },
    ]);
  });

  it("runs the detector over both languages and prints the table", () => {
    const results = runProbe();
    expect(results.some((result) => result.sentence.language === "en")).toBe(true);
    expect(results.some((result) => result.sentence.language === "de")).toBe(true);
    const quiet = (["en", "de"] as const).map((language) => {
      const { quiet: q, total } = quietNegatives(results, language);
      return `${language} ${q}/${total}`;
    });
    console.info(`Sentence probe (${results.length} sentences, tp/fp/fn per sentence):\n\n${formatProbeTable(results)}\n\nHard negatives quiet: ${quiet.join(", ")}`);
  });
});
