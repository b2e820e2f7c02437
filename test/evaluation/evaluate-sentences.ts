/**
 * For rule authors: `npx tsx test/evaluation/evaluate-sentences.ts [en|de] [--mistakes] [--set NAME]`
 * prints the sentence probe's precision/recall table and, with --mistakes, every
 * sentence the rules get wrong. `--set blind-2` measures the set in
 * test/fixtures/sentences/blind-2/ instead of the first set (a measurement set: do not
 * tune rules on it).
 */
import { formatProbeMistakes, formatProbeTable, quietNegatives, runProbe, type ProbeLanguage } from "./sentenceProbe";

const only = process.argv.find((arg) => arg === "en" || arg === "de") as ProbeLanguage | undefined;
const languages: ProbeLanguage[] = only ? [only] : ["en", "de"];
const setFlag = process.argv.indexOf("--set");
const set = setFlag >= 0 ? process.argv[setFlag + 1] : undefined;
if (setFlag >= 0 && (!set || set.startsWith("-"))) throw new Error("--set needs a folder name under test/fixtures/sentences, e.g. --set blind-2");
const results = runProbe(languages, set);
const quiet = languages.map((language) => {
  const { quiet: q, total } = quietNegatives(results, language);
  return `${language} ${q}/${total}`;
});
process.stdout.write(`sentence probe${set ? ` (${set})` : ""}: ${results.length} sentences\n\n${formatProbeTable(results)}\n\nhard negatives quiet: ${quiet.join(", ")}\n`);
if (process.argv.includes("--mistakes")) process.stdout.write(`\n${formatProbeMistakes(results)}\n`);
