/**
 * The sentence probe: short, hand-written client sentences (test/fixtures/sentences),
 * each labelled with the signals a careful reader finds in it, or `none` for a hard
 * negative. The set was written from the spec and the annotation guide alone, without
 * reading the rules, so it shows how far the rules reach beyond the wordings their
 * authors had in mind.
 *
 * Each sentence is wrapped as a short email (greeting, the sentence, sign-off), read
 * with readThread and analysed with analyzeThread; the signals of the newest message
 * are compared with the labels: an expected signal found is a true positive, an
 * expected signal missing a false negative, any other signal found a false positive.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeThread, readThread } from "../../src/core";
import { SIGNAL_IDS, isSignalId, type SignalId } from "../../src/core/signals/signalIds";
import { countBySignal, formatTable, type EmailResult } from "./evaluateSignals";

export type ProbeLanguage = "en" | "de";

export interface ProbeSentence {
  readonly language: ProbeLanguage;
  /** 1-based line number in the fixture file. */
  readonly line: number;
  readonly signals: readonly SignalId[];
  readonly sentence: string;
}

export interface ProbeResult {
  readonly sentence: ProbeSentence;
  readonly expected: ReadonlySet<SignalId>;
  readonly found: ReadonlySet<SignalId>;
  readonly evidence: ReadonlyMap<SignalId, readonly string[]>;
}

const FIXTURES = join(__dirname, "..", "fixtures", "sentences");

/** Parses one fixture file; throws on a malformed line or an unknown signal id. */
export function parseSentences(language: ProbeLanguage, text: string): ProbeSentence[] {
  const sentences: ProbeSentence[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const bar = line.indexOf("|");
    if (bar < 0) throw new Error(`${language}.txt:${index + 1}: no "|" between the signals and the sentence`);
    const labels = line.slice(0, bar).split(",").map((label) => label.trim());
    const sentence = line.slice(bar + 1).trim();
    if (sentence === "") throw new Error(`${language}.txt:${index + 1}: empty sentence`);
    let signals: SignalId[] = [];
    if (labels.length === 1 && labels[0] === "none") signals = [];
    else {
      for (const label of labels) {
        if (!isSignalId(label)) throw new Error(`${language}.txt:${index + 1}: unknown signal "${label}"`);
        if (signals.includes(label)) throw new Error(`${language}.txt:${index + 1}: "${label}" given twice`);
        signals.push(label);
      }
    }
    sentences.push({ language, line: index + 1, signals, sentence });
  });
  return sentences;
}

/**
 * Loads one language of a probe set: the first set (test/fixtures/sentences/<language>.txt)
 * by default, or a later blind set from its folder (`set` = "blind-2" reads
 * test/fixtures/sentences/blind-2/<language>.txt).
 */
export function loadSentences(language: ProbeLanguage, set?: string): ProbeSentence[] {
  return parseSentences(language, readFileSync(join(FIXTURES, ...(set ? [set] : []), `${language}.txt`), "utf8"));
}

/** The sentence as a short email in its language. */
export function wrapAsEmail(sentence: ProbeSentence): string {
  return sentence.language === "de"
    ? `Hallo Anna,\n\n${sentence.sentence}\n\nViele Grüße\nJonas`
    : `Hi Anna,\n\n${sentence.sentence}\n\nThanks,\nJonas`;
}

export function runProbe(languages: readonly ProbeLanguage[] = ["en", "de"], set?: string): ProbeResult[] {
  const results: ProbeResult[] = [];
  for (const language of languages) {
    for (const sentence of loadSentences(language, set)) {
      const analysis = analyzeThread(readThread(wrapAsEmail(sentence), { format: "text" }));
      const findings = analysis.messages[0]?.findings ?? [];
      const evidence = new Map<SignalId, string[]>();
      for (const finding of findings) evidence.set(finding.signal, [...(evidence.get(finding.signal) ?? []), finding.evidence.text]);
      results.push({ sentence, expected: new Set(sentence.signals), found: new Set(findings.map((finding) => finding.signal)), evidence });
    }
  }
  return results;
}

/** The probe results in the shape of the labelled-set evaluation, to reuse its table. */
function asEmailResults(results: readonly ProbeResult[]): EmailResult[] {
  return results.map((result) => ({
    email: { file: `${result.sentence.language}.txt:${result.sentence.line}`, signals: [...result.sentence.signals], client: "-", body: result.sentence.sentence },
    language: result.sentence.language,
    expected: result.expected,
    found: result.found,
    evidence: result.evidence,
    formality: null,
    clientFirstName: null,
  })) as unknown as EmailResult[];
}

/** Precision / recall per signal and language, as a Markdown table. */
export function formatProbeTable(results: readonly ProbeResult[]): string {
  return formatTable(asEmailResults(results));
}

export function probeCounts(results: readonly ProbeResult[]) {
  return countBySignal(asEmailResults(results));
}

/** Hard negatives (sentences labelled `none`) that stayed quiet, per language. */
export function quietNegatives(results: readonly ProbeResult[], language: ProbeLanguage): { quiet: number; total: number } {
  const negatives = results.filter((result) => result.sentence.language === language && result.expected.size === 0);
  return { quiet: negatives.filter((result) => result.found.size === 0).length, total: negatives.length };
}

/** Every sentence whose found signals differ from its labels. */
export function formatProbeMistakes(results: readonly ProbeResult[]): string {
  return results
    .filter((result) => [...result.expected].some((id) => !result.found.has(id)) || [...result.found].some((id) => !result.expected.has(id)))
    .map((result) => {
      const missed = [...result.expected].filter((id) => !result.found.has(id));
      const extra = [...result.found].filter((id) => !result.expected.has(id)).map((id) => `${id} on ${JSON.stringify(result.evidence.get(id))}`);
      return `${result.sentence.language}:${result.sentence.line} missed [${missed.join(", ")}] extra [${extra.join("; ")}]\n    ${result.sentence.sentence}`;
    })
    .join("\n");
}

export { SIGNAL_IDS };
