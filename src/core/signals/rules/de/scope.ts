import type { PhraseRule } from "../../types";
import { ADDRESSED, REQUEST } from "./shared";

/** Things a client may ask for "also" without it being new work. */
const PAPERWORK =
  "(rechnung*|angebot|offerte|kostenvoranschlag|rechnungsnummer|iban|bankverbindung|zugangsdaten|passwort|quittung|beleg|vertrag|steuernummer|ust-id|adresse|rückmeldung|bescheid|unterlagen|stundenzettel|stundennachweis|stundenübersicht|bestätig*|unterschr*|termin|termine|terminvorschlag|terminvorschläge|telefonnummer|lebenslauf|referenzen)";

/** Verbs of telling, asking, thanking: "noch kurz Bescheid geben" is not new work. */
const TELLING =
  "(bescheid|mitteilen|sagen|melden|bedanken|danke|informieren|durchgeben|nachfragen|fragen|zurückmelden|rückmeldung|anmerken|erwähnen|erinnern|bestätigen|antworten|anrufen|telefonieren|grüßen|vorstellen|weiterleiten|mails|e-mails|postfach|checken)";

/** Scope creep: new work framed as small. */
const CREEP: readonly PhraseRule[] = [
  {
    id: "de.scope.creep.noch-schnell",
    signal: "scope.creep",
    language: "de",
    severity: 2,
    patterns: [
      "(noch|mal|nur|ganz|eben) (schnell|rasch|fix|flott)",
      "schnell (noch|mal|eben)",
      "(noch|mal|nur) eben (schnell|kurz)?",
      "(noch|mal|nur) (kurz|kurzerhand)",
      "kurz (noch|mal|eben)",
      "eben (auch|gleich)? noch",
    ],
    // "Ein Onlineshop lässt sich doch sicher noch schnell integrieren, oder?" asks without a modal verb.
    requires: [REQUEST, "(lässt sich|ließe sich|lassen sich|geht das|ginge das|geht doch|oder)"],
    negatable: false,
    unless: [
      "(noch|mal|nur|schnell|kurz|eben|fix) ... " + TELLING,
      "(ich|wir) (wollte|wollten|möchte|möchten|will|wollen|muss|müssen|werde|werden) (mich|uns|ihnen|dir|euch)? (noch|nur|mal)? (schnell|kurz|eben)",
      PAPERWORK,
    ],
    note: {
      en: "New work framed as a quick extra: it still needs a quote.",
      de: "Neue Arbeit, verpackt als schnelle Kleinigkeit: auch sie braucht ein Angebot.",
    },
    examples: {
      flag: ["Ein Onlineshop lässt sich doch sicher noch schnell integrieren, oder?", "Gell, das machst du mir noch eben fix, ja?", "Wäre es möglich, dass Sie noch kurz unseren Briefbogen gestalten?", "Könntest du noch schnell die Flyer machen?", "Könntest du die Fotos nicht eben auch noch zuschneiden?", "Könnten Sie uns noch kurz drei Banner erstellen?", "Mach doch mal eben noch eine englische Version.", "Kannst du nur kurz die Preise auf der Website aktualisieren?"],
      pass: ["Ich muss noch schnell zur Post, oder ich mache es morgen.", "Könntest du mir die Rechnung schicken?", "Ich wollte mich noch kurz für die tolle Zusammenarbeit bedanken.", "Können Sie mir noch kurz Bescheid geben, ob Dienstag passt?"],
    },
  },
  {
    id: "de.scope.creep.kleinigkeit",
    signal: "scope.creep",
    language: "de",
    severity: 2,
    patterns: [
      "(kleinigkeit|kleinigkeiten|klitzekleinigkeit)",
      "(nur|bloß|noch|eine|ein|ein paar) (kleine|kleinen|klitzekleine|winzige|mini) (ergänzung|ergänzungen|erweiterung|erweiterungen|zusatzaufgabe|zusatzaufgaben|zusatz|zusätze|extra|extras|sache|sachen|bitte|aufgabe|aufgaben|zusatzwunsch|zusatzwünsche|ding|dinge)",
      "(mini-aufgabe|mini-auftrag|mini-projekt|mini-job|miniaufgabe|miniauftrag|miniprojekt)",
    ],
    // A request, the freelancer addressed, or a deliverable named ("nur eine kleine Ergänzung: ein Mitgliederbereich mit Login").
    requires: [REQUEST, ADDRESSED, "(bereich|mitgliederbereich|login|seite|unterseite|landingpage|shop|onlineshop|blog|funktion|feature|formular|newsletter|banner|flyer|video|logo|grafik*|texte|artikel|post|posts|übersetzung|kapitel|präsentation|kanal|account|profil|kampagne|anzeige*|version|variante|format|visitenkarte*|briefpapier|broschüre|speisekarte)"],
    unless: ["(dankeschön|geschenk*|aufmerksamkeit|präsent|mitbringsel|schicken wir|geschickt|zu weihnachten|als dank|zum dank|zum dankeschön|ankommen|überraschung)", "(keine|kein) ... kleinigkeit", "(bei|wegen|über|an) (jeder|jeder kleinen|so einer|einer) kleinigkeit", "(runde|korrekturrunde|korrekturschleife|anmerkungen|korrekturen|version #num|v#num|fast perfekt|dann passt)", "(ich|wir) (bin|sind) ... (nicht da|nicht im büro|nicht erreichbar|im urlaub|in den ferien|abwesend|unterwegs|krank)", "(büro|laden|geschäft|praxis|studio|werkstatt|lager|restaurant|lokal) (ist|bleibt|hat) ... (geschlossen|zu|dicht)"],
    note: {
      en: "'Just a small thing': small for the client, still work for you.",
      de: "„Nur eine Kleinigkeit“: klein für den Kunden, aber Arbeit für Sie.",
    },
    examples: {
      flag: ["Das ist nur eine kleine Ergänzung: ein Mitgliederbereich mit Login.", "Eine winzige Sache noch: bitte auch das Postfach meiner zweiten Firma betreuen.", "Nur noch eine Mini-Sache: das Impressum bitte auch noch überarbeiten, und die AGB.", "Noch eine Kleinigkeit: könnten Sie auch die Visitenkarten anpassen?", "Nur eine kleine Ergänzung, wir bräuchten noch ein Kapitel über Nachhaltigkeit.", "Ich hätte da noch eine kleine Bitte."],
      pass: ["Hier meine Anmerkungen zur zweiten Runde, nur Kleinigkeiten am Layout.", "Version 5 gefällt uns, nur noch zwei Kleinigkeiten bei den Farben, dann passt es.", "Als kleines Dankeschön schicken wir Ihnen eine Kleinigkeit zu Weihnachten.", "Eine Kleinigkeit noch: unser Büro ist am Montag geschlossen.", "Noch eine Kleinigkeit: Wir sind nächste Woche im Urlaub, schick die Dateien bitte an Jana.", "Eine Kleinigkeit noch: Der Laden hat am Samstag zu, bitte liefere die Plakate am Montag."],
    },
  },
  {
    id: "de.scope.creep.wo-du-dabei-bist",
    signal: "scope.creep",
    language: "de",
    severity: 2,
    patterns: [
      "(wo|wenn|da|weil|während) (du|sie|ihr) (eh|ehe|ohnehin|sowieso|gerade|grad|schon|jetzt|bereits) ... (dabei|dran|drin|darin|am werk|zugange|beschäftigt) (bist|sind|seid)",
      "(wo|wenn|da|weil|während) (du|sie|ihr) (eh|ehe|ohnehin|sowieso|gerade eh|eh schon|ohnehin schon|sowieso schon) ... (machst|machen|baust|bauen|gestaltest|gestalten|überarbeitest|überarbeiten|schreibst|schreiben|bearbeitest|bearbeiten|sitzt|sitzen|programmierst|programmieren|betreust|betreuen)",
      "(wo|wenn|da|weil) (du|sie|ihr) (dabei|dran) (bist|sind|seid)",
      "(wo|wenn|da) (wir|man) (eh|ohnehin|sowieso|gerade|schon)? (mal)? (dabei|dran) (sind|ist)",
      "in einem (abwasch|aufwasch|aufwaschen|abwaschen|rutsch|aufwischen|durchgang)",
      "bei der (gelegenheit|chance)",
      "(machst|erledigst|retuschierst|übernimmst|nimmst|betreust|gestaltest|schreibst|übersetzt|baust|machen|erledigen|retuschieren|übernehmen|nehmen|betreuen|gestalten|schreiben|übersetzen|bauen) (du|sie|ihr) ... (schnell|kurz|eben|fix|einfach|gleich|nebenbei) mit",
      "(gleich|direkt) (mit)? (erledigen|machen|übernehmen|anpassen|umsetzen|einbauen|dazu)",
      "(mitübersetzen|mitschreiben|mitfotografieren|mitprogrammieren|mitlayouten|mitkorrigieren|mitmachen|miterledigen|mitübernehmen|miteinbauen|mitanpassen|mitgestalten|mitbetreuen|mitlaufen lassen|mit einplanen|miteinplanen|mit einbauen|mit aufnehmen|mit dazunehmen|mit reinnehmen)",
      "(wo|wenn|da|weil|während) (du|sie|ihr) (eh|ehe|ohnehin|sowieso|gerade|grad|schon|jetzt|bereits) (schon)? (im|in der|in den|in dem|am|an der|an den|auf der) ... (bist|sind|seid)",
      "(wo|wenn|da) (du|sie|ihr) (schon|eh|gerade|eh schon|jetzt schon) (dabei|dran) (bist|sind|seid)",
    ],
    requires: ["(bauen|machen|erstellen|nehmen|setzen|ergänzen|richten|übernehmen|gestalten|schreiben|fügen|packen|legen|ändern|passen|baust|machst|erstellst|nimmst|setzt|ergänzt|richtest|übernimmst|gestaltest|schreibst|fügst|packst|legst|änderst) (sie|du|ihr)? (noch|auch|gleich|bitte|mal|doch)", REQUEST],
    note: {
      en: "New work framed as part of what you are already doing.",
      de: "Neue Arbeit, verpackt als Teil dessen, was Sie ohnehin tun.",
    },
    examples: {
      flag: ["Den Flyer könnten Sie doch gleich mitschreiben, wenn Sie eh am Text sitzen.", "Könntest du die Speisekarte in einem Abwaschen auch noch setzen?", "Wo du schon dabei bist, baust du noch ein Kontaktformular ein?", "Da Sie ohnehin schon im Shopsystem sind, richten Sie bitte noch einen Gutscheincode ein.", "Übrigens wollen wir jetzt auch eine App, kannst du die mit einplanen?", "Bei der Gelegenheit könnten Sie auch unsere Speisekarte neu setzen.", "Und wenn du schon dabei bist, mach doch gleich noch die Visitenkarten.", "Wenn du eh schon die Website machst, kannst du doch auch das Logo auffrischen.", "Wenn Sie schon dabei sind, machen Sie bitte gleich noch ein Favicon.", "Wo du gerade dabei bist, kannst du auch die Social-Media-Grafiken anpassen?", "Wenn Sie eh schon dran sind, könnten Sie auch das Impressum überarbeiten?", "Das kannst du doch in einem Abwasch machen.", "Könnten Sie die Broschüre gleich mit erledigen?"],
      pass: ["Wenn du schon im Urlaub bist, melde dich erst danach.", "Wenn du dabei bist, freuen wir uns sehr!"],
    },
  },
  {
    id: "de.scope.creep.nur-minuten",
    signal: "scope.creep",
    language: "de",
    severity: 2,
    patterns: [
      "(dauert|dauern|braucht|brauchst|brauchen|kostet|kosten) (doch|ja|bestimmt|sicher|eh|wohl|vermutlich|für (dich|sie|euch))? (nur|bloß|höchstens|maximal|keine|nicht mal|kaum|gerade mal)? (#num|zwei|drei|fünf|zehn|fünfzehn|zwanzig|dreißig|ein paar|wenige|eine halbe|eine|ein|'ne) (minute|minuten|min|sekunden|minütchen|stündchen|augenblick)",
      "(ist|sind|wäre) (doch|ja|bestimmt|sicher|eh)? (nur|bloß) (#num|zwei|drei|fünf|zehn|ein paar) (minuten|min|handgriffe|klicks)",
      // Ongoing extra work sized down: "Sind nur ein paar am Tag."
      "(ist|sind|wären|das sind|es sind) (doch|ja|eh)? (nur|bloß|höchstens|maximal) (ein paar|#num|zwei|drei|fünf|zehn|wenige|eine handvoll) (am|pro|die|in der|im) (tag|woche|monat)",
      "(schnell|fix|im handumdrehen|in null komma nichts|mit links|nebenbei|ruckzuck|ratzfatz) (gemacht|erledigt|getan|umgesetzt|erstellt|angepasst|geändert)",
      "(kein|keinen|nicht viel|kaum) (großer|großen|besonderer|besonderen|nennenswerter|nennenswerten|riesiger|riesigen|wirklicher|wirklichen)? (aufwand|arbeit)",
      "(ein|'n|ein echter) (klacks|kinderspiel|katzensprung)",
      "(nur|bloß|ja nur|doch nur|eigentlich nur) (ein|eine|'n|ein paar) (kurzer|kleiner|schneller|einziger|kurze|kleine|schnelle|paar)? (handgriff|handgriffe|klick|klicks|moment|augenblick|minütchen|sache von minuten|arbeit von minuten)",
      "(ist|wäre) (doch|ja)? (keine große|keine riesige|keine) (sache|aktion|affäre|hexerei|raketenwissenschaft)",
      "(ist|sind) (ja|doch) (nicht viel|nichts großes|nichts wildes|nichts aufwendiges|nichts aufwändiges)",
      "(einbauen|ergänzen|integrieren|hinzufügen|anlegen|einrichten|erstellen|gestalten|schreiben|bauen|basteln|entwerfen|machen|dazu|mit dazu|dazunehmen|obendrauf) ... (nichts|nix) (aufwendiges|aufwändiges|wildes|kompliziertes|großartiges|riesiges)",
      "(ist|wäre|sind) (ja|doch)? (eigentlich)? (nur|bloß) (copy (und|&) paste|copy-paste|kopieren|abschreiben|ein paar klicks|umformatieren|abtippen|rüberkopieren)",
    ],
    negatable: false,
    unless: ["(ich|wir) (brauche|brauchen|habe|haben) ... (minuten|aufwand)", "(für uns|bei uns|unsererseits)", "(keine sorge|wir (posten|haben|bekommen|kriegen|verschicken|schreiben))"],
    note: {
      en: "The client sizing your work for you, always small.",
      de: "Der Kunde schätzt Ihren Aufwand für Sie ein, natürlich klein.",
    },
    examples: {
      flag: ["Könnten Sie auch die Google-Bewertungen beantworten? Sind höchstens fünf pro Woche.", "Das sind doch nur ein paar im Monat, die Kundenmails.", "Kannst du noch eine englische Version machen? Ist ja eigentlich nur Copy und Paste.", "Das ist ja nur ein kurzer Handgriff für dich.", "Das dauert doch nur fünf Minuten.", "Das ist ja nur ein kurzer Handgriff.", "Ist ja kein großer Aufwand für dich.", "Das ist für Sie doch ein Klacks.", "Das ist doch schnell gemacht, oder?", "Bitte noch eine kleine Bildergalerie dazu, nichts Kompliziertes."],
      pass: ["Das sind nur zwei pro Woche, keine Sorge.", "Wir haben nur ein paar Bestellungen am Tag.", "Am Wochenende haben wir nichts Wildes vor.", "Die Freigabe dauert bei uns leider zwei Wochen.", "Der Termin dauert etwa 30 Minuten."],
    },
  },
  {
    id: "de.scope.creep.ausserdem-noch",
    signal: "scope.creep",
    language: "de",
    severity: 2,
    patterns: [
      "(kannst|könntest|könnt|könnten|können|würdest|würden|würdet|magst|möchtest|wärst|wären) (du|sie|ihr) ... (außerdem|zusätzlich|ebenfalls|auch|gleich|direkt|obendrein|nebenbei|darüber hinaus) (noch)? ... (erstellen|machen|gestalten|schreiben|entwerfen|designen|übernehmen|umsetzen|anlegen|aufsetzen|bauen|programmieren|einbauen|ergänzen|übersetzen|texten|produzieren|drehen|schneiden|organisieren|recherchieren|pflegen|betreuen|einrichten|planen|kümmern|überarbeiten|anpassen|layouten|fotografieren|aufbereiten|vorbereiten|formatieren|korrigieren|lektorieren|posten|vertonen|basteln|bauen|einrichten|anlegen|freistellen|retuschieren|schneiden|animieren|einpflegen|übernehmen)",
      "(du|sie|ihr) (könntest|könnten|könnt|kannst|können|würdest|würden) ... (auch|außerdem|zusätzlich|ebenfalls|gleich|noch) ... (machen|übernehmen|erstellen|gestalten|schreiben|moderieren|betreuen|organisieren|einrichten|aufsetzen|bauen|programmieren|drehen|schneiden|fotografieren|übersetzen|texten|kümmern)",
      "zusätzlich (noch)? (unterstützung|hilfe|support|jemanden|leistungen|aufgaben|zuarbeit) (bei|für|mit|im|in)",
      "(kannst|könntest|könnt|könnten|können|würdest|würden|magst|möchtest) (du|sie|ihr) (mir|uns)? noch (ein|eine|einen|unseren|unsere|unser|den|die|das|zwei|drei|ein paar)? ... (kanal|account|profil|newsletter|website|landingpage|shop|blog|podcast|video|flyer|banner|logo|visitenkarte*|briefpapier|broschüre|präsentation|kampagne|anzeige*|post|posts|artikel|übersetzung|speisekarte|katalog|tiktok*|instagram*|linkedin*|facebook*|youtube*|social*|kundenservice|buchhaltung|terminplanung|postfach|inbox|ablage|favicon|imagefilm|reel|reels|moderation)",
      "(übernimmst|übernehmen|übernehmt) (du|sie|ihr) (bitte|dann|ab sofort|ab montag|ab morgen|künftig)? (auch|zusätzlich|noch|außerdem)",
      "ob (du|sie|ihr) ... (auch noch|außerdem|zusätzlich|auch gleich|gleich noch|gleich auch|auch) ... (könntest|könnten|würdest|würden|kannst|können|könnt|magst|möchtest|übernehmen|machen)",
      "(bräuchte|bräuchten|brauche|brauchen|benötige|benötigen|hätte|hätten) (ich|wir) ... (auch|außerdem|zusätzlich|dann)? noch (ein|eine|einen|zwei|drei|vier|ein paar|einige|weitere|mehrere) (weitere*|zusätzliche*|neue*|kleine*)?",
      // "Wir bräuchten auch Briefpapier", "die Fotos bräuchten wir zusätzlich noch freigestellt".
      "(bräuchte|bräuchten|benötige|benötigen) (ich|wir) (dann)? (auch|zusätzlich|außerdem|ebenfalls|obendrein) (noch)?",
      "(ich|wir) (bräuchte|bräuchten|benötige|benötigen) (dann)? (auch|zusätzlich|außerdem|ebenfalls|obendrein) (noch)?",
      // "Ab sofort bitte auch Instagram mitbetreuen, nicht nur Facebook": the trailing "nicht nur" adds, it negates nothing.
      "(auch|gleich|zusätzlich|außerdem|noch|einfach) ... (mitbetreu*|mitübernehm*|mitpfleg*|mitgestalt*|mitbearbeit*|miterledig*|mitmachen|mitmachst|mitmacht|mit betreuen|mit übernehmen|mit pflegen|mit bespielen|mitbespiel*) (nicht nur|nicht bloß|nicht mehr nur)?",
      "(kannst|könntest|könnt|könnten|können|würdest|würden|magst|möchtest) (du|sie|ihr) (mir|uns)? (bitte|vielleicht|eventuell|dann|auch)? noch ... (schreiben|erstellen|gestalten|entwerfen|designen|texten|übersetzen|produzieren|drehen|bauen|programmieren|einrichten|aufsetzen|anlegen|übernehmen|betreuen|basteln|fotografieren|layouten|aufbereiten)",
      "noch (ein|eine|einen|zwei|drei|vier|fünf|ein paar|einige|weitere|mehrere) (weitere*|zusätzliche*|neue*|englische*|deutsche*|französische*|italienische*|mobile*|kleine*|kurze*|eigene*|separate*|extra|andere*)? (seite*|landingpage*|unterseite*|banner*|flyer*|post|posts|beitr*|artikel*|blogartikel*|text|texte|grafik*|logo*|format*|sprache*|video*|clip*|kurzvideo*|teaser*|trailer*|newsletter*|präsentation*|folie*|kapitel*|anzeige*|plakat*|broschüre*|visitenkarte*|reel*|story|stories|variante*|icon*|illustration*|template*|vorlage*|übersetzung*|produkttext*|produktbeschreibung*|mailing*|funktion*|feature*|formular*|sprachversion*)",
      "(auch|zusätzlich|außerdem|noch) (auf|in) (französisch|englisch|italienisch|spanisch|deutsch|niederländisch|polnisch|türkisch|russisch|chinesisch|arabisch|portugiesisch)",
      // "dass Sie die Broschüre grad auch noch ins Französische übertragen": a new language edition, asked of you.
      "(sie|du|ihr) ... (auch|zusätzlich|außerdem|gleich|noch|grad|gerade|eben) (noch|auch|gleich)? (noch)? (ins|in das) (französische|englische|italienische|spanische|deutsche|niederländische|polnische|türkische|russische|chinesische|arabische|portugiesische|rätoromanische|tschechische|ungarische|kroatische|slowenische|ukrainische) (übersetzen|übersetzt|übertragen|bringen|setzen|übersetzen lassen)?",
      "(kannst|könntest|könnt|könnten|können|würdest|würden|würdet|magst|möchtest) (du|sie|ihr) ... noch (ein|eine|einen|zwei|drei|ein paar|weitere*|zusätzliche*|neue*|eigene*) ... (einbauen|ergänzen|integrieren|hinzufügen|anlegen|einrichten|erstellen|gestalten|schreiben|bauen|aufsetzen|programmieren|entwerfen|designen|basteln|aufbauen)",
      // "Bitte schreib auch gleich den Newsletter mit", "nimmst du die noch mit rein?": a new piece folded into the job.
      "(schreib|mach|gestalte|übersetz|bau|erstell|betreu) (bitte|doch|einfach|dann)? (auch gleich|gleich auch|auch|gleich|dann auch|einfach) ... mit",
      "(nimmst|nehmen|nehmt|packst|packen|packt) (du|sie|ihr) (die|das|den|es|diese|dies)? (bitte|dann)? (auch|noch|gleich|auch noch|gleich noch|einfach)? (mit rein|mit dazu|noch mit rein|mit hinein)",
      // Imperative with a separable verb: "richten Sie bitte auch noch das Konto ein", "leg doch gleich noch einen Shop an".
      "(richten|richte|richtet|richt|legen|lege|legt|leg|bauen|baue|baut|bau) (sie|du|ihr)? (bitte|doch|dann|einfach)? (auch noch|außerdem|zusätzlich|gleich noch|gleich auch|auch gleich|noch) ... (ein|an|auf)",
    ],
    requires: [REQUEST],
    // "Kurze Frage:" as a lead-in still asks for work; "noch eine Frage beantworten" does not.
    unless: ["für #num (euro|franken|chf|eur)? (statt|anstatt|anstelle von) #num", PAPERWORK, "(ein paar worte|paar zeilen|kurze info|infos|informationen|details|ablauf|einschätzung|meinung|feedback|verfügbarkeit|kapazität|zeitplan)", "(etwas|ein bisschen|ein wenig|mehr|noch) (zeit|bedenkzeit|geduld)", "(noch|eine|die|ein paar|paar|einige|meine|unsere|zwei|drei|diese|der) (frage|fragen)", "fragen (ob|wie|wann|was|wo)", "(beantworten|beantwortest|beantwortet)", "(runde|korrekturrunde|korrekturschleife|schleife|revision|überarbeitungsrunde)", "(wie vereinbart|wie besprochen|laut angebot|im angebot|vereinbart*|beauftragt*|separates angebot|gesondertes angebot|extra angebot|natürlich bezahlt|zahlen wir|bezahlen wir|gegen aufpreis|gegen bezahlung)", "(noch|mal|nur|ganz|eben) (schnell|kurz|eben|fix|rasch)", "(alle|sämtliche) #num"],
    // "… ins Französische übersetzen? Bitte schicken Sie uns dafür ein separates Angebot.": new work with its own quote is no creep (annotation guide).
    unlessInMessage: ["(separates|separaten|gesondertes|gesonderten|eigenes|eigenen|extra|zusätzliches|zusätzlichen) (angebot|offerte|kostenvoranschlag)", "(gegen aufpreis|gegen bezahlung|natürlich bezahlt|bezahlen wir (gern|gerne|natürlich)|zahlen wir (gern|gerne|natürlich)|stellen sie (uns)? (das|es|dies)? (bitte)? (gern|gerne|natürlich)? in rechnung|stell (uns|mir)? (das|es)? (bitte)? (gern|gerne|einfach)? in rechnung)"],
    note: {
      en: "Extra deliverables added to the job: a change request with its own quote.",
      de: "Zusätzliche Leistungen werden dem Auftrag angehängt: ein Änderungswunsch mit eigenem Angebot.",
    },
    examples: {
      flag: ["Grüezi Frau Keller, wäre es möglich, dass Sie die Broschüre grad auch noch ins Französische übertragen?", "Kannst du den Flyer gleich auch ins Englische übersetzen?", "Bitte mach auch gleich die Einladungskarten für die Eröffnung mit.", "Wir brauchen noch ein Plakat für den Eingang, nehmen Sie das bitte noch mit rein?", "Kannst du die Facebook-Seite meines Mannes einfach mitbetreuen?", "Wir brauchen die Website auch auf Französisch und Italienisch, könnten Sie die Übersetzungen übernehmen?", "Würden Sie bitte noch die Produkttexte schreiben? Sind nur etwa 40 Stück.", "Könnt ihr das Impressum gleich auch noch übersetzen?", "Kannst du mir nebenbei noch eine kleine Landingpage basteln?", "Könnten Sie zusätzlich eine französische Ausgabe erstellen?", "Kannst du unseren Instagram-Account gleich mit übernehmen?", "Könnten Sie außerdem noch drei Banner gestalten?", "Ach, und könntest du noch unseren TikTok-Kanal aufsetzen?", "Kannst du auch noch die Newsletter-Vorlage aufsetzen?", "Könnten Sie im Shop noch einen Gutscheinbereich einbauen?", "Könntest du auf der Seite noch ein Buchungstool integrieren?", "Wir bräuchten dann noch zwei weitere Landingpages, geht das?", "Könnten Sie noch eine englische Sprachversion machen?", "Leg doch gleich noch einen zweiten Instagram-Account für den Laden an.", "Kurze Frage: Könntest du nebenbei auch unseren Newsletter betreuen?", "Wir bräuchten zusätzlich noch Aufsteller für die Messe im gleichen Look.", "Ab Juni bitte auch den LinkedIn-Kanal mitbespielen, nicht nur Xing.", "Könnten Sie aus dem Interview noch zwei kurze Clips für Instagram schneiden?", "Außerdem benötigen wir auch noch Etiketten für die Weinflaschen."],
      pass: ["Könnten Sie die Broschüre auch ins Französische übersetzen? Bitte schicken Sie uns dafür ein separates Angebot.", "Wir lassen die Broschüre von unserer Agentur auch ins Französische übersetzen, du musst nichts tun.", "Könnten Sie uns für die Übersetzung ins Französische ein separates Angebot machen?", "Nehmen Sie das bitte mit auf den Termin am Dienstag.", "Könnten Sie bitte noch den Text auf Seite 3 korrigieren?", "Könnten Sie in der Einleitung noch das Datum ergänzen? Sonst passt alles.", "Könnten Sie mir auch noch die Rechnung schicken?", "Könnten Sie uns für die Social-Media-Grafiken ein separates Angebot machen?", "Können Sie noch eine Korrekturrunde einplanen, wie vereinbart?", "Könnten Sie mir auch noch Ihre Bankverbindung schicken?", "Könnten Sie mir noch eine Frage zum Ablauf beantworten?", "Legen Sie bitte auch noch die Rechnung für März an.", "Wir bräuchten auch noch etwas Zeit für die Freigabe.", "Wir bräuchten dann auch Ihre Rechnungsadresse.", "Meine Kollegin macht das Protokoll, ich schreibe auch mit."],
    },
  },
  {
    id: "de.scope.creep.eingefallen",
    signal: "scope.creep",
    language: "de",
    severity: 1,
    patterns: [
      "(mir|uns) (fällt|fallen|fiel|fielen) (gerade|eben|noch|spontan|gestern|heute)? (noch)? (ein|die idee)",
      "(mir|uns) (ist|sind|kam|kommt) (gerade|eben|noch|spontan|gestern|heute)? (noch)? (was|etwas|eine sache|eine idee|ein punkt|ein wunsch)? (eingefallen|die idee|in den sinn)",
      "(ach|achso|ach ja|ach und|übrigens|apropos|ps) ... (noch|auch) ... (machen|erstellen|gestalten|schreiben|übernehmen|anpassen|einbauen|ergänzen|umsetzen)",
      "(da wäre|da ist|es gäbe|hätte) (noch|dann noch) (was|etwas|eine sache|ein thema|ein projekt)",
      "(auch noch|außerdem noch|zusätzlich noch|noch) (ein|eine|einen|ein paar|zwei|drei|einige|die|den|das) ... (dazu|obendrauf|mit dazu|gleich mit|noch mit)",
      "(nebenbei|nebenher|zwischendurch|spontan) (noch)?",
    ],
    requires: [REQUEST],
    unless: ["(nebenbei|nebenher) (bemerkt|gesagt|erwähnt|gefragt)", PAPERWORK],
    note: {
      en: "An extra task slipped in as an afterthought.",
      de: "Eine Zusatzaufgabe, beiläufig nachgeschoben.",
    },
    examples: {
      flag: ["Hättest du eventuell noch Kapazität für ein paar Instagram-Posts nebenher?", "Mir ist noch eingefallen: könntest du auch ein Intro-Video schneiden?", "Ach so, bitte auch noch ein Briefpapier dazu.", "Ach, und die Speisekarte dann bitte auch noch umsetzen.", "Und nebenbei bitte unseren Instagram-Account betreuen.", "Uns ist gestern noch was eingefallen: könnten Sie auch die Einladungskarten gestalten?"],
      pass: ["Nebenbei bemerkt, das Wetter ist herrlich.", "Bei uns ist gerade ein großer Auftrag reingekommen, könnten Sie mir bitte Bescheid geben, wann der Entwurf kommt?"],
    },
  },
  {
    id: "de.scope.creep.kannst-doch-auch",
    signal: "scope.creep",
    language: "de",
    severity: 1,
    patterns: [
      "(du kannst|sie können|ihr könnt|kannst du|können sie|könnt ihr) (doch|ja|bestimmt|sicher|sicherlich) (auch|sicher|bestimmt)? (auch)? (mal)? (programmieren|texten|fotografieren|übersetzen|filmen|schneiden|illustrieren|designen|coden|wordpress|seo|social media|buchhaltung|videos)",
      "(kennst du dich|kennen sie sich|kennt ihr euch|du kennst dich|sie kennen sich|ihr kennt euch) (doch|ja|bestimmt|sicher|sicherlich) (sicher|bestimmt|auch)? (auch)? (mit|in) ... aus",
      // "Die Speisekarte übernimmst du doch sicher auch noch": a new deliverable taken for granted.
      "(übernimmst|machst|gestaltest|erstellst|betreust|schreibst|designst|entwirfst) du (doch|ja|dann) (sicher|bestimmt|sicherlich|gleich|eh|einfach)? (auch|auch noch|gleich mit|mit|noch mit|noch)",
      "(übernehmen|machen|gestalten|erstellen|betreuen|schreiben|designen|entwerfen) sie (doch|ja|dann) (sicher|bestimmt|sicherlich|gleich|eh|einfach)? (auch|auch noch|gleich mit|mit|noch mit|noch)",
    ],
    note: {
      en: "Assumes you also do work outside what you were hired for.",
      de: "Setzt voraus, dass Sie auch Arbeit außerhalb Ihres Auftrags übernehmen.",
    },
    examples: {
      flag: ["Du kannst doch bestimmt auch Social Media, oder?", "Sie kennen sich doch sicher auch mit SEO aus?", "Die Einladungskarten gestaltest du dann sicher gleich mit, oder?", "Den Geschäftsbericht übernehmen Sie doch bestimmt auch noch?"],
      pass: ["Sie können die Dateien gerne per WeTransfer senden.", "Machst du doch lieber am Montag, das reicht völlig.", "Die Fotos übernehmen Sie, die Texte schreiben wir selbst."],
    },
  },
];

