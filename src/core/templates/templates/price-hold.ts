import type { ReplyTemplate } from "../types";
import { reply } from "./text";

/**
 * The client pushes back on the price. The rate stays (with the announced new rate where
 * there is one), the reason is one sentence, and the way forward is a smaller scope,
 * never a discount.
 */
export const PRICE_HOLD: ReplyTemplate = {
  id: "price-hold",
  signals: { "money.price_pushback": 3, "scope.free_work": 1 },
  title: { en: "Hold your price", de: "Preis halten" },
  description: {
    en: "When a client pushes back on your rate or asks for a discount: keep the rate, and offer a smaller scope instead.",
    de: "Wenn jemand Ihr Honorar drücken will oder um Rabatt bittet: beim Preis bleiben und stattdessen einen kleineren Umfang anbieten.",
  },
  texts: {
    en: {
      friendly: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thanks for being open about your budget, I appreciate it.",
        "My rate stays at {hourlyRate}[[ (and {newRate} from {rateEffectiveDate}, as announced)]]. I keep it at that level because the quality you get from me depends on working with a limited number of clients and giving each of them proper attention.",
        "If the budget is fixed, let's adjust the scope instead. Tell me the amount you have in mind, and I'll suggest what I can deliver within it.",
        "Best,\n{userName}",
      ]),
      firm: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thank you for your message. I understand the budget is tight, but I don't offer discounts: my rate is {hourlyRate}[[ ({newRate} from {rateEffectiveDate})]], the same for every client. It's set at that level so that I can give a limited number of clients the quality they rely on.",
        "What I can do is adjust the scope to fit your budget. Let me know the amount, and I'll send you a proposal for what fits within it.",
        "Kind regards,\n{userName}",
      ]),
    },
    "de-du": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke, dass du so offen über dein Budget sprichst, das weiß ich zu schätzen.",
        "Mein Honorar bleibt bei {hourlyRate}[[, ab {rateEffectiveDate} wie angekündigt bei {newRate}]]. Das hat einen Grund: Die Qualität, die du von mir bekommst, ist nur möglich, weil ich mit einer begrenzten Zahl von Kundinnen und Kunden arbeite und mir für jedes Projekt die nötige Zeit nehme.",
        "Wenn das Budget fest ist, passen wir lieber den Umfang an. Nenn mir einfach den Betrag, den du eingeplant hast, und ich schlage dir vor, was ich dafür umsetzen kann.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke für deine Nachricht. Ich verstehe, dass das Budget knapp ist, Rabatte gebe ich aber nicht: Mein Honorar beträgt {hourlyRate}[[ (ab {rateEffectiveDate}: {newRate})]], für alle Kundinnen und Kunden gleich. Nur so kann ich einer begrenzten Zahl von Projekten die Zeit geben, die gute Arbeit braucht.",
        "Was ich anbieten kann: Wir passen den Umfang an dein Budget an. Nenn mir den Betrag, und ich schicke dir einen Vorschlag, was sich damit umsetzen lässt.",
        "Viele Grüße\n{userName}",
      ]),
    },
    "de-sie": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "vielen Dank, dass Sie so offen über Ihr Budget sprechen, das schätze ich sehr.",
        "Mein Honorar bleibt bei {hourlyRate}[[, ab {rateEffectiveDate} wie angekündigt bei {newRate}]]. Das hat einen Grund: Die Qualität, die Sie von mir bekommen, ist nur möglich, weil ich mit einer begrenzten Zahl von Kundinnen und Kunden arbeite und mir für jedes Projekt die nötige Zeit nehme.",
        "Wenn das Budget feststeht, passen wir lieber den Umfang an. Nennen Sie mir gern den Betrag, den Sie eingeplant haben, und ich schlage Ihnen vor, was ich dafür umsetzen kann.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Guten Tag {clientFirstName},",
        "vielen Dank für Ihre Nachricht. Ich verstehe, dass das Budget knapp ist, Rabatte gebe ich jedoch nicht: Mein Honorar beträgt {hourlyRate}[[ (ab {rateEffectiveDate}: {newRate})]], für alle Kundinnen und Kunden gleich. Nur so kann ich einer begrenzten Zahl von Projekten die Zeit geben, die gute Arbeit braucht.",
        "Was ich anbieten kann: Wir passen den Umfang an Ihr Budget an. Nennen Sie mir den Betrag, und ich schicke Ihnen einen Vorschlag, was sich damit umsetzen lässt.",
        "Freundliche Grüße\n{userName}",
      ]),
    },
  },
};
