import type { PhraseRule } from "../../types";

/** Numbers that make a pile of tasks (five and up), in digits and in words. */
const MANY =
  "(10|11|12|13|14|15|16|17|18|19|20|25|30|35|40|45|50|60|70|80|90|100|120|150|200|250|300|500|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|zwanzig|dreißig|vierzig|fünfzig|hundert|ein dutzend|zwei dutzend|dutzende|zig|jede menge|eine menge|eine ganze menge|einen haufen|einen ganzen haufen|einen stapel|einen berg|haufenweise|massenhaft|unzählige|zahlreiche|etliche|ganz viele|sehr viele)";

/** Counts of ten and up in digits: the number pattern cannot compare, so they are listed. */
const COUNT = "(10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|100|110|120|130|140|150|160|170|180|190|200|210|220|230|240|250|260|270|280|290|300|350|400|450|500|600|700|800|900|1000|1200|1500|2000|zehn|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|hundert|hunderte|dutzende)";

/** Things that come in piles. */
const TASKS =
  "(aufgaben|to-dos|todos|tasks|punkte|sachen|dinge|themen|anfragen|mails|e-mails|texte|artikel|blogartikel|blogposts|beiträge|posts|seiten|unterseiten|grafiken|banner|rechnungen|termine|projekte|baustellen|änderungen|übersetzungen|videos|folien|dokumente|produkttexte|produktbeschreibungen|landingpages|tickets|anzeigen|designs|entwürfe|reels|stories|newsletter|bilder|fotos|kapitel|präsentationen|recherchen|tabellen|formulare|kampagnen|korrekturen|punkte auf der liste|produkte|listings|einträge|bugs|fehler|features|funktionen|dateien|verträge|belege|buchungen|kontakte|interviews|skripte|slides|screens|module|lektionen|shootings|motive|varianten|sprachen|emails|rezepte|bilder|filme|clips|songs|kapitel|punkten|texten|artikeln|beiträgen|bannern|dokumenten|produkten|entwürfen|projekten|positionen|einträgen|seiten|folien|videos|tickets|wohnungen|objekte|immobilien|häuser|zimmer|exposés|gerichte|artikelnummern)";

/** A deadline or a "now" that turns a pile into overload. */
const SOON =
  "(bis|heute|morgen|übermorgen|diese woche|dieser woche|nächste woche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|monatsende|ende der woche|kurzfristig|gleichzeitig|parallel|zusätzlich|obendrauf|noch dazu|on top|sofort|asap|dringend|auf einmal|frist|deadline|dahin|in den nächsten (zwei|drei|paar|#num) tagen|innerhalb von (zwei|drei|#num) tagen)";

/** Deliverables a client may list in one breath. */
const DELIVERABLE =
  "(plakate|schilder|beschilderung|aufsteller|roll-ups|landingpages|verkaufspräsentation|pitchdeck|präsentationen|broschüren|folien|präsentation|handout|post|posts|social-posts|pressemitteilung|newsletter|flyer|plakat|banner|broschüre|logo|visitenkarte*|briefpapier|website|landingpage|blogartikel|artikel|texte|text|video|videos|reel|reels|bilder|fotos|grafiken|anzeige|anzeigen|mailing|angebot|bericht|report|auswertung|übersetzung|untertitel|speisekarte|katalog|produkttexte|produktbeschreibungen|rechnungen|buchhaltung|steuererklärung|recherche|protokoll|konzept|skript|podcast|dashboard|export|onboarding|kampagne|formular|einladung*|vorlagen|templates|preisliste|preislisten|handbuch|speisekarten|messebroschüre|imagebroschüre|produktbroschüre|jahresbericht|geschäftsbericht|pressemappe|social-media-plan|redaktionsplan|contentplan|content-plan|mediaplan|roll-up|rollup|produktblätter|datenblätter|factsheets|offerten-vorlagen|offertvorlagen)";

/** Jobs listed in the infinitive, as a to-do list reads. */
const TODO_VERB =
  "(aktualisieren|schreiben|machen|reparieren|einrichten|gestalten|erstellen|anpassen|bauen|übersetzen|posten|einpflegen|updaten|überarbeiten|korrigieren|setzen|aufsetzen|anlegen|bearbeiten|schneiden|fotografieren|texten|layouten|programmieren|exportieren|hochladen|verschicken|planen|recherchieren|formatieren)";

/**
 * A pile of work named in one sentence: three deliverables, or a large count. The
 * pressure rules stay quiet on it, because short notice that comes with a pile is
 * capacity.overload (see the annotation guide of the labelled set).
 */
export const PILE: readonly string[] = [`${DELIVERABLE} ... ${DELIVERABLE} ... ${DELIVERABLE}`, `(alle|sämtliche|die ganzen|insgesamt|über|mehr als|rund|knapp|gut) ${COUNT}`];

