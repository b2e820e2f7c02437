/**
 * The playground's own strings (the page around the pane), in English and German.
 * The pane's strings live in src/taskpane/i18n/strings.ts.
 */
const en = {
  title: "Clear Lines playground",
  intro: "This page stands in for Outlook. Pick a client email; the pane on the right is the same one Outlook shows. Nothing leaves this browser.",
  samplesHeading: "Sample client emails",
  modeLabel: "Outlook mode",
  readMode: "Reading",
  composeMode: "Writing a reply",
  languageLabel: "Outlook language",
  themeLabel: "Dark theme",
  paneWidthLabel: "Pane width",
  paneLabel: "Clear Lines task pane",
  paneTitle: "Clear Lines",
  mailLabel: "The open email",
  draftLabel: "Your draft",
  draftFormatLabel: "Draft format",
  draftHtml: "HTML",
  draftText: "Plain text",
  draftHint: "Replies inserted by the pane appear here, at the cursor.",
  showSource: "Show HTML source",
  hideSource: "Show as text",
  resetDraft: "Start the draft again",
  from: "From",
  to: "To",
  cc: "Cc",
  noSample: "Choose an email on the left.",
  notificationsLabel: "Outlook's message bar for this email",
} as const;

export type PlaygroundStrings = { readonly [K in keyof typeof en]: string };

const de: PlaygroundStrings = {
  title: "Klare Linie – Spielwiese",
  intro: "Diese Seite vertritt Outlook. Wählen Sie eine Kunden-E-Mail; rechts steht derselbe Bereich, den Outlook zeigt. Nichts verlässt diesen Browser.",
  samplesHeading: "Beispiel-E-Mails von Kunden",
  modeLabel: "Outlook-Modus",
  readMode: "Lesen",
  composeMode: "Antwort schreiben",
  languageLabel: "Outlook-Sprache",
  themeLabel: "Dunkles Design",
  paneWidthLabel: "Breite des Aufgabenbereichs",
  paneLabel: "Aufgabenbereich Klare Linie",
  paneTitle: "Klare Linie",
  mailLabel: "Die geöffnete E-Mail",
  draftLabel: "Ihr Entwurf",
  draftFormatLabel: "Format des Entwurfs",
  draftHtml: "HTML",
  draftText: "Nur Text",
  draftHint: "Antworten, die der Aufgabenbereich einfügt, erscheinen hier an der Cursorposition.",
  showSource: "HTML-Quelltext zeigen",
  hideSource: "Als Text zeigen",
  resetDraft: "Entwurf neu beginnen",
  from: "Von",
  to: "An",
  cc: "Cc",
  noSample: "Wählen Sie links eine E-Mail aus.",
  notificationsLabel: "Outlook-Infoleiste zu dieser E-Mail",
};

export const playgroundCatalogues = { en, de } as const;
