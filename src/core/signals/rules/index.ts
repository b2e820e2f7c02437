import type { PhraseRule } from "../types";
import { EN_RULES } from "./en";
import { DE_RULES } from "./de";

import { DETECTOR_RULES } from "./detectors";

export { DETECTOR_RULES };

/** Every phrase rule, English then German. */
export const PHRASE_RULES: readonly PhraseRule[] = [...EN_RULES, ...DE_RULES];

/** The rule with this id (phrase or detector), for describing a muted rule to the user. */
export function ruleById(id: string): Pick<PhraseRule, "id" | "signal" | "note"> | undefined {
  return PHRASE_RULES.find((rule) => rule.id === id) ?? DETECTOR_RULES.find((rule) => rule.id === id);
}
