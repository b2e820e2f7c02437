/** A UI language of the pane. */
export type Locale = "en" | "de";

/**
 * Picks the UI language from Outlook's display language (a BCP 47 tag such as
 * "de-DE", "de-AT", "de-CH"): German for any German, English otherwise. Kept apart from
 * the catalogues so that the analysis worker can ask it without bundling them.
 */
export function localeFor(displayLanguage: string): Locale {
  return /^de\b/i.test(displayLanguage.trim()) ? "de" : "en";
}