/** Capacity overload: a large volume of work at once, on short notice. */
const OVERLOAD: readonly PhraseRule[] = [
  {
    id: "de.capacity.overload.viele-aufgaben",
    signal: "capacity.overload",
    language: "de",
    severity: 2,
    patterns: [
      `(alle|sämtliche|die ganzen|insgesamt|über|mehr als|rund|knapp|gut) (10|11|12|13|14|15|16|17|18|19|20|25|30|35|40|45|48|50|60|70|80|90|100|120|150|200|250|300|500|#num.#num|zehn|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|hundert) ${TASKS}`,
      "(belege|unterlagen|buchhaltung|rechnungen|quittungen|mails|e-mails|fotos|daten|dokumente|akten|ordner) (der|von den|aus den|für die|von) (letzten|vergangenen|kompletten|ganzen) (#num|zwei|drei|vier|fünf|sechs|zwölf|achtzehn|vierundzwanzig)? (jahre|jahren|monate|monaten|quartale|quartalen|jahr|jahres)",
      "(belege|unterlagen|buchhaltung|rechnungen|quittungen|kontoauszüge|buchungen) (von|aus|über|für) (zwei|drei|vier|fünf|sechs|#num) (jahren|monaten|quartalen)",
      // "zwei Jahre Belege in einer Schachtel": the span named before the paperwork.
      "(zwei|drei|vier|fünf|sechs|#num) (jahre|monate|quartale) (lang)? (belege|unterlagen|buchhaltung|rechnungen|quittungen|kontoauszüge|buchungen|papierkram|ablage)",
      // A whole website by the end of March is a project, not a pile: the whole of something counts with a near date.
      "(komplette|kompletten|komplettes|gesamte|gesamten|gesamtes|ganze|ganzen|ganzes) (buchhaltung|website|webseite|dokumentation|korrespondenz|ablage|homepage|shop|sortiment|katalog|archiv|bestand|produktpalette|kollektion|inhalte|backlog|belege|jahresabschluss|steuerunterlagen|postfach) ... (bis (morgen|übermorgen|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende der woche|zum wochenende|zum launch am|zur messe am|zum termin am)|heute noch|noch heute|diese woche|in (zwei|drei|#num) tagen|kurzfristig|sofort|ab morgen|ab montag|ab sofort|zusätzlich)",
      "(anbei|hier|im anhang|angehängt|beigefügt|in der anlage|hochgeladen|abgelegt|in den ordner gelegt) ... (10|11|12|13|14|15|16|17|18|19|20|25|30|35|40|45|50|60|70|80|90|100|120|150|200|250|300|500|zehn|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|hundert|dutzende) ... (bis|heute|morgen|übermorgen|diese woche|montag|dienstag|mittwoch|donnerstag|freitag)",
      // "die Posts für das ganze Quartal", "die Buchungen fürs ganze Jahr": a period's worth of work at once.
      "(posts|beiträge|texte|inhalte|content|grafiken|newsletter|artikel|buchungen|belege|videos|reels|stories) (für|vom|von|fürs|aus dem) (das|den|dem|die)? (ganze|ganzen|komplette|kompletten|gesamte|gesamten) (quartal|jahr|halbjahr|saison)",
      `(liste|anhang|aufstellung) ... ${COUNT} (punkte|positionen|aufgaben|to-dos|todos|tasks)`,
      "(alles|einiges|das|sachen) (was|das|die) sich ... (angesammelt|aufgelaufen|angehäuft|aufgestaut|angestaut) (hat|haben)",
      `${MANY} (neue|weitere|zusätzliche|offene|dringende|kleine|kleinere|neuen|weiteren|zusätzlichen|offenen|dringenden|kleineren|verschiedene|unterschiedliche)? ${TASKS}`,
      // "in den nächsten zwei Tagen unser gesamtes Postfach aufräumen": the near date first, then the whole of something.
      "(in den nächsten (zwei|drei|paar|#num) tagen|bis (morgen|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|ende der woche)|heute noch|noch heute) ... (unser|unseren|unsere|mein|meinen|meine|das|den|die)? (komplette|kompletten|komplettes|gesamte|gesamten|gesamtes|ganze|ganzen|ganzes) (buchhaltung|website|webseite|dokumentation|korrespondenz|ablage|homepage|shop|sortiment|katalog|archiv|postfach|backlog|belege|kundendatenbank|datenbank|produktpalette) ... (aufräumen|durchgehen|sortieren|umziehen|übersetzen|migrieren|überarbeiten|erledigen|abarbeiten|verbuchen|nachziehen|einpflegen|aktualisieren|prüfen|durcharbeiten|erstellen|machen|ausmisten|archivieren|umstellen|neu aufsetzen|fotografieren|texten)",
    ],
    requires: [SOON, "(muss|müssen|brauch*|bräucht*|benötig*|bitte|sollen|sollten|soll|kannst|können|könntest|könnten|schaffst|schaffen|kriegst|erledig*)"],
    // Overload is a pile on short notice: with no date or "now" anywhere in the message, ten posts are just a job.
    requiresInMessage: [SOON],
    unless: ["(verwalten|verwaltet|vermieten|vermietet|besitzen|gehören|betreiben) ... (wohnungen|objekte|immobilien|häuser|zimmer)", "(kunden|leser|besucher|teilnehmer|gäste|follower|abonnenten|mitarbeiter|mitarbeitende) (haben|hatten|kamen|sind|waren|gekommen)", "(seit|vor|in den letzten|letzte|letzten) (#num|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig) (jahren|jahre|monaten|wochen)"],
    note: {
      en: "A pile of tasks at once: say what fits and by when.",
      de: "Ein Berg Aufgaben auf einmal: sagen Sie, was bis wann passt.",
    },
    examples: {
      flag: ["Wir haben drei Monate Quittungen nachgereicht, die Voranmeldung muss bis Montag raus.", "Kannst du bis Freitag die Newsletter für das ganze Halbjahr vorbereiten?", "Anbei die Aufstellung, insgesamt 27 Punkte, bitte bis Freitag erledigen.", "Hier alles, was sich seit dem Sommer angestaut hat, könnten Sie das bis Montag durchgehen?", "Wir haben 25 Objekte neu im Portfolio, die bis Montag fotografiert sein müssen.", "Kannst du bis übermorgen das gesamte Archiv auf den neuen Server umziehen?", "Bitte in den nächsten drei Tagen die komplette Buchhaltung für das Quartal nachziehen.", "Hier die Kontoauszüge aus drei Jahren, das muss bis Montag alles verbucht sein.", "Wir haben gerade erfahren, dass der komplette Katalog mit 180 Produkten bis zum Launch am Montag neue Texte braucht.", "Anbei 25 Produktseiten, die bis Donnerstag getextet werden müssen.", "Die gesamte Website muss bis Montag übersetzt sein.", "Hier die Belege der letzten zwei Jahre, die Steuererklärung muss nächste Woche raus.", "Ich habe dir 35 Rechnungen hochgeladen, die bis Donnerstag verbucht sein müssen, plus die Lohnabrechnung.", "Die Liste ist diesmal etwas länger, sorry: 18 Punkte bis Freitag.", "Ich habe dir 25 Rechnungen zum Verbuchen geschickt, die brauchen wir bis morgen.", "Hier die 120 Fotos vom Event, bitte bis morgen alle bearbeiten.", "Hier noch zwölf Aufgaben bis Montag.", "Anbei 15 neue Produkttexte, die bis Freitag online sollen.", "Wir hätten diese Woche zusätzlich zehn Blogartikel."],
      pass: ["Die Posts für das ganze Quartal sind super geworden, danke!", "Wir vermieten 40 Wohnungen in Graz und bräuchten bis Freitag ein neues Logo für die Hausverwaltung.", "Bis Montag ist das gesamte Postfach wieder erreichbar, danke für die Geduld.", "Die Belege von zwei Jahren liegen bei uns im Archiv, falls du mal nachschauen willst.", "Zwei Jahre Buchhaltung hast du für uns schon gemacht, danke dafür!", "Die komplette Website soll bis Ende März online gehen, wie im Angebot.", "Wir haben 40 Mitarbeitende und suchen jemanden für die Lohnbuchhaltung ab Januar.", "Im Anhang 12 Fotos vom Team, such dir gerne die besten zwei aus.", "Wir hatten zwölf Kunden auf der Messe.", "Zwei Texte bis Freitag wären super.", "Könntest du für den neuen Blog die ersten zwölf Artikel schreiben?"],
    },
  },
  {
    id: "de.capacity.overload.auf-die-liste",
    signal: "capacity.overload",
    language: "de",
    severity: 2,
    patterns: [
      "auf (die|deine|ihre|eure|unsere|deiner|ihrer|eurer|der) (liste|to-do-liste|todo-liste|aufgabenliste|agenda|tasklist|asana|trello|board) (gesetzt|gepackt|geschrieben|gestellt|draufgepackt|ergänzt|hinzugefügt|draufgeschrieben|gelegt)",
      "(liste|aufgabenliste|to-do-liste|todo-liste) (ergänzt|erweitert|verlängert|aufgestockt)",
      "(lange|längere|riesige|stattliche|ordentliche) (liste|to-do-liste|todo-liste|aufgabenliste|wunschliste)",
      "(liste|aufstellung|übersicht|tabelle) mit (#num|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vielen|zahlreichen|etlichen) (punkten|aufgaben|positionen|to-dos|todos|einträgen|themen|tasks)",
      "(einiges|so einiges|eine ganze menge|ein paar weitere sachen|noch einiges|einiges an) ... (auf die liste|auf deine liste|auf ihre liste|ins board|ins asana|ins trello)",
    ],
    note: {
      en: "More work added to your list in one go.",
      de: "Auf einen Schlag mehr Arbeit auf Ihrer Liste.",
    },
    examples: {
      flag: ["Die Liste mit 14 Punkten bräuchte ich bis übermorgen.", "Ich habe Ihnen noch einiges auf die Liste gesetzt.", "Hier eine lange Liste für die nächsten Tage.", "Ich habe deine Aufgabenliste erweitert."],
      pass: ["Die Liste der Gäste ist angehängt."],
    },
  },
  {
    id: "de.capacity.overload.alles-bis",
    signal: "capacity.overload",
    language: "de",
    severity: 2,
    patterns: [
      "(alles|das alles|all das|all diese|alle diese|die ganzen|diese ganzen|sämtliche|alle (punkte|aufgaben|sachen|themen|änderungen|texte|seiten|artikel|produkte|preise|fotos|bilder|dateien|rechnungen|belege|einträge|kontakte|videos|beiträge|posts|briefings)) ... bis (morgen|heute|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende der woche|wochenende|nächste woche|heute abend|morgen früh|mittag|dahin|zur messe|zum launch|zur demo|zum termin)",
      "bis (morgen|heute|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|ende der woche|heute abend|morgen früh) ... (alles|das alles|all das|alle (punkte|aufgaben|sachen|themen|änderungen|texte|seiten|artikel|produkte|preise|fotos|bilder|dateien|rechnungen|belege|einträge|kontakte|videos|beiträge|posts|briefings)|die ganzen|sämtliche)",
      // "Im Anhang 12 Briefings, die bräuchten wir alle bis Freitag": a pile named before, "alle" with the date.
      "(bräuchten|brauchen|bräuchte|brauche|benötigen|benötige|hätten|hätte) (wir|ich)? (die|sie|diese)? (alle|allesamt|sämtlich) (gern|gerne)? (fertig|erledigt|übersetzt|geschrieben|online)? bis (morgen|heute|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|ende der woche|heute abend|morgen früh|mittag)",
      // The date first: "340 Mails weitergeleitet, die müssten bis morgen alle sortiert und beantwortet sein".
      "(müssten|müssen|müsste|muss|sollten|sollen|sollte|bräuchten|brauchen|bräuchte|brauche) (die|sie|diese|wir|ich)? (dann)? bis (morgen|heute|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|ende der woche|heute abend|morgen früh|mittag) (alle|allesamt|sämtlich) (fertig|erledigt|sortiert|beantwortet|bearbeitet|verbucht|übersetzt|geschrieben|online|freigestellt|retuschiert|abgearbeitet|eingepflegt|erfasst|abgelegt|geschnitten|korrigiert|gemacht|durch)",
    ],
    requires: ["(schaff*|erledig*|fertig|machen|hinbekommen|umsetzen|bearbeiten|abarbeiten|durcharbeiten|abhaken|liste|aufgaben|punkte|stehen|online|live|brauch*|bräucht*|benötig*|backlog|übersetz*|liefer*|muss|müssen|müssten|müsste|sollten|sollen|sortiert|beantwortet|verbucht|eingeplant|einplanen|anpassen|einpflegen|aktualisieren|umstellen|hochladen|eintragen|verbuchen|freistellen|kannst|könntest|können|könnten)"],
    unless: ["(kein problem|genug zeit|viel zeit|reicht locker|keine eile|entspannt)", "(druckerei|lieferant|kunde|kundin|agentur|location|steuerberater*|amt) (braucht|brauchen|will|möchte|benötigt)", "alles (klar|gute|liebe|bestens|ok|okay|weitere|weitere besprechen wir|andere|gut|in ordnung|wunderbar|prima|super|fein|paletti)", "(danke|dank) für alles", "(ist|war|sind) alles (fertig|erledigt|da)", "(ich|wir) (schicke|schicken|sende|senden|liefere|liefern|gebe|geben|lade|laden|reiche|reichen|stelle|stellen) ... (alles|alle)", "(bekommst|bekommen|erhältst|erhalten) (du|sie|ihr) ... (alles|alle)"],
    note: {
      en: "Everything at once, by a near date.",
      de: "Alles auf einmal, bis zu einem nahen Termin.",
    },
    examples: {
      flag: ["Ich habe Ihnen 340 Mails aus dem alten Postfach weitergeleitet, die müssten bis morgen alle sortiert und beantwortet sein.", "Die 15 Produktfotos aus dem Shooting bräuchten wir alle bis morgen freigestellt.", "Kannst du bis Montag alle Preise im Shop anpassen? Es sind rund 800.", "Schaffst du das alles bis Freitag?", "Bitte alle Punkte bis morgen erledigen.", "Die ganzen Änderungen müssen bis Montag online sein."],
      pass: ["Die Flyer müssten bis Freitag alle geliefert sein, sagt die Druckerei.", "Die Druckerei braucht alles bis Freitag, das ist kein Problem, Sie haben es ja letzte Woche geschickt.", "Die Fotos sind super, wir brauchen sie alle erst im Mai.", "Alles klar, bis Montag!", "Alles Gute und bis Freitag im Meeting."],
    },
  },
  {
    id: "de.capacity.overload.berg-arbeit",
    signal: "capacity.overload",
    language: "de",
    severity: 2,
    patterns: [
      "(berg|stapel|haufen|flut|latte|schwung|batzen|ladung|riesenliste|riesenberg|schwall|stoß|packen|sack|wust) (an|von)? (arbeit|aufgaben|to-dos|todos|mails|e-mails|texten|anfragen|themen|sachen|dingen|korrekturen|änderungen|rechnungen|belegen|belege|unterlagen|dokumenten|fotos|bildern|dateien|tickets)",
      "(ich weiß|sorry|entschuldigung|entschuldige|entschuldigen sie|tut mir leid|mir ist klar) ... (kurzfristig|kurzfristigkeit|knapp bemessen|sehr knapp|last minute|auf die schnelle) ... (komplett*|gesamt*|mehrere|viele|samt|sämtliche|ganze|ganzen|punkte|aufgaben)",
      // "einen Schuhkarton mit Belegen von 2022 und 2023": bookkeeping that has piled up.
      "(schuhkarton|karton|kiste|tüte|box|sack|wäschekorb|schachtel) (voll|voller|mit) (alten|losen|ungeordneten)? (belegen|belege|quittungen|rechnungen|kassenzetteln|kassenbons|unterlagen|kontoauszügen)",
      "(belegen|belege|unterlagen|rechnungen|kontoauszüge|kontoauszügen|quittungen|buchungen) (von|aus|für) #num (und|bis) #num",
      "(alle|sämtliche|die ganzen) (kontoauszüge|belege|rechnungen|quittungen|unterlagen|buchungen) ... (ab|seit|von) (jänner|januar|feber|februar|anfang des jahres|jahresbeginn) ... (abgabe|frist|deadline|bis|muss|müssen|fällig)",
      "(ziemlich|recht|sehr|echt|ganz schön|relativ|wirklich|ganz) viel (arbeit|auf einmal|zeug|material|input) (für (dich|sie|euch)|auf einmal|bis|in kurzer zeit)",
      "(so viel|viel|ziemlich viel|einiges|eine menge) (auf einmal|auf einen schlag|gleichzeitig)",
      "(ich weiß|mir ist klar|zugegeben|sorry|ich weiss) (es|das) (ist|sind|wird) (ganz schön|ziemlich|recht|etwas|sehr|echt)? (viel|eine menge|einiges|ne menge|ein haufen|ein berg)",
      "(kurzfristig|ab sofort|ab montag|ab morgen|ab nächster woche|spontan|ab übermorgen) ... (neue|neuen|weitere|zusätzliche|mehrere) (kunden|projekte|accounts|mandanten|kanäle|aufträge|märkte|standorte|filialen|produkte|sprachen) ... (betreu*|übernehm*|übernimm*|kümmer*|mitbetreu*|zusätzlich|mit dazu)",
      "zusätzlich zu (den|deinen|ihren|euren|unseren) (laufenden|aktuellen|bisherigen|bestehenden|regulären|normalen) (aufgaben|projekten|themen|to-dos|tasks|arbeiten)",
      "(quasi|praktisch|fast|eigentlich)? (vollzeit|in vollzeit) (für (uns|mich)|zur verfügung|eingeplant|einplanen|verfügbar|blocken|reservieren)",
      "(ab morgen|ab montag|ab sofort|ab heute|ab nächster woche|ab übermorgen|kurzfristig) ... und ... (übernehmen|übernimmst|betreuen|betreust|erledigen|abdecken|mitmachen|mitbetreuen|kümmern)",
      "(vertretung|vertreten|einspringen|übernehmen|mitmachen) ... (für|von) (meine|unsere|die|den) (kollegin|kollegen|assistentin|assistenten|mitarbeiterin|mitarbeiter|praktikantin|praktikanten|texterin|texter|grafikerin|grafiker)",
      "(ist|wird) (leider|diese woche|gerade)? (einiges|ziemlich viel|sehr viel|richtig viel|eine menge|so einiges) (los|zu tun|angefallen|liegengeblieben|liegen geblieben|aufgelaufen)",
      "(lade|laden|packe|packen|kippe|kippen|haue|hauen) (dir|ihnen|euch) (diese woche|heute|gerade|jetzt)? ... (einiges|viel|eine menge|so einiges|ganz schön viel|einen haufen|einen berg|eine ladung) (auf|drauf)",
      "(den|unseren|meinen) (ganzen|kompletten|gesamten|aufgelaufenen) (rückstand|backlog|rückstau|arbeitsrückstand|stau) ... (bis|in (zwei|drei|#num) tagen|diese woche|morgen|übermorgen|durch sein|erledigt|abgearbeitet)",
    ],
    unless: ["(angekommen|erhalten|zurückbekommen|abgeholt)", "(eilt (aber|ja)? nicht|keine eile|kein stress|ohne eile|in ruhe|falls (du|sie|ihr)|zur info|zur ansicht|(liegen|liegt|stehen) (im|in der|in den|bei|auf))", "(text|infos|informationen|lesestoff|zu lesen|hintergrund|bei uns im laden|bei uns im shop|im geschäft|an bestellungen|an kunden)"],
    note: {
      en: "A large volume of work at once.",
      de: "Eine große Menge Arbeit auf einmal.",
    },
    examples: {
      flag: ["Ich hab hier noch eine Kiste voller Quittungen, die muss bis Monatsende verbucht sein.", "Die Belege aus 2021 bis 2023 müssten bis zur Prüfung nächste Woche erfasst sein.", "Ich lade dir gleich alle Belege ab Januar hoch, die Frist ist Freitag.", "Kannst du den ganzen Rückstand vom letzten Monat bis Freitag abarbeiten?", "Ich lade dir diese Woche einiges auf, sorry.", "Kannst du ab morgen zusätzlich das komplette Postfach, die Buchhaltung und den Kalender übernehmen?", "Diese Woche ist leider einiges los: zehn Präsentationen für die Vorstandssitzung am Mittwoch.", "Kannst du ab Montag die Vertretung für meine Kollegin übernehmen?", "Ich hab noch einen Stoß Rechnungen, die bis Monatsende alle erfasst sein müssen.", "Ich weiß, es ist kurzfristig, aber wir brauchen die komplette Präsentation samt Handout und Video bis morgen.", "Wir haben kurzfristig drei neue Kunden gewonnen, die du ab Montag mit betreust.", "Anbei ein ganzer Berg an Aufgaben für diese Woche.", "Ich weiß, das ist ganz schön viel, aber es muss bis Freitag raus.", "Zusätzlich zu deinen laufenden Aufgaben bräuchten wir noch die Messeplanung.", "Das ist leider ziemlich viel auf einmal."],
      pass: ["Die Belege von 2022 und 2023 liegen im Ordner, falls du sie brauchst.", "Ich schick dir den Karton mit Belegen am Montag, eilt aber nicht.", "Danke, die Schachtel mit Belegen ist gut angekommen.", "Den Rückstand haben wir inzwischen selbst aufgeholt.", "Danke für deine viele Arbeit.", "Der Stapel Flyer ist angekommen."],
    },
  },
];

