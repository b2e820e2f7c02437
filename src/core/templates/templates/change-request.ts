import type { ReplyTemplate } from "../types";
import { reply } from "./text";

/**
 * Extra work gets a price before it gets done. "I estimate this at {quote}" reads right
 * whether the quote is hours ("6 hours") or money ("€480"). In German the request sits
 * in brackets so that its grammatical case never has to fit the sentence.
 */
export const CHANGE_REQUEST: ReplyTemplate = {
  id: "change-request",
  signals: { "scope.creep": 3, "scope.free_work": 2, "capacity.overload": 1 },
  title: { en: "Extra work, with a quote", de: "Zusatzwunsch mit Angebot" },
  description: {
    en: "When a request goes beyond the agreed scope: name the price first, and start once the client says yes.",
    de: "Wenn eine Anfrage über den vereinbarten Umfang hinausgeht: erst den Preis nennen, dann nach Zusage loslegen.",
  },
  texts: {
    en: {
      friendly: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thanks for your message. I'd be glad to help with {requestedWork}. This goes beyond the scope we agreed for this project, so I'd handle it as an addition.",
        "I estimate this at {quote}[[, based on my rate of {hourlyRate}]].",
        "If that works for you, a quick yes by reply is all I need: I'll add it to the plan and send you an updated timeline. Until then, I'll carry on with the agreed work as planned.",
        "Best,\n{userName}",
      ]),
      firm: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "The request for {requestedWork} is outside the scope we agreed, so it isn't covered by the current budget.",
        "I estimate this at {quote}[[, based on my rate of {hourlyRate}]].",
        "If you'd like me to go ahead, please confirm by reply. I'll then add it to the plan and send you an updated timeline. Until I have your confirmation, I'll work on the agreed tasks only.",
        "Kind regards,\n{userName}",
      ]),
    },
    "de-du": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke für deine Nachricht, dabei helfe ich dir gern. Dein Wunsch ({requestedWork}) geht allerdings über den vereinbarten Projektumfang hinaus, deshalb würde ich ihn als Zusatzauftrag umsetzen.",
        "Für diese Arbeit veranschlage ich {quote}[[, auf Basis meines Honorars von {hourlyRate}]].",
        "Wenn das für dich passt, reicht mir ein kurzes Okay. Dann nehme ich den Auftrag in den Plan auf und schicke dir einen aktualisierten Zeitplan. Bis dahin arbeite ich wie vereinbart am bestehenden Auftrag weiter.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "dein Wunsch ({requestedWork}) liegt außerhalb des vereinbarten Umfangs und ist im bisherigen Budget nicht enthalten.",
        "Für diese Arbeit veranschlage ich {quote}[[, auf Basis meines Honorars von {hourlyRate}]].",
        "Wenn ich sie übernehmen soll, bestätige mir das bitte kurz per Mail. Dann nehme ich sie in den Plan auf und schicke dir den angepassten Zeitplan. Bis dahin arbeite ich ausschließlich an den vereinbarten Aufgaben.",
        "Viele Grüße\n{userName}",
      ]),
    },
    "de-sie": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "vielen Dank für Ihre Nachricht, dabei unterstütze ich Sie gern. Ihr Wunsch ({requestedWork}) geht allerdings über den vereinbarten Projektumfang hinaus, deshalb würde ich ihn als Zusatzauftrag umsetzen.",
        "Für diese Arbeit veranschlage ich {quote}[[, auf Basis meines Honorars von {hourlyRate}]].",
        "Wenn das für Sie passt, genügt mir eine kurze Bestätigung. Dann nehme ich die Arbeit in den Plan auf und schicke Ihnen einen aktualisierten Zeitplan. Bis dahin arbeite ich wie vereinbart am bestehenden Auftrag weiter.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Guten Tag {clientFirstName},",
        "Ihr Wunsch ({requestedWork}) liegt außerhalb des vereinbarten Umfangs und ist im bisherigen Budget nicht enthalten.",
        "Für diese Arbeit veranschlage ich {quote}[[, auf Basis meines Honorars von {hourlyRate}]].",
        "Wenn ich die Arbeit übernehmen soll, bestätigen Sie mir das bitte kurz per E-Mail. Dann nehme ich sie in den Plan auf und schicke Ihnen den angepassten Zeitplan. Bis dahin arbeite ich ausschließlich an den vereinbarten Aufgaben.",
        "Freundliche Grüße\n{userName}",
      ]),
    },
  },
};
