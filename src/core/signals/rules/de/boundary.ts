import type { PhraseRule } from "../../types";
import { ADDRESSED, REQUEST, SEASON_GREETINGS } from "./shared";

/** Doing, sending or talking: what a client asks you to do at a given time. */
const WORK =
  "(bereitschaft|pikett|verfügbar|dienst|standby|schau|schaue|schaust|schauen|lies|durchlesen|ansehen|melde|schreibe|schicke|sende|telefoniere|rufe|rufen|ruf|ruft|schaffst|schaffen|schafft|hinbekommen|hinkriegen|einarbeit*|überarbeit*|anpass*|korrigier*|ranzugehen|rangehen|ranzusetzen|arbeiten|arbeitest|durcharbeit*|durchziehen|erledigen|erledigst|fertig|fertigmachen|liefern|lieferst|schicken|schickst|senden|sendest|machen|machst|erreichbar|anrufen|telefonieren|melden|meldest|dransetzen|ransetzen|draufschauen|drüberschauen|drüberlesen|anschauen|durchgehen|kurz|umsetzen|überarbeiten|anpassen|call|telefonat|meeting|zoom|teams|termin|besprechen|sprechen|treffen|kümmern|einspielen|hochladen|online stellen|veröffentlichen|posten|antworten|reagieren|einsatz|einspringen|zeit)";

/** Saying that the writer, not you, is away or closed then. */
const OWN_ABSENCE =
  "(ich bin|bin ich|wir sind|sind wir|ich war|wir waren|unser büro|das büro|büro ist|geschlossen|betriebsferien|betriebsurlaub|ich|wir) ... (weg|unterwegs|verreist|im urlaub|offline|geschlossen|nicht im büro|in den ferien|bei der familie|auf reisen)";

/** The client says there is no need to work or answer then. */
const NO_NEED =
  "(nicht|nichts|gar nichts|bloß nicht|keinesfalls|auf keinen fall|kein|keine|keinen|nie) ... (antworten|melden|reagieren|arbeiten|erreichbar|zurückmelden|rangehen|schauen|checken|lesen|dransetzen|stress|eile|druck)";

/** The client's own weekend work ("ich schau es mir am Wochenende an"). */
const OWN_WEEKEND = [
  "(ich|wir) (arbeite|arbeiten|sitze|sitzen|schaue|schauen|schau|lese|lesen|mache|machen|kümmere|kümmern|setze|setzen|gehe|gehen) (mich|uns|es|das|mir|die|den)? (mir|uns|das|es)? (am|übers|über das|dieses|das ganze|am kommenden) (wochenende|samstag*|sonntag*|feiertag*)",
  // Separable verbs put the time in the middle: "ich schaue mir die Entwürfe am Wochenende an".
  "(ich|wir) (schaue|schau|schauen|lese|lesen|sehe|seh|sehen|gehe|geh|gehen|arbeite|arbeiten|mache|machen|kümmere|kümmern|setze|setzen|nehme|nehmen|gucke|guck|gucken) ... (am|übers|über das|über's|am kommenden) (wochenende|samstag*|sonntag*|feiertag*)",
];

