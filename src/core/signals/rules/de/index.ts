import type { PhraseRule } from "../../types";

/** German phrase rules (du and Sie; Germany, Austria, Switzerland), one file per signal family. */
export const DE_RULES: readonly PhraseRule[] = [
  {
    id: "de.scope.creep.noch-schnell",
    signal: "scope.creep",
    language: "de",
    severity: 2,
    patterns: ["(könntest|kannst|könnten|können) (du|sie) ... noch (schnell|kurz|eben|mal eben) ... (machen|erstellen|anpassen|schreiben|gestalten|ergänzen|umsetzen|überarbeiten)"],
    note: {
      en: "New work framed as a quick extra.",
      de: "Neue Arbeit, verpackt als schnelle Kleinigkeit.",
    },
    examples: {
      flag: ["Könntest du noch schnell die Flyer machen?", "Könnten Sie uns noch kurz drei Banner erstellen?"],
      pass: ["Könntest du mir die Rechnung schicken?"],
    },
  },
];