const ALSO_NICE: readonly PhraseRule[] = [
  {
    // "Das Anpassen der Visitenkarten ist doch sicher im Logopaket mit drin": a further deliverable folded into a package that names another.
    id: "de.scope.creep.im-logopaket",
    signal: "scope.creep",
    language: "de",
    severity: 2,
    patterns: [
      "(visitenkarte*|briefpapier|briefbogen|briefbögen|geschäftspapier*|flyer|speisekarte*|broschüre*|plakat*|e-mail-signatur*|mailsignatur*|signatur*|banner|schild|schilder|beschriftung*|fahrzeugbeschriftung*|aufkleber|sticker|stempel|präsentationsvorlage*|powerpoint-vorlage*|website|webseite|landingpage*|roll-up*|rollup*|verpackung*|etikett*|social-media-*|instagram-*|favicon*|messestand) ... (doch|ja|sicher|sicherlich|bestimmt|wohl|hoffentlich|eh|sowieso|irgendwie|quasi|natürlich|automatisch) ... (im|zum|ins|in das|zu dem|unter das) (logo-paket|logopaket|logo-auftrag|logoauftrag|logodesign|logo-design|logo-angebot|logoangebot|logo-preis|logopreis)",
    ],
    requires: ["(mit drin|drin|inklusive|inkl|inbegriffen|enthalten|dabei|dazu|gehört|gehören|abgedeckt|inkludiert)"],
    unless: ["(laut (angebot|offerte|vertrag)|wie (im|in der) (angebot|offerte|vertrag)|wie vereinbart|wie besprochen|wie abgemacht|wie ausgemacht|gemäß (angebot|offerte|vertrag))", "(nicht|kein|keine|nie) (enthalten|inklusive|inbegriffen|mit drin|drin|dabei|abgedeckt)", "(angebot|offerte|kostenvoranschlag|aufpreis|separat|gesondert|extra berechnen|in rechnung)", "(danke|vielen dank)"],
    note: {
      en: "Another deliverable assumed to come with the logo: new work, with its own quote.",
      de: "Eine weitere Leistung, die angeblich zum Logo gehört: neue Arbeit, mit eigenem Angebot.",
    },
    examples: {
      flag: ["Das Anpassen der Visitenkarten ist doch sicher im Logopaket mit drin, oder?", "Briefpapier und E-Mail-Signatur gehören ja wohl zum Logo-Paket dazu."],
      pass: ["Die Visitenkarten sind im Logopaket dabei, wie besprochen.", "Ist die Website im Logopaket dabei oder müssen wir das separat beauftragen?", "Die Visitenkarten sind laut Angebot im Logopaket mit drin, danke dafür!", "Die Visitenkarten sind im Logopaket nicht enthalten, schick uns dafür bitte ein Angebot."],
    },
  },
  {
    id: "de.scope.creep.waere-auch-super",
    signal: "scope.creep",
    language: "de",
    severity: 1,
    patterns: ["(wäre|wär|wären) (auch|außerdem|zusätzlich|noch|dann noch|auch noch) (super|toll|schön|klasse|prima|nett|cool|gut|großartig|praktisch|hilfreich|genial)"],
    requires: ["(update|refresh|redesign|facelift|banner|flyer|video|logo|post|posts|grafik*|seite|landingpage|newsletter|text|texte|artikel|übersetzung|präsentation|broschüre|visitenkarte*|briefpapier|kampagne|anzeige*|reel*|story|stories|shooting|fotos|icon*|illustration*|animation|vorlage|template)"],
    unless: ["(termin|uhrzeit|montag|dienstag|mittwoch|donnerstag|freitag|datum|woche)"],
    note: {
      en: "An extra deliverable floated as a nice-to-have.",
      de: "Eine zusätzliche Leistung, als nettes Extra angedeutet.",
    },
    examples: {
      flag: ["Ah, und ein kleines Logo-Update wäre auch super, falls du Zeit findest."],
      pass: ["Dienstag wäre auch super für den Termin."],
    },
  },
];

