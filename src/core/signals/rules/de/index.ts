import type { PhraseRule } from "../../types";
import { BOUNDARY_RULES } from "./boundary";
import { CAPACITY_RULES } from "./capacity";
import { MONEY_RULES } from "./money";
import { RELIABILITY_RULES } from "./reliability";
import { SCOPE_RULES } from "./scope";
import { TONE_RULES } from "./tone";
import { WORK_RULES } from "./work";

/** German phrase rules (du and Sie; Germany, Austria, Switzerland), one file per signal family. */
export const DE_RULES: readonly PhraseRule[] = [
  ...TONE_RULES,
  ...SCOPE_RULES,
  ...CAPACITY_RULES,
  ...BOUNDARY_RULES,
  ...MONEY_RULES,
  ...RELIABILITY_RULES,
  ...WORK_RULES,
];
