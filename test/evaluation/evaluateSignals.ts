/**
 * Measures the signal detector against the hand-labelled emails of
 * test/fixtures/labelled: each email goes through readThread and analyzeThread, and the
 * signals found in the newest message are compared with the labels.
 *
 * The set is split in two by file number: odd numbers are the development half (rule
 * authors may read them to find what the rules miss), even numbers are held out (nobody
 * tunes rules on them), so the held-out figures show how the rules generalise.
 */
import { analyzeThread, readThread } from "../../src/core";
import { SIGNAL_IDS, type SignalId } from "../../src/core/signals/signalIds";
import { loadLabelledSet, type LabelledEmail } from "../fixtures/labelled/loadLabelledSet";

export type Half = "all" | "development" | "held-out";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface EmailResult {
  readonly email: LabelledEmail;
  readonly language: "en" | "de";
  readonly expected: ReadonlySet<SignalId>;
  readonly found: ReadonlySet<SignalId>;
  /** The evidence per signal found, for reading mistakes. */
  readonly evidence: ReadonlyMap<SignalId, readonly string[]>;
  readonly formality: "du" | "sie" | null;
  readonly clientFirstName: string | null;
}

export function isHeldOut(file: string): boolean {
  const number = Number(/(\d+)/.exec(file.split("/").pop() ?? "")?.[1] ?? NaN);
  return number % 2 === 0;
}

/** Runs the detector over the labelled set. */
export function runEvaluation(half: Half = "all"): EmailResult[] {
  const results: EmailResult[] = [];
  for (const language of ["en", "de"] as const) {
    for (const email of loadLabelledSet(language)) {
      if (half === "held-out" && !isHeldOut(email.file)) continue;
      if (half === "development" && isHeldOut(email.file)) continue;
      const thread = readThread(email.body, { format: "text" });
      const analysis = analyzeThread(thread);
      const findings = analysis.messages[0]?.findings ?? [];
      const evidence = new Map<SignalId, string[]>();
      for (const finding of findings) evidence.set(finding.signal, [...(evidence.get(finding.signal) ?? []), finding.evidence.text]);
      results.push({
        email,
        language,
        expected: new Set(email.signals as SignalId[]),
        found: new Set(findings.map((finding) => finding.signal)),
        evidence,
        formality: analysis.summary.formality,
        clientFirstName: analysis.summary.clientFirstName,
      });
    }
  }
  return results;
}

/** True/false positives and false negatives per signal, counted per email. */
export function countBySignal(results: readonly EmailResult[]): Map<SignalId, Counts> {
  const counts = new Map<SignalId, Counts>(SIGNAL_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  for (const result of results) {
    for (const id of SIGNAL_IDS) {
      const entry = counts.get(id) as Counts;
      const expected = result.expected.has(id);
      const found = result.found.has(id);
      if (expected && found) entry.tp++;
      else if (found) entry.fp++;
      else if (expected) entry.fn++;
    }
  }
  return counts;
}

export function total(counts: Iterable<Counts>): Counts {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const entry of counts) {
    sum.tp += entry.tp;
    sum.fp += entry.fp;
    sum.fn += entry.fn;
  }
  return sum;
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

/** A Markdown table: precision and recall per signal and language, and overall. */
export function formatTable(results: readonly EmailResult[]): string {
  const byLanguage = { en: countBySignal(results.filter((r) => r.language === "en")), de: countBySignal(results.filter((r) => r.language === "de")) };
  const all = countBySignal(results);
  const cell = (c: Counts) => `${precision(c).toFixed(2)} / ${recall(c).toFixed(2)} (${c.tp}/${c.fp}/${c.fn})`;
  const rows = ["| signal | en P / R (tp/fp/fn) | de P / R (tp/fp/fn) | both P / R |", "|---|---|---|---|"];
  for (const id of SIGNAL_IDS) {
    rows.push(`| ${id} | ${cell(byLanguage.en.get(id) as Counts)} | ${cell(byLanguage.de.get(id) as Counts)} | ${cell(all.get(id) as Counts)} |`);
  }
  rows.push(`| **overall** | ${cell(total(byLanguage.en.values()))} | ${cell(total(byLanguage.de.values()))} | ${cell(total(all.values()))} |`);
  return rows.join("\n");
}

/** The emails whose found signals differ from their labels, for the rule authors. */
export function formatMistakes(results: readonly EmailResult[]): string {
  return results
    .filter((result) => [...result.expected].some((id) => !result.found.has(id)) || [...result.found].some((id) => !result.expected.has(id)))
    .map((result) => {
      const missed = [...result.expected].filter((id) => !result.found.has(id));
      const extra = [...result.found].filter((id) => !result.expected.has(id));
      const why = extra.map((id) => `${id} on ${JSON.stringify(result.evidence.get(id))}`);
      return `${result.email.file}: missed [${missed.join(", ")}] extra [${why.join("; ")}]`;
    })
    .join("\n");
}
