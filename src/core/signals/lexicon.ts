/**
 * Small word lists the matcher consults around a match. Folded spellings (see
 * `foldWord`): lower case, ß→ss, ä→ae, ö→oe, ü→ue.
 */
import type { RuleLanguage } from "./types";

/** A negation among the three words before a match cancels it ("not urgent", "kein Stress"). */
export const NEGATORS: Readonly<Record<RuleLanguage, ReadonlySet<string>>> = {
  en: new Set(["not", "no", "never", "without", "hardly", "nothing", "dont", "don't", "doesnt", "doesn't", "isnt", "isn't", "wasnt", "wasn't", "arent", "aren't", "didnt", "didn't", "wont", "won't", "cant", "can't", "nor", "zero"]),
  de: new Set(["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "ohne", "nichts", "weder"]),
};

/**
 * German puts "nicht" after the verb ("Das eilt nicht"): a negator right after the
 * match cancels it too.
 */
export const TRAILING_NEGATORS: Readonly<Record<RuleLanguage, ReadonlySet<string>>> = {
  en: new Set([]),
  de: new Set(["nicht"]),
};

/** Hedges soften a demand: in their sentence, pressure counts one step milder. */
export const HEDGES: Readonly<Record<RuleLanguage, readonly string[]>> = {
  en: ["if possible", "if you can", "when you get a chance", "when you have a moment", "whenever", "no pressure", "if it's not too much", "ideally"],
  de: ["wenn möglich", "wenn es geht", "wenn's geht", "falls möglich", "bei gelegenheit", "wenn du zeit hast", "wenn sie zeit haben", "idealerweise", "gerne"],
};
