/**
 * Every user-visible string of the pane and the playground, in English and German.
 * The German catalogue must have exactly the English keys (the type makes a missing
 * or extra key a compile error). Strings that take values are functions, so a value
 * is never concatenated into a sentence whose word order differs between languages.
 */
const en = {
  appName: "Clear Lines",
  loading: "Reading the open email…",
  retry: "Try again",
  noItemTitle: "No email is open",
  noItemBody: "Select an email in your inbox, and Clear Lines reads it here.",
  notMessageTitle: "This is not an email",
  notMessageBody: "Clear Lines reads emails. Open a message to see what the client is asking.",
  emptyBodyTitle: "This email has no text",
  emptyBodyBody: "There is nothing to read in this email. If it only has attachments, open them in Outlook.",
  failedTitle: "Clear Lines could not read this email",
  from: "From",
  to: "To",
  noSubject: "(no subject)",
  unknownSender: "Unknown sender",
  unknownDate: "date unknown",
  composeNotice: "You are writing a draft. Clear Lines reads the quoted email below your draft.",
  latestMessage: "Latest message",
  earlierMessages: (count: number) => (count === 1 ? "1 earlier message" : `${count} earlier messages`),
  signature: "Signature and disclaimer",
  showSignature: "Show signature",
  hideSignature: "Hide signature",
  noOwnWords: "This message has no words of its own: it only forwards or quotes earlier mail.",
  truncatedNotice: (shown: string, total: string) => `Showing the first ${shown} of ${total} characters.`,
  showAll: "Show the whole message",
  sentAtLabel: (date: string) => `Sent ${date}`,
  languageName: { en: "English", de: "German", und: "Language not recognised" },
  summaryHeading: "What this email is doing",
  noSignals: "No warning signs in the client's newest message.",
  noSignalsEarlier: "No warning signs here.",
  signalNames: {
    "tone.hostile": "Hostile tone",
    "tone.pressure": "Pressure",
    "tone.passive_aggressive": "Passive-aggressive",
    "scope.creep": "Scope creep",
    "scope.revisions": "Endless revisions",
    "scope.free_work": "Expects free work",
    "capacity.overload": "Work dumped at once",
    "boundary.off_hours": "Off-hours demand",
    "money.price_pushback": "Price pushback",
    "money.late_payment": "Late payment",
    "reliability.late_feedback": "Late feedback",
    "work.dissatisfaction": "Unhappy with the work",
  },
  severityNames: { 1: "mild", 2: "clear", 3: "severe" },
  kindNames: { character: "about the client's behaviour", work: "about the work" },
  summaryKinds: (character: number, work: number) =>
    work === 0
      ? `${character} ${character === 1 ? "sign" : "signs"} about the client's behaviour`
      : character === 0
        ? `${work} ${work === 1 ? "sign" : "signs"} about the work itself: usually easy to put right`
        : `${character} about the client's behaviour, ${work} about the work`,
  findingsHeading: (count: number) => (count === 1 ? "1 finding" : `${count} findings`),
  findingLabel: (signal: string, severity: string) => `${signal}, ${severity}`,
  evidenceLabel: "The words that show it",
  dismiss: "Not a problem here",
  mute: "Mute this rule",
  showInMessage: "Show in the message",
  dismissedCount: (count: number) => (count === 1 ? "1 finding dismissed" : `${count} findings dismissed`),
  restoreDismissed: "Show them again",
  mutedHeading: (count: number) => (count === 1 ? "1 rule muted" : `${count} rules muted`),
  unmute: "Unmute",
  saveFailed: (reason: string) => `Your choice could not be saved (${reason}). It applies until you close the pane.`,
  politeness: (label: string) => `Tone of the message: ${label}`,
  politenessNames: { polite: "polite", neutral: "neutral", curt: "curt" },
  highlightTitle: (names: string) => `Flagged: ${names}`,
  errors: {
    unsupported: "This version of Outlook does not offer what Clear Lines needs here. Update Outlook, or use Outlook on the web.",
    "no-item": "The email is no longer available. Select it again in your inbox.",
    "wrong-mode": "This action is not available for the open item. Open the email itself, or start a reply.",
    "too-large": "The email is too large for Outlook to hand over in one piece.",
    permission: "Clear Lines is not allowed to do this. Ask your administrator to allow the add-in to read and write the open item.",
    "host-failed": "Outlook did not answer. Check your connection, then try again.",
    unknown: "Something unexpected went wrong. Try again; if it keeps happening, reopen the email.",
  },
} as const;

/** The shape every catalogue has: the English one's, with string literals widened. */
export type Strings = Widen<typeof en>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