/** Off-hours: evenings, nights, weekends, holidays, vacations, always reachable. */
const OFF_HOURS: readonly PhraseRule[] = [
  {
    id: "de.boundary.off_hours.wochenende",
    signal: "boundary.off_hours",
    language: "de",
    severity: 2,
    patterns: [
      `(am|übers|über das|über's|dieses|nächstes|kommendes|am kommenden|am nächsten|am langen|an diesem|am freien|bis zum|bis) (wochenende|samstag*|sonntag*) ... ${WORK}`,
      `${WORK} ... (am|übers|über das|über's|dieses|nächstes|kommendes|am kommenden|am nächsten|am langen|an diesem|bis|bis zum|bis spätestens) (wochenende|samstag*|sonntag*)`,
      `(samstag*|sonntag*|samstags|sonntags|wochenende) ... ${WORK}`,
    ],
    requires: [ADDRESSED, REQUEST],
    unless: ["(ist|sind) ... (auf der messe|auf messe|unterwegs|im urlaub|nicht da|nicht erreichbar|auf reisen|verreist|zu)", "(antworten|rückmeldungen|antwort|rückmeldung) (können|kann|wird|werden) (also|daher|deshalb)? (etwas|länger)? dauern", SEASON_GREETINGS, OWN_ABSENCE, NO_NEED, ...OWN_WEEKEND, "(nach dem|nach|ab|ab dem|seit|seit dem|vor dem|am montag nach dem) (wochenende|sonntag|samstag)", "(samstag|sonntag) (den)? #num", "(event|veranstaltung|messe|feier|hochzeit|eröffnung|fest|konzert|markt|lauf|turnier) ... (samstag*|sonntag*|wochenende)"],
    note: {
      en: "Work or availability expected on the weekend.",
      de: "Arbeit oder Erreichbarkeit am Wochenende wird erwartet.",
    },
    examples: {
      flag: ["Wär super, wenn du übers Wochenende durcharbeiten könntest, dann sind wir Montag fertig.", "Wärst du am Samstagvormittag für einen kurzen Call verfügbar?", "Ich rufe dich am Sonntagvormittag an.", "Ich melde mich am Sonntag bei dir, dann gehen wir alles durch.", "Hey, kannst du am Samstagabend kurz online sein, falls beim Launch was schiefgeht?", "Kannst du das am Wochenende noch fertig machen?", "Könnten Sie mir die Entwürfe bis Sonntag schicken?", "Können wir Sonntagmorgen kurz telefonieren?", "Schaffst du das übers Wochenende?"],
      pass: ["Unser Vertrieb ist das ganze Wochenende auf der Messe, Antworten können also dauern.", "Ich schaue mir die Entwürfe am Wochenende in Ruhe an und schicke dir am Montag meine Anmerkungen.", "Schönes Wochenende und bis Montag!", "Ich arbeite am Wochenende an den Texten und schicke sie dir Montag.", "Du musst am Wochenende nicht antworten.", "Ich bin am Wochenende unterwegs, melden Sie sich gern nach dem Wochenende.", "Unser Event ist am Samstag, könnten Sie die Plakate bis Donnerstag liefern?"],
    },
  },
  {
    id: "de.boundary.off_hours.abends",
    signal: "boundary.off_hours",
    language: "de",
    severity: 2,
    patterns: [
      "(um|ab|gegen|bis|nach|noch um|so um|spätestens um) (20|20.00|20.30|halb neun|21|22|23|24|0|00|21.00|21.30|22.00|22.30|23.00|23.30|21.15|22.15|23.15|21.45|22.45|23.45|halb zehn|halb elf|halb zwölf|zehn|elf|mitternacht) (00|30|15|45)? (uhr|h)? (abends|nachts|heute nacht|in der nacht)?",
      "(spätabends|spät abends|spät am abend|mitten in der nacht|nachts|in der nacht|über nacht|heute nacht|morgen nacht|die nacht durch|nachtschicht|die nacht über)",
      "(heute|morgen|montag|dienstag|mittwoch|donnerstag|freitag)? (abend|abends) ... (telefonieren|call|anruf|anrufen|zoom|meeting|teams|besprechen|erreichbar|telefonat|videocall|sprechen|durchgehen|draufschauen|drüberschauen)",
      "(telefonieren|call|anrufen|zoom|meeting|teams|besprechen|erreichbar|telefonat|videocall|sprechen) ... (heute|morgen|montag|dienstag|mittwoch|donnerstag|freitag)? (abend|abends|spätabends)",
      "(um|ab|gegen|vor) (5|6|7|halb 6|halb 7|halb 8|halb sechs|halb sieben|halb acht|fünf|sechs|sieben) (uhr)? (morgens|früh|in der früh)",
      "(frühmorgens|früh morgens|in aller herrgottsfrühe|vor dem frühstück|vor arbeitsbeginn|vor (7|sieben|acht|8) uhr)",
      "(morgen|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag) (früh)? (um|gegen|ab) (5|6|7|halb 6|halb 7|halb 8|fünf|sechs|sieben) (uhr)? ... (telefonieren|call|anrufen|meeting|zoom|teams|besprechen|sprechen|durchgehen|treffen)",
    ],
    requires: [ADDRESSED, REQUEST],
    unless: ["(war|waren|ist|sind|gab es|hatten wir|hatte|lief|liefen|ging|gingen|kam|kamen|fiel|fielen) ... (heute nacht|letzte nacht|in der nacht|nachts|über nacht|gestern abend|gestern nacht)", "(heute nacht|letzte nacht|in der nacht|nachts|über nacht|gestern abend|gestern nacht) (war|waren|ist|sind|gab es|hatten wir|lief|liefen|ging|gingen|kam|kamen|fiel|fielen)", NO_NEED, "(ich|wir) (bin|sind|werde|werden|arbeite|arbeiten|sitze|sitzen|habe|haben) ... (abends|nachts|in der nacht|spät)", "(bis|um) (22|23|21) (uhr)? (geöffnet|offen|auf)", "über nacht ... (drüber schlafen|nachdenken|sacken|wirken|überlegen)",
      // A span, not a time of day: "nach zehn Tagen", "in elf Wochen", "bis zwanzig Seiten".
      "(um|ab|gegen|bis|nach|noch um|so um|spätestens um) (20|21|22|23|24|zehn|elf|zwölf|mitternacht) (tage*|tagen|wochen|woche|monate*|monaten|jahre*|jahren|minuten|stunden|seiten|mal|male|leute|personen|gäste*|stück|prozent|euro|franken|eur|chf|mails|e-mails|nachrichten|runden|versionen)"],
    note: {
      en: "Work or a call expected late in the evening, at night or before the day starts.",
      de: "Arbeit oder ein Gespräch spätabends, nachts oder vor Arbeitsbeginn wird erwartet.",
    },
    examples: {
      flag: ["Könnten wir morgen um 7 Uhr kurz telefonieren, bevor mein Flug geht?", "Können wir die Abstimmung um 20 Uhr machen? Dann sind die Kinder im Bett.", "Ich hab dir um 23:30 Uhr noch die Änderungen geschickt, bitte gleich in der Früh umsetzen.", "Schick mir den Entwurf noch heute Abend um zehn.", "Schick mir die Datei einfach heute Nacht, ich schaue um 6 Uhr drauf.", "Gestern um Mitternacht habe ich Ihnen geschrieben, warum kam keine Antwort?", "Ich hab dir heute Nacht um 2 geschrieben, warum hast du nicht geantwortet?", "Können wir heute Abend um 22 Uhr telefonieren?", "Bitte schick mir die Datei noch heute Nacht.", "Könnten Sie das über Nacht fertig machen?", "Können wir uns morgen um 6 Uhr früh kurz abstimmen?"],
      pass: ["Schön, dass du dich nach zehn Tagen wieder meldest, wir hatten uns schon Sorgen gemacht.", "Bis elf Seiten sind im Angebot enthalten.", "Unser IT-Mann sagt, der Server war heute Nacht down, nicht Ihre Schuld.", "Ich sitze abends oft noch am Rechner, lassen Sie sich davon nicht stressen.", "Lassen Sie das gern über Nacht sacken und melden Sie sich morgen."],
    },
  },
  {
    id: "de.boundary.off_hours.feiertage",
    signal: "boundary.off_hours",
    language: "de",
    severity: 2,
    patterns: [
      "(feiertag*|weihnachtsfeiertag*|osterfeiertag*|pfingstfeiertag*|weihnachten|weihnachtstag*|weihnachtsferien|heiligabend|heiligen abend|silvester|neujahr|ostern|osterfeiertag*|ostertag*|osterwochenende|osterferien|pfingsten|pfingstwochenende|pfingstferien|brückentag*|karfreitag|ostersonntag|ostermontag|pfingstsonntag|pfingstmontag|christtag|fronleichnam|himmelfahrt|auffahrt|allerheiligen|tag der arbeit|nationalfeiertag|bundesfeiertag|tag der deutschen einheit|zwischen den jahren|festtage*|stephanstag|stefanitag)",
    ],
    requires: [`${WORK}`, REQUEST],
    unless: ["(wegen|aufgrund|durch|dank) (der|den|die)? (feiertag*|weihnacht*|ostern|osterfeiertag*|pfingsten|festtage|ferien|urlaubszeit)", SEASON_GREETINGS, OWN_ABSENCE, NO_NEED, "(nach|ab|seit|vor) (den|dem)? (feiertage*|weihnachten|ostern|pfingsten|neujahr|silvester|festtage*)", "(bis|vor) (zu|spätestens)? (weihnachten|ostern|den feiertagen)"],
    note: {
      en: "Work or availability expected over a public holiday.",
      de: "Arbeit oder Erreichbarkeit an Feiertagen wird erwartet.",
    },
    examples: {
      flag: ["Den Dreh machen wir am Pfingstsonntag, da ist das Büro leer.", "Könnten Sie die Korrekturen am ersten Weihnachtsfeiertag fertig machen?", "Wir brauchen dich am Pfingstmontag beim Shooting.", "Kannst du am Heiligabend noch kurz die Mails checken?", "Bitte halten Sie sich über Silvester bereit, falls der Shop Probleme macht.", "Könnten Sie über die Feiertage erreichbar sein?", "Kannst du das zwischen den Jahren fertig machen?", "Wäre es möglich, am Ostermontag kurz drüberzuschauen?"],
      pass: ["Frohe Ostern und erholsame Feiertage!", "Wegen der Feiertage kommt unser Feedback eine Woche später, wir brauchen die Version dann bis zum 10.", "Frohe Weihnachten und einen guten Rutsch!", "Über die Feiertage musst du auf gar nichts antworten.", "Wir sind über die Feiertage geschlossen, schicken Sie die Rechnung gern danach.", "Nach den Feiertagen können wir gerne telefonieren."],
    },
  },
  {
    // "Das Shooting ist am Pfingstmontag": your job named on a public holiday, with no request around it.
    id: "de.boundary.off_hours.einsatz-am-feiertag",
    signal: "boundary.off_hours",
    language: "de",
    severity: 2,
    patterns: [
      "(das|der|die|unser|unsere|euer|eure|ihr|dein|deine) (shooting|fotoshooting|dreh|videodreh|filmdreh|aufnahme|aufnahmen|aufzeichnung|workshop|schulung|einsatz|montage|aufbau|installation|umstellung|inventur|übergabe|livegang|go-live|umzug) (ist|findet|wäre|muss|soll|wird|läuft|steht|machen wir|legen wir) (dann|leider|also|jetzt|doch|halt|nun)? (am|an|zu|über) (karfreitag|ostersonntag|ostermontag|pfingstsonntag|pfingstmontag|heiligabend|heiligen abend|silvester|neujahr|christtag|stephanstag|stefanitag|fronleichnam|himmelfahrt|auffahrt|allerheiligen|nationalfeiertag|bundesfeiertag|feiertag|tag der arbeit|tag der deutschen einheit|ersten weihnachtsfeiertag|zweiten weihnachtsfeiertag|weihnachtsfeiertag|ostern|pfingsten|weihnachten|den feiertagen)",
    ],
    unless: [SEASON_GREETINGS, OWN_ABSENCE],
    note: {
      en: "Your job booked on a public holiday. Holiday work is yours to accept, at your holiday rate.",
      de: "Ihr Einsatz auf einen Feiertag gelegt. Feiertagsarbeit nehmen Sie an oder nicht, zu Ihrem Feiertagssatz.",
    },
    examples: {
      flag: ["Der Dreh findet am Ostermontag statt, da ist die Halle frei.", "Die Montage muss leider am Feiertag sein, sonst steht der Laden still.", "Unsere Inventur machen wir an Fronleichnam, da hilfst du ja mit."],
      pass: ["Das Shooting ist am Dienstag nach Pfingsten.", "Unser Laden ist am Ostermontag geschlossen.", "Das Shooting ist nach Ostern, wir melden uns mit dem genauen Datum."],
    },
  },
  {
    id: "de.boundary.off_hours.urlaub",
    signal: "boundary.off_hours",
    language: "de",
    severity: 2,
    patterns: [
      "(auch|trotzdem|selbst|sogar|zwischendurch|kurz) (im|in (deinem|ihrem|eurem)|während (deines|ihres|eures|des)) (urlaub*|ferien|elternzeit|krankenstand)",
      "(im|aus dem|während (des|deines|ihres|eures)|in (deinem|ihrem|eurem)) (urlaub*|ferien) ... (erreichbar|draufschauen|drüberschauen|schauen|antworten|mails|e-mails|checken|arbeiten|erledigen|melden|anrufen|telefonieren|dabei|zeit|kurz)",
      "(auch|trotzdem|selbst) (wenn|falls) (du|sie|ihr) (krank|im urlaub|in elternzeit|unterwegs|verreist) (bist|sind|seid)",
    ],
    requires: [ADDRESSED],
    unless: ["(ich bin|bin ich|wir sind|sind wir|ich war|war ich|mein|meinem|meines|unser|unserem|unseres|nach (ihrem|deinem|eurem)) ... (urlaub|ferien)", "(schönen|erholsamen|guten|tollen) (urlaub|ferien)"],
    note: {
      en: "Work or availability expected during your holiday or sick leave.",
      de: "Arbeit oder Erreichbarkeit im Urlaub oder bei Krankheit wird erwartet.",
    },
    examples: {
      flag: ["Könnten Sie auch im Urlaub kurz die Mails checken?", "Kannst du während deines Urlaubs erreichbar sein?", "Auch wenn Sie krank sind, bräuchte ich die Texte heute."],
      pass: ["Schönen Urlaub, wir melden uns danach!", "Ich bin ab Montag im Urlaub, bitte schicken Sie die Rechnung an Frau Meier."],
    },
  },
  {
    id: "de.boundary.off_hours.erreichbar",
    signal: "boundary.off_hours",
    language: "de",
    severity: 2,
    patterns: [
      "(jederzeit|ständig|immer|permanent|durchgehend|rund um die uhr|24 stunden|24 7|auch abends|auch nachts|auch am wochenende|abends|nachts) (erreichbar|verfügbar|ansprechbar|online|greifbar|am handy|am telefon|bereit)",
      "(rund um die uhr|24 7|24 stunden am tag|sieben tage die woche|7 tage die woche|tag und nacht|tag oder nacht|tags und nachts|tagsüber und nachts)",
      "(nach|ab) (18|19|20|21|22|23|feierabend|dienstschluss|büroschluss|geschäftsschluss) (uhr)? ... (erreichbar|verfügbar|ansprechbar|online|arbeiten|antworten|telefonieren|reagieren)",
      "(außerhalb|nach) (der|den|ihrer|deiner)? (arbeitszeit|arbeitszeiten|bürozeiten|geschäftszeiten|öffnungszeiten|feierabend) ... (erreichbar|verfügbar|ansprechbar|online|arbeiten|antworten|telefonieren|reagieren)",
      "(handy|telefon) ... (anlassen|an lassen|eingeschaltet lassen|angeschaltet lassen|nicht ausschalten|auf laut|laut|immer dabei|griffbereit)",
      "(rufbereitschaft|bereitschaftsdienst|auf abruf|in bereitschaft|standby|stand-by|pikett|pikettdienst)",
      "bereitschaft (haben|halten|machen|übernehmen|schieben)",
      "(warum|wieso|weshalb) (waren|warst|sind|bist|seid|wart) (sie|du|ihr) ... nicht (erreichbar|ans telefon|rangegangen|drangegangen|online)",
      "(warum|wieso|weshalb) ... (wochenende|samstag*|sonntag*|abend*|nacht|feiertag*|urlaub) ... (nicht|nie|kaum) (gearbeitet|geantwortet|erreichbar|reagiert|rangegangen|drangegangen|zurückgerufen|gemeldet|ans telefon)",
      "(warum|wieso|weshalb) (antwortest|antworten|antwortet|reagierst|reagieren|meldest|melden|arbeitest|arbeiten|gehst|gehen|bist|sind|seid) (du|sie|ihr) ... (wochenende|samstag*|sonntag*|abends|nachts|feiertag*|urlaub) ... (nie|nicht|kaum)",
      "(bleib|bleiben sie|bleibt|bleibst du|bleiben) (bitte)? (online|erreichbar|wach|am handy|dran|in der nähe|verfügbar|auf empfang)",
      "(nach|ab) (#num|17|18|19|20|21|22) (uhr)? (keine|nicht|nie|kaum) (mails|e-mails|anrufe|nachrichten)? (mehr)? (beantworten|beantwortest|antworten|antwortest|erreichbar|rangehen|rangehst|reagieren|reagierst|arbeiten|arbeitest)",
    ],
    requires: [ADDRESSED, REQUEST, "(erwarte*|muss|müssen|warum|wieso|weshalb|nacht|abend|spät|wochenende|feiertag*|schwierig|problem)"],
    unless: ["(ich bin|bin ich|wir sind|sind wir) ... (erreichbar|verfügbar|für sie da|für dich da)", "(unser|unsere|der|die) (support|team|hotline|service|kundenservice|büro|notdienst)"],
    negatable: false,
    note: {
      en: "Availability expected at any hour.",
      de: "Erreichbarkeit zu jeder Stunde wird erwartet.",
    },
    examples: {
      flag: ["Während des Launch-Wochenendes brauche ich dich Tag und Nacht auf WhatsApp.", "Ich arbeite heute bis spät in die Nacht daran, bleib bitte online, falls ich Fragen habe.", "Mir ist aufgefallen, dass Sie nach 18 Uhr keine Mails beantworten, das ist für uns schwierig.", "Wieso antwortest du am Wochenende eigentlich nie?", "Warum haben Sie am Samstag nicht gearbeitet?", "Sie sollten auch nach 18 Uhr erreichbar sein.", "Wir erwarten, dass Sie jederzeit erreichbar sind.", "Kannst du dein Handy am Wochenende anlassen?", "Du musst da rund um die Uhr verfügbar sein.", "Warum waren Sie gestern Abend nicht erreichbar?"],
      pass: ["Bleib gesund und bis bald!", "Unser Support ist rund um die Uhr für Sie erreichbar.", "Ich bin ab 9 Uhr erreichbar."],
    },
  },
];

