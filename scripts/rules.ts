/**
 * `npm run rules`: checks the rules data and writes RULES.md from it.
 * `npm run rules -- --check`: checks only, and fails when RULES.md is stale (the build runs this).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DETECTOR_RULES, PHRASE_RULES } from "../src/core/signals/rules";
import { rulesTable } from "../src/core/signals/rulesTable";
import { validateRules } from "../src/core/signals/validateRules";

const target = join(__dirname, "..", "RULES.md");
const problems = validateRules(PHRASE_RULES, DETECTOR_RULES);
if (problems.length > 0) {
  process.stderr.write(`The rules data has ${problems.length} problem(s):\n${problems.map((problem) => `  ${problem}`).join("\n")}\n`);
  process.exit(1);
}
const table = rulesTable(PHRASE_RULES, DETECTOR_RULES);
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // Missing counts as stale.
  }
  if (current !== table) {
    process.stderr.write("RULES.md is out of date: run `npm run rules` and commit it.\n");
    process.exit(1);
  }
  process.stdout.write(`Rules: ${PHRASE_RULES.length + DETECTOR_RULES.length} rules, no problems; RULES.md is current.\n`);
} else {
  writeFileSync(target, table);
  process.stdout.write(`Wrote RULES.md (${PHRASE_RULES.length + DETECTOR_RULES.length} rules).\n`);
}
