import type { PhraseRule } from "../../types";
import { BOUNDARY_RULES } from "./boundary";
import { CAPACITY_RULES } from "./capacity";
import { MONEY_RULES } from "./money";
import { RELIABILITY_RULES } from "./reliability";
import { SCOPE_RULES } from "./scope";
import { TONE_RULES } from "./tone";
import { WORK_RULES } from "./work";

/**
 * English phrase rules, one file per signal family. Scope comes first: validateRules'
 * own test builds its broken rules from the first English rule (see scope.ts).
 */
export const EN_RULES: readonly PhraseRule[] = [
  ...SCOPE_RULES,
  ...TONE_RULES,
  ...CAPACITY_RULES,
  ...BOUNDARY_RULES,
  ...MONEY_RULES,
  ...RELIABILITY_RULES,
  ...WORK_RULES,
];