const de: Strings = {
  appName: "Klare Linie",
  loading: "Die geöffnete E-Mail wird gelesen …",
  retry: "Erneut versuchen",
  noItemTitle: "Keine E-Mail geöffnet",
  noItemBody: "Wählen Sie eine E-Mail im Posteingang aus, dann liest Klare Linie sie hier.",
  notMessageTitle: "Das ist keine E-Mail",
  notMessageBody: "Klare Linie liest E-Mails. Öffnen Sie eine Nachricht, um zu sehen, worum der Kunde bittet.",
  emptyBodyTitle: "Diese E-Mail enthält keinen Text",
  emptyBodyBody: "In dieser E-Mail gibt es nichts zu lesen. Wenn sie nur Anhänge hat, öffnen Sie diese in Outlook.",
  failedTitle: "Klare Linie konnte diese E-Mail nicht lesen",
  from: "Von",
  to: "An",
  noSubject: "(kein Betreff)",
  unknownSender: "Unbekannter Absender",
  unknownDate: "Datum unbekannt",
  composeNotice: "Sie schreiben einen Entwurf. Klare Linie liest die zitierte E-Mail unter Ihrem Entwurf.",
  latestMessage: "Neueste Nachricht",
  earlierMessages: (count: number) => (count === 1 ? "1 frühere Nachricht" : `${count} frühere Nachrichten`),
  signature: "Signatur und Rechtshinweis",
  showSignature: "Signatur anzeigen",
  hideSignature: "Signatur ausblenden",
  noOwnWords: "Diese Nachricht enthält keinen eigenen Text: Sie leitet nur frühere E-Mails weiter oder zitiert sie.",
  truncatedNotice: (shown: string, total: string) => `Angezeigt werden die ersten ${shown} von ${total} Zeichen.`,
  showAll: "Ganze Nachricht anzeigen",
  sentAtLabel: (date: string) => `Gesendet ${date}`,
  languageName: { en: "Englisch", de: "Deutsch", und: "Sprache nicht erkannt" },
  summaryHeading: "Was diese E-Mail tut",
  noSignals: "Keine Warnzeichen in der neuesten Nachricht des Kunden.",
  noSignalsEarlier: "Hier keine Warnzeichen.",
  signalNames: {
    "tone.hostile": "Feindseliger Ton",
    "tone.pressure": "Druck",
    "tone.passive_aggressive": "Passiv-aggressiv",
    "scope.creep": "Auftrag wächst",
    "scope.revisions": "Endlose Korrekturschleifen",
    "scope.free_work": "Erwartet Gratisarbeit",
    "capacity.overload": "Arbeitsberg auf einmal",
    "boundary.off_hours": "Erreichbarkeit außerhalb der Arbeitszeit",
    "money.price_pushback": "Druck auf den Preis",
    "money.late_payment": "Zahlt zu spät",
    "reliability.late_feedback": "Verspätetes Feedback",
    "work.dissatisfaction": "Unzufrieden mit der Arbeit",
  },
  severityNames: { 1: "leicht", 2: "deutlich", 3: "schwer" },
  kindNames: { character: "zum Verhalten des Kunden", work: "zur Arbeit selbst" },
  summaryKinds: (character: number, work: number) =>
    work === 0
      ? `${character} ${character === 1 ? "Zeichen" : "Zeichen"} zum Verhalten des Kunden`
      : character === 0
        ? `${work} ${work === 1 ? "Zeichen" : "Zeichen"} zur Arbeit selbst: meist leicht zu beheben`
        : `${character} zum Verhalten des Kunden, ${work} zur Arbeit`,
  findingsHeading: (count: number) => (count === 1 ? "1 Fund" : `${count} Funde`),
  findingLabel: (signal: string, severity: string) => `${signal}, ${severity}`,
  evidenceLabel: "Die Worte, die es zeigen",
  dismiss: "Hier kein Problem",
  mute: "Regel stummschalten",
  showInMessage: "In der Nachricht zeigen",
  dismissedCount: (count: number) => (count === 1 ? "1 Fund ausgeblendet" : `${count} Funde ausgeblendet`),
  restoreDismissed: "Wieder anzeigen",
  mutedHeading: (count: number) => (count === 1 ? "1 Regel stummgeschaltet" : `${count} Regeln stummgeschaltet`),
  unmute: "Wieder einschalten",
  saveFailed: (reason: string) => `Ihre Auswahl konnte nicht gespeichert werden (${reason}). Sie gilt, bis Sie den Bereich schließen.`,
  politeness: (label: string) => `Ton der Nachricht: ${label}`,
  politenessNames: { polite: "höflich", neutral: "neutral", curt: "schroff" },
  highlightTitle: (names: string) => `Markiert: ${names}`,
  errors: {
    unsupported: "Diese Outlook-Version bietet nicht, was Klare Linie hier braucht. Aktualisieren Sie Outlook oder nutzen Sie Outlook im Web.",
    "no-item": "Die E-Mail ist nicht mehr verfügbar. Wählen Sie sie im Posteingang erneut aus.",
    "wrong-mode": "Diese Aktion ist für das geöffnete Element nicht verfügbar. Öffnen Sie die E-Mail selbst oder beginnen Sie eine Antwort.",
    "too-large": "Die E-Mail ist zu groß, als dass Outlook sie in einem Stück übergeben könnte.",
    permission: "Klare Linie darf das nicht. Bitten Sie Ihre Administration, dem Add-in Lese- und Schreibzugriff auf das geöffnete Element zu erlauben.",
    "host-failed": "Outlook hat nicht geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    unknown: "Etwas Unerwartetes ist schiefgelaufen. Versuchen Sie es erneut; passiert es wieder, öffnen Sie die E-Mail neu.",
  },
};

export type Locale = "en" | "de";

/** The catalogue of each supported UI language. */
export const catalogues: Readonly<Record<Locale, Strings>> = { en, de };

/**
 * Picks the UI language from Outlook's display language (a BCP 47 tag such as
 * "de-DE", "de-AT", "de-CH"): German for any German, English otherwise.
 */
export function localeFor(displayLanguage: string): Locale {
  return /^de\b/i.test(displayLanguage.trim()) ? "de" : "en";
}
