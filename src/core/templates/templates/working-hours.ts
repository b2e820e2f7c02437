import type { ReplyTemplate } from "../types";
import { reply } from "./text";

/**
 * Availability outside working hours. `{workingHours}` arrives as a phrase ("Monday to
 * Friday, 9:00–17:00"), so it follows "are" / "Ich arbeite". "Urgent" is defined by its
 * consequence rather than by the client's wish; only then is a call the way to reach the
 * user, so an email at night never has to be watched for.
 */
export const WORKING_HOURS: ReplyTemplate = {
  id: "working-hours",
  signals: { "boundary.off_hours": 3, "tone.pressure": 1 },
  title: { en: "Working hours", de: "Arbeitszeiten" },
  description: {
    en: "When a client expects answers at night, at weekends or instantly: state your hours and what counts as urgent.",
    de: "Wenn Antworten abends, am Wochenende oder sofort erwartet werden: Ihre Zeiten nennen und sagen, was als dringend gilt.",
  },
  texts: {
    en: {
      friendly: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "Thanks for your message. A quick note on when I'm available, so you know what to expect: my working hours are {workingHours}. I answer messages that arrive outside those hours on the next working day.",
        "If something is truly urgent, meaning it can't wait until the next working day without real damage (your website or shop being down, for example), please call me rather than email, and I'll help as soon as I can.",
        "This way I can give your work my full attention when I'm on it. I'll get back to you on your request during my working hours.",
        "Best,\n{userName}",
      ]),
      firm: reply("Re: {subject}", [
        "Hi {clientFirstName},",
        "My working hours are {workingHours}. Messages I receive outside those hours are answered on the next working day.",
        "Urgent means something that can't wait until then without serious consequences, such as your website or shop being down. For those cases only, please call me.",
        "I'll reply to your request during my working hours.",
        "Kind regards,\n{userName}",
      ]),
    },
    "de-du": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "danke für deine Nachricht. Kurz zu meinen Zeiten, damit du weißt, woran du bist: Ich arbeite {workingHours}. Was außerhalb dieser Zeiten kommt, beantworte ich am nächsten Arbeitstag.",
        "Wenn etwas wirklich dringend ist, also nicht ohne echten Schaden bis zum nächsten Arbeitstag warten kann (zum Beispiel, wenn deine Website oder dein Shop nicht erreichbar ist), ruf mich bitte an, statt zu schreiben. Dann helfe ich, so schnell ich kann.",
        "So kann ich mich voll auf deine Projekte konzentrieren, wenn ich daran arbeite. Auf deine Anfrage komme ich innerhalb meiner Arbeitszeiten zurück.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "meine Arbeitszeiten sind {workingHours}. Nachrichten, die außerhalb dieser Zeiten eingehen, beantworte ich am nächsten Arbeitstag.",
        "Dringend heißt: Es kann nicht bis dahin warten, ohne ernsthaften Schaden anzurichten, etwa wenn deine Website oder dein Shop ausfällt. Nur in solchen Fällen ruf mich bitte an.",
        "Deine Anfrage beantworte ich innerhalb meiner Arbeitszeiten.",
        "Viele Grüße\n{userName}",
      ]),
    },
    "de-sie": {
      friendly: reply("AW: {subject}", [
        "Hallo {clientFirstName},",
        "vielen Dank für Ihre Nachricht. Kurz zu meinen Zeiten, damit Sie wissen, woran Sie sind: Ich arbeite {workingHours}. Was außerhalb dieser Zeiten kommt, beantworte ich am nächsten Arbeitstag.",
        "Wenn etwas wirklich dringend ist, also nicht ohne echten Schaden bis zum nächsten Arbeitstag warten kann (zum Beispiel, wenn Ihre Website oder Ihr Shop nicht erreichbar ist), rufen Sie mich bitte an, statt zu schreiben. Dann helfe ich, so schnell ich kann.",
        "So kann ich mich voll auf Ihre Projekte konzentrieren, wenn ich daran arbeite. Auf Ihre Anfrage komme ich innerhalb meiner Arbeitszeiten zurück.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("AW: {subject}", [
        "Guten Tag {clientFirstName},",
        "meine Arbeitszeiten sind {workingHours}. Nachrichten, die außerhalb dieser Zeiten eingehen, beantworte ich am nächsten Arbeitstag.",
        "Dringend heißt: Es kann nicht bis dahin warten, ohne ernsthaften Schaden anzurichten, etwa wenn Ihre Website oder Ihr Shop ausfällt. Nur in solchen Fällen rufen Sie mich bitte an.",
        "Ihre Anfrage beantworte ich innerhalb meiner Arbeitszeiten.",
        "Freundliche Grüße\n{userName}",
      ]),
    },
  },
};
