/**
 * For rule authors: `npx tsx test/evaluation/evaluate-sentences.ts [en|de] [--mistakes]`
 * prints the sentence probe's precision/recall table and, with --mistakes, every
 * sentence the rules get wrong.
 */
import { formatProbeMistakes, formatProbeTable, quietNegatives, runProbe, type ProbeLanguage } from "./sentenceProbe";

const only = process.argv.find((arg) => arg === "en" || arg === "de") as ProbeLanguage | undefined;
const languages: ProbeLanguage[] = only ? [only] : ["en", "de"];
const results = runProbe(languages);
const quiet = languages.map((language) => {
  const { quiet: q, total } = quietNegatives(results, language);
  return `${language} ${q}/${total}`;
});
process.stdout.write(`sentence probe: ${results.length} sentences\n\n${formatProbeTable(results)}\n\nhard negatives quiet: ${quiet.join(", ")}\n`);
if (process.argv.includes("--mistakes")) process.stdout.write(`\n${formatProbeMistakes(results)}\n`);
