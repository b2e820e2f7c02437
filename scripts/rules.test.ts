import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DETECTOR_RULES, PHRASE_RULES } from "../src/core/signals/rules";
import { rulesTable } from "../src/core/signals/rulesTable";

describe("RULES.md", () => {
  it("is what the rules data generates (run `npm run rules` after changing a rule)", () => {
    expect(readFileSync(join(__dirname, "..", "RULES.md"), "utf8")).toBe(rulesTable(PHRASE_RULES, DETECTOR_RULES));
  });
});
