import type { PhraseRule } from "../../types";

/** Meetings and calls, in the words clients use for them. */
const MEETING =
  "(termin|call|meeting|telefonat|besprechung|telefontermin|gespräch|abstimmung|jour fixe|jourfixe|videocall|zoom|zoom-call|teams-call|teams-meeting|workshop|briefing|kick-off|kickoff|präsentation|abstimmungstermin|telko|webex|treffen)";

/** The client moves the deadline themselves: late, but no old deadline is expected. */
const CLIENT_MOVES_DEADLINE =
  "((verschieben|schieben|verlegen) (wir|ich) ... (go-live|golive|launch|termin|deadline|abgabe|start|zeitplan|liefertermin|abgabetermin|drucktermin)|(go-live|golive|launch|termin|deadline|abgabe|start|zeitplan|liefertermin|abgabetermin|drucktermin) (verschiebt|verschieben) sich|(entsprechend|ebenfalls|auch) (nach hinten|verschoben|später)|(mehr|länger) zeit (lassen|nehmen|geben)|(lass uns|lasst uns|lassen sie uns|lassen wir|können wir|wir können|sollten wir|wir sollten|würde ich|ich würde|würden wir|wir würden|möchte ich|ich möchte|möchten wir|wir möchten|schlage vor|schlagen vor) ... (go-live*|golive*|livegang*|launch*|termin*|deadline*|abgabe*|start*|zeitplan*|liefertermin*|drucktermin*|veröffentlichung*|eröffnung*) ... (verschieben|schieben|verlegen|nach hinten))";

/**
 * A deadline, including the compounds German builds on it ("Launchtermin",
 * "Abgabedatum", "Go-live-Termin"): a pattern word matches whole words only, so the
 * compounds are reached by their first part and a wildcard.
 */
const DEADLINE =
  "(termin|deadline*|abgabe*|liefertermin*|launch*|relaunch*|go-live*|golive*|livegang*|release*|erscheinungstermin*|drucktermin*|druckfreigabe|drucklegung|druckerei|messetermin*|messe|starttermin*|zeitplan*|enddatum|stichtag*|präsentationstermin*|veröffentlichung*|eröffnung*|event|webinar*|kampagnenstart|mailing*|frist*|datum|onlinegang|online-gang)";

/** The client admitting their own part came late: used as a condition beside the old date. */
const CLIENT_LATE = [
  "(sorry|entschuldig*|tut mir leid|tut uns leid|verzeih*|pardon) ... (spät*|verspätet*|verzögert*|verzögerung|funkstille|wartezeit|warten lassen|hängen lassen|so lange|erst jetzt|erst heute|lange nichts)",
  "(erst|leider erst|jetzt erst) (jetzt|heute|nun|gestern|diese woche|heute morgen|gestern abend|am wochenende|vorhin)",
  "(wieder)? (zurück|da) (aus dem|aus den|vom|von der|von) (urlaub|ferien|krankenstand|messe|dienstreise|elternzeit|reise|seminar|kur)",
  "(aus dem|aus den|vom|von der) (urlaub|ferien|krankenstand|messe|dienstreise|elternzeit|reise|seminar|kur) (zurück|wieder da|wieder zurück)",
  "(land unter|die hölle los|drunter und drüber|chaotisch|turbulent|stressig|hektisch|so viel los|viel los|wahnsinnig viel|ein chaos)",
  // "hätten letzte Woche kommen sollen", "wollten eigentlich bis zum 3. schicken": what was due, not what is expected ("sollte am Montag fertig sein").
  "(hätten|hätte) (eigentlich|ja|schon|längst)? ... (kommen|geliefert|geschickt|da sein|fertig sein|vorliegen|schicken|liefern|zurückmelden|melden|freigeben) (sollen|müssen)",
  "(sollten|sollte|wollten|wollte) (eigentlich|ja eigentlich|längst|schon längst|doch eigentlich)",
  "(länger|ewig|eine ewigkeit|so lange|eine weile) (gedauert|gebraucht|hingezogen)",
  "(kommen|kommt|folgen|folgt|gibt es|bekommst|bekommen|schicke|schicken|liefere|liefern) ... (erst|leider erst|frühestens|wohl erst) (nächste|nächsten|am|ende|in|übermorgen|morgen|später)",
  "(noch nicht|immer noch nicht|leider noch nicht|noch immer nicht) (fertig|da|freigegeben|abgestimmt|zusammen|so weit|soweit|geschafft|angeschaut|durchgesehen|gelesen)",
  "(verspätung|verzögerung|verzug|rückstand|hintendran|hinterher|spät dran)",
  "(eine woche|zwei wochen|ein paar tage|#num tage|einige tage|etwas|deutlich|viel|leider) (zu spät|später als (geplant|vereinbart|versprochen|gedacht))",
  "(vorstand|chef|chefin|geschäftsführ*|gf|kunde|kundin|team|rechtsabteilung|inhaber*|partner*|marketing|abteilung) (hat|haben) (sich)? (es|das|die entwürfe|den entwurf)? (erst|leider erst|jetzt erst) (heute|gestern|jetzt|diese woche|nun)",
];

/** The old date still expected: said outright, asked after ("klappt Freitag trotzdem?"), or as time to be made up. */
const OLD_DATE = [
  `${DEADLINE} ... (bleibt|bleiben|steht|stehen|gilt|gelten|hält|halten|fest|fix|gesetzt|unverändert|unverrückbar|gebucht|verschickt|angekündigt)`,
  "(trotzdem|dennoch|trotz allem|nach wie vor|weiterhin|wie ursprünglich geplant|wie geplant) ... (bis|am|zum|zur|live|online|fertig|raus|in den druck|gedruckt|erscheinen|starten|launchen|schaffen|einhalten|halten|klappen|hinbekommen|machbar)",
  "(klappt|klappen|geht|gehen|passt|reicht|reichen|schaffen|schaffst|schafft|hinbekommen|hinkriegen) (das|es|der termin|freitag|montag|dienstag|mittwoch|donnerstag)? (trotzdem|dennoch|noch|weiterhin|immer noch)",
  "(trotzdem|dennoch|immer noch|weiterhin|nach wie vor) (machbar|zu schaffen|realistisch|möglich|drin|okay|ok|in ordnung|einzuhalten|zu halten)",
  "(zeit|tage|woche|rückstand) ... (aufholen|reinholen|wieder reinholen|rausholen|wettmachen|gutmachen|aufgeholt)",
  "(zeit|tage|woche|rückstand|verzögerung) (holst|holen|holt|hole) (du|sie|ihr|wir|man) ... (rein|auf|raus)",
  "(ursprünglichen|ursprüngliche|alten|alte|bisherigen|vereinbarten|geplanten|gleichen|selben) (termin*|deadline|datum|zeitplan|launch*|go-live*|abgabe*)",
  "(muss|müssen|soll|sollen|sollte|sollten|brauche|brauchen|bräuchte|bräuchten) ... (trotzdem|dennoch|wie geplant|wie vereinbart|wie besprochen)",
];

