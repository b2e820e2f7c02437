import type { ReplyTemplate } from "../types";
import { reply } from "./text";

/**
 * A hostile or passive-aggressive message. The tone is named once, without quoting the
 * client's words back (that would restart the argument), followed by what working
 * together needs and an offer to talk about the issue underneath.
 */
export const RESPECTFUL_TONE: ReplyTemplate = {
  id: "respectful-tone",
  signals: { "tone.hostile": 3, "tone.passive_aggressive": 3, "tone.pressure": 1 },
  title: { en: "Ask for a respectful tone", de: "Um einen respektvollen Ton bitten" },
  description: {
    en: "When a message is rude or passive-aggressive: name the tone calmly, say what you need, and steer back to the issue.",
    de: "Wenn eine Nachricht unhöflich oder passiv-aggressiv ist: den Ton ruhig ansprechen, sagen, was Sie brauchen, und zur Sache zurückkehren.",
  },
  texts: {
    en: {
      friendly: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thanks for your message. I can tell something is frustrating you, and I'd like to sort it out.",
        "One thing matters to me first, though: the tone of your last message was sharper than I'm used to in our work together. I do my best work for you when we talk to each other factually and respectfully, especially when something isn't going well. Critical feedback is always welcome.",
        "Could we talk through the issue itself? I'm happy to have a short call this week: send me a time that suits you, and we'll find a way forward.",
        "Best,\n{userName}",
      ]),
      firm: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "I've read your message. Its tone is not appropriate for our working relationship.",
        "I take criticism seriously and I'm glad to solve problems. To keep working together, I need our communication to stay factual and respectful.",
        "If there's an issue with the work or the project, let's talk about the issue itself. Please suggest a time for a short call this week.",
        "Kind regards,\n{userName}",
      ]),
    },
    "de-du": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke für deine Nachricht. Ich merke, dass dich etwas ärgert, und ich möchte das gern klären.",
        "Vorher ist mir eines wichtig: Der Ton deiner letzten Nachricht war schärfer, als ich es aus unserer Zusammenarbeit kenne. Ich arbeite am besten für dich, wenn wir sachlich und respektvoll miteinander umgehen, gerade dann, wenn etwas nicht rund läuft. Kritik ist dabei ausdrücklich willkommen.",
        "Lass uns über das eigentliche Anliegen sprechen. Hast du diese Woche Zeit für ein kurzes Telefonat? Schick mir einfach einen Termin, der dir passt, dann finden wir gemeinsam eine Lösung.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "ich habe deine Nachricht gelesen. Der Ton darin passt nicht zu einer professionellen Zusammenarbeit.",
        "Kritik nehme ich ernst, und Probleme löse ich gern. Damit wir weiter zusammenarbeiten können, brauche ich aber einen sachlichen und respektvollen Umgang.",
        "Wenn es ein Problem mit der Arbeit oder dem Projekt gibt, lass uns über die Sache selbst sprechen. Schlag mir bitte einen Termin für ein kurzes Telefonat in dieser Woche vor.",
        "Viele Grüße\n{userName}",
      ]),
    },
    "de-sie": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "vielen Dank für Ihre Nachricht. Ich merke, dass Sie etwas verärgert, und ich möchte das gern klären.",
        "Vorher ist mir eines wichtig: Der Ton Ihrer letzten Nachricht war schärfer, als ich es aus unserer Zusammenarbeit kenne. Ich arbeite am besten für Sie, wenn wir sachlich und respektvoll miteinander umgehen, gerade dann, wenn etwas nicht rund läuft. Kritik ist dabei ausdrücklich willkommen.",
        "Lassen Sie uns über das eigentliche Anliegen sprechen. Haben Sie diese Woche Zeit für ein kurzes Telefonat? Nennen Sie mir einfach einen Termin, der Ihnen passt, dann finden wir gemeinsam eine Lösung.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Guten Tag {clientFirstName},",
        "ich habe Ihre Nachricht gelesen. Der Ton darin passt nicht zu einer professionellen Zusammenarbeit.",
        "Kritik nehme ich ernst, und Probleme löse ich gern. Damit wir weiter zusammenarbeiten können, brauche ich jedoch einen sachlichen und respektvollen Umgang.",
        "Wenn es ein Problem mit der Arbeit oder dem Projekt gibt, lassen Sie uns über die Sache selbst sprechen. Bitte schlagen Sie mir einen Termin für ein kurzes Telefonat in dieser Woche vor.",
        "Freundliche Grüße\n{userName}",
      ]),
    },
  },
};
