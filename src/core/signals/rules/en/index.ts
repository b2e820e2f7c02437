import type { PhraseRule } from "../../types";

/** English phrase rules, one file per signal family. */
export const EN_RULES: readonly PhraseRule[] = [
  {
    id: "en.scope.creep.while-youre-at-it",
    signal: "scope.creep",
    language: "en",
    severity: 2,
    patterns: ["while (you're|you are) at it", "while you('re|are)? in there"],
    note: {
      en: "New work framed as a small add-on to what you are already doing.",
      de: "Neue Arbeit, verpackt als kleine Ergänzung zu dem, was Sie ohnehin tun.",
    },
    examples: {
      flag: ["While you're at it, could you also redo the About page?", "while you are at it can you do the flyers"],
      pass: ["While you were away, we approved the budget."],
    },
  },
  {
    id: "en.tone.pressure.asap",
    signal: "tone.pressure",
    language: "en",
    severity: 2,
    patterns: ["(asap|a.s.a.p)", "as soon as (possible|humanly possible)"],
    requires: ["(you|your|need|send|get|finish|deliver|done|back|please|me)"],
    unless: ["(no need|not necessary|no rush|whenever)"],
    note: {
      en: "A demand for immediate delivery, without a reason or a date.",
      de: "Eine Forderung nach sofortiger Lieferung, ohne Grund oder Termin.",
    },
    examples: {
      flag: ["I need the files ASAP.", "Please send it back as soon as possible!!"],
      pass: ["No need to do it ASAP, next week is fine.", "Our boss wants the internal memo ASAP, just FYI."],
    },
  },
];
