/**
 * The rules' own examples are tests: every `flag` example must produce a finding of
 * that rule, every `pass` example must not (retext-equality's practice).
 */
import { analyzeMessage } from "./analyzeMessage";
import { buildRuleIndex } from "./ruleIndex";
import { DETECTOR_RULES, PHRASE_RULES } from "./rules";
import { validateRules } from "./validateRules";
import type { RuleLanguage } from "./types";

const indexes = {
  en: buildRuleIndex(PHRASE_RULES.filter((rule) => rule.language === "en")),
  de: buildRuleIndex(PHRASE_RULES.filter((rule) => rule.language === "de")),
};

function ruleIdsIn(text: string, language: RuleLanguage | "any"): string[] {
  const languages: RuleLanguage[] = language === "any" ? ["en", "de"] : [language];
  return analyzeMessage(text, {
    message: 0,
    indexes: languages.map((lang) => ({ language: lang, index: indexes[lang] })),
    detectors: DETECTOR_RULES,
    muted: new Set(),
  }).map((finding) => finding.ruleId);
}

describe("the rules data", () => {
  it("is sound: unique ids and phrases, compilable patterns, notes and examples", () => {
    expect(validateRules(PHRASE_RULES, DETECTOR_RULES)).toEqual([]);
  });

  const cases = [...PHRASE_RULES, ...DETECTOR_RULES].flatMap((rule) => [
    ...rule.examples.flag.map((example) => [rule.id, "fires on", example, rule.language, true] as const),
    ...rule.examples.pass.map((example) => [rule.id, "stays quiet on", example, rule.language, false] as const),
  ]);

  it.each(cases)("%s %s %j", (ruleId, _verb, example, language, fires) => {
    expect(ruleIdsIn(example, language).includes(ruleId)).toBe(fires);
  });
});

describe("validateRules", () => {
  const base = PHRASE_RULES[0];
  if (!base) throw new Error("no rules");

  it("rejects a duplicate id, a duplicate phrase, a malformed pattern and a missing example", () => {
    const problems = validateRules(
      [
        base,
        { ...base },
        { ...base, id: `${base.language}.${base.signal}.other`, patterns: ["(unclosed"], examples: { flag: [], pass: ["x"] } },
      ],
      [],
    );
    expect(problems).toEqual([
      `Duplicate rule id ${base.id}`,
      `${base.language}.${base.signal}.other: needs at least one example that must fire`,
      `${base.id}: the pattern "${base.patterns[0]}" is already in ${base.id}`,
      `${base.id}: the pattern "${base.patterns[1]}" is already in ${base.id}`,
      `${base.language}.${base.signal}.other: Unclosed "(" in pattern "(unclosed"`,
    ]);
  });
});
