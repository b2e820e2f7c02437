import type { ReplyTemplate } from "../types";
import { reply } from "./text";

/**
 * "I can't take this on right now." The client learns what stays on track, when the new
 * work could start, and who could do it sooner. The colleague is one optional stretch:
 * a name without an address (or the other way round) would be no use to the client.
 */
export const CAPACITY: ReplyTemplate = {
  id: "capacity",
  signals: { "capacity.overload": 3, "tone.pressure": 1, "boundary.off_hours": 1 },
  title: { en: "No capacity right now", de: "Gerade keine Kapazität" },
  description: {
    en: "When more work arrives than you can take on: say what the client can expect and when, and recommend a colleague.",
    de: "Wenn mehr Arbeit kommt, als Sie gerade übernehmen können: sagen, was wann möglich ist, und eine Kollegin oder einen Kollegen empfehlen.",
  },
  texts: {
    en: {
      friendly: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thanks for thinking of me for this. My schedule is full at the moment, so I can't take it on right now, and I'd rather tell you that today than deliver it in a rush.",
        "Everything we've already agreed stays on track. I can start on the new work as soon as I have room in my schedule[[, which is from {availableFrom}]].[[ If it can't wait that long, I can warmly recommend {colleagueName}, who specialises in {colleagueSpeciality} and whose work I trust ({colleagueEmail}).]]",
        "If you'd like me to take it on, just reply and I'll reserve the time for you.",
        "Best,\n{userName}",
      ]),
      firm: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "I can't take on this work at the moment: my schedule is fully booked.",
        "What you can expect: everything we've already agreed will be delivered as planned.[[ I can start on the new request from {availableFrom}.]][[ If it needs to be done sooner, I recommend {colleagueName}, who specialises in {colleagueSpeciality} ({colleagueEmail}).]]",
        "If you'd like me to do it later, please confirm by reply and I'll book it into my next free slot.",
        "Kind regards,\n{userName}",
      ]),
    },
    "de-du": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke, dass du dabei an mich gedacht hast. Mein Kalender ist gerade voll, deshalb kann ich das im Moment nicht übernehmen – und ich sage dir das lieber gleich, als es später unter Zeitdruck abzuliefern.",
        "Alles, was wir schon vereinbart haben, läuft wie geplant weiter. Mit der neuen Aufgabe kann ich beginnen, sobald in meinem Kalender wieder Platz ist[[, also ab {availableFrom}]].[[ Wenn es nicht so lange warten kann, empfehle ich dir gern {colleagueName} ({colleagueEmail}): spezialisiert auf {colleagueSpeciality} und absolut verlässlich.]]",
        "Wenn ich es übernehmen soll, gib mir kurz Bescheid, dann reserviere ich dir die Zeit.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "diese Aufgabe kann ich im Moment nicht übernehmen, weil ich voll ausgelastet bin.",
        "Darauf kannst du dich verlassen: Alles, was wir bereits vereinbart haben, liefere ich wie geplant.[[ Mit der neuen Aufgabe kann ich ab {availableFrom} beginnen.]][[ Wenn es schneller gehen muss, empfehle ich dir {colleagueName} ({colleagueEmail}), spezialisiert auf {colleagueSpeciality}.]]",
        "Wenn ich die Aufgabe später übernehmen soll, bestätige mir das bitte kurz. Dann plane ich sie fest in meinen nächsten freien Zeitraum ein.",
        "Viele Grüße\n{userName}",
      ]),
    },
    "de-sie": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "vielen Dank, dass Sie dabei an mich gedacht haben. Mein Kalender ist gerade voll, deshalb kann ich die Aufgabe im Moment nicht übernehmen – und ich sage Ihnen das lieber gleich, als sie später unter Zeitdruck zu erledigen.",
        "Alles, was wir bereits vereinbart haben, läuft wie geplant weiter. Mit der neuen Aufgabe kann ich beginnen, sobald in meinem Kalender wieder Platz ist[[, also ab {availableFrom}]].[[ Falls es nicht so lange warten kann, empfehle ich Ihnen gern {colleagueName} ({colleagueEmail}): spezialisiert auf {colleagueSpeciality} und absolut verlässlich.]]",
        "Wenn ich die Aufgabe übernehmen soll, geben Sie mir einfach kurz Bescheid, dann reserviere ich Ihnen die Zeit.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Guten Tag {clientFirstName},",
        "diese Aufgabe kann ich im Moment nicht übernehmen, weil ich voll ausgelastet bin.",
        "Darauf können Sie sich verlassen: Alles, was wir bereits vereinbart haben, liefere ich wie geplant.[[ Mit der neuen Aufgabe kann ich ab {availableFrom} beginnen.]][[ Wenn es schneller gehen muss, empfehle ich Ihnen {colleagueName} ({colleagueEmail}), spezialisiert auf {colleagueSpeciality}.]]",
        "Wenn ich die Aufgabe später übernehmen soll, bestätigen Sie mir das bitte kurz. Dann plane ich sie fest in meinen nächsten freien Zeitraum ein.",
        "Freundliche Grüße\n{userName}",
      ]),
    },
  },
};