const EXPECTED_ANYWAY: readonly PhraseRule[] = [
  {
    // Austrian "geht sich das übers Wochenende aus?": does it fit, asked of you, with the weekend as the time it takes.
    id: "de.boundary.off_hours.geht-sich-aus",
    signal: "boundary.off_hours",
    language: "de",
    severity: 2,
    patterns: [
      "(geht|gehen|ginge|gingen) (sich)? (das|es|des|alles|dies)? (sich)? (noch|vielleicht|eventuell|irgendwie|trotzdem)? (übers|über das|über's|über den|über|am|bis zum|über die) (wochenende|samstag*|sonntag*|feiertag*|feiertagen|ostern|pfingsten|weihnachten|festtage|nacht) (noch)? aus",
      "(geht|gehen|ginge|gingen) sich ... (übers|über das|über's|über den|über|am|bis zum|über die) (wochenende|samstag*|sonntag*|feiertag*|feiertagen|ostern|pfingsten|weihnachten|festtage|nacht) (noch)? aus",
    ],
    unless: [OWN_ABSENCE, NO_NEED, SEASON_GREETINGS, "(bei uns|bei mir|für uns|für mich|unsererseits|meinerseits) ... (geht|gehen|ginge|gingen)", "(geht|gehen|ginge|gingen) ... (bei uns|bei mir|für uns|für mich)"],
    negatable: false,
    note: {
      en: "Weekend or holiday work asked for, Austrian style: 'does it fit over the weekend?'",
      de: "Arbeit am Wochenende oder an Feiertagen, auf Österreichisch erfragt: „geht sich das übers Wochenende aus?“",
    },
    examples: {
      flag: ["Wir bräuchten noch den Roll-up, einen Flyer und die Präsentation, geht sich das übers Wochenende aus?", "Geht sich die Korrektur über Ostern noch aus?"],
      pass: ["Bei uns geht sich das übers Wochenende leider nicht aus, wir schicken die Texte am Montag.", "Geht sich das bis Mittwoch aus? Sonst Freitag, kein Stress."],
    },
  },
  {
    id: "de.boundary.off_hours.nicht-erreicht",
    signal: "boundary.off_hours",
    language: "de",
    severity: 2,
    negatable: false,
    // Scolding the freelancer for not answering at a time that was theirs.
    patterns: [
      "(am|übers|über das|über's|an dem|diesen|letzten|am letzten) (samstag*|sonntag*|wochenende|feiertag|abend|pfingstmontag|ostermontag) ... (angerufen|versucht|geschrieben|erreichen wollen|probiert|angeklingelt) ... (nicht|keine|niemand) (rangegangen|erreichbar|abgenommen|geantwortet|reagiert|zurückgerufen|gemeldet|ran|da)",
      "(um|gegen|nach) (21|22|23|24|mitternacht|halb elf|halb zwölf) (uhr)? ... (geschrieben|angerufen|gemailt|geschickt) ... (nicht|keine|noch nicht) (geantwortet|reagiert|zurückgeschrieben|zurückgerufen|gemeldet)",
      "(dass|weil|wenn|da|als) (du|sie|ihr) (am|übers|über das|über's|letzten|am letzten|diesen|den ganzen) (samstag*|sonntag*|wochenende|feiertag|abend) (nicht|nie|kaum|überhaupt nicht|gar nicht|einfach nicht) (erreichbar|zu erreichen|online|ans telefon gegangen|rangegangen|drangegangen|da) (war|waren|warst|wart|bist|sind|seid)?",
      "(warst|waren|wart) (du|sie|ihr) (am|übers|über das|letzten|am letzten|den ganzen) (samstag*|sonntag*|wochenende|feiertag|abend) (nicht|nie|kaum|gar nicht) (erreichbar|zu erreichen|online|da)",
    ],
    unless: ["(ich|wir) (war|waren|bin|sind) (am|übers|über das) (wochenende|samstag|sonntag|feiertag|abend) (nicht|auch nicht) (erreichbar|da|online)"],
    note: {
      en: "Reproach for not answering in your own time.",
      de: "Ein Vorwurf, in Ihrer freien Zeit nicht erreichbar gewesen zu sein.",
    },
    examples: {
      flag: ["Schade, dass du am Sonntag nicht erreichbar warst, wir hätten dich gebraucht.", "Ich habe dir um 23 Uhr geschrieben und bis zum Morgen hattest du nicht geantwortet.", "Ich habe dich am Samstag angerufen, aber du bist nicht rangegangen.", "Am Sonntag habe ich es dreimal probiert, und Sie waren nicht erreichbar."],
      pass: ["Schade, dass du am Montag nicht erreichbar warst.", "Schade, dass ich am Samstag nicht erreichbar war.", "Ich habe dich am Montag angerufen, aber du bist nicht rangegangen.", "Ich war am Wochenende nicht erreichbar, sorry für die späte Antwort."],
    },
  },
  {
    id: "de.boundary.off_hours.auch-mal-am-wochenende",
    signal: "boundary.off_hours",
    language: "de",
    severity: 2,
    patterns: [
      "(auch|auch mal|mal|sogar|selbst|halt auch|ruhig auch|ruhig mal) (am|übers|über das|an|zu|in der) (wochenende|samstag*|sonntag*|feiertag*|feiertagen|abend|abenden|heiligabend|nacht|ferien|urlaub)",
      "(auch|auch mal|sogar|selbst|ebenso) (abends|nachts|sonntags|samstags|feiertags|spätabends|frühmorgens|am wochenende)",
      "(zu fein|zu bequem|nicht bereit|weigern|weigert|keine lust|nicht willens) ... (wochenende*|samstag*|sonntag*|abends|feiertag*|abend)",
      "(wochenende*|samstag*|sonntag*|abends|feiertag*) ... (zu fein|zu bequem|nicht bereit|weigern|keine lust)",
    ],
    unless: [SEASON_GREETINGS, NO_NEED, "(ich|wir) (arbeite|arbeiten|schaue|schauen|schau|lese|lesen|bin|sind|mache|machen|sitze|sitzen|habe|haben) ... (auch|auch mal|sogar|selbst)", "(auch|sogar) (am wochenende|abends|sonntags|samstags) (geöffnet|offen|für sie da|erreichbar für sie)"],
    note: {
      en: "Evening, weekend or holiday work treated as normal.",
      de: "Arbeit abends, am Wochenende oder an Feiertagen wird als selbstverständlich behandelt.",
    },
    examples: {
      flag: ["Ich hätte gern, dass du während der Messe auch abends für Rückfragen verfügbar bist.", "Wer sich zu fein ist, auch mal am Samstag ranzugehen, hat hier nichts verloren.", "Bitte antworten Sie auch abends innerhalb einer Stunde.", "Da kann man auch mal am Wochenende ran.", "Dann musst du eben auch am Abend ran."],
      pass: ["Ich schaue mir das auch mal am Wochenende an.", "Schönes Wochenende!"],
    },
  },
];

/** German boundary rules. */
export const BOUNDARY_RULES: readonly PhraseRule[] = [...OFF_HOURS, ...EXPECTED_ANYWAY];