/**
 * The client admitting that their own part is late, in words that say so on their own:
 * a message condition for the rule that hears the old date kept in another sentence
 * ("Sorry, dass ich mich erst jetzt melde. Der Drucktermin ändert sich nicht."). A busy
 * week alone, or a printer running late, is not the client's input coming late.
 */
const CLIENT_LATE_IN_MESSAGE = [
  "(sorry|entschuldig*|tut mir leid|tut uns leid|verzeih*|pardon) ... (späte*|verspätete*|verzögerte*|langsame*|verzögerung|funkstille|sendepause|wartezeit|warten lassen|hängen lassen|so lange|erst jetzt|erst heute|abgetaucht|lange nichts)",
  "(erst|leider erst|jetzt erst) (jetzt|heute|nun|gestern|diese woche|heute morgen|gestern abend) (dazu|dazugekommen|dazu gekommen|zeit|die zeit|geschafft|angeschaut|angesehen|durchgesehen|gelesen|freigegeben|zusammen|fertig)",
  "(kam|komme|kommen|bin|sind|kamen|war|waren) (leider|erst|eben)? (erst)? (jetzt|heute|gestern|nun|gerade) dazu",
  "(noch nicht|leider nicht|nicht mehr|nicht rechtzeitig) (dazu gekommen|dazugekommen)",
  // "hätten letzte Woche kommen sollen", "wollten eigentlich bis zum 3. schicken": what was due, not what is expected ("sollte am Montag fertig sein").
  "(hätten|hätte) (eigentlich|ja|schon|längst)? ... (kommen|geliefert|geschickt|da sein|fertig sein|vorliegen|schicken|liefern|zurückmelden|melden|freigeben) (sollen|müssen)",
  "(sollten|sollte|wollten|wollte) (eigentlich|ja eigentlich|längst|schon längst|doch eigentlich)",
  "(vorstand|chef|chefin|geschäftsführ*|gf|kunde|kundin|team|rechtsabteilung|inhaber*|partner*|marketing|abteilung) (hat|haben) (sich)? (es|das|die entwürfe|den entwurf)? (erst|leider erst|jetzt erst) (heute|gestern|jetzt|diese woche|nun)",
  "(kommen|kommt|folgen|folgt|gibt es|bekommst|bekommen|schicke|schicken|liefere|liefern|bringe|bringen|reiche|reichen|sende|senden|lade|laden) ... (erst|leider erst|frühestens|wohl erst) (nächste|nächsten|am|ende|in|übermorgen|später)",
  "(eine woche|zwei wochen|ein paar tage|#num tage|einige tage|etwas|deutlich|viel|leider) (zu spät|später als (geplant|vereinbart|versprochen|gedacht))",
  "(wir|ich) (sind|bin|hängen|hänge) (leider|etwas|ziemlich|diesmal|echt|wirklich|mal wieder|schon wieder)? (mit|bei)? ... (spät dran|zu spät dran|hintendran|hinterher|im verzug|in verzug|im rückstand)",
  "(zurück|wieder da) (aus dem|aus den|vom|von der) (urlaub|ferien|krankenstand|messe|dienstreise|elternzeit|reise)",
  "(aus dem|aus den|vom|von der) (urlaub|ferien|krankenstand|messe|dienstreise|elternzeit|reise) (zurück|wieder da|wieder zurück)",
  "(bei mir|bei uns) (gelegen|liegen geblieben|liegengeblieben|lag|lagen)",
  "(immer noch|noch immer|leider noch) (nicht) (fertig|da|freigegeben|abgestimmt|zusammen)",
  // Input promised again: "Die Texte schick ich dir nächste Woche, diesmal wirklich".
  "(schick*|liefer*|bekommst|bekommen|kommen|kommt|reiche|reichen|sende|senden|lade|laden) ... (diesmal|dieses mal|jetzt) (aber)? (wirklich|ganz sicher|ganz bestimmt|versprochen|garantiert|hoch und heilig)",
];

/** The old date kept, said or asked after: heard in any sentence of a message that also admits the client's lateness. */
const DATE_KEPT = [
  `${DEADLINE} ... (bleibt|bleiben|steht|stehen|gilt|gelten) (bestehen|fest|fix|unverändert|gleich|so|wie geplant|wie vereinbart|wie besprochen)?`,
  `${DEADLINE} ... (ändert|ändern|verschiebt|verschieben|bewegt|bewegen) (sich)? (aber|leider|trotzdem|allerdings|dadurch)? (nicht|nichts|kein stück)`,
  `${DEADLINE} ... (ist|sind) (leider|aber|allerdings)? (fix|gesetzt|unverändert|nicht verschiebbar|nicht verhandelbar|gebucht|festgezurrt|in stein gemeißelt)`,
  `${DEADLINE} ... (so lassen|beibehalten|behalten|halten|einhalten|nicht antasten|nicht verschieben|nicht schieben|festhalten)`,
  "(bis|am|zum) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende der woche|monatsende) ... (fertig|online|live|raus|gedruckt|in den druck|stehen|vorliegen|da sein)",
];

