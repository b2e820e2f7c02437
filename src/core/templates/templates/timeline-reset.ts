import type { ReplyTemplate } from "../types";
import { reply } from "./text";

/**
 * Late feedback moves the delivery date. The text states the agreed window and the new
 * date as facts and leaves out who was late: the date moves either way.
 */
export const TIMELINE_RESET: ReplyTemplate = {
  id: "timeline-reset",
  signals: { "reliability.late_feedback": 3, "tone.pressure": 2 },
  title: { en: "New delivery date", de: "Neuer Liefertermin" },
  description: {
    en: "When feedback arrived after the agreed window but the old deadline is still expected: set a new delivery date, without blame.",
    de: "Wenn Feedback nach der vereinbarten Frist kam und trotzdem der alte Termin gelten soll: einen neuen Liefertermin nennen, ohne Vorwurf.",
  },
  texts: {
    en: {
      friendly: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thanks for your feedback: I now have everything I need to continue.",
        "Our plan allowed {feedbackWindowDays} working days for feedback, and the rest of the schedule was built around that. As the feedback reached me a little later, the delivery date moves with it. These things happen, and I've already adjusted the plan.",
        "I'll start on your changes now, and you'll have the finished version by {newDeliveryDate}.",
        "Best,\n{userName}",
      ]),
      firm: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thank you for your feedback.",
        "We agreed on {feedbackWindowDays} working days for feedback, and the delivery date depended on it. As the feedback arrived after that window, the original date no longer holds. The new delivery date is {newDeliveryDate}.",
        "I've scheduled your changes accordingly and will deliver the finished version by that date.",
        "Kind regards,\n{userName}",
      ]),
    },
    "de-du": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke für dein Feedback, jetzt habe ich alles, was ich zum Weiterarbeiten brauche.",
        "Für Rückmeldungen hatten wir {feedbackWindowDays} Arbeitstage eingeplant, und der restliche Zeitplan baut darauf auf. Da dein Feedback etwas später kam, verschiebt sich der Liefertermin entsprechend. Das kommt vor, den Plan habe ich schon angepasst.",
        "Ich mache mich jetzt an deine Änderungen, und du bekommst die fertige Version bis zum {newDeliveryDate}.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke für dein Feedback.",
        "Für Rückmeldungen hatten wir {feedbackWindowDays} Arbeitstage vereinbart, und der Liefertermin hing davon ab. Da dein Feedback nach dieser Frist kam, lässt sich der ursprüngliche Termin nicht mehr halten. Der neue Liefertermin ist der {newDeliveryDate}.",
        "Ich habe deine Änderungen entsprechend eingeplant und liefere die fertige Version bis zu diesem Termin.",
        "Viele Grüße\n{userName}",
      ]),
    },
    "de-sie": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "vielen Dank für Ihr Feedback, damit habe ich alles, was ich zum Weiterarbeiten brauche.",
        "Für Rückmeldungen hatten wir {feedbackWindowDays} Arbeitstage eingeplant, und der restliche Zeitplan baut darauf auf. Da Ihr Feedback etwas später kam, verschiebt sich der Liefertermin entsprechend. Das kommt vor, den Plan habe ich schon angepasst.",
        "Ich mache mich jetzt an Ihre Änderungen, und Sie erhalten die fertige Version bis zum {newDeliveryDate}.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Guten Tag {clientFirstName},",
        "vielen Dank für Ihr Feedback.",
        "Für Rückmeldungen hatten wir {feedbackWindowDays} Arbeitstage vereinbart, und der Liefertermin hing davon ab. Da Ihr Feedback nach dieser Frist eingegangen ist, lässt sich der ursprüngliche Termin nicht mehr halten. Der neue Liefertermin ist der {newDeliveryDate}.",
        "Ich habe Ihre Änderungen entsprechend eingeplant und liefere die fertige Version bis zu diesem Termin.",
        "Freundliche Grüße\n{userName}",
      ]),
    },
  },
};
