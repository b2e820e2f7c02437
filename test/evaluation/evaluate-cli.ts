/**
 * For rule authors: `npx tsx test/evaluation/evaluate-cli.ts [development|held-out|all] [--mistakes]`
 * prints the precision/recall table and, with --mistakes, every email the rules get wrong.
 */
import { formatMistakes, formatTable, runEvaluation, type Half } from "./evaluateSignals";

const half = (process.argv.find((arg) => ["development", "held-out", "all"].includes(arg)) ?? "all") as Half;
const results = runEvaluation(half);
process.stdout.write(`${half}: ${results.length} emails\n\n${formatTable(results)}\n`);
if (process.argv.includes("--mistakes")) process.stdout.write(`\n${formatMistakes(results)}\n`);
