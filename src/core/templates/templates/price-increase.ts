import type { ReplyTemplate } from "../types";
import { reply } from "./text";

/**
 * The rate announcement. It is sent to every client in the same words, unprompted, so it
 * answers no particular email: its own subject, no reference to a message, and the same
 * reasons for everyone (more clients than before; quality needs a limited number of
 * clients who pay an appropriate rate).
 */
export const PRICE_INCREASE: ReplyTemplate = {
  id: "price-increase",
  signals: { "money.price_pushback": 1 },
  title: { en: "Announce a new rate", de: "Neues Honorar ankündigen" },
  description: {
    en: "To tell all your clients, in the same words, what your new rate is and from when it applies.",
    de: "Um allen Kundinnen und Kunden mit denselben Worten mitzuteilen, wie hoch Ihr neues Honorar ist und ab wann es gilt.",
  },
  texts: {
    en: {
      friendly: reply("My rate from {rateEffectiveDate}", [
        "Hi {clientFirstName},",
        "I'd like to let you know about a change: from {rateEffectiveDate}, my rate will be {newRate}.",
        "I now work with more clients than before, and I want each of them to keep getting the care and quality they're used to. That's only possible with a limited number of clients who pay a rate that reflects the work, and that's what this change is for.",
        "Thank you for our collaboration: I value it and look forward to continuing it. If you have any questions, just reply to this email.",
        "Best,\n{userName}",
      ]),
      firm: reply("New rate from {rateEffectiveDate}", [
        "Hi {clientFirstName},",
        "From {rateEffectiveDate}, my rate will be {newRate}. It applies to all work from that date.",
        "I now work with more clients than before. I can only keep up the quality of my work with a limited number of clients who pay an appropriate rate for it, so I'm adjusting my rate accordingly.",
        "Thank you for our collaboration. If you have questions about how this affects ongoing work, please let me know before {rateEffectiveDate}.",
        "Kind regards,\n{userName}",
      ]),
    },
    "de-du": {
      friendly: reply("Mein Honorar ab {rateEffectiveDate}", [
        "Hallo {clientFirstName},",
        "ich möchte dich über eine Änderung informieren: Ab {rateEffectiveDate} beträgt mein Honorar {newRate}.",
        "Ich betreue inzwischen mehr Kundinnen und Kunden als früher. Die Sorgfalt und Qualität, die du von mir kennst, kann ich aber nur in einem begrenzten Kundenkreis bieten, der dafür ein angemessenes Honorar zahlt. Mit dieser Anpassung sorge ich dafür, dass das so bleibt.",
        "Danke für die gute Zusammenarbeit, ich schätze sie sehr und freue mich auf alles, was noch kommt. Wenn du Fragen hast, antworte einfach auf diese Mail.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("Neues Honorar ab {rateEffectiveDate}", [
        "Hallo {clientFirstName},",
        "ab {rateEffectiveDate} beträgt mein Honorar {newRate}. Es gilt für alle Arbeiten ab diesem Datum.",
        "Ich betreue inzwischen mehr Kundinnen und Kunden als früher. Die Qualität meiner Arbeit kann ich nur in einem begrenzten Kundenkreis halten, der dafür ein angemessenes Honorar zahlt. Deshalb diese Anpassung.",
        "Danke für unsere Zusammenarbeit. Wenn du Fragen dazu hast, was das für laufende Aufträge bedeutet, sag mir bitte vor dem {rateEffectiveDate} Bescheid.",
        "Viele Grüße\n{userName}",
      ]),
    },
    "de-sie": {
      friendly: reply("Mein Honorar ab {rateEffectiveDate}", [
        "Hallo {clientFirstName},",
        "ich möchte Sie über eine Änderung informieren: Ab {rateEffectiveDate} beträgt mein Honorar {newRate}.",
        "Ich betreue inzwischen mehr Kundinnen und Kunden als früher. Die Sorgfalt und Qualität, die Sie von mir kennen, kann ich aber nur in einem begrenzten Kundenkreis bieten, der dafür ein angemessenes Honorar zahlt. Mit dieser Anpassung sorge ich dafür, dass das so bleibt.",
        "Vielen Dank für die gute Zusammenarbeit, ich schätze sie sehr und freue mich auf alles, was noch kommt. Wenn Sie Fragen haben, antworten Sie einfach auf diese E-Mail.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("Neues Honorar ab {rateEffectiveDate}", [
        "Guten Tag {clientFirstName},",
        "ab {rateEffectiveDate} beträgt mein Honorar {newRate}. Es gilt für alle Arbeiten ab diesem Datum.",
        "Ich betreue inzwischen mehr Kundinnen und Kunden als früher. Die Qualität meiner Arbeit kann ich nur in einem begrenzten Kundenkreis halten, der dafür ein angemessenes Honorar zahlt. Deshalb diese Anpassung.",
        "Vielen Dank für unsere Zusammenarbeit. Wenn Sie Fragen dazu haben, was das für laufende Aufträge bedeutet, geben Sie mir bitte vor dem {rateEffectiveDate} Bescheid.",
        "Freundliche Grüße\n{userName}",
      ]),
    },
  },
};
