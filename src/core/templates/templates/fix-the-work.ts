import type { ReplyTemplate } from "../types";
import { reply } from "./text";

/**
 * The client is unhappy with the work itself, which is the easier case: acknowledge it
 * plainly, fix what does not match the agreed brief, and say when the corrected version
 * comes. The firm text draws the line at the brief: anything beyond it is quoted first.
 */
export const FIX_THE_WORK: ReplyTemplate = {
  id: "fix-the-work",
  signals: { "work.dissatisfaction": 3 },
  title: { en: "Fix the work", de: "Nachbessern" },
  description: {
    en: "When a client is unhappy with the delivered work itself: acknowledge it and fix it within the agreed scope.",
    de: "Wenn die Kritik die gelieferte Arbeit selbst betrifft: sie ernst nehmen und im vereinbarten Umfang nachbessern.",
  },
  texts: {
    en: {
      friendly: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thanks for your clear feedback, it helps. I understand what isn't working for you yet, and I want you to be happy with the result.",
        "I'll rework the points you raised so that they match what we agreed in the brief, and send you a corrected version[[ by {newDeliveryDate}]].",
        "If you'd rather go through the details together first, a short call works too: just let me know.",
        "Best,\n{userName}",
      ]),
      firm: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thank you for your feedback. I've noted each of your points.",
        "I'll correct everything that doesn't match our agreed brief, at no extra cost, and send you the revised version[[ by {newDeliveryDate}]]. For changes that go beyond the brief, I'll send you a separate quote before starting on them.",
        "If anything is missing from your list, please send it to me now so I can include it in this correction.",
        "Kind regards,\n{userName}",
      ]),
    },
    "de-du": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke für dein klares Feedback, das hilft mir weiter. Ich verstehe, was für dich noch nicht passt, und mir ist wichtig, dass du mit dem Ergebnis zufrieden bist.",
        "Ich überarbeite die genannten Punkte so, dass sie dem entsprechen, was wir im Briefing vereinbart haben, und schicke dir[[ bis zum {newDeliveryDate}]] eine korrigierte Version.",
        "Falls du die Details lieber vorher kurz gemeinsam durchgehen möchtest, telefonieren wir gern. Sag einfach Bescheid.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke für dein Feedback. Ich habe alle deine Punkte notiert.",
        "Alles, was nicht dem vereinbarten Briefing entspricht, korrigiere ich ohne zusätzliche Kosten und schicke dir die überarbeitete Version[[ bis zum {newDeliveryDate}]]. Änderungen, die über das Briefing hinausgehen, biete ich dir vorher separat an.",
        "Falls auf deiner Liste noch etwas fehlt, schick es mir bitte jetzt, damit ich es in dieser Korrektur berücksichtigen kann.",
        "Viele Grüße\n{userName}",
      ]),
    },
    "de-sie": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "vielen Dank für Ihr klares Feedback, das hilft mir weiter. Ich verstehe, was für Sie noch nicht passt, und mir ist wichtig, dass Sie mit dem Ergebnis zufrieden sind.",
        "Ich überarbeite die genannten Punkte so, dass sie dem entsprechen, was wir im Briefing vereinbart haben, und sende Ihnen[[ bis zum {newDeliveryDate}]] eine korrigierte Version.",
        "Falls Sie die Details lieber vorher kurz gemeinsam durchgehen möchten, telefonieren wir gern. Geben Sie mir einfach Bescheid.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Guten Tag {clientFirstName},",
        "vielen Dank für Ihr Feedback. Ich habe alle Ihre Punkte notiert.",
        "Alles, was nicht dem vereinbarten Briefing entspricht, korrigiere ich ohne zusätzliche Kosten und sende Ihnen die überarbeitete Version[[ bis zum {newDeliveryDate}]]. Änderungen, die über das Briefing hinausgehen, biete ich Ihnen vorher separat an.",
        "Falls auf Ihrer Liste noch etwas fehlt, senden Sie es mir bitte jetzt, damit ich es in dieser Korrektur berücksichtigen kann.",
        "Freundliche Grüße\n{userName}",
      ]),
    },
  },
};
