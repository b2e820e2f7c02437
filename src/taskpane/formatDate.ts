/**
 * Formats a date the way the user's Outlook does (its display language's conventions),
 * e.g. "2 Mar 2026, 09:14" for en-GB, "02.03.2026, 09:14" for de-DE.
 */
export function formatDateTime(date: Date, languageTag: string): string {
  try {
    return new Intl.DateTimeFormat(languageTag, { dateStyle: "medium", timeStyle: "short" }).format(date);
  } catch {
    // An unusual tag from the host must not break the pane.
    return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" }).format(date);
  }
}