/** Revisions: yet another round, changing things back, moving goalposts. */
const REVISIONS: readonly PhraseRule[] = [
  {
    id: "de.scope.revisions.noch-eine-runde",
    signal: "scope.revisions",
    language: "de",
    severity: 2,
    patterns: [
      "(noch|nochmal|noch mal|noch einmal|nochmals) (eine|ne|'ne|einen|ein) (weitere|weiteren|letzte|letzten|kleine|kleinen|kurze|kurzen|schnelle|schnellen|zusätzliche|zusätzlichen)? (runde|korrekturrunde*|korrekturschleife*|korrekturdurchgang|korrekturlauf|korrekturphase|feedbackrunde*|feedbackschleife*|überarbeitung*|überarbeitungsrunde*|änderungsrunde*|änderungsschleife*|abstimmungsrunde*|abstimmungsschleife*|schleife|revision|revisionsrunde|iteration|durchgang|durchlauf|anlauf)",
      "noch (eine|einen|ein) (dritte|dritten|vierte|vierten|fünfte|fünften|sechste|sechsten)",
      "(vereinbart|vorgesehen|ausgemacht|abgemacht|enthalten|inklusive|abgesprochen) ... (aber|trotzdem|doch noch) ... (noch|weitere|zusätzliche|dritte|vierte|fünfte|nochmal|noch mal|mehr)",
      "(eine|einen|ein) (weitere|weiteren|zusätzliche|zusätzlichen|extra|neue|neuen|erneute|erneuten) (runde|korrekturrunde|korrekturschleife|korrekturdurchgang|korrekturlauf|feedbackrunde|feedbackschleife|überarbeitungsrunde|änderungsrunde|änderungsschleife|abstimmungsrunde|schleife|revision|revisionsrunde|iteration|überarbeitung)",
    ],
    unless: ["(wie vereinbart|wie vorgesehen|wie im angebot|laut angebot|gemäß angebot|laut vertrag|wie besprochen|im rahmen der (vereinbarten|vorgesehenen)|noch enthalten|noch inklusive|ist inklusive|sind inklusive|inbegriffen|vereinbarte|vereinbarten|vorgesehene|vorgesehenen)",
      // Austrian "das geht sich nicht mehr aus": the agreed time no longer fits, a date matter, not another round.
      "(geht|gehen|ging|gingen) sich ... aus"],
    note: {
      en: "Another round beyond the agreed ones: count them against the revision limit.",
      de: "Noch eine Runde über die vereinbarten hinaus: gegen das Korrekturlimit rechnen.",
    },
    examples: {
      flag: ["Können wir nochmal eine Runde drehen? Der Chef ist noch nicht ganz glücklich.", "Ich weiß, wir hatten zwei Korrekturschleifen vereinbart, aber wir bräuchten noch eine dritte.", "Wir bräuchten noch eine Runde beim Logo.", "Ich weiß, wir hatten zwei Schleifen ausgemacht, aber wir bräuchten noch eine dritte.", "Können wir noch eine Korrekturschleife drehen?", "Da müssen wir wohl noch einmal eine Überarbeitung machen.", "Wir hätten gern eine weitere Feedbackrunde."],
      pass: ["Drei Wochen waren ausgemacht, aber das geht sich bei uns leider nicht mehr aus, wir brauchen die Texte früher.", "Ich habe noch eine weitere Frage zur Rechnung.", "Hier unser Feedback zur zweiten Korrekturrunde, wie im Angebot vereinbart.", "Die Runde am Freitag war sehr produktiv."],
    },
  },
  {
    id: "de.scope.revisions.x-te-runde",
    signal: "scope.revisions",
    language: "de",
    severity: 2,
    patterns: [
      "(vierte|vierten|fünfte|fünften|sechste|sechsten|siebte|siebten|siebente|achte|achten|neunte|neunten|zehnte|zehnten|elfte|zwölfte|x-te|x-ten|xte|zigste|zigsten|hundertste|hundertsten|unzählige|unzähligen|4.|5.|6.|7.|8.|9.|10.) (runde|korrektur*|überarbeitung*|schleife|feedbackrunde*|feedbackschleife*|version|fassung|entwurf|variante|iteration|anlauf|durchgang|änderungsrunde*|änderungswunsch|änderungsschleife*|revision)",
      "(version|entwurf|variante|fassung|runde|korrekturrunde|v) (4|5|6|7|8|9|10|11|12|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)",
      "(v4|v5|v6|v7|v8|v9|v10|v11|v12)",
    ],
    unless: ["(wordpress|ios|android|windows|office|software|update|plugin|php|app|browser|macos|photoshop|indesign|figma|excel)"],
    note: {
      en: "Many rounds in: the revision limit has long been passed.",
      de: "Schon viele Runden: das Korrekturlimit ist längst überschritten.",
    },
    examples: {
      flag: ["Das ist jetzt die sechste Fassung und der Geschäftsführer hat wieder neue Ideen.", "Das wäre dann die fünfte Überarbeitung, ich weiß.", "Wir sind jetzt bei Runde sechs, aber eine geht noch.", "Anbei unsere Anmerkungen zur fünften Korrekturrunde.", "Das ist jetzt Version 7 und es passt immer noch nicht.", "Hier die Änderungen für die x-te Runde."],
      pass: ["Bitte die Datei mit Photoshop Version 5 kompatibel speichern.", "Die erste Version gefällt uns sehr."],
    },
  },
  {
    id: "de.scope.revisions.zurueck-zur-ersten",
    signal: "scope.revisions",
    language: "de",
    severity: 2,
    patterns: [
      "(zurück|zurückgehen|zurückkehren|zurückspringen|wieder|doch|lieber) ... (zur|zum|zu der|zu dem|auf die|auf den|auf das|die|den|das|dem|der|aus dem|aus der) (erste*|ursprüngliche*|alte*|vorherige*|vorige*|frühere*|allererste*|originale*|original*|anfängliche*|zweite*|dritte*|vorletzte*|vorvorige*) (version|variante|entwurf|fassung|farbe*|layout|design|idee|schrift*|logo|text|vorschlag|konzept|stand|überschrift|titel|headline|slogan|claim|bild|foto|anordnung|reihenfolge|formulierung|gestaltung)",
      "(wieder|zurück|doch lieber|doch wieder) ... (version|variante|entwurf|fassung|stand|runde) (#num|eins|zwei|drei|a|b|c)",
      "(zurück|wieder) ... (zum|zur|zu dem|zu der|auf den|auf die) (entwurf|version|variante|fassung|layout|design|konzept|vorschlag) (von|vom|aus)",
      "(wieder|doch wieder|doch lieber|zurück) ... wie (vorher|am anfang|ursprünglich|zuerst|früher|anfangs|davor|beim ersten entwurf|in der ersten version|im ersten entwurf)",
      "(wieder|doch wieder|doch lieber) (so|genau so)? wie (vorher|am anfang|ursprünglich|zuerst|früher|anfangs|davor|beim ersten entwurf|in der ersten version|im ersten entwurf)",
      "(das|der|die) (erste|ursprüngliche|alte|vorherige|frühere|vorige) (war|gefiel|ist) (doch|eigentlich|irgendwie|im nachhinein)? (besser|schöner|passender|stimmiger)",
      "(doch|jetzt doch|nun doch) wieder (austauschen|tauschen|ändern|zurück|rausnehmen|herausnehmen|reinnehmen|umstellen|ersetzen|weg|raus|rein)",
      "(die|der|das) (erste|ursprüngliche|alte|vorherige|frühere) (version|variante|entwurf|fassung|farbe|layout|design|idee|schrift|logo|text|vorschlag|headline|überschrift|titel|slogan|claim|bild|foto|anordnung|formulierung|gestaltung|konzept) (war|gefiel|gefällt|ist) (doch|eigentlich|im nachhinein|rückblickend)? (besser|schöner|passender|stimmiger)",
      "rückgängig (machen|gemacht)",
      "(version|variante|entwurf|fassung|stand|layout|design|idee|konzept) (vom|von|aus dem|am|zu) (anfang|beginn|start|projektstart|anfang an)",
      "(version|variante|entwurf|fassung|slogan|headline|überschrift|farbe|logo|text|layout|design|idee|vorschlag|schrift|claim|titel) ... (war|waren|gefiel|gefielen) (doch|eigentlich|im nachhinein|rückblickend|irgendwie|ehrlich gesagt)? (besser|schöner|passender|stimmiger)",
      // "gefällt mir der ruhigere Schnitt von vorletzter Woche doch besser": an earlier state preferred after all.
      "((gefällt|gefallen|gefiel|gefielen) (mir|uns)|(mir|uns) (gefällt|gefallen|gefiel|gefielen)) ... (von|vom|aus) (vorletzter|vorletzten|letzter|letzten|voriger|vorigen|vorvoriger|vorvorigen|anfang|gestern|vorgestern|damals|früher) ... (doch|jetzt doch|eigentlich doch|dann doch|im nachhinein|rückblickend|irgendwie doch) (besser|mehr|lieber)",
      "(doch|wieder|lieber|zurück) ... (auf|zur|zum|zu) (die|den|das|der|dem)? (alte|alten|erste|ersten|ursprüngliche|ursprünglichen|vorherige|vorherigen|vorige|frühere|früheren) (umstellen|zurück|ändern|wechseln|setzen|zurücksetzen|tauschen|nehmen)",
      "(schon|bereits|eigentlich schon|jetzt schon|inzwischen) (die|der|das|in der|bei der) (dritte|vierte|fünfte|sechste|x-te|dritten|vierten|fünften|sechsten) (runde|korrekturrunde|korrektur*|schleife|version|fassung|überarbeitung*|änderungsrunde)",
      "(zum|zur|zu dem|zu der) (entwurf|version|variante|fassung|layout|design|konzept|vorschlag|stand|text|logo) (von|vom|aus) ... (zurück|zurückgehen|zurückkehren|zurückspringen|zurückwechseln)",
      "(wieder|zurück) (so|genau so)? ... wie (sie|er|es|das|die|der)? (im|in der|beim|bei der) (ersten|alten|ursprünglichen|vorigen|vorherigen|allerersten) (entwurf|version|fassung|vorschlag|layout|variante)",
    ],
    // "Die neue Version von letzter Woche gefällt uns doch besser als gedacht": the latest work praised.
    unless: ["(besser|mehr) als (gedacht|erwartet|befürchtet|zuerst gedacht|gedacht)", "(neue|neuen|neueste|neuesten|aktuelle|aktuellen|jetzige|jetzigen) (version|variante|entwurf|fassung|schnitt|layout|design|text)"],
    note: {
      en: "Changing things back to an earlier version: the goalposts are moving.",
      de: "Zurück zu einer früheren Version: das Ziel verschiebt sich.",
    },
    examples: {
      flag: ["Uns gefällt das Logo vom Anfang doch besser, können wir zurück?", "Jetzt, wo ich das Video nochmal mit meinem Mann angeschaut hab, gefällt mir der ruhigere Schnitt von vorletzter Woche doch besser.", "Mach den Slogan bitte wieder so, wie er in der ersten Fassung stand.", "Lass uns zum Layout von vor zwei Wochen zurückgehen, das neue kommt im Team nicht an.", "Können wir doch wieder zur zweiten Version des Logos zurück?", "Könnten wir zur Variante vom Anfang zurückkehren?", "Uns gefällt jetzt doch wieder der erste Entwurf besser.", "Bitte alles wieder so wie in Version 2.", "Der Slogan von letzter Woche war doch besser, bitte zurück.", "Können wir die Schrift doch wieder auf die alte umstellen?", "Können wir doch wieder zur ersten Version zurück?", "Bitte alles wieder wie in Variante B.", "Wir nehmen lieber doch die ursprüngliche Farbe.", "Die alte Headline war eigentlich besser.", "Bitte die Änderungen von gestern wieder rückgängig machen."],
      pass: ["Jetzt gefällt uns die neue Version von letzter Woche doch besser als gedacht, danke!", "Wie im ersten Entwurf besprochen, kommt das Logo oben links hin.", "Jetzt wieder zum Thema Website: die Texte kommen Montag.", "Die erste Version ist super, vielen Dank!"],
    },
  },
  {
    id: "de.scope.revisions.nach-freigabe",
    signal: "scope.revisions",
    language: "de",
    severity: 2,
    patterns: [
      "(nachdem|ich weiß|zwar|obwohl|auch wenn|eigentlich|obgleich|wenngleich|wir hatten|ich hatte|war schon|ist schon|war ja|schon|bereits) ... (final|finalisiert|freigegeben|abgenommen|abgesegnet|durchgewunken|endgültig|schon fertig|bereits fertig|schon gedruckt|in druck|abgeschlossen)",
      "(final|finalisiert|freigegeben|abgenommen|abgesegnet|durchgewunken) ... (aber|trotzdem|dennoch|doch noch|jetzt doch|nun doch)",
      // "Die Farben, die wir am Freitag abgenommen haben, gefallen der Geschäftsleitung nun doch nicht mehr": the "nicht" ends the phrase, it does not negate it.
      "(final|finalisiert|freigegeben|abgenommen|abgesegnet|durchgewunken) ... (gefällt|gefallen|passt|passen|überzeugt|überzeugen|mag|mögen|will|wollen|möchte|möchten|findet|finden) ... (nun doch|jetzt doch|doch|plötzlich|auf einmal) (nicht mehr|nicht|gar nicht mehr|überhaupt nicht mehr)",
      // "die freigegebenen Farben noch einmal überdenken": what was approved, reopened.
      "(freigegebene*|abgenommene*|abgesegnete*|finale*|genehmigte*|beschlossene*) ... (nochmal|noch mal|noch einmal|nochmals|erneut|doch noch|wieder) ... (überdenken|ändern|anpassen|umstellen|austauschen|tauschen|überarbeiten|anschauen|ansehen|aufmachen|hinterfragen|diskutieren|neu)",
      "(freigegebene*|abgenommene*|finalen|abgesegnete*|genehmigte*) (entwurf|entwürfe|version|layout|text|texte|design|logo|stand|fassung) ... (änderung*|anmerkungen|korrektur*|wünsche|änderungswünsche)",
      "(änderung*|anmerkungen|korrektur*|änderungswünsche) ... (zum|zur|am|an der|an dem|beim) (freigegebenen|abgenommenen|finalen|abgesegneten|genehmigten) (entwurf|version|layout|text|design|logo|stand|fassung)",
    ],
    requires: ["(aber|trotzdem|dennoch|doch noch|nun doch|jetzt doch|noch einmal|nochmal|noch mal|ändern|änderung*|anpassen|anpassung*|umstellen|austauschen|tauschen|überarbeiten|andere|anders|neue|neuen)"],
    unless: ["(rechnung|zahlung|budget|vertrag) ... (freigegeben|abgeschlossen)"],
    note: {
      en: "Reopening work that was already approved.",
      de: "Bereits freigegebene Arbeit wird wieder aufgemacht.",
    },
    examples: {
      flag: ["Die Farben, die wir am Freitag abgenommen haben, gefallen der Geschäftsleitung nun doch nicht mehr. Könnten Sie nochmals drei neue Paletten ausarbeiten?", "Unsere Marketingleiterin hat zum freigegebenen Entwurf einen ganzen Schwung neuer Änderungen.", "Können wir die schon abgenommenen Texte nochmal anpassen?", "Nachdem das Logo schon final abgenommen war, möchte unser Beirat jetzt noch eine andere Schrift sehen.", "Auch wenn wir das Layout schon abgesegnet haben, würde ich gerne nochmal alles umstellen.", "Ich weiß, wir hatten final gesagt, aber der Chef möchte die Farbe ändern.", "Auch wenn das Layout schon freigegeben ist, würden wir gern die Bilder tauschen.", "Es war zwar abgenommen, aber können wir nochmal an die Überschrift?"],
      pass: ["Die Farben, die wir am Freitag abgenommen haben, gefallen allen sehr, danke!", "Die finale Version brauchen wir aber bis zum 10.", "Nach der Freigabe können Sie die Rechnung stellen, nochmal danke.", "Das Budget ist freigegeben, Sie können loslegen.", "Der finale Entwurf ist großartig."],
    },
  },
  {
    id: "de.scope.revisions.umentschieden",
    signal: "scope.revisions",
    language: "de",
    severity: 2,
    patterns: [
      "(umentschieden|umentscheiden|umdisponiert|anders entschieden|anders überlegt|umgeschwenkt|doch anders)",
      "(konzept|entwurf|entwürfe|design|layout|idee|ideen|richtung|text|texte|logo|struktur|farben|version|alles) ... (umwerfen|umgeworfen|über den haufen (werfen|geworfen)|gekippt|kippen|verworfen|verwerfen|neu aufrollen|neu aufgerollt)",
      "(sieht|sehen) (das|es|die sache) (jetzt|nun|leider|plötzlich|inzwischen|allerdings|aber)? (ganz)? anders",
      "(eine|einen) (ganz|komplett|völlig|total|grundlegend) (neue|neuen|andere|anderen) (richtung|ausrichtung|stoßrichtung|ansatz|stil|look|konzept|tonalität|bildsprache)",
      "(chef|chefin|geschäftsführer*|geschäftsführung|gf|vorstand|marketing|team|inhaber*|partner|mann|frau|kollege*|kollegin*) (hat|möchte|will|findet|wünscht sich|hätte) (jetzt|nun|plötzlich|doch|aber|leider)? (doch)? (noch)? (ganz)? (andere|anders|neue|weitere|eigene) (wünsche|vorstellungen|ideen|änderungen|anmerkungen|vorgaben|pläne)",
      "(nochmal|noch einmal|noch mal) (komplett|ganz|völlig)? (neu|anders) (machen|aufsetzen|gestalten|schreiben|denken|aufbauen|konzipieren)",
      "(doch|jetzt doch|nun doch|lieber|plötzlich|stattdessen|eher) ... (ein|eine|einen) (ganz|komplett|völlig|total|grundlegend)? (neues|neue|neuen|anderes|andere|anderen) (konzept|design|layout|logo|richtung|stil|look|farbschema|farbkonzept|ansatz|motiv|schrift|tonalität|bildsprache)",
      "(neue|neuer|neuen) (marketingleiter*|marketingchef*|chef|chefin|geschäftsführer*|gf|vorstand|kollege|kollegin|leiterin|leiter|inhaber*|partner*|teamleiter*|abteilungsleiter*|creative director|cd) ... (möchte|will|hätte|findet|sieht|wünscht|überdenken|ändern|anders|andere|neu|umstellen)",
      "(drehen uns|drehen sich|dreht sich|drehen wir uns) (ein bisschen|etwas|irgendwie|langsam)? im kreis",
      "(passt|gefällt|überzeugt|gefallen|überzeugen) (es|das|uns|mir|mich)? (irgendwie|leider|einfach)? (immer noch|noch immer|nach wie vor) nicht",
      "(nochmal|noch einmal|noch mal|ganz) von (vorne|vorn) (anfangen|beginnen|starten|los)?",
      "(nochmal|noch einmal|noch mal|erneut) (komplett|ganz|völlig|grundlegend|grundsätzlich) (überarbeiten|umbauen|umschreiben|ändern|umgestalten|neu|anders|umstellen|überdenken)",
      "(nach|trotz) (der|dem|erfolgter|erteilter) (freigabe|abnahme|finalisierung|sign-off|druckfreigabe|genehmigung|finalen abnahme) ... (ändern|änderung*|änderungswünsche|anpassen|anpassungen|überarbeit*|umstellen|tauschen|austauschen|umbauen|umschreiben)",
      "(hin und her*|ständig neue|dauernd neue|immer wieder neue) (änderung*|wünsche|korrektur*|ideen|vorgaben)?",
      "(über|jenseits|außerhalb|mehr als) (den|der|die|unseren|unserer|unsere)? (zwei|drei|#num|vereinbarten|vorgesehenen|inkludierten|enthaltenen|abgemachten) (runden|korrekturrunden|korrekturschleifen|schleifen|korrekturen|revisionen|feedbackrunden)",
      "(bei null|von null|ganz von vorne|ganz von vorn|bei stunde null) (anfangen|beginnen|starten|los)",
      "(schon|bereits) (#num|zwei|drei|vier|fünf|sechs|sieben|mehrere|einige|etliche|x) (runden|korrekturrunden|schleifen|korrekturschleifen|versionen|entwürfe|durchgänge|fassungen|varianten) ... (aber|trotzdem|doch|noch)",
      "(es|das|ihn|sie|den|die) (jetzt)? (nochmal|noch mal|noch einmal|nochmals|erneut) (ändern|anpassen|umstellen|tauschen|austauschen|umbauen|umschreiben|überarbeiten|umfärben)",
      "(nochmal|noch mal|noch einmal|nochmals) (drüber|darüber) (nachgedacht|geschlafen|gesprochen) ... (doch|wieder|anders|neu|lieber)",
      "(doch)? wieder (ganz|komplett|völlig)? neu (aufbauen|aufsetzen|gestalten|schreiben|machen|denken|strukturieren|konzipieren)",
    ],
    unless: ["(ich|wir) (freu*|danke)"],
    note: {
      en: "The brief changes after the work is done: moving goalposts.",
      de: "Das Briefing ändert sich nach getaner Arbeit: das Ziel wird verschoben.",
    },
    examples: {
      flag: ["Wir haben noch mal drüber geschlafen und hätten die Farben doch lieber anders.", "Sorry, ich bin beim Slogan ins Grübeln gekommen, können wir da nochmal bei null anfangen?", "Ich weiß, wir hatten schon vier Runden, aber der Vorstand will sich das Layout noch einmal anschauen.", "Meine Frau findet das Blau jetzt zu kalt, können wir es nochmal ändern?", "Unser neuer Marketingleiter möchte die freigegebenen Farben noch einmal überdenken.", "Meine Frau hat es gesehen und möchte doch ein ganz anderes Konzept.", "Wir drehen uns langsam im Kreis.", "Kannst du dich nochmal an das Intro setzen? Irgendwie passt es immer noch nicht.", "Wir haben uns nochmal umentschieden: doch wieder die grüne Variante.", "Der neue Geschäftsführer möchte das Logo nach der Freigabe nochmal komplett überarbeiten.", "Nach der Abnahme hat der Vorstand noch Änderungswünsche.", "Wir haben das Design jetzt doch nochmal intern diskutiert und möchten eine ganz neue Richtung.", "Wir haben uns leider umentschieden und wollen jetzt doch Grün.", "Die neue Chefin möchte nach der Freigabe noch die Bildsprache ändern.", "Unser Chef hat jetzt doch ganz andere Vorstellungen.", "Können wir das nochmal komplett neu machen?", "Dann fangen wir am besten nochmal von vorne an."],
      pass: ["Ich hab nochmal drüber nachgedacht: passt alles so, danke!", "Danke für die Arbeit in diesem Jahr, wir hatten schon vier Runden großartiger Kampagnen.", "Wir möchten ein ganz neues Logo für unsere zweite Marke, hätten Sie Zeit?", "Unsere neue Kollegin übernimmt ab Montag die Abstimmung mit Ihnen.", "Wir wollen unsere Website komplett neu machen lassen, hätten Sie im Mai Zeit?", "Die Messe wurde leider gekippt, das Projekt ruht erstmal.", "Wir haben uns für Variante B entschieden, danke!"],
    },
  },
  {
    id: "de.scope.revisions.schon-wieder-aendern",
    signal: "scope.revisions",
    language: "de",
    severity: 2,
    patterns: [
      "(schon wieder|erneut|wieder einmal|abermals|zum x-ten mal|ein weiteres mal) ... (änderung*|korrektur*|anpassung*|ändern|anpassen|umstellen|umgestellt|umbauen|überarbeiten|überarbeitet|umschreiben|abändern|korrigieren|tauschen|austauschen|aktualisiert|aktualisieren|geändert|umgeworfen|verworfen|neu gemacht)",
      "(zurückändern|zurückgeändert|zurückbauen|zurückdrehen|zurückwechseln|zurückrudern|zurück ändern)",
      "(die|eine) (wirklich|definitiv|ganz sicher|garantiert|jetzt wirklich|allerallerletzte|allerletzte|wirklich allerletzte) (letzte|allerletzte)? (änderung*|korrektur*|anpassung*|runde|bitte|änderungswunsch|änderungswünsche|version)",
      "(eine|noch eine|nur noch eine|ein|noch ein) (letzte|letzten|allerletzte|letzter|allerletzter) (runde|korrekturrunde|schleife|korrekturschleife|überarbeitung|iteration|durchgang|durchlauf)",
      "(allerletzte|allerletzten|allerallerletzte) (änderung*|korrektur*|anpassung*|runde|bitte|änderungswunsch|änderungswünsche|kleinigkeit)",
      "(letzte|letzten) (änderung*|korrektur*|runde|anpassung*) ... versprochen",
      "(die|das wäre die|das ist die|sei die|wäre die|es ist die) (letzte|allerletzte) (runde|korrekturrunde|änderung|korrektur|schleife|version) ... (aber|doch noch|trotzdem|nochmal|noch mal)",
      "(nochmal|noch mal|noch einmal|nochmals) (vornehmen|vorknöpfen|rangehen|drangehen|angehen|anpacken|aufgreifen|aufmachen|anfassen|ran|dran)",
      "(alte|alten|alter|altes|vorherige*|ursprüngliche*|frühere*|erste*) ... wieder (reinnehmen|reinmachen|einbauen|einsetzen|zurückholen|rein|her|zurück|nehmen|verwenden|reinsetzen)",
      "(schon wieder|wieder einmal|erneut) (komme|kommen|melde|melden|nerve|nerven|störe|stören) (ich|wir)",
      "(dass|weil) (ich|wir) (schon wieder|wieder einmal|erneut) (komme|kommen|nerve|nerven|störe|stören|mit änderungen)",
    ],
    unless: ["(wir|ich) (haben|habe) ... (erneut|schon wieder) ... (geprüft|angeschaut|gelesen)", "(druckerei|lieferant|hersteller|behörde|bank|post|google|facebook|meta|instagram|apple|microsoft|hoster|provider|finanzamt) ... (erneut|schon wieder|wieder einmal)"],
    note: {
      en: "Yet more changes, each one 'the last'.",
      de: "Immer neue Änderungen, jede angeblich „die letzte“.",
    },
    examples: {
      flag: ["Können wir bei den Farben noch einmal ran?", "Ich weiß, ich hatte gesagt, das ist die letzte Runde, aber können wir doch noch die andere Schrift probieren?", "Sorry, dass ich schon wieder komme, aber können wir uns das Layout der Startseite noch einmal vornehmen?", "Kannst du bitte den alten Slogan wieder reinnehmen? Der neue gefällt uns doch nicht mehr.", "Eine letzte Runde noch, dann ist es wirklich fertig.", "Wir müssen schon wieder etwas am Layout ändern.", "Die Geschäftsleitung hat die Struktur erneut umgestellt.", "Die Überschriften müssten Sie dann wieder zurückändern.", "Das ist jetzt wirklich die letzte Änderung, versprochen!", "Eine allerletzte Korrektur noch."],
      pass: ["Die alten Visitenkarten nehmen wir wieder mit, danke.", "Ich bin wieder zurück aus dem Urlaub und melde mich morgen.", "Wir haben die Texte erneut geprüft und alles passt."],
    },
  },
];

