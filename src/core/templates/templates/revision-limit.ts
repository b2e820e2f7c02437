import type { ReplyTemplate } from "../types";
import { reply } from "./text";

/**
 * The included revision rounds are used up. The count sits in brackets ("2 in total")
 * because it is a number from the settings: "the 1 revision rounds" must never happen.
 */
export const REVISION_LIMIT: ReplyTemplate = {
  id: "revision-limit",
  signals: { "scope.revisions": 3, "scope.creep": 1 },
  title: { en: "Revision rounds used up", de: "Korrekturrunden aufgebraucht" },
  description: {
    en: "When the included revision rounds are used: further rounds are billed, ideally gathered into one.",
    de: "Wenn die vereinbarten Korrekturrunden ausgeschöpft sind: Weitere Runden kosten extra, am besten gebündelt in einer.",
  },
  texts: {
    en: {
      friendly: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thanks for your feedback. Before I start on it, a quick note: the revision rounds included in our agreement ({revisionRounds} in total) have now been used, so further changes are billed at my rate of {hourlyRate}.",
        "To keep this efficient for you, I suggest we gather all remaining changes into one final round. If you send me everything in a single list, I'll tell you how long it will take and start as soon as you give me the go-ahead.",
        "Best,\n{userName}",
      ]),
      firm: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thank you for your feedback. Our agreement includes a fixed number of revision rounds ({revisionRounds}), and these have now been used. Any further round is billed at my rate of {hourlyRate}.",
        "Please send me all remaining changes together in one list. I'll then give you an estimate for that round and start once you've confirmed it.",
        "Kind regards,\n{userName}",
      ]),
    },
    "de-du": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke für dein Feedback. Bevor ich loslege, kurz zur Einordnung: Die Korrekturrunden aus unserer Vereinbarung (insgesamt {revisionRounds}) sind jetzt aufgebraucht. Weitere Änderungen rechne ich deshalb nach Aufwand ab, zu meinem Honorar von {hourlyRate}.",
        "Damit es für dich überschaubar bleibt, schlage ich vor, dass wir alle restlichen Änderungen in einer letzten Runde bündeln. Schick mir am besten alles gesammelt in einer Liste. Ich sage dir dann, wie viel Zeit ich dafür brauche, und lege los, sobald du dein Okay gibst.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke für dein Feedback. Unsere Vereinbarung umfasst eine feste Anzahl an Korrekturrunden ({revisionRounds}), und die sind jetzt ausgeschöpft. Jede weitere Runde rechne ich zu meinem Honorar von {hourlyRate} ab.",
        "Bitte schick mir alle noch offenen Änderungen gesammelt in einer Liste. Ich nenne dir dann den voraussichtlichen Aufwand für diese Runde und beginne, sobald du ihn bestätigt hast.",
        "Viele Grüße\n{userName}",
      ]),
    },
    "de-sie": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "vielen Dank für Ihr Feedback. Bevor ich loslege, kurz zur Einordnung: Die Korrekturrunden aus unserer Vereinbarung (insgesamt {revisionRounds}) sind jetzt aufgebraucht. Weitere Änderungen rechne ich deshalb nach Aufwand ab, zu meinem Honorar von {hourlyRate}.",
        "Damit es für Sie überschaubar bleibt, schlage ich vor, dass wir alle restlichen Änderungen in einer letzten Runde bündeln. Schicken Sie mir am besten alles gesammelt in einer Liste. Ich sage Ihnen dann, wie viel Zeit ich dafür brauche, und lege los, sobald Sie mir grünes Licht geben.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Guten Tag {clientFirstName},",
        "vielen Dank für Ihr Feedback. Unsere Vereinbarung umfasst eine feste Anzahl an Korrekturrunden ({revisionRounds}), und diese sind nun ausgeschöpft. Jede weitere Runde rechne ich zu meinem Honorar von {hourlyRate} ab.",
        "Bitte senden Sie mir alle noch offenen Änderungen gesammelt in einer Liste. Ich nenne Ihnen dann den voraussichtlichen Aufwand für diese Runde und beginne, sobald Sie ihn bestätigt haben.",
        "Freundliche Grüße\n{userName}",
      ]),
    },
  },
};