/** Late feedback: feedback or approvals after the agreed window, missed or moved meetings, the old deadline still expected. */
const LATE_FEEDBACK: readonly PhraseRule[] = [
  {
    id: "de.reliability.late_feedback.spaetes-feedback",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 1,
    patterns: [
      "(sorry|entschuldigung|entschuldige*|verzeih*|pardon|tut mir leid|tut uns leid|bitte entschuldigen sie|sorry nochmal) ... (späte*|verspätete*|lange*|verzögerte*|langsame*) (feedback|freigabe|korrektur*|input|zuarbeit|unterlagen|material*|abnahme|anmerkungen|texte|inhalte)",
      "(verspätete*|verzögerte*) (feedback|freigabe|korrektur*|abnahme|anmerkungen|zuarbeit)",
      "(sorry|entschuldig*|tut mir leid|tut uns leid|verzeih*) ... (so lange|so ewig|länger als gedacht|länger als geplant|länger als gewollt) (gedauert|gebraucht)",
      "mit (etwas|leichter|einiger|ziemlicher|großer|deutlicher|kleiner|einer woche|zwei wochen|#num tagen|#num wochen|ein paar tagen|einigen tagen) verspätung",
      "(sorry|entschuldigung|entschuldige|entschuldigen sie|tut mir leid|verzeihung|pardon) (für|wegen)? (die|den|das)? (#num|zwei|drei|vier|fünf|sechs|paar|ganzen) (wochen|tage|monate|wochen funkstille|tage funkstille)",
      "(sorry|entschuldigung|tut mir leid|entschuldige|entschuldigen sie) (dass|daß) (es|das|das feedback|die freigabe|die rückmeldung) (#num|zwei|drei|vier|fünf|sechs|ein paar) (wochen|tage|monate) (gedauert)",
      // "Das Feedback war zwar letzten Freitag fällig": the client naming their own missed date.
      "(feedback|freigabe|rückmeldung|korrektur*|anmerkungen|abnahme|zuarbeit|input|entscheidung|(unsere|meine|unser|mein) (texte|inhalte|unterlagen|bilder|fotos|material*|zugangsdaten|briefing)) (war|waren|wäre|wären) (zwar|eigentlich|ja|schon|bereits|streng genommen)? ... (fällig|versprochen|zugesagt|angekündigt)",
    ],
    // The spec's late feedback is lateness with the old date still expected, as in English.
    requiresInMessage: [...OLD_DATE, ...DATE_KEPT],
    unless: [CLIENT_MOVES_DEADLINE],
    unlessInMessage: [CLIENT_MOVES_DEADLINE],
    note: {
      en: "Feedback arriving late: the timeline moves with it.",
      de: "Feedback kommt spät: der Zeitplan verschiebt sich mit.",
    },
    examples: {
      flag: ["Sorry für die zwei Wochen, schaffen Sie den Druck trotzdem bis Montag?", 
        "Sorry für das späte Feedback! Der Launch bleibt aber am Freitag.",
        "Entschuldigen Sie die verspäteten Korrekturen zu den Entwürfen. Der Drucktermin am 3. steht.",
        "Hier mit etwas Verspätung unsere Korrekturen. Bis Freitag muss es trotzdem fertig sein.",
        "Unsere Texte waren eigentlich schon am Montag fällig, den Drucktermin am 12. halten wir aber trotzdem.",
      ],
      pass: ["Sorry für die drei Wochen, wir verschieben den Launch entsprechend nach hinten.", "Danke für Ihre schnelle Rückmeldung!", "Entschuldigen Sie die späte Antwort auf Ihre Erinnerung.", "Sorry für das späte Feedback! Nimm dir ruhig die Zeit, die du brauchst."],
    },
  },
  {
    id: "de.reliability.late_feedback.erst-jetzt-dazu",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 2,
    patterns: [
      "(kam|komme|kommen|bin|sind|kamen|war|waren) (leider|erst|eben)? (erst)? (jetzt|heute|gestern|nun|gerade) dazu",
      "(erst|leider erst) (jetzt|heute|nun) (dazu gekommen|dazugekommen|zeit gefunden|dazu|zeit)",
      "(noch nicht|nicht|leider nicht|leider noch nicht) (dazu gekommen|dazugekommen)",
      "(erst|leider erst) (gestern|heute|jetzt|vorhin|am wochenende|letzte woche|diese woche|gerade|heute morgen|gestern abend) ... (angesehen|angeschaut|durchgesehen|gelesen|freigegeben|geschafft|reingeschaut|drübergeschaut|draufgeschaut|gesichtet|besprochen|abgestimmt|gesehen|gecheckt|durchgegangen|angeguckt|prüfen|anschauen|ansehen|durchsehen|lesen|freigeben|sichten|geprüft)",
      "(habe|hab|haben|hatte|hatten) (es)? (leider)? (noch)? (nicht|keine zeit) (geschafft|gefunden)? ... (anzuschauen|reinzuschauen|durchzusehen|zu prüfen|zu lesen|draufzuschauen|anzusehen|freizugeben)",
    ],
    unless: [CLIENT_MOVES_DEADLINE, "dazu (übergegangen|bereit|verpflichtet|geeignet|gehören|gehört)",
      // Said of the freelancer, kindly: "Kein Problem, wenn Sie noch nicht dazu gekommen sind".
      "(sie|du|ihr) ... (dazu gekommen|dazugekommen) (sind|bist|seid)", "(sind sie|bist du|seid ihr|sie sind|du bist|ihr seid) (noch|leider|bisher|wohl|vielleicht)? (nicht|noch nicht) (dazu gekommen|dazugekommen)"],
    unlessInMessage: [CLIENT_MOVES_DEADLINE],
    negatable: false,
    note: {
      en: "The client got to your work late.",
      de: "Der Kunde hat sich Ihre Arbeit erst spät angesehen.",
    },
    examples: {
      flag: ["Entschuldige, ich hab die Korrekturen erst heute geschafft, aber Druck ist trotzdem Freitag.", "Ich kam leider erst jetzt dazu, mir die Entwürfe anzusehen.", "Bin erst heute dazu gekommen.", "Ich bin leider noch nicht dazu gekommen, die Texte zu lesen."],
      pass: ["Ich bin gestern dazu übergegangen, alles digital abzulegen.", "Hast du meine Korrekturen vom Montag gesehen? Macht nichts, falls du noch nicht dazu gekommen bist."],
    },
  },
  {
    id: "de.reliability.late_feedback.termin-bleibt",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 2,
    patterns: [
      "(termin|deadline|abgabe|abgabetermin|liefertermin|launch|relaunch|go-live|golive|livegang|release|erscheinungstermin|drucktermin|messetermin|starttermin|zeitplan|enddatum|stichtag|datum|präsentation|veröffentlichung|eröffnung|event|messe) (bleibt|bleiben|steht|hält|halten|gilt) (aber|trotzdem|dennoch|weiterhin|nach wie vor|leider|allerdings|jedoch)",
      "(termin|deadline|abgabe|abgabetermin|liefertermin|launch|go-live|golive|livegang|release|erscheinungstermin|drucktermin|messetermin|starttermin|zeitplan|enddatum|stichtag|datum|messe) ... (halten|halte) (wir|ich)? (natürlich|aber|trotzdem|weiterhin|unbedingt|jedoch|allerdings)? fest",
      // "ist wie vereinbart am 14." states a deadline once; only "bleibt" or a contrast says it holds despite something.
      "(termin|deadline|abgabe|abgabetermin|liefertermin|launch|relaunch|go-live|golive|drucktermin|messetermin|zeitplan|datum|präsentation|veröffentlichung) (ist|sind|bleibt) (trotzdem|dennoch|weiterhin|nach wie vor|aber wie vereinbart|aber wie geplant|aber trotzdem)",
      // A date that stays "wie besprochen", "unverändert" or "gleich" is only late feedback beside the client's own delay: termin-nach-verzug hears it then.
      "(termin|deadline|abgabe|abgabetermin|liefertermin|launch|go-live|drucktermin|zeitplan|datum) ... (können|kann|lässt|dürfen) (wir|sich|ich)? (leider|aber|allerdings)? (nicht|nicht mehr|kaum) (verschieben|nach hinten schieben|verlegen|ändern|verschoben werden|bewegen)",
      "(am|an der|an dem|beim) (termin|deadline|launch|zeitplan|liefertermin|drucktermin|datum|go-live) ... (ändert sich|können wir|kann ich|lässt sich) (leider|aber|allerdings)? nichts",
      // "Am Abgabetermin ändert sich natürlich nichts", "die Frist beim Finanzamt ist ja trotzdem der 15.".
      `(am|an der|an dem|beim) ${DEADLINE} (ändert sich|ändert das|ändert es|können wir|kann ich|lässt sich) (leider|aber|allerdings|natürlich|selbstverständlich|trotzdem|jedoch)? nichts`,
      `${DEADLINE} ... (ist|sind|bleibt|bleiben) (ja|aber|doch|halt)? (trotzdem|dennoch)`,
      "(aber|trotzdem|dennoch|jedoch|allerdings) (der|die|das|unser|unsere)? (termin|deadline|launch|go-live|abgabe|liefertermin|drucktermin|zeitplan|release|start|starttermin|messetermin|abgabetermin) ... (steht|bleibt|gilt|hält|halten|bleiben)",
      "(launchen|starten|gehen|veröffentlichen|drucken|erscheinen|präsentieren|liefern) (wir)? (aber|trotzdem|dennoch)? (wie geplant|wie vereinbart|trotzdem|dennoch|weiterhin|pünktlich|wie besprochen) ... (am|zum|im|live|online)?",
      "(termin|deadline|abgabe|abgabetermin|liefertermin|launch|relaunch|go-live|golive|drucktermin|messetermin|zeitplan|präsentation|veröffentlichung|stichtag|release|start) ... (bleibt|steht|gilt|hält) (aber|trotzdem|dennoch|weiterhin|nach wie vor|allerdings|jedoch)",
      "(muss|müssen|soll|sollen|sollte|sollten) (aber)? (trotzdem|dennoch) (wie besprochen|wie geplant|wie vereinbart|pünktlich|rechtzeitig|am|bis|zum|zur|für|vor|spätestens|in den|nächste|diese|morgen|übermorgen)",
      "(ändert|ändern) (das|es|dies|sich)? (leider|aber|allerdings)? nichts (am|an der|an dem) (termin|deadline|go-live|golive|launch|zeitplan|liefertermin|drucktermin|datum|abgabe)",
      "(am|an der|an dem) (termin|deadline|go-live|golive|launch|zeitplan|liefertermin|drucktermin|datum|abgabe) (ändert|ändern) (das|es|dies|sich)? (leider|aber|allerdings)? nichts",
      "(termin|deadline|abgabe|abgabetermin|liefertermin|launch|relaunch|go-live|golive|drucktermin|messetermin|zeitplan|datum|präsentation|veröffentlichung|stichtag) (ist|bleibt|steht) (leider|aber|allerdings|jedoch|weiterhin)? (fix|gesetzt|unverrückbar|in stein gemeißelt|nicht verhandelbar|nicht verschiebbar)",
      "(zum|am|bis zum|zu dem|an dem) (ursprünglichen|ursprünglich geplanten|geplanten|vereinbarten|alten|bisherigen|ursprünglich vereinbarten) (termin|datum|deadline|go-live|launch|abgabetermin|liefertermin|zeitpunkt|zeitplan)",
      "(verschieben|nach hinten schieben|verlegen|schieben) (können|kann|lässt sich|lassen sich|geht|ist|dürfen) (wir|es|das|er|sie)? (leider|aber|allerdings)? (nicht|nicht mehr|keinesfalls|auf keinen fall)",
      "(trotzdem|dennoch|weiterhin|nach wie vor|wie geplant|wie ursprünglich geplant|wie vereinbart) (bis|zum|am|für|auf) ... (fertig|schaffen|hinbekommen|halten|einhalten|liefern|brauchen|live|online|stehen|raus|einhalten)",
      "(schaffst|schaffen|schafft) (du|sie|ihr) (es|das) (trotzdem|dennoch|dann trotzdem|trotzdem noch|trotz allem)",
      `${DEADLINE} ... (halten|halte) (wir|ich)? (aber|trotzdem|dennoch|weiterhin|natürlich|unbedingt|jedoch|allerdings) fest`,
      `${DEADLINE} (bleibt|bleiben|steht|stehen|gilt|gelten) (aber|trotzdem|dennoch|weiterhin|nach wie vor|unverändert|jedoch|allerdings) (bestehen|fest)?`,
      `(schaffst|schaffen|schafft|packst|packen|kriegst|kriegen|hältst|halten) (du|sie|ihr|wir) (es|das|den|die)? (${DEADLINE})? (ja|doch|aber|dann)? (trotzdem|dennoch|trotz allem|auch so)`,
      "(ursprüngliche|ursprünglichen|vereinbarte|vereinbarten|geplante|geplanten|alte|alten|bisherige|bisherigen) (termin*|deadline|datum|zeitplan|launch*|go-live*|abgabe*|liefertermin*) (noch|weiterhin|trotzdem|immer noch|nach wie vor) (realistisch|machbar|zu halten|haltbar|drin|möglich|okay|ok|zu schaffen|einzuhalten)",
    ],
    unless: ["(dank (ihnen|dir|euch)|im plan|läuft (gut|super|prima|rund)|liegt alles|alles gut|danke)",
      // Time given, not taken back: "Die Bilder haben Zeit bis zum vereinbarten Termin".
      "(haben|hat|hätte|hätten|habt|hast) (noch)? (gut|genug|ruhig|locker|reichlich|alle)? zeit bis", "(keine eile|kein stress|keinen stress|eilt nicht|pressiert nicht|in aller ruhe|ganz entspannt|kein druck|keinen druck)"],
    unlessInMessage: [CLIENT_MOVES_DEADLINE],
    negatable: false,
    note: {
      en: "Late input, yet the old deadline is still expected: reset the timeline.",
      de: "Späte Zuarbeit, aber der alte Termin soll bleiben: Zeitplan neu setzen.",
    },
    examples: {
      flag: ["Die Weinbeschreibungen kommen jetzt doch erst nächste Woche. Die Seite soll aber trotzdem zur Weinmesse am 12. stehen.", "Sorry, dass ich mich erst jetzt melde, der Launch am 5. bleibt aber.", "Der Drucktermin am 3. gilt allerdings weiterhin.", "Entschuldigung, dass das zwei Wochen bei mir lag. Ist der ursprüngliche Termin noch realistisch?", "Der Content dauert noch eine Woche, am Launchtermin halten wir aber fest.", "Die Bilder schaffe ich erst Ende der Woche, an der Druckfreigabe ändert sich natürlich nichts.", "Unsere Unterlagen reiche ich erst nächste Woche nach, die Abgabefrist ist aber trotzdem der 30.", "Die Texte kommen später, der Abgabetermin bleibt aber.", "Die Inhalte für die Über-uns-Seite schicke ich nun doch erst nächste Woche. Am Go-live ändert das nichts.", "Das Feedback ist zwei Wochen zu spät, ich weiß, aber der Launch bleibt am Dienstag.", "Konnte das Briefing leider nicht rechtzeitig schicken, die Präsentation ist trotzdem am Freitag.", "Die Inhalte schicke ich dir nächste Woche, versprochen, die Deadline bleibt aber.", "Die Bilder schicke ich dir jetzt doch erst nächste Woche, schaffst du es trotzdem bis zum 10.?", "Der Termin bleibt aber bestehen.", "Den Launch können wir leider nicht verschieben.", "Schaffen Sie es trotzdem bis Freitag?", "Am Drucktermin ändert sich leider nichts."],
      pass: ["Die Bilder haben Zeit bis zum vereinbarten Termin.", "Kein Stress, bis zum vereinbarten Termin reicht völlig.", "Bei uns brennt gerade die Hütte, weil ein Großkunde auf seine Lieferung wartet. Für dich ändert sich nichts, der Termin bleibt wie besprochen.", "Der Go-live bleibt wie geplant, danke für die gute Vorbereitung.", "Sorry, dass ich mich erst jetzt melde, der Launch am 5. bleibt aber. Oder verschieben wir den Launch doch um eine Woche?", "Der Launch ist weiterhin am 20., und dank Ihnen liegt alles im Plan.", "Der Termin am Dienstag passt uns gut.", "Die Abgabe ist wie vereinbart am 14.", "Der Liefertermin ist wie besprochen Ende März.", "Der Termin ist trotzdem ein guter Start, danke für die Vorbereitung.", "Am Zeitplan ändert sich nichts, ihr seid super im Plan."],
    },
  },
  {
    id: "de.reliability.late_feedback.spaet-und-termin",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 2,
    negatable: false,
    patterns: CLIENT_LATE,
    requires: OLD_DATE,
    unless: [CLIENT_MOVES_DEADLINE],
    unlessInMessage: [CLIENT_MOVES_DEADLINE],
    note: {
      en: "Their part came late, yet the old date stands. Your delivery moves by the same amount.",
      de: "Ihr Teil kam spät, aber der alte Termin soll bleiben. Ihre Lieferung verschiebt sich um dieselbe Zeit.",
    },
    examples: {
      flag: ["Entschuldigung, das Feedback kommt wegen der Feiertage eine Woche zu spät, die finale Version brauchen wir aber trotzdem bis zum 10.", 
        "Bei uns war die letzten Wochen Land unter, die Seite muss aber trotzdem bis zum 1. online sein.",
        "Bin gerade erst aus dem Urlaub zurück, der Drucktermin steht aber weiterhin.",
        "Es war die letzten Wochen sehr hektisch bei uns, die Broschüre muss aber trotzdem am Donnerstag in den Druck.",
        "Ich weiß, die Texte hätten letzte Woche kommen sollen, aber Freitag klappt trotzdem, oder?",
        "Der Vorstand hat erst heute freigegeben, am ursprünglichen Termin halten wir fest.",
        "Das hat bei uns ewig gedauert, die Zeit holst du bis Freitag sicher wieder rein.",
      ],
      pass: [
        "Bei uns ist gerade Land unter, deshalb verschieben wir den Launch um eine Woche.",
        "Entschuldigen Sie die Wartezeit, die Zahlung ist heute raus.",
        "Ich bin wieder zurück aus dem Urlaub und melde mich morgen.",
      ],
    },
  },
  {
    id: "de.reliability.late_feedback.bleibt-aber",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 2,
    negatable: false,
    // Said without the date right before it ("Freitag klappt trotzdem"): the date word may stand anywhere in the sentence.
    // With the date just before it ("der Launch am 5. bleibt aber"), termin-bleibt finds it.
    patterns: [
      "(bleibt|bleiben|steht|stehen|gilt|gelten) (aber|trotzdem|dennoch|jedoch|allerdings) (weiterhin|nach wie vor|bestehen|fest|fix)?",
      "(halten|halte) (wir|ich) (aber|trotzdem|dennoch) (weiterhin|natürlich|unbedingt)? fest",
      "(klappt|klappen|passt|geht|reicht|reichen) (das|es)? (aber|ja|doch|dann)? (trotzdem|dennoch)",
      "(schaffen wir|schaffst du|schaffen sie|schafft ihr|packen wir|packst du|kriegen wir|kriegst du) (das|es)? (aber|ja|doch|dann)? (trotzdem|dennoch|trotz allem)",
      "(schaffen wir|schaffst du|schaffen sie|schafft ihr|hältst du|halten sie|halten wir|kriegen wir|kriegst du) ... (noch|weiterhin|immer noch)",
      "(noch|weiterhin|trotzdem) (drin|machbar|realistisch|zu schaffen|zu halten|haltbar)",
    ],
    requires: [DEADLINE, "(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende der woche|monatsende|übermorgen)"],
    unless: ["(ein|einen|einem|eine) (termin|call|gespräch|treffen)", CLIENT_MOVES_DEADLINE, "(call|meeting|telefonat|besprechung|gespräch|treffen|essen|feier|party|termin beim|urlaub|angebot|preis|rechnung|zahlung|überweisung)"],
    unlessInMessage: [CLIENT_MOVES_DEADLINE],
    note: {
      en: "The old date stands despite something on their side: ask what moved, and reset the timeline.",
      de: "Der alte Termin soll trotz etwas auf Kundenseite bleiben: Fragen Sie, was sich verschoben hat, und setzen Sie den Zeitplan neu.",
    },
    examples: {
      flag: ["Schaffen wir den Termin am Freitag noch?", "Ist der Launch am 20. noch drin?", "Freitag klappt trotzdem, oder?", "Donnerstag passt es aber trotzdem, oder?"],
      pass: ["Wäre ein Termin nächste Woche noch drin?", "Ist im Budget noch etwas drin?", "Das Meeting am Freitag klappt trotzdem, ich bin nur etwas später da.", "Es klappt trotzdem, danke dir!", "Der Preis bleibt aber gleich, keine Sorge."],
    },
  },
  {
    id: "de.reliability.late_feedback.hoffentlich-termin",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 2,
    negatable: false,
    patterns: [
      `(hoffentlich|ich hoffe|wir hoffen|ich gehe davon aus|wir gehen davon aus|ich nehme an|ich vertraue darauf) ... (ändert|verschiebt|gefährdet|beeinflusst|wirft|verzögert|gefährden|ändern) (sich|das|dies|es|das ganze)? (dadurch|damit|deswegen)? (nichts|nicht) (am|an der|an dem|den|die|das|unseren|unsere|unser)? ${DEADLINE}`,
      `(hoffentlich|ich hoffe|wir hoffen|ich gehe davon aus|wir gehen davon aus|ich nehme an) ... ${DEADLINE} ... (trotzdem|weiterhin|noch|nach wie vor|dennoch) (halten|einhalten|schaffen|machbar|haltbar|zu halten|zu schaffen|steht|klappt|passt|realistisch)`,
      "(zeit|tage|woche|verzögerung|rückstand) (holst du|holen sie|holt ihr|kannst du|können sie|könnt ihr|lässt sich|lassen sich) ... (aufholen|reinholen|wieder reinholen|wettmachen|rausholen|aufgeholt|rein|auf)",
      `(hoffentlich|ich hoffe|wir hoffen) ... (ändert|verschiebt|gefährdet|verzögert|beeinflusst) (das|dies|es|sich)? (den|die|das|unseren|unsere|unser)? ${DEADLINE} (nicht)?`,
    ],
    unless: [CLIENT_MOVES_DEADLINE],
    unlessInMessage: [CLIENT_MOVES_DEADLINE],
    note: {
      en: "Their delay, and the hope that your date still holds: the time they used comes out of yours.",
      de: "Ihre Verzögerung und die Hoffnung, dass Ihr Termin trotzdem hält: Die verbrauchte Zeit geht von Ihrer ab.",
    },
    examples: {
      flag: ["Ich bin vor meiner Reise nicht mehr dazu gekommen, die Entwürfe anzuschauen, hoffentlich verschiebt das den Launch nicht.", "Ich hoffe, das ändert nichts am Liefertermin.", "Hoffentlich verschiebt sich dadurch nichts am Go-live.", "Ich gehe davon aus, dass der Termin trotzdem zu halten ist.", "Die Zeit holst du bestimmt wieder rein."],
      pass: ["Ich hoffe, es geht dir gut!", "Hoffentlich gefällt dir das neue Briefing."],
    },
  },
  {
    id: "de.reliability.late_feedback.termin-nach-verzug",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 2,
    negatable: false,
    // Oft in zwei Sätzen: "Sorry, dass ich mich erst jetzt melde. Der Drucktermin ändert sich nicht."
    patterns: DATE_KEPT,
    requiresInMessage: CLIENT_LATE_IN_MESSAGE,
    unless: [CLIENT_MOVES_DEADLINE, "(call|meeting|telefonat|besprechung|gespräch|treffen|uhr|kennenlernen|workshop|jour fixe|abstimmungstermin)", "(dank (ihnen|dir|euch)|läuft (gut|super|prima|rund)|alles gut)"],
    unlessInMessage: [CLIENT_MOVES_DEADLINE],
    note: {
      en: "Their part came late, yet the old date stands. Your delivery moves by the same amount.",
      de: "Ihr Teil kam spät, aber der alte Termin soll bleiben. Ihre Lieferung verschiebt sich um dieselbe Zeit.",
    },
    examples: {
      flag: ["Die Texte für die Über-uns-Seite schick ich dir nächste Woche, diesmal wirklich. Der Go-live bleibt wie geplant.", "Sorry, dass es bei mir so lange gelegen hat. Der Termin bleibt wie besprochen.", 
        "Wir haben die Fotos erst jetzt zusammen, zwei Wochen später als geplant. Der Drucktermin ändert sich nicht.",
        "Sorry, dass ich abgetaucht bin. Den Launchtermin würden wir gern so lassen.",
        "Entschuldigung, dass das zwei Wochen bei mir lag. Den Abgabetermin würden wir gern beibehalten.",
      ],
      pass: ["Für dich ändert sich durch unseren Umzug nichts, der Termin bleibt wie besprochen.", 
        "Sorry für die späte Antwort. Der Termin am Dienstag um 10 Uhr steht.",
        "Unsere Druckerei ist in Verzug. Der Launchtermin bleibt.",
        "Sorry für die späte Antwort, wir verschieben den Launch um eine Woche. Die Abgabe ändert sich entsprechend.",
      ],
    },
  },
  {
    id: "de.reliability.late_feedback.verschieben-wiederholt",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 2,
    // "Können wir die Abstimmung morgen verschieben? Ich weiß, es ist schon das zweite Mal."
    patterns: [`(verschieben|verlegen|absagen|schieben|canceln) ... ${MEETING}`, `${MEETING} ... (verschieben|verlegen|absagen|schieben|canceln|verschoben|abgesagt)`],
    requiresInMessage: ["(zweite|dritte|vierte|x-te) (mal|male)", "(schon|bereits) (zweimal|dreimal|mehrfach|mehrmals|einmal|öfter|oft) (verschoben|abgesagt|verlegt|geschoben)", "(schon wieder|erneut|nochmal|noch mal|noch einmal|nochmals|wieder einmal|mal wieder|ein weiteres mal)"],
    unless: ["(schon wieder|erneut|nochmal|noch mal|noch einmal|nochmals|wieder einmal|mal wieder|ein weiteres mal|zweite mal|dritte mal|zweimal|dreimal|leider|sorry|kurzfristig*)", "(wenn|falls|sofern) (sie|du|ihr) ... (verschieben|absagen|verlegen)", "(kunde|kundin|druckerei|lieferant|agentur|partner|dienstleister|veranstalter|hotel|location|referent*|fotograf*) (hat|haben|hatte|musste|mussten|will|möchte) ... (verschoben|abgesagt|verlegt|gecancelt|verschieben|absagen)"],
    note: {
      en: "Another moved meeting. Each move shifts the work that depends on it.",
      de: "Ein weiterer verschobener Termin. Jede Verschiebung verschiebt auch die Arbeit, die daran hängt.",
    },
    examples: {
      flag: ["Können wir die Abstimmung morgen verschieben? Ich weiß, es ist schon das zweite Mal, sorry."],
      pass: ["Können wir die Abstimmung morgen verschieben? Unsere Chefin möchte dabei sein und hat erst am Freitag Zeit."],
    },
  },
  {
    id: "de.reliability.late_feedback.verschieben",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 1,
    patterns: [
      `${MEETING} ... (verschieben|verlegen|absagen|abgesagt|verschoben|verlegt|canceln|gecancelt|gecancelled|ausfallen lassen|fällt aus|streichen|neu ansetzen|neu terminieren|nach hinten schieben|schieben)`,
      "(verschieben|verlegen|absagen|canceln) ... (termin|call|meeting|telefonat|besprechung|gespräch|workshop)",
      "(muss|müssen|musste|mussten) (leider|kurzfristig|leider kurzfristig)? (kurzfristig)? absagen",
      `${MEETING} ... (fällt|fallen|fiel) (heute|morgen|leider|kurzfristig|diese woche|leider heute)? (leider)? aus`,
      "(ist|kam|kommt) (mir|uns) (leider)? (etwas|was|kurzfristig etwas|leider etwas)? dazwischen(gekommen)?",
      "(dazwischengekommen|dazwischen gekommen)",
    ],
    // One meeting moved in good time is ordinary; it counts when it is cancelled with regret or at short notice, or moved again.
    requires: ["(leider|sorry|entschuldig*|tut mir leid|tut uns leid|kurzfristig*|schon wieder|nochmal|noch mal|noch einmal|nochmals|erneut|wieder|zweimal|dreimal|zum (zweiten|dritten|vierten|x-ten) mal|mal wieder|last minute|spontan|heute|gleich|gerade)"],
    unless: ["(wenn|falls|sofern) (sie|du|ihr) ... (verschieben|absagen|verlegen)", "(kein problem|kein thema|passt (uns|mir)? (gut|auch))", "(kunde|kundin|druckerei|lieferant|agentur|partner|dienstleister|veranstalter|hotel|location|referent*|fotograf*) (hat|haben|hatte|musste|mussten|will|möchte) ... (verschoben|abgesagt|verlegt|gecancelt|verschieben|absagen)"],
    note: {
      en: "A meeting moved or cancelled: the timeline moves with it.",
      de: "Ein Termin wird verschoben oder abgesagt: der Zeitplan verschiebt sich mit.",
    },
    examples: {
      flag: ["Ich muss unser Telefonat zum dritten Mal verschieben, sorry.", "Lass uns den Termin nochmal um eine Woche schieben, sorry!", "Der Call heute fällt leider aus, ich melde mich für einen neuen Termin.", "Können wir den Call leider kurzfristig auf nächste Woche verschieben?", "Ich muss unser Meeting morgen leider absagen.", "Mir ist leider etwas dazwischengekommen."],
      pass: ["Können wir den Call am Donnerstag auf 11 Uhr verschieben? Unsere Chefin möchte dabei sein.", "Mir ist bei einem Lieferanten etwas dazwischengekommen, können wir auf Freitag gehen?", "Wenn Sie den Termin verschieben möchten, ist das kein Problem.", "Der Call gestern war sehr hilfreich.", "Der Kunde hat das Meeting abgesagt, wir melden uns mit einem neuen Termin."],
    },
  },
  {
    id: "de.reliability.late_feedback.schon-wieder-verschieben",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 2,
    patterns: [
      "(schon wieder|erneut|nochmal|noch einmal|nochmals|wieder|ein weiteres mal|ein zweites mal|ein drittes mal|abermals) ... (verschieben|verlegen|absagen|verschoben|abgesagt|canceln|verlegt|ausfallen|fällt aus|platzen|geplatzt)",
      "(verschieben|verlegen|absagen|canceln) ... (schon wieder|erneut|nochmal|noch einmal|nochmals|ein weiteres mal)",
    ],
    requires: [MEETING],
    note: {
      en: "Meetings moved again and again.",
      de: "Termine werden immer wieder verschoben.",
    },
    examples: {
      flag: ["Unser Termin muss leider schon wieder verschoben werden.", "Unser Jour fixe muss schon wieder ausfallen.", "Wir müssen den Workshop ein drittes Mal verschieben.", "Wir müssen den Termin leider schon wieder verschieben.", "Können wir das Meeting nochmal verlegen?"],
      pass: ["Der Termin steht, bis Donnerstag!"],
    },
  },
  {
    id: "de.reliability.late_feedback.verpasst",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 2,
    patterns: [
      `${MEETING} ... (verpasst|vergessen|verschwitzt|verpennt|versäumt|verbummelt)`,
      `(habe|hab|hatte|haben|hatten) (den|unseren|unser|das|die|unsere|ihren|deinen) ${MEETING} ... (verpasst|vergessen|verschwitzt|verpennt|versäumt|übersehen|verbummelt)`,
      "(konnte|konnten|war|waren|bin|sind) ... (nicht|nicht rechtzeitig|zu spät|verspätet) ... (dabei sein|dabei|teilnehmen|kommen|online|pünktlich|im call|im meeting|da sein|zugeschaltet)",
      "(war|waren) (leider|gestern|heute)? (kurzfristig)? verhindert",
      "(nicht) (erschienen|aufgetaucht|eingewählt|reingekommen|dazugekommen)",
      "(platzen lassen|nicht wahrgenommen|nicht geschafft)",
      "(durchgerutscht|entfallen|verpeilt|verschlafen|verbaselt|verschusselt|aus dem kopf|nicht im kalender|nicht eingetragen)",
      "(nicht|nicht rechtzeitig) (dabei sein|teilnehmen|kommen|reinkommen|dazukommen|einwählen|dazustoßen) (konnte|konnten|kann|können|werde|werden)",
      "(sorry|entschuldig*|tut mir leid|tut uns leid) ... (warten lassen|sitzen lassen|versetzt)",
    ],
    requires: [MEETING],
    negatable: false,
    note: {
      en: "A missed meeting: your time was booked and lost.",
      de: "Ein verpasster Termin: Ihre Zeit war gebucht und ist verloren.",
    },
    examples: {
      flag: ["Wir haben unseren Call heute verpasst, tut mir leid. Können wir den gleich morgen früh nachholen? Die Abgabe bleibt ja am Freitag.", "Den Workshop gestern habe ich leider total verpennt.", "Ich habe unseren Termin heute früh leider verpasst.", "Sorry, ich war zu spät im Meeting.", "Ich habe das Meeting gestern komplett vergessen, sorry!", "Sorry, ich habe unseren Call gestern total verschwitzt.", "Ich konnte leider nicht am Call teilnehmen.", "Den Termin vergessen, tut mir leid!", "Sorry, ich konnte gestern beim Workshop nicht dabei sein.", "Unser Call ist mir total durchgerutscht, sorry!", "Entschuldige, dass ich beim Termin heute nicht dabei sein konnte.", "Tut mir leid, dass ich Sie beim Meeting habe sitzen lassen."],
      pass: ["Ich habe den Termin in den Kalender eingetragen."],
    },
  },
  {
    id: "de.reliability.late_feedback.zuarbeit-kommt-spaeter",
    signal: "reliability.late_feedback",
    language: "de",
    severity: 2,
    patterns: [
      "(texte|inhalte|bilder|fotos|unterlagen|materialien|material|infos|informationen|zugangsdaten|daten|logos|dateien|input|briefing|feedback|freigabe|korrekturen|rückmeldung|zahlen|content|zuarbeit|anmerkungen) (kommen|kommt|folgen|folgt|schicke ich|schicken wir|liefern wir|liefere ich|bekommst du|bekommen sie|gibt es|reiche ich|reichen wir|sende ich|senden wir) (leider|dann|wohl)? (erst|wohl erst|leider erst|voraussichtlich erst|frühestens|später|etwas später|verspätet)",
      "(texte|inhalte|bilder|fotos|unterlagen|material|infos|zugangsdaten|daten|dateien|input|feedback|freigabe|korrekturen|rückmeldung|zuarbeit|anmerkungen) (kommen|kommt|folgen|folgt|schicke ich|schicken wir|liefere ich|liefern wir|sende ich|senden wir|gibt es|bekommst du|bekommen sie|reiche ich|reichen wir) ... (später|verspätet|erst)",
      "(feedback|rückmeldung|freigabe|abnahme|korrekturen|durchsicht) ... (dauert|verzögert sich|zieht sich|hängt|braucht) (leider)? (noch|etwas|länger)?",
      "(chef|chefin|geschäftsführer*|geschäftsführung|gf|vorstand|team|kollege*|kollegin*|kunde|marketing|rechtsabteilung|legal|abteilung) (hat|haben|ist|sind|konnte|konnten) (es|sich|das|die entwürfe|den entwurf)? (noch|leider noch|leider)? (nicht|keine zeit) (dazu gekommen|angeschaut|angesehen|freigegeben|drübergeschaut|reingeschaut|gehabt|durchgesehen|abgenommen|gelesen)",
      "(nicht|leider nicht) (geschafft|rechtzeitig|pünktlich|fristgerecht) ... (feedback|rückmeldung|freigabe|korrekturen|anmerkungen|texte|inhalte|unterlagen|zuarbeit|material|input|bilder|fotos)",
      "(feedback|freigabe|korrekturen|anmerkungen|texte|inhalte|unterlagen|zuarbeit|material|input) ... (nicht|leider nicht) (geschafft|rechtzeitig|pünktlich|fristgerecht)",
      "(wir|ich) (sind|bin) (leider|etwas|ziemlich|diesmal|echt|wirklich|mal wieder|schon wieder)? (spät dran|zu spät dran|hintendran|hinterher|im verzug|in verzug|im rückstand)",
      "(abstimmung|freigabe|feedback|rückmeldung|prüfung|durchsicht|korrekturen|entscheidung|abnahme|anmerkungen|zuarbeit|inhalte|texte|unterlagen|bilder|fotos|material) ... (verzögert|hingezogen|länger gedauert|länger als geplant|länger als gedacht|aufgehalten)",
      "(erst|leider erst) (jetzt|heute|gestern|diese woche|nun|heute morgen) (die|das|der|unsere|meine|unser|mein)? (feedback|rückmeldung|freigabe|korrekturen|anmerkungen|texte|inhalte|unterlagen|bilder|fotos|zugangsdaten|infos|materialien|daten|briefing|logos|dateien)",
      "(so lange|lange) nichts von (mir|uns) (gehört|hören)",
      "(funkstille|sendepause)",
      "(wir|ich) (sind|bin|hängen|hänge|liegen|liege) (leider)? (mit|bei) (den|dem|der|unseren|unserem|unserer|meinen|meinem)? (inhalten|texten|feedback|freigabe|material|bildern|unterlagen|korrekturen|zuarbeit|input|daten|rückmeldung|abnahme|freigaben|infos|informationen) ... (im verzug|in verzug|hinterher|im rückstand|spät dran|zu spät dran|hintendran)",
      "(brauchen|brauche|benötigen|benötige) (noch)? (etwas|ein paar tage|eine woche|zwei wochen|länger|mehr zeit|noch etwas zeit) (für|mit) (das|die|dem|der|unser|unsere)? (feedback|rückmeldung|freigabe|durchsicht|korrektur*|abnahme|prüfung)",
    ],
    negatable: false,
    unless: [CLIENT_MOVES_DEADLINE],
    unlessInMessage: [CLIENT_MOVES_DEADLINE],
    note: {
      en: "The client's input or approval is delayed: the timeline moves with it.",
      de: "Zuarbeit oder Freigabe des Kunden verzögert sich: der Zeitplan verschiebt sich mit.",
    },
    examples: {
      flag: ["Die Bilder liefere ich wohl erst übermorgen, schaffst du den Termin trotzdem?", "Die Texte kommen leider erst nächste Woche.", "Die Freigabe verzögert sich noch etwas.", "Unser Chef hat es noch nicht angeschaut.", "Wir brauchen noch eine Woche für das Feedback."],
      pass: ["Wir haben intern noch Abstimmungsbedarf, ich melde mich nächste Woche mit Feedback, der Termin verschiebt sich entsprechend.", "Die Texte kommen morgen früh wie vereinbart.", "Die Fotos kommen leider erst nächste Woche, lass uns den Launch deshalb um eine Woche verschieben."],
    },
  },
];

/** German reliability rules. */
export const RELIABILITY_RULES: readonly PhraseRule[] = [...LATE_FEEDBACK];
