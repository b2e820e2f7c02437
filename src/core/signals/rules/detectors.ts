import type { DetectorRule } from "../detectors";

/** Signals read from the form of the writing rather than its words. */
export const DETECTOR_RULES: readonly DetectorRule[] = [
  {
    id: "any.tone.hostile.shouting",
    signal: "tone.hostile",
    language: "any",
    severity: 2,
    detector: "shouting",
    note: {
      en: "Writing in capitals reads as shouting.",
      de: "Großbuchstaben wirken wie Anschreien.",
    },
    examples: {
      flag: ["I TOLD YOU THIS LAST WEEK.", "DAS HABE ICH IHNEN SCHON ZWEIMAL GESAGT!", "Please. FIX IT NOW."],
      pass: ["Can you send the PDF and the SVG by EOD?", "Our CEO loved the SEO report.", "Die GmbH zahlt per SEPA.", "FYI: the ASAP list is in the CRM."],
    },
  },
  {
    id: "any.tone.pressure.insistent-punctuation",
    signal: "tone.pressure",
    language: "any",
    severity: 1,
    detector: "insistent-punctuation",
    note: {
      en: "Doubled question marks press for an answer now.",
      de: "Doppelte Fragezeichen drängen auf eine sofortige Antwort.",
    },
    examples: {
      flag: ["Any update??", "Is it done yet?!", "Wo bleibt der Entwurf??"],
      pass: ["Any update on the logo?", "Thanks so much!!!", "Is Tuesday okay for you?"],
    },
  },
];
