import type { ReplyTemplate } from "../types";
import { reply } from "./text";

/**
 * Ending the collaboration. Offered from the client's history rather than one email, so
 * every signal weighs only 1. The reasons stay general (it no longer works for me); what
 * the client gets is concrete: each open task by name, a final date, the handover and
 * the final invoice. `{openTasks}` stands on its own line, where it becomes a list.
 */
export const PARTING_WAYS: ReplyTemplate = {
  id: "parting-ways",
  signals: { "tone.hostile": 1, "money.late_payment": 1, "scope.creep": 1 },
  title: { en: "End the collaboration", de: "Zusammenarbeit beenden" },
  description: {
    en: "When the collaboration no longer works for you: finish what is open, hand everything over, and part respectfully.",
    de: "Wenn die Zusammenarbeit für Sie nicht mehr passt: Offenes abschließen, alles übergeben und respektvoll auseinandergehen.",
  },
  texts: {
    en: {
      friendly: reply("Our collaboration", [
        "Hi {clientFirstName},",
        "I've thought carefully about our collaboration, and I've come to the conclusion that it no longer works for me. I've therefore decided to bring it to a close.",
        "Of course, I'll finish every task you've already given me:",
        "{openTasks}",
        "You'll have all of it by {finalDate}. Until then I won't take on new tasks, so I can give these my full attention. With the final delivery, I'll send you all files and access details for a smooth handover, together with my final invoice.",
        "Thank you for the work we've done together. I wish you and your business all the best.",
        "Best,\n{userName}",
      ]),
      firm: reply("Our collaboration", [
        "Hi {clientFirstName},",
        "After careful consideration, I've decided to end our collaboration: it no longer works for me.",
        "I'll complete the tasks already assigned to me:",
        "{openTasks}",
        "These will be finished by {finalDate}. I won't take on any new tasks. With the final delivery, you'll receive all files and access details for the handover, along with my final invoice.",
        "Thank you for the work we've done together, and all the best for the future.",
        "Kind regards,\n{userName}",
      ]),
    },
    "de-du": {
      friendly: reply("Unsere Zusammenarbeit", [
        "Hallo {clientFirstName},",
        "ich habe in letzter Zeit viel über unsere Zusammenarbeit nachgedacht und bin zu dem Schluss gekommen, dass sie für mich so nicht mehr passt. Deshalb habe ich entschieden, sie zu beenden.",
        "Alle Aufgaben, die du mir schon gegeben hast, bringe ich natürlich noch zu Ende:",
        "{openTasks}",
        "Du bekommst alles bis zum {finalDate}. Neue Aufgaben nehme ich nicht mehr an, damit ich mich ganz auf diese konzentrieren kann. Mit der letzten Lieferung schicke ich dir alle Dateien und Zugangsdaten, damit die Übergabe reibungslos klappt, und dazu meine Schlussrechnung.",
        "Danke für die gemeinsame Zeit. Ich wünsche dir und deinem Unternehmen alles Gute.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("Unsere Zusammenarbeit", [
        "Hallo {clientFirstName},",
        "nach reiflicher Überlegung habe ich entschieden, unsere Zusammenarbeit zu beenden, weil sie für mich nicht mehr passt.",
        "Die Aufgaben, die du mir bereits übertragen hast, schließe ich noch ab:",
        "{openTasks}",
        "Alles ist bis zum {finalDate} fertig. Neue Aufgaben übernehme ich nicht mehr. Mit der letzten Lieferung erhältst du alle Dateien und Zugangsdaten für die Übergabe sowie meine Schlussrechnung.",
        "Danke für die bisherige Zusammenarbeit und alles Gute für die Zukunft.",
        "Viele Grüße\n{userName}",
      ]),
    },
    "de-sie": {
      friendly: reply("Unsere Zusammenarbeit", [
        "Hallo {clientFirstName},",
        "ich habe in letzter Zeit viel über unsere Zusammenarbeit nachgedacht und bin zu dem Schluss gekommen, dass sie für mich so nicht mehr passt. Deshalb habe ich mich entschieden, sie zu beenden.",
        "Alle Aufgaben, die Sie mir bereits übertragen haben, schließe ich selbstverständlich noch ab:",
        "{openTasks}",
        "Sie erhalten alles bis zum {finalDate}. Neue Aufgaben nehme ich nicht mehr an, damit ich mich ganz auf diese konzentrieren kann. Mit der letzten Lieferung sende ich Ihnen alle Dateien und Zugangsdaten, damit die Übergabe reibungslos klappt, und dazu meine Schlussrechnung.",
        "Vielen Dank für die gemeinsame Zeit. Ich wünsche Ihnen und Ihrem Unternehmen alles Gute.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("Unsere Zusammenarbeit", [
        "Guten Tag {clientFirstName},",
        "nach reiflicher Überlegung habe ich entschieden, unsere Zusammenarbeit zu beenden, weil sie für mich nicht mehr passt.",
        "Die Aufgaben, die Sie mir bereits übertragen haben, schließe ich noch ab:",
        "{openTasks}",
        "Alles ist bis zum {finalDate} fertig. Neue Aufgaben übernehme ich nicht mehr. Mit der letzten Lieferung erhalten Sie alle Dateien und Zugangsdaten für die Übergabe sowie meine Schlussrechnung.",
        "Vielen Dank für die bisherige Zusammenarbeit und alles Gute für die Zukunft.",
        "Freundliche Grüße\n{userName}",
      ]),
    },
  },
};
