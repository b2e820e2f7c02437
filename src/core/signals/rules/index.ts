import type { PhraseRule } from "../types";
import { EN_RULES } from "./en";
import { DE_RULES } from "./de";

export { DETECTOR_RULES } from "./detectors";

/** Every phrase rule, English then German. */
export const PHRASE_RULES: readonly PhraseRule[] = [...EN_RULES, ...DE_RULES];