/** Free work: "surely that's included", favours, unpaid trials, exposure instead of pay. */
const FREE_WORK: readonly PhraseRule[] = [
  {
    id: "de.scope.free_work.inklusive",
    signal: "scope.free_work",
    language: "de",
    severity: 2,
    patterns: [
      "(doch|ja|sicher|sicherlich|bestimmt|wohl|natürlich|selbstverständlich|hoffentlich|eh|sowieso|eigentlich|automatisch) ... (inklusive|inkl|inkludiert|inbegriffen|mit drin|mit dabei|mit abgedeckt|abgedeckt|im (preis|paket|honorar|angebot|pauschale|pauschalpreis|festpreis|budget|auftrag|stundensatz) (enthalten|inbegriffen|drin|dabei|inkludiert|abgedeckt))",
      "(gehört|gehören|fällt|fallen|zählt|zählen) (doch|ja|eigentlich|sicher|wohl|natürlich|selbstverständlich)? (doch|ja|eigentlich|sicher|wohl)? (auch)? (dazu|mit dazu|zum auftrag|zum paket|zum projekt|zum leistungsumfang|in den leistungsumfang|zum service|unter (den auftrag|die pauschale|das paket|das angebot|den leistungsumfang))",
      "(sollte|sollten|müsste|müssten|dürfte|dürften) (aber|doch|eigentlich|schon|ja|wohl)? (aber|doch|eigentlich|schon|ja|wohl)? (im preis|inklusive|mit drin|inbegriffen|enthalten|abgedeckt|dabei sein)",
      "(setze|setzen) (ich|wir) (einfach)? voraus",
      // "Die gehört ja irgendwie zum Logo-Paket dazu": a package stretched to cover the new piece.
      "(gehört|gehören|zählt|zählen|fällt|fallen) (ja|doch|eigentlich|irgendwie|sicher|wohl|natürlich|quasi|im grunde) (auch|irgendwie|eigentlich|doch|ja|quasi)? (auch)? (zum|zur|ins|in das|unter das) (logo-paket|logopaket|branding-paket|brandingpaket|website-paket|webseiten-paket|design-paket|designpaket|paket|gesamtpaket|startpaket|starterpaket|komplettpaket|basispaket|grundpaket|auftrag|projekt|angebot|leistungsumfang|auftragsumfang|logo|branding|corporate design|erscheinungsbild|relaunch)",
      "(aufs haus|auf das haus|auf ihre kappe|auf deine kappe|auf eure kappe)",
      "(sollte|sollten|müsste|müssten|dürfte|wäre) ... (im|in der|in den) (preis|pauschalpreis|festpreis|paket|honorar|angebot|pauschale|stundensatz|budget|auftrag|leistungsumfang) ... (enthalten|inbegriffen|drin|dabei|inkludiert|abgedeckt)",
      "(geht|gehen|läuft|laufen) (ja|doch|wohl|ja wohl|natürlich|selbstverständlich|dann)? (auf|zu) (ihre|deine|eure) (kosten|rechnung|kappe)",
      "(im|in dem|ins) (ursprünglichen|vereinbarten|bisherigen|bestehenden|normalen|regulären|angebotenen) (honorar|preis|angebot|budget|paket|pauschalpreis|festpreis|pauschale|auftrag) (enthalten|inbegriffen|drin|inklusive|abgedeckt|mit drin)",
      "(rechnung|berechnung|abrechnung|extra-rechnung|extrarechnung) (erwarte|erwarten) (ich|wir) (dafür|da|hierfür)? (nicht|keine)",
      "(erwarte|erwarten) (ich|wir) (dafür|da|hierfür)? (keine|nicht) (rechnung|berechnung|abrechnung|extrakosten|zusatzkosten)",
      "(müssen|musst|müsst|brauchen|brauchst) (sie|du|ihr) (uns)? (doch|ja|aber|dafür|wohl)? (nicht|nichts) (extra|zusätzlich|gesondert|separat|noch)? (berechnen|berechnet|abrechnen|in rechnung stellen|verrechnen)",
      // "Das Telefonat stellen Sie uns aber nicht in Rechnung, oder?"
      "(stellen|stellst|stellt) (sie|du|ihr) (uns|mir) (aber|doch|ja|hoffentlich|sicher|wohl|dafür)? (aber|doch|ja)? (nicht|nichts|keine) (extra|zusätzlich|gesondert|separat)? in rechnung",
      "(berechnen|berechnest|berechnet|verrechnen|verrechnest|verrechnet) (sie|du|ihr) (uns|mir) (aber|doch|ja|hoffentlich|sicher|wohl|dafür)? (aber|doch|ja|hoffentlich|wohl)? (nicht|nichts)",
      "(bezahlen|zahlen|vergüten|honorieren) (können|könnten|kann) (wir|ich) (leider|momentan|derzeit|aktuell|gerade|noch|erstmal|vorerst)? (nichts|nicht|kaum etwas|wenig|noch nichts)",
      "davon (aus|ausgegangen|ausgehen) ... (inklusive|inkl|inbegriffen|enthalten|im preis|kostenlos|gratis|mit drin|abgedeckt|dazugehört|dazu gehört|ohne aufpreis|ohne extrakosten|ohne zusatzkosten|ohne mehrkosten|dabei sind|dabei ist|mit dabei)",
      "(sollten|sollte|dürften|dürfte|müssten|müsste|werden|wird|würden|würde) (doch|ja|wohl|eigentlich|hoffentlich)? (nicht|nichts|keine) (extra|zusätzlich|mehr|gesondert|separat|noch mal|nochmal)? (kosten|berechnet werden|abgerechnet werden|in rechnung gestellt werden|mehrkosten|zusatzkosten|aufpreis)",
      "(erwarte|erwarten) (ich|wir) (bei dem|bei diesem|für den|für diesen|für das|bei so einem) (preis|honorar|geld|betrag|stundensatz|budget)",
      "(sind|ist) (doch|ja|aber|wohl|hoffentlich|sicher|natürlich) (mit)? (dabei|drin) oder",
    ],
    // What the agreement says, stated as such: "… im Logopaket ja mit drin, haben wir so vereinbart".
    unless: ["(mwst|mehrwertsteuer|ust|umsatzsteuer|versand|porto|anfahrt|reisekosten)", "((wie|so) (vereinbart|besprochen|abgemacht|ausgemacht)|laut (angebot|offerte|vertrag)|gemäß (angebot|offerte|vertrag))"],
    note: {
      en: "Extra work assumed to be included in the price.",
      de: "Zusätzliche Arbeit wird als im Preis enthalten vorausgesetzt.",
    },
    examples: {
      flag: ["Die Fotos für die Startseite sollten aber eigentlich schon mit drin sein, oder?", "Fehlerbehebungen im ersten Jahr sind doch dabei, oder? Das erwarte ich bei dem Preis.", "Die Korrekturen sind natürlich im ursprünglichen Honorar enthalten, eine Rechnung erwarte ich dafür nicht.", "Ein paar kleine Änderungen an der Broschüre müssen Sie doch nicht berechnen, oder?", "Bezahlen können wir momentan nichts, aber wir würden dich auf unseren Kanälen erwähnen.", "Kleinere Anpassungen sollten doch nicht extra kosten.", "Ich bin davon ausgegangen, dass die Logodateien ohne Aufpreis dabei sind.", "Das geht doch aufs Haus, oder?", "Das Korrekturlesen der Broschüre ist im Rahmen Ihres Pauschalangebots hoffentlich mit abgedeckt.", "Das Anpassen der Druckdaten ist ja wohl inklusive.", "Die Nachbesserung geht ja wohl auf Ihre Kosten.", "Das sollte im Pauschalpreis eigentlich enthalten sein.", "Das ist doch sicher inklusive, oder?", "Ich gehe davon aus, dass die Fehlerbehebung inklusive ist.", "Die Social-Media-Formate sind ja wohl im Preis enthalten.", "Das gehört doch eigentlich zum Auftrag.", "Die Übersetzung sollte eigentlich mit drin sein.", "Die zwei Stunden am Telefon stellst du mir aber nicht extra in Rechnung, oder?", "Den kurzen Termin vor Ort berechnen Sie uns doch hoffentlich nicht?", "Die Visitenkarten gehören ja quasi zum Branding-Paket.", "Der Newsletter zählt doch irgendwie auch zum Relaunch, oder?"],
      pass: ["Die Visitenkarten sind im Logopaket ja mit drin, haben wir so vereinbart.", "Ist die Mehrwertsteuer im Preis enthalten?", "Ist die Bildlizenz inklusive?", "Gehört die Bildlizenz zum Paket, oder müssen wir die extra kaufen?", "Stellen Sie uns die Druckkosten bitte gesondert in Rechnung.", "Die Anfahrt berechnen Sie uns bitte wie besprochen."],
    },
  },
  {
    id: "de.scope.free_work.gefallen",
    signal: "scope.free_work",
    language: "de",
    severity: 2,
    patterns: [
      "als (kleiner|kleinen|kleines|persönlicher|persönlichen)? (gefallen|freundschaftsdienst|gefälligkeit|bonus|goodie|zugabe|extra|entgegenkommen)",
      "(kulanz*|kulanterweise)",
      "(unter freunden|aus freundschaft|freundschaftsdienst)",
      "(einen|einen kleinen|kleinen) gefallen (tun|machen)",
      // "Könntest du mir die Jahresübersicht diesmal einfach so machen, unter uns?": no invoice, said between friends.
      "(einfach so|einfach mal so|mal eben so|diesmal so|ausnahmsweise so|so nebenher) (machen|erledigen|übernehmen|mitmachen|mitnehmen|dazugeben|reinschieben|gestalten|schreiben) ... unter uns",
      "(einfach so|einfach mal so|diesmal so|ausnahmsweise so|ohne rechnung|schwarz) (machen|erledigen|übernehmen|mitmachen|mitnehmen|dazugeben|reinschieben|gestalten|schreiben) ... (so lange|so lang|seit jahren|seit so vielen jahren|schon ewig) (zusammenarbeiten|zusammen arbeiten|zusammenarbeit|kennen)",
      "(machst|machen|erledigst|erledigen|übernimmst|übernehmen|gestaltest|gestalten|schreibst|schreiben) (du|sie|ihr) (mir|uns)? (das|es|die|den|diese|diesen|dies)? (doch|dann|halt|bitte|mal|diesmal)? ((einfach so|einfach mal so|diesmal so|ausnahmsweise so) (unter uns|ohne rechnung)|ohne rechnung)",
      "(so lange|so lang|seit jahren|seit so vielen jahren|schon ewig) (zusammenarbeiten|zusammen arbeiten|kennen) ... (einfach so|einfach mal so|diesmal so|ausnahmsweise so|ohne rechnung) (machen|erledigen|übernehmen|mitmachen|mitnehmen|dazugeben|reinschieben|gestalten|schreiben)",
    ],
    requires: ["(kostenlos*|umsonst|gratis|ohne|unentgeltlich*|kulanz*|kulanterweise|freundschaft*|freunde*|bonus|zugabe|goodie|extra|gefälligkeit|als (kleiner|kleinen)? gefallen|entgegenkommen|unter uns|einfach so|diesmal so|ausnahmsweise so|schwarz)"],
    unless: ["(rabatt|nachlass)", "(besseren|günstigeren|niedrigeren|netteren|speziellen|freundschaftlichen) (preis|kurs|tarif|stundensatz)",
      // "einfach so machen, wie du es für richtig hältst": the manner, not the price.
      "(einfach so|einfach mal so|diesmal so|ausnahmsweise so) (machen|erledigen|übernehmen|mitmachen|gestalten|schreiben) (wie|als|dass|genau wie|so wie)"],
    note: {
      en: "Asks for work as a favour: unpaid work by another name.",
      de: "Arbeit als Gefallen: unbezahlte Arbeit unter anderem Namen.",
    },
    examples: {
      flag: ["Weil wir ja schon seit Jahren zusammenarbeiten, machst du das doch einfach so, unter uns.", "Servus Anna, weil wir ja schon so lange zusammenarbeiten: Könntest du mir die Jahresübersicht für die Bank diesmal einfach so machen, unter uns?", "Kannst du das Logo einfach so mitmachen, unter uns?", "Könnten Sie das als kleinen Gefallen übernehmen?", "Das machst du doch auf Kulanz, oder?", "Unter Freunden ist das doch kein Thema.", "Als kleinen Bonus könnten Sie ja noch die Visitenkarten machen."],
      pass: ["Machst du das einfach so, oder brauchst du eine Vorlage?", "Kannst du das einfach so machen wie letztes Mal? Unter uns: der Chef fand es super.", "Weil wir so lange zusammenarbeiten, kannst du das einfach so machen, wie du es für richtig hältst.", "Kannst du mir einen Gefallen tun und die Datei nochmal senden?", "Die Rückgaberegelung unseres Shops gilt 30 Tage."],
    },
  },
  {
    id: "de.scope.free_work.kostenlos",
    signal: "scope.free_work",
    language: "de",
    severity: 2,
    patterns: [
      "(kostenlos*|kostenfrei*|gratis|umsonst|unentgeltlich*|unbezahlt*|unvergütet*|for free)",
      "ohne (bezahlung|vergütung|honorar|berechnung|aufpreis|zusatzkosten|mehrkosten|extrakosten|zusätzliche kosten|weitere kosten|entgelt|kosten|rechnung|gage)",
      "(zählt|zählen|gilt|gelten|ist|sind) (ja|doch|wohl)? (nicht|kein|keine) (als)? (zusatzaufwand|zusatzleistung|extraaufwand|mehraufwand|zusatzarbeit|nachtrag|extra|extraleistung)",
      "(nicht|ohne|ohne es|ohne das) (extra|zusätzlich|gesondert|separat|nochmal|noch einmal) (zu)? (berechnen|abrechnen|in rechnung (zu)? stellen|verrechnen|berechnet|abgerechnet|fakturieren)",
      // "Dass Sie das beheben, ohne uns dafür etwas in Rechnung zu stellen, setze ich voraus".
      "ohne (uns|mir|dafür|das|es|etwas|was|extra|zusätzlich|gesondert) ... (in rechnung zu stellen|zu berechnen|zu verrechnen|abzurechnen|zu fakturieren|zu verlangen)",
    ],
    requires: [ADDRESSED, REQUEST, "(uns|mir|oder|erstell*|übernehm*|übernimm*|erledig*|schreib*|gestalt*|design*|machen|geht|ginge|möglich)"],
    unless: [
      // A favour already done and thanked for: "Sie haben das freundlicherweise behoben, ohne uns etwas in Rechnung zu stellen".
      "(netterweise|freundlicherweise|dankenswerterweise|großzügigerweise|kulanterweise|von sich aus)",
      "(versand|versenden|versendet|verschicken|verschickt|liefern|liefert|bestellwert|lieferung|parkplatz*|parken|webinar|testversion|testphase|probemonat|storn*|anmeldung|download|app|tool|rücksendung|retoure|anfahrt|kaffee|getränke|verpflegung|eintritt|wlan|erstgespräch|beratungsgespräch|kennenlerngespräch|vorgespräch|newsletter abonnieren)",
      "(war|waren|wäre|ist|alles|die ganze arbeit|die mühe|die arbeit) (leider|alles|ganz|dann)? umsonst",
      "(gibt es|gibt's) ... (kostenlos|gratis)",
      "(hat|haben|hatte|hatten) (uns|mir) ... (gratis|kostenlos|umsonst)",
      "(gratis|kostenlos|umsonst) ... (dazugelegt|beigelegt|dazubekommen|dazu bekommen|mitgeschickt|geschenkt|dazugegeben|bekommen|erhalten)",
      "(druckerei|lieferant|hersteller|händler|shop|anbieter|versand|post|bank|veranstalter) ... (gratis|kostenlos)",
      // The client's own giveaway to their customers: "eine Gratis-Tasche zu jeder Bestellung".
      "(gratis|kostenlos*|kostenfrei*) (tasche|tragetasche|beutel|zugabe|beigabe|geschenk|probe|probepackung|muster|goodie*|versand|lieferung|rücksendung|kaffee|getränk|dessert|e-book|ebook|erstberatung|probestunde|probetraining|eintritt|parkplatz)",
      "(zu|bei|für) (jeder|jedem|jede|jeden|allen) (bestellung|bestellungen|kauf|einkauf|buchung|anmeldung|abo|neukunden|kunden|kundinnen|besucher*|gast|gäste|teilnehmer*)",
    ],
    negatable: false,
    note: {
      en: "Asks for work without pay.",
      de: "Bittet um Arbeit ohne Bezahlung.",
    },
    examples: {
      flag: ["Dass Sie das beheben, ohne uns dafür etwas in Rechnung zu stellen, setze ich mal voraus.", "Du machst das doch sicher, ohne mir extra etwas zu berechnen?", "Können Sie die Social-Media-Grafiken einfach auf die bestehende Rechnung setzen, ohne extra zu berechnen?", "Die kleinen Anpassungen machst du doch sicher gratis, oder?", "Die Korrekturen zählen ja nicht als Zusatzaufwand, oder?", "Die Bearbeitung der Fotos ist ja nicht so aufwendig, das machen Sie bestimmt ohne Aufpreis.", "Könnten Sie die Übersetzung kostenlos machen?", "Die zwei Zusatzseiten sind ja gratis, oder?", "Wäre es möglich, das ohne Berechnung zu erledigen?", "Das müsstest du uns doch nicht extra berechnen, oder?"],
      pass: ["Ab 50 Euro Bestellwert versenden wir jetzt kostenlos, das soll in den Shop-Banner, den du sowieso neu gestaltest.", "Sie haben den Fehler freundlicherweise behoben, ohne uns etwas in Rechnung zu stellen, danke!", "Das Webinar ist kostenlos, melden Sie sich gerne an.", "Der Lieferant hat uns gratis noch Muster dazugelegt.", "Die ganze Mühe war leider umsonst, das Projekt wurde gestoppt.", "Bei uns können Sie kostenlos parken.", "Könntest du auf den Flyer schreiben, dass es bei jeder Buchung ein Gratis-Dessert gibt?"],
    },
  },
  {
    id: "de.scope.free_work.probearbeit",
    signal: "scope.free_work",
    language: "de",
    severity: 2,
    patterns: [
      "(testentw*|testdesign*|testlayout*|musterentw*|probeentw*|gratisentw*|testgrafik*|testillustration*|testfoto*|testvideo*)",
      "(testseite*|probeseite*|probearbeit*|probezeit|probemonat|testmonat|probewoche|testwoche|probetag|probeaufgabe*|testaufgabe*|probetext*|testtext*|probeübersetzung*|testübersetzung*|probeartikel|testartikel|probeentwurf*|probeentwürfe|probedesign*|probeseite*|probekapitel|probelektorat|probekorrektur*|probeshooting|testshooting|probeprojekt|testprojekt|probeauftrag|testauftrag|probelayout*|probe-logo|probelogo|testlogo)",
      "(vorab|zunächst|erstmal|erst mal|zur ansicht|unverbindlich|zur probe|probeweise) (ein paar|einige|ein|eine|zwei|drei|erste|mal|schon mal)? (entwürfe|entwurf|vorschläge|designs|skizzen|konzepte|konzept|ideen|layouts|mock-ups|mockups|muster|scribbles|designvorschläge|logoentwürfe)",
      "(bezahlt|vergütet|honoriert|abgerechnet) (wird|werden) (dann|erst)? (ab|mit|bei) (dem|der)? (eigentlichen|richtigen|echten|ersten|nächsten|festen|regulären|offiziellen) (auftrag|projekt|buchung|zusammenarbeit)",
      "(unbezahlt*|kostenlos*|gratis|unvergütet*) (pitch|pitches|entwurf|entwürfe|konzept|konzepte|vorschläge|vorschlag|designvorschläge|moodboard|skizzen|scribbles|vorab-entwurf)",
      "(bezahlen|zahlen|vergüten|honorieren|beauftragen|buchen) (wir|ich)? (dann|aber)? (nur|erst|natürlich nur) (wenn|falls|sofern) (uns)? (es|das ergebnis|der entwurf|die probe|das|der text|die arbeit) (uns)? (gefällt|überzeugt|passt)",
    ],
    unless: ["(wird|werden|ist|sind) (selbstverständlich|natürlich|auch|selbstredend|voll|regulär|normal|ganz normal)? (bezahlt|vergütet|honoriert|berechnet)", "(gegen honorar|zum (vollen|regulären|normalen|halben|üblichen) (preis|satz|stundensatz|honorar)|berechnen sie|in rechnung|bezahlen wir|vergüten wir|zahlen wir)"],
    note: {
      en: "Unpaid trial work or a free pitch.",
      de: "Unbezahlte Probearbeit oder ein kostenloser Pitch.",
    },
    examples: {
      flag: ["Könntest du vorab ein paar Testentwürfe machen, bevor wir über das Honorar sprechen?", "Könnten Sie uns einen Gratis-Entwurf schicken, bevor wir uns festlegen?", "Wenn der Probeauftrag gut läuft, gibt es bestimmt mehr Aufträge, dafür bitte gratis.", "Bevor wir Sie beauftragen, würden wir gern einen Probetext sehen.", "Machen Sie uns doch vorab ein paar Entwürfe, dann entscheiden wir.", "Könnten Sie vorab eine kleine Probeübersetzung machen, unbezahlt natürlich?", "Wir zahlen natürlich nur, wenn uns der Entwurf gefällt."],
      pass: ["Die Probeübersetzung wird selbstverständlich bezahlt, zum regulären Satz."],
    },
  },
  {
    id: "de.scope.free_work.portfolio",
    signal: "scope.free_work",
    language: "de",
    severity: 2,
    patterns: [
      "(für|in) (ihr|dein|euer|ihre|deine|eure|ihren|deinen) (portfolio|portfolios|referenzliste|referenzen|mappe|showreel|lebenslauf|cv)",
      "(gute|tolle|super|schöne|wertvolle|erstklassige|große|viel) (referenz|sichtbarkeit|reichweite|werbung|publicity|exposure|aufmerksamkeit|bekanntheit) (für (sie|dich|euch))",
      "gegen (eine)? (referenz|nennung|erwähnung|verlinkung|namensnennung|backlink|sichtbarkeit|reichweite|credits|credit|shoutout)",
      // "du machst die ganze Kampagne für die Reichweite": the work done for the exposure, German for "for exposure".
      "(machst|machen|übernimmst|übernehmen|gestaltest|gestalten|schreibst|schreiben|erledigst|erledigen|fotografierst|fotografieren|drehst|drehen) (du|sie|ihr)? ... für die (reichweite|sichtbarkeit|publicity|exposure|bekanntheit|erwähnung|referenz)",
      "für die (reichweite|sichtbarkeit|publicity|exposure|bekanntheit|erwähnung|referenz) (machst|machen|übernimmst|übernehmen|gestaltest|gestalten|schreibst|schreiben|erledigst|erledigen|fotografierst|fotografieren|drehst|drehen)",
      "(statt|anstatt|anstelle) (eines|einer|von|dem)? (honorar*|bezahlung|vergütung|geld|gage|rechnung)",
      "(namensnennung|verlinkung|credit|credits|erwähnung|backlink|shoutout|sichtbarkeit|reichweite) (statt|anstatt|als (gegenleistung|bezahlung|honorar|dankeschön))",
      "als (gegenleistung|bezahlung|honorar|dank) ... (sichtbarkeit|reichweite|referenz|nennung|verlinkung|erwähnung|follower|werbung|verlinken|erwähnen)",
      "(kein|keinen|leider kein|leider keinen|kaum|noch kein) (budget|geld|honorar) ... (referenz|portfolio|sichtbarkeit|reichweite|werbung|gefallen|unterstützen|trotzdem|umsonst|kostenlos|erwähnen|verlinken|bekanntheit|ehrenamtlich|empfehlung|bewertung|testimonial|weiterempfehlen|erwähnung)",
      "(pro bono|ehrenamtlich*|für (einen|den) guten zweck)",
      "(können|könnten|dürfen) (wir|ich) ... (leider)? (nichts|kaum etwas|wenig|nicht viel|nichts extra) (zahlen|bezahlen|vergüten|bieten|ausgeben)",
      "(wir|ich) (können|könnten|dürfen|kann|könnte) (leider|momentan|derzeit|aktuell|gerade|erstmal|vorerst|halt|dafür)? (leider|dafür)? (nichts|kaum etwas|nicht viel|nichts extra|kein honorar|kein geld) (zahlen|bezahlen|vergüten|bieten|ausgeben)",
      "(wäre|ist|wird|sei) (das|es|dies)? (doch|ja|sicher|bestimmt)? (eine|ein) (schöne|schönes|gute|gutes|tolle|tolles|super|wertvolle|wertvolles|starke|starkes|großartige|großartiges|klasse) (referenz|referenzprojekt|portfolio-stück|portfoliostück|arbeitsprobe|aushängeschild)",
      "(bekommst|bekommen|erhältst|erhalten|kriegst|kriegen) (du|sie|ihr) ... (reichweite|sichtbarkeit|publicity|exposure|aufmerksamkeit|werbung|follower|bekanntheit)",
      "(du|ihr) (bekommst|erhältst|kriegst|bekommt|erhaltet|kriegt) (dafür|stattdessen|von uns|aber)? ... (reichweite|sichtbarkeit|publicity|exposure|aufmerksamkeit|werbung|follower|bekanntheit)",
      "(kein|keinen|leider kein|leider keinen|kaum|noch kein) (budget|geld|honorar) ... (aber|dafür|stattdessen) ... (empfehlung|referenz|bewertung|testimonial|erwähnung|verlinkung|sichtbarkeit|reichweite|werbung|weiterempfehlen|erwähnen|verlinken)",
    ],
    negatable: false,
    unless: ["(anteil*|firmenanteil*|geschäftsanteil*|beteiligung|umsatzbeteiligung|gewinnbeteiligung|aktien|provision)"],
    note: {
      en: "Exposure or a reference offered instead of pay.",
      de: "Sichtbarkeit oder Referenz statt Bezahlung.",
    },
    examples: {
      flag: ["Als Start-up hoffen wir, dass Sie die Fotos für unseren Launch für die Sichtbarkeit machen.", "Dafür gibt es kein Budget, aber wir schreiben Ihnen gern eine tolle Empfehlung.", "Wir suchen jemanden, der das ehrenamtlich übernimmt.", "Das wäre doch eine tolle Referenz für Ihr Portfolio.", "Dafür bekommst du von uns jede Menge Reichweite.", "Als Verein können wir leider nichts zahlen.", "Wir haben leider kein Budget, aber Sie bekommen viel Sichtbarkeit.", "Wir würden Sie gegen Namensnennung auf der Website erwähnen.", "Statt eines Honorars können wir dich auf Instagram verlinken.", "Wir können dafür kein Honorar zahlen, ihr bekommt aber eine Erwähnung im Programmheft und viel Sichtbarkeit.", "Ich kann leider nicht viel bezahlen, aber du kriegst jede Menge Follower durch unseren Account."],
      pass: ["Die Anzeigen schalten wir für die Reichweite, die Grafiken dafür stellen wir dir wie vereinbart in Rechnung.", "Das Budget ist freigegeben.", "Wir haben leider kein Budget mehr für dieses Jahr, melden uns aber im Januar.", "Dürfen wir Sie als Referenz auf unserer Partnerseite nennen? Die Rechnung ist bezahlt.", "Du bekommst die Rechnung über die Anzeigen, die uns viel Reichweite gebracht haben."],
    },
  },
  {
    id: "de.scope.free_work.beteiligung",
    signal: "scope.free_work",
    language: "de",
    severity: 2,
    patterns: [
      "(auf|gegen) (erfolgsbasis|provisionsbasis|provision|umsatzbeteiligung|gewinnbeteiligung|beteiligung|anteile)",
      "(umsatzbeteiligung|gewinnbeteiligung|erfolgsbeteiligung|erfolgsabhängig*|erfolgsbasiert*)",
      "(nur|erst|ausschließlich) (bei|im) (erfolg|erfolgsfall)",
      "(im erfolgsfall|bei erfolg) (zahlen|bezahlen|vergüten|honorieren|gibt es)",
      "(zahlen|bezahlen|vergüten) (wir|ich|sie|dich|euch)? (in|mit) (sichtbarkeit|reichweite|followern|likes|erwähnungen|werbung|publicity|exposure|produkten|gutscheinen)",
      "(anteile|equity|beteiligung|firmenanteile) (statt|anstatt|anstelle|als bezahlung)",
      "(im gegenzug|als gegenleistung|als dank|als dankeschön|dafür) ... (verlinken|erwähnen|nennen|empfehlen|taggen|teilen|markieren|posten|weiterempfehlen) (wir|ich)?",
      "(mit|in) (firmenanteilen|anteilen|equity|aktien|optionen|gutscheinen|produkten|naturalien|ware|sachleistungen) (bezahlen|bezahlt|vergüten|vergütet|entlohnen|zahlen|abgelten)",
    ],
    note: {
      en: "A share of future success offered instead of pay.",
      de: "Eine Beteiligung an künftigem Erfolg statt Bezahlung.",
    },
    examples: {
      flag: ["Wir zahlen in Sichtbarkeit, unser Account hat 50.000 Follower.", "Als Startup können wir Sie leider nur mit Firmenanteilen bezahlen.", "Im Gegenzug verlinken wir Sie auf unserer Website.", "Wir zahlen nur bei Erfolg.", "Wir könnten Ihnen eine Umsatzbeteiligung anbieten.", "Wäre eine Zusammenarbeit auf Provisionsbasis denkbar?"],
      pass: ["Die Beteiligung am Workshop war groß."],
    },
  },
];

/** German scope rules: creep, revisions, free work. */
export const SCOPE_RULES: readonly PhraseRule[] = [...CREEP, ...ALSO_NICE, ...REVISIONS, ...FREE_WORK];