const LISTED: readonly PhraseRule[] = [
  {
    // "Wir haben die Belege vom ganzen letzten Jahr noch nicht verbucht. Die Steuererklärung muss am Freitag raus."
    id: "de.capacity.overload.rueckstand-mit-frist",
    signal: "capacity.overload",
    language: "de",
    severity: 2,
    patterns: [
      "(belege|buchhaltung|buchungen|rechnungen|quittungen|kontoauszüge|unterlagen|ablage|korrespondenz|mails|e-mails|fotos|bilder) (vom|von dem|des|aus dem|für das|fürs|der|aus den|von den|für die|seit) (ganzen|gesamten|kompletten|halben) (letzten|vergangenen|laufenden)? (jahr|jahres|jahre|jahren|quartal|quartals|quartale|halbjahr|halbjahres|monate|monaten|sommer|winter|herbst|frühjahr)",
      "(ganze|ganzes|gesamte|gesamtes|komplette|komplettes) (letzte|letztes|vergangene|vergangenes)? (jahr|quartal|halbjahr) (an)? (belege|buchhaltung|buchungen|rechnungen|quittungen|kontoauszüge|unterlagen|ablage)",
    ],
    requires: ["(noch nicht|nicht|nie|gar nicht|überhaupt nicht|noch gar nicht|kein bisschen) (verbucht|erfasst|gebucht|abgelegt|sortiert|eingereicht|gemacht|angefangen|bearbeitet|erledigt|zusammengesucht|angeschaut)"],
    requiresInMessage: ["(muss|müssen|müsste|müssten|soll|sollen|fällig|frist|abgabe|deadline) ... (morgen|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|diese woche|ende der woche|nächste woche)", "(morgen|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|diese woche|ende der woche|nächste woche) ... (muss|müssen|fällig|frist|abgabe|deadline|raus|einreichen|abgeben)"],
    unless: ["(keine eile|kein stress|in ruhe|nach und nach|eilt nicht|bis ende des jahres|bis nächstes jahr)"],
    note: {
      en: "A whole period's paperwork, not yet started, with a deadline days away: a capacity question.",
      de: "Die Unterlagen eines ganzen Zeitraums, noch nicht angefangen, und eine Frist in wenigen Tagen: eine Frage der Kapazität.",
    },
    examples: {
      flag: ["Wir haben leider die Belege vom ganzen letzten Jahr noch nicht verbucht. Die Steuererklärung muss am Freitag raus.", "Die Buchhaltung vom gesamten Quartal ist noch nicht gemacht, die Voranmeldung ist Montag fällig."],
      pass: ["Die Belege vom ganzen letzten Jahr sind schon verbucht, danke! Die Steuererklärung muss am Freitag raus.", "Die Belege vom ganzen letzten Jahr haben wir noch nicht verbucht, das hat aber Zeit bis nächsten Sommer."],
    },
  },
  {
    id: "de.capacity.overload.menge-bis-termin",
    signal: "capacity.overload",
    language: "de",
    severity: 2,
    patterns: [
      // "alle 40 Interviewvideos", "der komplette Katalog mit 180 Produkten": German compounds hide the noun, so the count and a near date carry it.
      `(alle|sämtliche|die ganzen|insgesamt|über|mehr als|rund|knapp|gut|mit|ganze|ganzen) ${COUNT}`,
      // "das 90-seitige Handbuch bis Donnerstag": the length of one big document.
      `${COUNT} (seitige|seitigen|seitiges|seitigem|seitiger|seiten starke|seiten starken|seiten starkes|seiten lange|seiten langen|seiten langes)`,
      // "alle vier Filialen gleichzeitig": the same job several times over, at once.
      "(alle|sämtliche) (drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|#num) (filialen|standorte|shops|läden|geschäfte|websites|webseiten|marken|restaurants|büros|praxen|salons|hotels|kanäle|sprachen|märkte) ... (gleichzeitig|auf einmal|auf einen schlag|in einem rutsch|in einem aufwasch|parallel)",
      "(alle|sämtliche|die ganzen) (ihre|seine|deren|ihren|seinen) (kunden|projekte|aufgaben|mandanten|accounts|kanäle|kundinnen|termine|themen)",
      `${DELIVERABLE} ... ${DELIVERABLE} ... ${DELIVERABLE} ... (bis (morgen|heute|übermorgen|morgen früh|morgen abend|morgen mittag|heute abend|mittag)|heute noch|noch heute|bis zum morgen)`,
    ],
    requires: ["(bis|morgen|übermorgen|heute|diese woche|ende der woche|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ab sofort|ab dieser woche|ab nächster woche|ab montag|kurzfristig|übernehmen|übernimmst)"],
    unless: ["(alle|jede) (#num|zehn|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|hundert) (minuten|stunden|sekunden|tage|wochen)", "(geöffnet|geschlossen|öffnen|schließen|offen|eröffnet|erreichbar)", "(rabatt*|prozent|skonto|nachlass|schlussverkauf|ausverkauf|sale|aktion|gutschein*)", "(hatten|haben|hatte|gab es|kamen|waren) (wir|es)? ... (besucher|gäste|kunden|teilnehmer|bestellungen|anfragen|follower|likes|klicks|aufrufe|downloads|verkäufe|mitglieder)", "(ich|wir) (schicke|schicken|sende|senden|liefere|liefern|gebe|geben|lade|laden|reiche|reichen|stelle|stellen|habe|haben|hatten|hatte)", "(danke|dank|vielen dank|super gemacht|toll gemacht)", "(kunden|leser|besucher|teilnehmer|gäste|follower|abonnenten|mitarbeiter|mitarbeitende|bestellungen) (haben|hatten|kamen|sind|waren|gekommen)", "(keine eile|kein stress|in ruhe|nach und nach|über die nächsten)"],
    note: {
      en: "A large count, or several deliverables, by a near date: a capacity question.",
      de: "Eine große Menge oder mehrere Leistungen bis zu einem nahen Termin: eine Frage der Kapazität.",
    },
    examples: {
      flag: ["Könntest du den 60-seitigen Jahresbericht bis Montag lektorieren?", "Wir bringen alle fünf Filialen auf einen Schlag ins neue Design, die Eröffnung ist Montag.", "Können Sie bis Ende der Woche alle 40 Interviewvideos schneiden?", "Unsere andere Grafikerin hat gekündigt, kannst du ab dieser Woche alle ihre Kunden übernehmen?", "Sorry für die Kurzfristigkeit, aber ich brauche den Newsletter, drei Landingpages und die Verkaufspräsentation bis morgen Abend."],
      pass: ["Ich schaue ab sofort alle zehn Minuten rein, bis die Seite online ist.", "Alle drei Filialen haben bis Freitag gleichzeitig geöffnet.", "Danke für das 60-seitige Handbuch, wir lesen es bis Montag.", "Unser Ausverkauf startet morgen mit 40 % Rabatt auf alle Jacken.", "Wir schicken Ihnen alle 40 Fotos bis Montag.", "Danke, dass du alle 40 Videos bis Freitag geschnitten hast!", "Am Samstag hatten wir über 200 Besucher am Stand."],
    },
  },
  {
    id: "de.capacity.overload.liste-dann-frist",
    signal: "capacity.overload",
    language: "de",
    severity: 2,
    // "Diese Woche bräuchte ich den Newsletter, vier Blogartikel und die Broschüre. Das muss alles bis Donnerstag stehen."
    patterns: [`${DELIVERABLE} ... ${DELIVERABLE} ... ${DELIVERABLE}`],
    requiresInMessage: [
      "(brauche|brauchen|bräuchte|bräuchten|muss|müssen|soll|sollen|sollte|sollten) ... bis (morgen|heute|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende der woche|zum wochenende|morgen früh|heute abend|morgen abend)",
      "(alles|das alles|all das|alle) ... bis (morgen|heute|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|ende der woche|morgen früh|heute abend)",
      "(kurzfristigkeit|so kurzfristig|kurzfristige anfrage|last minute)",
      "bis (nächsten|kommenden|diesen|zum)? (morgen|heute|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende der woche|wochenende|morgen früh|heute abend|morgen abend) (brauche|brauchen|bräuchte|bräuchten|muss|müssen|soll|sollen|sollte|sollten|benötige|benötigen)",
      "(alles|das alles|all das|alle) ... bis (nächsten|kommenden|diesen) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)",
      // Swiss and polite: "wäre super, wenn das bis Mittwoch bereit wäre".
      "bis (morgen|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|ende der woche) (bereit|fertig|erledigt|parat|druckfertig) (wäre|wären|ist|sind|sein)",
    ],
    unless: ["(ich|wir) (schicke|schicken|sende|senden|liefere|liefern|gebe|geben|lade|laden|reiche|reichen|stelle|stellen)", "(schicke|schicken|sende|senden|liefere|liefern|gebe|geben|lade|laden|reiche|reichen|stelle|stellen) (ich|wir)", "(bekommst|bekommen|erhältst|erhalten) (du|sie|ihr)", "(danke|dank|super gemacht|toll gemacht|gefallen|gefällt)", "(angebot|offerte|paket|umfang|vertrag|umfasst|beinhaltet|enthalten|in den nächsten wochen|keine eile)"],
    note: {
      en: "Several deliverables, and a near date in another sentence: a capacity question.",
      de: "Mehrere Leistungen, und in einem anderen Satz ein naher Termin: eine Frage der Kapazität.",
    },
    examples: {
      flag: ["Die Preisliste, der Katalog und die Produktblätter stehen an. Schön wäre, wenn es bis Montag druckfertig wäre.", "Bis morgen früh bräuchte ich die Speisekarten, den Flyer und die Plakate.", "Kurzfristig: Logo, Flyer und Plakat, alles bis kommenden Montag.", "Diese Woche bräuchte ich den Newsletter, vier Blogartikel und die Broschüre. Das muss alles bis Donnerstag stehen."],
      pass: ["Das Paket umfasst Logo, Visitenkarten und Briefpapier. Das Logo bräuchten wir bis Freitag, der Rest kann folgen."],
    },
  },
  {
    id: "de.capacity.overload.aufzaehlung-mit-frist",
    signal: "capacity.overload",
    language: "de",
    severity: 2,
    patterns: [
      `${DELIVERABLE} ... ${DELIVERABLE} ... ${DELIVERABLE} ... ${DELIVERABLE}`,
      // A list of jobs in the infinitive: "Preisseite aktualisieren, fünf Mails schreiben, Banner neu machen, Footer reparieren".
      `${TODO_VERB} ... ${TODO_VERB} ... ${TODO_VERB} ... ${TODO_VERB}`,
      "(müssen|sollen|sollten|brauchen wir|brauche ich) (alle|alles|allesamt|sämtlich) (bis|heute|morgen|noch heute)",
    ],
    requires: ["(bis (morgen|heute|übermorgen|dahin|heute abend|morgen früh|mittag|montag|dienstag|mittwoch|donnerstag|freitag|ende der woche)|heute noch|noch heute|sofort|asap|morgen früh|diese woche|in den nächsten (zwei|drei|vier|fünf|paar|#num) tagen|für morgen|für heute|für übermorgen|(übers|über das|über's) wochenende)"],
    unless: ["(ich|wir) (schicke|schicken|sende|senden|liefere|liefern|gebe|geben|lade|laden|reiche|reichen|stelle|stellen)", "(schicke|schicken|sende|senden|liefere|liefern|gebe|geben|lade|laden|reiche|reichen|stelle|stellen) (ich|wir)", "(bekommst|bekommen|erhältst|erhalten) (du|sie|ihr)",
      // The client's own weekend reading: "Ich schaue mir Flyer, Plakat und Roll-up übers Wochenende in Ruhe an".
      "(ich|wir) (schaue|schau|schauen|lese|lesen|sehe|sehen|prüfe|prüfen) (mir|uns)", "in ruhe"],
    note: {
      en: "Many deliverables at once by a near date.",
      de: "Viele Leistungen auf einmal bis zu einem nahen Termin.",
    },
    examples: {
      flag: ["Wir bräuchten noch den Roll-up, einen Flyer, die Präsentation und Visitenkarten für alle Mitarbeiter, geht sich das übers Wochenende aus?", "Flyer, Plakate, Roll-up und Website müssen in den nächsten vier Tagen stehen.", "Hier die Liste für morgen: Preisseite aktualisieren, fünf Produktmails schreiben, Startseitenbanner neu machen, Footer reparieren und das Sale-Popup einrichten.", "Wir eröffnen nächste Woche drei neue Filialen und brauchen für jede Flyer, Plakate, Social Posts und Beschilderung bis Montag.", "Geschäftsbericht, Newsletter und Website-Refresh müssen alle bis Freitag fertig sein.", "Bis morgen bräuchte ich die Folien, das Handout, drei Social-Posts und die Pressemitteilung.", "Hier die Liste für diese Woche: Newsletter, 4 Blogartikel, Broschüre, Social Posts für den ganzen Monat und die neue Landingpage."],
      pass: ["Ich schaue mir Flyer, Plakat, Roll-up und Präsentation übers Wochenende in Ruhe an.", "Bis Freitag schicke ich Ihnen Texte, Bilder, Logo und Fotos.", "Logo, Visitenkarte und Briefpapier gerne bis Ende des Monats."],
    },
  },
];

/** German capacity rules. */
export const CAPACITY_RULES: readonly PhraseRule[] = [...OVERLOAD, ...LISTED];
