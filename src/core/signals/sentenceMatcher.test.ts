/**
 * The indexed matcher only skips work: what it finds must be exactly what running every
 * pattern's expression over every sentence finds (the reference below), in the same
 * order. Checked on the rules' own examples and on text built from their words.
 */
import fc from "fast-check";
import { matchPattern } from "./pattern";
import { buildRuleIndex, type RuleIndex } from "./ruleIndex";
import { PHRASE_RULES } from "./rules";
import { splitSegments } from "./segments";
import { scanMessage, SentenceMatcher } from "./sentenceMatcher";
import type { PhraseRule, RuleLanguage } from "./types";

const indexes: Record<RuleLanguage, RuleIndex> = {
  en: buildRuleIndex(PHRASE_RULES.filter((rule) => rule.language === "en")),
  de: buildRuleIndex(PHRASE_RULES.filter((rule) => rule.language === "de")),
};

type Found = [ruleId: string, start: number, text: string];

/** Every pattern of every rule over every sentence: slow, obviously right. */
function reference(index: RuleIndex, text: string): Found[] {
  const found: Found[] = [];
  for (const segment of splitSegments(text)) {
    const sentence = text.slice(segment.start, segment.end);
    for (const compiled of index.rules) {
      let allowed: boolean | undefined;
      for (const pattern of compiled.patterns) {
        for (const match of matchPattern(pattern.compiled, sentence)) {
          allowed ??=
            (compiled.requires.length === 0 || compiled.requires.some((condition) => matchPattern(condition.compiled, sentence).length > 0)) &&
            !compiled.unless.some((condition) => matchPattern(condition.compiled, sentence).length > 0);
          if (!allowed) break;
          found.push([compiled.rule.id, segment.start + match.index, match[0]]);
        }
      }
    }
  }
  return found;
}

function indexed(index: RuleIndex, text: string): Found[] {
  const found: Found[] = [];
  const scan = scanMessage(text);
  new SentenceMatcher(index, scan).matchSentences(0, scan.segments.length, null, (rule, match, segment) => {
    found.push([rule.id, segment.start + match.index, match[0]]);
  });
  return found;
}

const examples = (language: RuleLanguage) => PHRASE_RULES.filter((rule) => rule.language === language).flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]);

describe("SentenceMatcher", () => {
  it.each(["en", "de"] as const)("finds in every %s rule example exactly what the plain expressions find", (language) => {
    const text = examples(language).join("\n\n");
    const expected = reference(indexes[language], text);
    expect(expected.length).toBeGreaterThan(100);
    expect(indexed(indexes[language], text)).toEqual(expected);
  });

  it("finds the same in text made of the rules' words, in any case, order and punctuation", () => {
    const words = [...new Set(PHRASE_RULES.flatMap((rule) => rule.examples.flag.join(" ").split(/\s+/)))];
    const word = fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), w.toLowerCase(), w.replace(/ss/g, "ß"), w.replace(/ü/g, "ue")));
    const separator = fc.constantFrom(" ", " ", " ", ", ", "\n", ". ", "? ", "!! ", " - ", "'", "’", "-");
    const text = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
    fc.assert(
      fc.property(text, fc.constantFrom<RuleLanguage>("en", "de"), (sample, language) => {
        expect(indexed(indexes[language], sample)).toEqual(reference(indexes[language], sample));
      }),
      { numRuns: 300 },
    );
  });

  it("tries a rule marked atSentenceStart only at the very start of a sentence, and stops a rule when told to", () => {
    const rules = [
      { id: "start", patterns: ["(so|but)"], atSentenceStart: true },
      { id: "once", patterns: ["thanks"] },
    ];
    const index = buildRuleIndex(rules);
    const scan = scanMessage("So, thanks. But also thanks! - but not here. Thanks again.");
    const found: string[] = [];
    new SentenceMatcher(index, scan).matchSentences(0, scan.segments.length, null, (rule, match) => {
      found.push(`${rule.id}:${match[0]}`);
      return rule.id === "once";
    });
    expect(found).toEqual(["start:So", "once:thanks", "start:But"]);
  });

  it("holds a rule with message conditions to a match in any sentence of the message", () => {
    const late = { id: "late", patterns: ["sorry for the late (reply|feedback)"], requiresInMessage: ["(still|stays) (friday|on friday)"] };
    const index = buildRuleIndex([late]);
    const verdict = (text: string) => {
      const scan = scanMessage(text);
      const matcher = new SentenceMatcher(index, scan);
      const found: string[] = [];
      matcher.matchSentences(0, scan.segments.length, null, (_rule, match) => void found.push(match[0]));
      return { found, holds: matcher.messageConditionsHold(late) };
    };
    expect(verdict("Sorry for the late feedback. The launch is still Friday though.")).toEqual({ found: ["Sorry for the late feedback"], holds: true });
    expect(verdict("Sorry for the late feedback, take the time you need.")).toEqual({ found: ["Sorry for the late feedback"], holds: false });
    expect(verdict("The launch stays on Friday.")).toEqual({ found: [], holds: true });

    const unlessMoved = { id: "late-unless", patterns: ["sorry for the (slow|late) reply"], unlessInMessage: ["(move|push) the (go-live|launch) back"] };
    const quiet = buildRuleIndex([unlessMoved]);
    const holds = (text: string) => new SentenceMatcher(quiet, scanMessage(text)).messageConditionsHold(unlessMoved);
    expect(holds("Sorry for the slow reply. Let's move the go-live back a week.")).toBe(false);
    expect(holds("Sorry for the slow reply. The go-live is still Friday.")).toBe(true);
  });

  it("skips muted rules", () => {
    const rule: PhraseRule | undefined = PHRASE_RULES.find((candidate) => candidate.language === "en" && candidate.examples.flag.length > 0);
    if (!rule) throw new Error("no rule");
    const text = rule.examples.flag[0] ?? "";
    const scan = scanMessage(text);
    const ids = (muted: ReadonlySet<string>) => {
      const seen: string[] = [];
      new SentenceMatcher(indexes.en, scan).matchSentences(0, scan.segments.length, muted, (found) => void seen.push(found.id));
      return seen;
    };
    expect(ids(new Set())).toContain(rule.id);
    expect(ids(new Set([rule.id]))).not.toContain(rule.id);
  });
});
