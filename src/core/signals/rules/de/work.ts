import type { PhraseRule } from "../../types";

/** Parts of delivered work a client may find fault with. */
const PARTS =
  "(abbildungen|abbildung|illustrationen|illustration|screenshots|screenshot|renderings|rendering|visualisierung|visualisierungen|nummerierung|seitenzahlen|beschriftung|beschriftungen|farben|farbe|farbtöne|farbton|farbwelt|schrift|schriften|schriftart|font|fonts|logo|bilder|bild|fotos|foto|texte|text|layout|design|abstände|proportionen|maße|formate|format|auflösung|übersetzung|links|verlinkungen|umlaute|formatierung|kontraste|kontrast|hierarchie|typo|typografie|icons|grafiken|grafik|bildausschnitt|ausschnitt|tonalität|ansprache|übergänge|schnitt|ton|musik|untertitel|überschrift|überschriften|headline|claim|slogan|ergebnis|entwurf|entwürfe|umsetzung|qualität|seite|website|webseite|darstellung|animation|video|stimmung|wording|stil|optik|formular|kontaktformular|menü|button|buttons|slider|newsletter|template|vorlage|reel|clip|podcast|audio|tabelle|präsentation|folien|broschüre|flyer|plakat|banner|anzeige|speisekarte|einladung|visitenkarten|captions|beschreibungen|übergang|zahlen|daten|werte|beträge|summen|angaben|fakten|preise|termine|namen|adressen|bildauswahl|auswahl|texte|tonqualität|bildqualität|druckqualität|soundqualität|klang|porträts|porträt|portraits|portrait|produktfotos|teamfotos|horizont|gesichter|gesicht|hauttöne|hintergrund|himmel|aufnahmen|umsatzsteuer|buchungen|buchhaltung|abrechnung|auswertung)";

/**
 * Facts a delivered piece states and can get wrong: "Das Datum ist falsch", "die
 * Telefonnummer auf den Flyern stimmt nicht". Kept apart from PARTS, which is also read
 * with "passt nicht" ("Der Preis passt nicht" is pushback, not a fault in the work).
 */
const FACTS =
  "(datum|daten|uhrzeit|telefonnummer|nummer|handynummer|hausnummer|postleitzahl|plz|adresse|anschrift|e-mail-adresse|mailadresse|webadresse|url|name|namen|firmenname|nachname|vorname|schreibweise|preis|preise|betrag|beträge|summe|summen|jahreszahl|zahl|zahlen|öffnungszeiten|iban|bankverbindung|steuernummer|artikelnummer|bestellnummer|angabe|angaben|bildunterschrift|bildunterschriften|zitat|quelle|maße|werte|währung)";

/**
 * Someone else the client blames: the printer, the host, the caterer, a supplier, the
 * competition (the annotation guide: complaints about third parties are no signal).
 * "die Konkurrenz" alone is not enough: "in einem Post war die Konkurrenz markiert statt
 * wir" is a fault in the work.
 */
const THIRD_PARTY =
  "(druckerei|druckereien|druckhaus|copyshop|hoster|webhoster|hosting|provider|caterer|catering|lieferant*|hauptlieferant*|spedition|paketdienst|mitbewerber*|wettbewerber*|(bei|von|der|unserer|unsere) konkurrenz|konkurrenz (hat|haben|hatte|hatten|ist|sind|war|waren|macht|machen)|(der|von der|vom|bei der|unserer|unsere) (agentur|vorgängerin|vorgänger))";

/** Whoever did the work before: their faults are why the client hired you. */
const OLD_PROVIDER =
  "(alte|alten|alter|früheren|frühere|früherer|vorherige|vorherigen|vorheriger|bisherige|bisherigen|bisheriger|ehemalige|ehemaligen|ehemaliger) (agentur|designer*|designerin|texter*|dienstleister*|anbieter*|webdesigner*|fotograf*|übersetzer*|programmierer*|entwickler*|freelancer*|grafiker*|website|webseite|seite|shop|homepage|logo)";

/**
 * The client owning the fault: "weil ich es im Briefing falsch angegeben habe", "Mein
 * Fehler: ich habe Ihnen die alte Preisliste gegeben". Read across the message: the
 * admission often follows the sentence that names what is wrong.
 */
const CLIENT_OWN_FAULT = [
  "(mein|unser) (fehler|versehen|missgeschick|patzer)",
  "(meine|unsere) (schuld|schlamperei)",
  "(ich|wir) ... (falsch|falsche|falschen|falsches|verkehrt) (angegeben|geschickt|notiert|übermittelt|gegeben|genannt|geliefert|mitgeteilt|eingetragen|hochgeladen|weitergegeben|geschrieben|aufgeschrieben|abgetippt|kopiert|verstanden|gebrieft|durchgegeben|weitergeleitet) (habe|hatte|haben|hatten|hab)",
  "(ich|wir) (habe|hab|haben|hatte|hatten) (ihnen|dir|euch)? (leider)? (aus versehen|versehentlich|irrtümlich|fälschlicherweise)",
];

/** Someone with no training the work is measured against ("Mein Neffe hätte das besser hingekriegt"). */
const BEGINNER =
  "(praktikant|praktikantin|azubi|lehrling|lehrbub|sohn|tochter|neffe|nichte|enkel|enkelin|kind|schüler|schülerin|grundschüler|grundschülerin|erstklässler|drittklässler|nachbar|nachbarin|zehnjähriger|zwölfjähriger|zehnjährige|zwölfjährige|fünfjähriger|fünfjährige|anfänger|anfängerin|laie)";
/** Better, in the words a client uses for it. */
const BETTER = "(besser|besseres|schöner|schöneres|sauberer|ordentlicher|professioneller|ansprechender|hübscher|hübscheres)";
/** Getting something done, as the participle after "hätte": "hingekriegt", "hinbekommen", "fotografiert". */
const MANAGED =
  "(hinbekommen|hingekriegt|hingebracht|gemacht|gekonnt|geschrieben|gestaltet|fotografiert|gezeichnet|programmiert|übersetzt|geschnitten|getroffen|zusammengebaut|zustande gebracht|abgeliefert|geliefert|gebaut|gerendert|gemalt|getextet)";

/** Work dissatisfaction: unhappy with the delivered work itself, stated factually. */
const DISSATISFACTION: readonly PhraseRule[] = [
  {
    id: "de.work.dissatisfaction.trifft-nicht",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 2,
    patterns: [
      "(trifft|treffen|traf|trafen) (es|das|er|sie|der text|das design)? (leider|einfach|noch|so)? (nicht|überhaupt nicht|gar nicht|nicht ganz|nicht so ganz|noch nicht|nicht wirklich|absolut nicht|so gar nicht) (unseren|den|meinen|unsere|die|das|unser|unserem|meine|mein)? (ton|tonfall|tonalität|geschmack|stil|nerv|punkt|kern|zielgruppe|sprache|stimmung|look|vibe|erwartungen|vorstellungen|briefing|charakter)",
      "(trifft|treffen) (es|das) (leider|einfach|noch)? (noch)? (nicht|überhaupt nicht|gar nicht|nicht ganz|nicht so ganz|nicht wirklich|so gar nicht|nicht so)",
      "(entspricht|entsprechen|entsprach|entsprachen) (leider|überhaupt|absolut|gar|so gar|ganz und gar)? (nicht|nicht ganz|keineswegs|kaum|nicht so ganz|nicht wirklich) (unserem|unserer|unseren)",
      "(trifft|treffen|traf|trafen) ... (nicht|überhaupt nicht|gar nicht|nicht ganz|nicht so ganz|nicht wirklich|so gar nicht) (das|das was)? (was|wie) (wir|ich)",
      "(entspricht|entsprechen|entsprach|entsprachen) (leider|noch|überhaupt|absolut|gar|so gar|ganz und gar)? (nicht|nicht ganz|keineswegs|kaum|nicht so ganz|nicht wirklich) ... (styleguide|style guide|ci|cd|corporate design|brand guidelines|markenrichtlinien|richtlinien|vorgaben|briefing|markenfarbe*|hausfarbe*|farbvorgaben|farbwerte*|pantone|proof|muster|freigabe|vorlage|logo)",
      "(entspricht|entsprechen|entsprach|entsprachen) (leider|überhaupt|absolut|gar|so gar|ganz und gar)? (nicht|nicht ganz|keineswegs|kaum|nicht so ganz|nicht wirklich) (unseren|unser|unsere|unserem|den|dem|meinen|meinem|meine|der|ihren) (ton|vorstellungen|erwartungen|anforderungen|ansprüchen|briefing|vorgaben|standards|qualitätsansprüchen|qualitätsstandards|absprachen|vereinbarungen|besprochenen|auftrag|ci|cd|corporate design|styleguide|brand guidelines|richtlinien|wünschen)",
      // "Haben Sie das Briefing überhaupt gelesen?": a reproach that says the work ignores it.
      "(haben sie|hast du|habt ihr) (das|unser|mein|den|unseren|meinen|die|unsere) (briefing|briefing-dokument|styleguide|style guide|brief|vorgaben|moodboard|notizen|unterlagen) (überhaupt|eigentlich|jemals|auch nur) (gelesen|angeschaut|angesehen|aufgemacht|geöffnet|angeschaut)",
      "(habt ihr|haben sie|hast du) (überhaupt|eigentlich|auch nur) (das|unser|mein|den|unseren|meinen|die|unsere) (briefing|styleguide|style guide|brief|vorgaben|moodboard|notizen|unterlagen) (gelesen|angeschaut|angesehen|aufgemacht|geöffnet)",
      // "Hat das eigentlich jemand Korrektur gelesen?", "Haben Sie das überhaupt getestet?": the check the work plainly skipped.
      "(hat|haben|hast|habt) (sie|du|ihr)? (das|es|den text|die seite|das ganze|ihn)? (eigentlich|überhaupt|denn|auch nur|denn überhaupt) (mal|einmal|irgendwann)? (jemand|irgendwer|irgendjemand|wer|einer)? (korrektur gelesen|korrekturgelesen|gegengelesen|getestet|durchgelesen|geprüft|kontrolliert|lektoriert|durchgeklickt|gegengecheckt)",
    ],
    negatable: false,
    note: {
      en: "The work misses the brief or the brand: fix it within scope.",
      de: "Die Arbeit verfehlt Briefing oder Marke: im vereinbarten Umfang nachbessern.",
    },
    examples: {
      flag: ["Haben Sie das überhaupt einmal getestet? Auf dem Handy bricht alles zusammen.", "Hat den Text eigentlich jemand gegengelesen?", "Haben Sie das Briefing überhaupt gelesen? Keines der gewünschten Motive ist dabei.", "Hast du überhaupt unseren Styleguide angeschaut? Die Schrift ist eine ganz andere.", "Leider trifft der Entwurf überhaupt nicht, was wir uns vorgestellt haben.", "Die Farben entsprechen nicht unserem Styleguide.", "Die Farbe des Buttons entspricht nicht unserem Blau.", "Der Text trifft leider nicht unseren Ton.", "Das entspricht nicht unseren Vorstellungen.", "Die Bildsprache trifft es noch nicht so ganz.", "Das Grün entspricht leider nicht ganz dem Ton aus unserem Corporate Design.", "Der Rotton entspricht nicht der Hausfarbe."],
      pass: ["Der Text trifft genau unseren Ton, danke!", "Hat das schon jemand gegengelesen, oder soll ich?", "Haben Sie das Formular schon getestet?", "Haben Sie das Briefing schon bekommen?", "Hast du die Unterlagen gestern noch gelesen? Dann können wir morgen starten."],
    },
  },
  {
    id: "de.work.dissatisfaction.passt-nicht-zur-marke",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 2,
    patterns: [
      "(passt|passen|passte|passten) (leider|einfach|so|irgendwie)? (gar|überhaupt|absolut|irgendwie|so gar|noch)? (nicht|nicht so ganz|nicht ganz|nicht wirklich|null|kaum) ... (zu|zur|zum|in) (unserem|unserer|unseren|unser|der|dem|meinem|meiner|unsere|die|das)? (ci|cd|corporate design|corporate identity|corporate wording|marke|brand|branding|stil|styleguide|style guide|markenauftritt|auftritt|zielgruppe|look|bildsprache|image|tonalität|designsprache|unternehmen|firma|webseite|website|farbwelt|markenidentität|markenkern|philosophie|werten|positionierung|rest|gesamtbild|konzept|briefing|produkt)",
      "(nicht|kaum|wenig) (ci|cd|marken|brand|styleguide)-?(konform|gerecht|tauglich)",
    ],
    negatable: false,
    note: {
      en: "The work doesn't fit the brand: fix it within scope.",
      de: "Die Arbeit passt nicht zur Marke: im vereinbarten Umfang nachbessern.",
    },
    examples: {
      flag: ["Das Logo passt nicht zu unserem CI.", "Die Farben passen leider gar nicht zu unserer Marke.", "Die Bildsprache passt so gar nicht in unseren Markenauftritt."],
      pass: ["Das passt perfekt zu unserem CI!"],
    },
  },
  {
    id: "de.work.dissatisfaction.stimmt-nicht",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 2,
    patterns: [
      `${PARTS} ... (stimmen|stimmt|stimmte|stimmten|passen|passt|funktioniert|funktionieren|sitzt|sitzen) (leider|auch|immer noch|noch immer|wieder|schon wieder|so|einfach|hier|da|hinten und vorne|vorne und hinten|teilweise|an mehreren stellen)? (gar|überhaupt|einfach|absolut|komplett|noch)? (nicht|nicht ganz|nicht so ganz|nicht mehr)`,
      `${PARTS} ... (ist|sind|wirkt|wirken|klingt|klingen|war|waren) (uns|mir)? (leider|etwas|viel|deutlich|insgesamt|einfach|noch|eindeutig|ein bisschen|ein wenig|durchweg)? zu (beliebig|generisch|austauschbar|nichtssagend|bunt|verspielt|nüchtern|steif|förmlich|werblich|kitschig|unruhig|überladen|dunkel|hell|blass|grell|klein|groß|lang|kurz|langatmig|oberflächlich|allgemein|kompliziert|technisch|trocken|altbacken|kühl|kalt|wörtlich|steril|glatt|brav|bieder|düster|flach|abrupt|eng|weit|leise|laut|hektisch|langsam|schnell|platt|simpel)`,
      `${PARTS} ... (ist|sind|war|waren) (leider|auch|immer noch|noch immer|wieder|schon wieder|so|einfach|viel|etwas|ziemlich|deutlich)? (gar|überhaupt|einfach|absolut|komplett|total|völlig)? (falsch|daneben|schief|verrutscht|verzerrt|unscharf|verpixelt|pixelig|zu dunkel|zu hell|zu blass|zu grell|zu klein|zu groß|zu eng|zu weit|inkonsistent|uneinheitlich|kaputt|fehlerhaft|abgeschnitten|unleserlich|schlecht lesbar|nicht lesbar|unterbelichtet|überbelichtet|verwackelt|unbrauchbar|veraltet|fehlerhaft|unstimmig|zu lang|zu kurz|zu förmlich|zu locker|schlecht|mies|miserabel|schwach|dürftig|mangelhaft|unterirdisch|grauenhaft|furchtbar|katastrophal|lahm|langweilig|fad|fade|farblos|nichtssagend|dröge|zäh|hölzern|steif|bieder|altbacken|kitschig|unruhig|überladen|unübersichtlich|chaotisch|gedrängt|gequetscht|gestaucht|verzerrt|unprofessionell|amateurhaft|lieblos|holprig|sperrig|flau|matschig|blass|trist|zu laut|zu leise|zu hektisch|zu langsam|zu schnell|zu salopp|zu flapsig|zu steif|zu trocken|zu werblich|zu technisch|zu unruhig|zu voll)`,
      `${PARTS} ... (weicht|weichen) ... ab`,
      // "Das Video ist zwei Minuten zu lang", "Der Ton ist für unsere Kundschaft viel zu locker".
      `${PARTS} (ist|sind|war|waren|wirkt|wirken|klingt|klingen|liest|lesen|sieht|sehen|hört|hören) ... (viel|deutlich|etwas|einfach|leider|ein bisschen|ein wenig|eindeutig|definitiv)? zu (lang|kurz|laut|leise|dunkel|hell|klein|groß|locker|salopp|flapsig|umgangssprachlich|förmlich|steif|distanziert|werblich|reißerisch|technisch|trocken|kühl|kalt|bunt|grell|blass|unruhig|voll|überladen|langatmig|hektisch|langsam|schnell|eng|verspielt|nüchtern|generisch|beliebig|austauschbar|oberflächlich|allgemein|kompliziert|wörtlich|kindlich|verschnörkelt|klobig|dick|dünn|schwer|wuchtig|düster|altmodisch)`,
      "(führt|führen|landet|landen|geht|gehen|verweist|verweisen|verlinkt|verlinken) (leider|alle|nur|immer)? (ins leere|ins nichts|auf eine fehlerseite|auf fehlerseiten|zu einer fehlerseite|auf eine 404|auf 404|nirgendwohin|auf die falsche seite|auf falsche seiten)",
      "(tote|toter|toten|kaputte|kaputter|defekte|defekter|falsche|falscher) (links|link|verlinkungen|verlinkung)",
      "(blaustich|grünstich|gelbstich|rotstich|magentastich|orangestich|braunstich|farbstich|stich ins (grüne|blaue|gelbe|rote|rosa|orange|violette|lila|graue))",
      "(strotzt|strotzen|wimmelt|wimmeln) (nur so)? (vor|von) (fehlern|tippfehlern|rechtschreibfehlern|ungenauigkeiten|bugs|floskeln|phrasen|worthülsen|füllwörtern|wiederholungen|widersprüchen|ungereimtheiten|anglizismen|buzzwords|sackgassen)",
      // "Der Klickdummy ist voller Sackgassen", "der Text ist gespickt mit Floskeln".
      "(ist|sind|war|waren) (leider|einfach|immer noch|noch immer)? (voller|voll von|voll mit|gespickt mit|übersät mit|übersät von) (fehler|fehlern|tippfehler|tippfehlern|floskeln|phrasen|worthülsen|füllwörtern|wiederholungen|widersprüche|widersprüchen|ungereimtheiten|sackgassen|bugs|logikfehler|logikfehlern|toten links|anglizismen|buzzwords)",
      // A navigation that leads nowhere: "Nach dem zweiten Schritt kommt man nirgends mehr zurück".
      "(kommt|kommen|gelangt) man ... (nicht|nirgends|nirgendwo|nirgendwohin|gar nicht|überhaupt nicht) (mehr)? (zurück|weiter)",
      `${PARTS} ... (ist|sind|war|waren|wirkt|wirken) (leider|noch|irgendwie|so)? (nicht|noch nicht|nicht ganz|überhaupt nicht|gar nicht) (gelungen|getroffen|stimmig|rund|überzeugend|zufriedenstellend|in ordnung|brauchbar|korrekt|richtig|vollständig|fehlerfrei|sauber|lesbar|professionell|hochwertig|scharf|gerade|aktuell|einheitlich|konsistent|nachvollziehbar|verständlich)`,
      `(fehlt|fehlen|fehlte|fehlten) (leider|noch|immer noch|noch immer|komplett|auch)? (die|der|das|ein|eine|einige|mehrere|sämtliche|alle)? ${PARTS}`,
      "(es fehlen|es fehlt|fehlen leider|fehlt leider|fehlen immer noch|fehlt immer noch|fehlen noch immer|fehlt noch immer) (noch|komplett|leider|auch)? (die|der|das|ein|eine|einige|mehrere|zwei|drei|etliche|sämtliche|alle)",
      "(unstimmigkeit|unstimmigkeiten|diskrepanz|diskrepanzen|überlappen|überlappt|verrutscht|verrutschen|verspringt|verspringen|zerschossen)",
      "(unscharf|verpixelt|pixelig|unterbelichtet|überbelichtet|verwackelt|verrauscht|verschwommen|körnig|farbstichig|farbstich|asynchron|nicht synchron|übersteuert|abgehackt|ruckelt|ruckelig|flackert|verzerrt|rote augen|rote-augen-effekt|rotaugeneffekt)",
      "(falsche|falschen|falsches|falscher|falschem|fehlerhafte|fehlerhaften|fehlerhaftes|falsch übersetzte|falsch übersetzten|inkorrekte|inkorrekten|inkorrektes|veraltete|veralteten|veraltetes) (fachbegriffe|begriffe|zahlen|angaben|daten|datum|jahr|jahreszahl|preise|preis|betrag|termine|namen|name|firmenname|farben|farbwerte|schrift|links|bilder|bild|foto|motiv|hashtags|telefonnummer|nummer|adresse|e-mail-adresse|woche|monat|wochentag|uhrzeit|hotel|zimmer|flug|zug|raum|format|dateiformat|sprache|währung|account|konto|steuersatz|übersetzungen|formulierungen|terminologie|fakten|werte|maße|beträge|buchungen|farbe|farbton|farbcode|pantone|schriftart|blau|blauton|rot|rotton|grün|grünton|gelb|orange|grau|grauton|lila|violett|pink|rosa|türkis|logo|logoversion)",
      "(an|in) (mehreren|vielen|einigen|manchen|etlichen|zahlreichen|diversen) (stellen|passagen|szenen|bildern|folien|seiten|absätzen|abschnitten) ... (zu|falsch|fehlerhaft|holprig|unscharf|schief|abgeschnitten|unsauber|fehlt|fehlen|nicht|fehler|sinnentstellend|missverständlich|unverständlich|ungenau|unklar|inkorrekt)",
      "(absatz|abschnitt|kapitel|satz|impressum|quelle|quellen|folie|szene|unterschrift|seitenzahl|seitenzahlen|inhaltsverzeichnis|abspann|untertitel|verlinkung|datenschutzerklärung) (fehlt|fehlen|fehlte|fehlten) (leider|komplett|ganz|immer noch|noch immer|auch|völlig)?",
      "(falsch|fehlerhaft|nicht korrekt|unvollständig|schlecht|sinnentstellend|zu wörtlich|nicht richtig|nicht sauber|schief|unsauber) (übersetzt|geschrieben|geschnitten|gesetzt|platziert|verlinkt|eingebunden|dargestellt|formatiert|belichtet|beschriftet|benannt|berechnet|angegeben|zugeschnitten|exportiert|ausgerichtet|freigestellt|retuschiert|eingepflegt|gebucht|verbucht|eingetragen|synchronisiert|recherchiert|zitiert|kontiert|zugeordnet|verrechnet|erfasst|abgerechnet|summiert|addiert|gerundet|umgerechnet|sortiert|markiert|getaggt|adressiert|etikettiert|ausgefüllt|gedruckt|übernommen)",
      // Charged, sent or shown twice: "im Warenkorb werden die Versandkosten doppelt berechnet".
      "(doppelt|zweimal|mehrfach|dreifach) (berechnet|abgezogen|abgebucht|verbucht|gebucht|gezählt|versendet|verschickt|angezeigt|ausgeliefert|erfasst|eingetragen|abgerechnet|ausgelöst|eingeblendet|aufgeführt)",
      "(fehlt|fehlen|fehlte|fehlten) (außerdem|auch|leider|immer noch|noch immer|komplett|ganz)? (ein|eine|einen|der|die|das|zwei|drei|mehrere|einige|ganze|wichtige)? (ganzer|ganze|ganzes|kompletter|komplette|wichtiger|wichtige)? (absatz|absätze|abschnitt|abschnitte|seite|seiten|kapitel|teil|teile|satz|sätze|bild|bilder|logo|link|links|impressum|quelle|quellen|folie|folien|szene|szenen|buchung|buchungen|belege|position|positionen)",
      "(läuft|laufen|ist|sind|wirkt|wirken|sitzt|sitzen|steht|stehen) (leider|immer noch|noch immer|noch|wieder)? (nicht|nicht ganz|gar nicht|überhaupt nicht) (synchron|bündig|mittig|zentriert|einheitlich|konsistent|lesbar|scharf|gerade|sauber|stimmig|responsive|barrierefrei|im raster|auf linie)",
      "(in|auf|unter|mit) (safari|chrome|firefox|edge|internet explorer|iphone*|ipad*|android|mobilgeräten|mobil|dem handy|handys|smartphones|tablets|mac|windows) (nicht|immer noch nicht|gar nicht|noch immer nicht)? (funktionieren|funktioniert|läuft|laufen|klappt|angezeigt|dargestellt|lädt|geht)",
      "(führt|führen|verlinkt|verlinken|verweist|verweisen|landet|landen|leitet|leiten) ... (falsche|falschen) (seite|seiten|stelle|adresse|url|produkt|produkte|unterseite)",
      "(überbearbeitet|überzeichnet|übersättigt|überschärft|überretuschiert|zu stark bearbeitet|zu stark retuschiert|weichgezeichnet)",
      // Verb first: "Ab der Hälfte passt der Ton nicht mehr", "Hier stimmt die Formatierung leider nicht".
      `(passt|passen|stimmt|stimmen|sitzt|sitzen|funktioniert|funktionieren) (leider|irgendwie|jetzt|hier|da|dann|aber)? (der|die|das|den) ${PARTS} (leider|einfach|auch|immer noch|noch immer|irgendwie|hier|da)? (nicht|nicht mehr|nicht ganz|gar nicht|überhaupt nicht|nicht so ganz)`,
      // A fault already pointed out: "Im Flyer steht es immer noch falsch".
      "(steht|stehen|schreibt|ist|sind) (es|er|sie|das|der name|unser name|die nummer|die adresse|unsere (adresse|nummer|telefonnummer|firma|e-mail-adresse|mailadresse|webadresse))? (leider|aber)? (immer noch|noch immer|schon wieder|wieder|nach wie vor|weiterhin) (falsch|fehlerhaft|verkehrt|falsch geschrieben|nicht korrigiert|unverändert falsch)",
      // Verb first: "auf den meisten ist der Horizont schief".
      `(ist|sind|war|waren) (leider|auch|immer noch|noch immer|wieder|überall|fast überall)? (der|die|das) ${PARTS} (leider|auch|immer noch|noch immer|wieder|viel|etwas|ziemlich|deutlich|total|völlig)? (falsch|schief|verrutscht|verzerrt|unscharf|verpixelt|zu dunkel|zu hell|zu blass|zu grell|unterbelichtet|überbelichtet|verwackelt|abgeschnitten|unleserlich|fehlerhaft)`,
      // A fact the work gets wrong: "Die Telefonnummer auf den Flyern ist falsch", "Auf der Karte ist das Datum falsch".
      `${FACTS} ... (ist|sind|war|waren|steht|stehen|stand|standen) (leider|auch|immer noch|noch immer|wieder|schon wieder|überall|durchgehend|teilweise|noch|komplett|völlig|total|einfach|da|dort|hier)? (falsch|fehlerhaft|vertauscht|verdreht|nicht korrekt|nicht richtig|veraltet|inkorrekt|verkehrt)`,
      `(ist|sind|war|waren|steht|stehen|stand|standen) ... (der|die|das|unsere|unser|eine|ein) ${FACTS} (leider|auch|immer noch|noch immer|wieder|überall|durchgehend)? (falsch|fehlerhaft|vertauscht|verdreht|nicht korrekt|nicht richtig|veraltet|inkorrekt|verkehrt)`,
      `(stimmt|stimmen|stimmte|stimmten) (leider|auch|immer noch|noch immer|wieder|schon wieder|überall)? (der|die|das|unsere|unser) ${FACTS} ... (nicht|nicht mehr|hinten und vorne nicht)`,
      // Something else than agreed written or shown in its place: "die Preise sind in Euro statt in CHF angegeben".
      "(steht|stehen|stand|standen|heißt|heißen|hieß) (überall|durchgehend|durchwegs|durchweg|jedes mal|ständig|konsequent|mehrfach|immer noch|noch immer|plötzlich|auf einmal|fast überall) ... (statt|anstatt|anstelle)",
      "(ist|sind|war|waren|wurde|wurden) ... (statt|anstatt|anstelle) ... (angegeben|ausgewiesen|gedruckt|verlinkt|markiert|getaggt|eingetragen|verbucht|angezeigt|gebucht|gesetzt|beschriftet)",
      "(angegeben|ausgewiesen|gedruckt|verlinkt|markiert|getaggt|eingetragen|verbucht|angezeigt|gebucht|beschriftet) (statt|anstatt|anstelle)",
      // "Seit dem Relaunch bekommen unsere Kunden keine Bestellbestätigungen mehr": broken since the delivery.
      "seit (dem|der|den|deinem|deiner|deinen|ihrem|ihrer|ihren|eurem|eurer|euren) (relaunch|update|updates|umstellung|livegang|go-live|launch|migration|redesign|aktualisierung|plugin-update) ... (keine|kein|keinen|nicht mehr|nichts mehr|nie mehr|gerutscht|abgerutscht|eingebrochen|verschwunden|kaputt|fehlerhaft|fehlt|fehlen)",
      "seit (deinem|deiner|deinen|ihrem|ihrer|ihren|eurem|eurer|euren) (änderungen|änderung|anpassungen|anpassung|umbau|umbauten|eingriff|arbeiten) ... (keine|kein|keinen|nicht mehr|nichts mehr|nie mehr|gerutscht|abgerutscht|eingebrochen|verschwunden|kaputt|fehlerhaft|fehlt|fehlen)",
      // Photos: "bei der Trauung sind die Ringe auf keinem einzigen Bild scharf".
      "(auf|bei|in) (keinem|keiner) (einzigen)? (bild|foto|aufnahme|seite|folie|version|datei|szene) (richtig|wirklich)? (scharf|lesbar|erkennbar|gerade|korrekt|richtig belichtet|sauber)",
      // Figures that do not reconcile: "fehlen gegenüber der Buchhaltung rund 1.400 Euro", "der Kontoabgleich geht nicht auf".
      "(fehlen|fehlt|fehlten|fehlte) ... (gegenüber|im vergleich zu|im vergleich zur|im vergleich zum|verglichen mit|laut) (der|dem|den|unserer|unserem|unseren|unsere)? (buchhaltung|kontoauszug|kontoauszügen|bank|bankkonto|belegen|abrechnung|kasse|kassenbuch|vorjahr|lohnabrechnung|bilanz|saldenliste|umsatzliste|bestellliste|lieferschein)",
      "(kontoabgleich|abgleich|bankabgleich|saldo|salden|kassenbuch|kasse|bilanz|abstimmung|summen|summe|zahlen|rechnung|abrechnung|umsatzsteuer) ... (geht|gehen|ging|gingen) (hinten und vorne|vorne und hinten|einfach|immer noch|leider|noch immer)? nicht auf",
      // "deutlich dunkler als in unserem Styleguide": measured against the agreed reference.
      "(deutlich|viel|etwas|wesentlich|klar|sichtbar|spürbar|merklich|ganz|einiges)? (dunkler|heller|blasser|greller|kräftiger|matter|bunter|wärmer|kälter|gelbstichiger|grauer|grüner|blauer|röter|kleiner|größer|schmaler|breiter|dicker|dünner|lauter|leiser) (aus)? als (in|im|auf|bei|laut|auf der|auf dem)? (unserem|unserer|unser|unsere|der|dem|die|das|den)? (styleguide|style guide|stilvorlage|cd|ci|corporate design|markenhandbuch|brandbook|brand book|farbvorgabe|farbvorgaben|vorgabe|vorgaben|vorlage|freigabe|proof|andruck|muster|original|briefing|mockup|entwurf|abgesprochen|besprochen|vereinbart|freigegeben|abgestimmt)",
      // "dass die Summen nicht mit dem Kontoauszug übereinstimmen", "die Zahlen stimmen nicht mit dem Angebot überein".
      `${PARTS} ... nicht ... (übereinstimmen|übereinstimmt|überein)`,
      // "obwohl wir im Glossar „Mandant“ festgelegt hatten": the agreed reference ignored.
      "obwohl (wir|ich) (ihnen|dir|euch)? (im|in der|in dem|laut|ausdrücklich im|extra im) (glossar|briefing|styleguide|style guide|stilvorlage|termbase|vorgaben|angebot|korrekturdurchgang|feedback|mail|e-mail|manuskript|leitfaden) ... (festgelegt|vereinbart|vorgegeben|definiert|angegeben|gewünscht|markiert|verlangt|festgehalten|notiert|hinterlegt) (hatten|haben|hatte|habe)",
      // Sound, picture and subtitles drifting apart: "laufen die Untertitel der Sprache hinterher".
      "(laufen|läuft|hängen|hängt|hinken|hinkt) (leider|dann|immer|deutlich)? (die|der|das) (untertitel|ton|bild|audio|musik|animation|sprache|stimme|voiceover|einblendungen|texteinblendungen) ... hinterher",
      "(untertitel|einblendungen|texteinblendungen|animation|audio|musik|stimme|voiceover) ... (laufen|läuft|hängen|hängt) ... hinterher",
      // "Meine Praktikantin hätte das besser hinbekommen": the work measured against a beginner.
      "(praktikant|praktikantin|azubi|lehrling|sohn|tochter|neffe|nichte|kind|schüler|schülerin|nachbar|nachbarin) (hätte|hätten) (das|es|dies) ... besser (hinbekommen|hingekriegt|gemacht|gekonnt|geschrieben|gestaltet)",
      // The same with the thing named and other comparatives: "Mein Neffe hätte die Wohnung mit dem Handy schöner hingekriegt",
      // and the beginner after the verb: "da hätte ein Praktikant in der Mittagspause Besseres hingekriegt".
      `${BEGINNER} (hätte|hätten|hätt) ... ${BETTER} ${MANAGED}`,
      `(hätte|hätten|hätt) (ja|doch|sogar|auch|selbst|wohl)? (ein|eine|mein|meine|jeder|jede|jedes|unser|unsere|ein jeder)? ${BEGINNER} ... ${BETTER} ${MANAGED}`,
      // "Das kann mein Neffe besser", "So was macht jeder Azubi schöner".
      `(das|dies|so etwas|sowas|so was|es) (kann|könnte|macht|schreibt|fotografiert|zeichnet|gestaltet|schneidet|programmiert|übersetzt) (ja|doch|sogar|auch|selbst|wohl)? (mein|meine|jeder|jede|jedes|ein|eine|unser|unsere) ${BEGINNER} (ja|doch|sogar|auch)? ${BETTER}`,
      // "So etwas bastelt ein Praktikant am ersten Tag zusammen": the work put at a beginner's level.
      "(so etwas|sowas|so was) (bastelt|baut|macht|schreibt|zeichnet|klickt|kritzelt|malt|schafft|kann|könnte|hätte) (ja|doch|auch|sogar)? (ein|eine|jeder|jede|mein|meine|unser|unsere)? (praktikant|praktikantin|azubi|lehrling|kind|schüler|schülerin|erstsemester|anfänger|anfängerin|laie|zehnjähriger|zwölfjähriger|neffe|nichte)",
      "(das|dies) (bastelt|klickt|kritzelt|malt|zeichnet|kann|könnte|hätte) (ja|doch|sogar|auch) (ein|eine|jeder|jede) (praktikant|praktikantin|azubi|lehrling|kind|schüler|schülerin|erstsemester|anfänger|anfängerin|laie|zehnjähriger|zwölfjähriger)",
      // Sound and picture drifting apart: "Der Ton hinkt dem Bild hinterher".
      "(ton|bild|untertitel|audio|musik|sprache|stimme|voiceover|sprecher|sprecherin|animation|lippen) ... (hinkt|hinken|hinkte|hinkten) ... hinterher",
      "(hinkt|hinken|hinkte|hinkten) (leider|aber|dann|immer)? (der|die|das) (ton|bild|untertitel|audio|musik|sprache|stimme|voiceover|sprecher|sprecherin|animation|lippenbewegung*) ... hinterher",
      // Mirrored or shifted against the plan: "In den Renderings ist das Treppenhaus gespiegelt", "ab Kapitel 4 ist alles um eins verschoben".
      "(ist|sind|wurde|wurden|wirkt|wirken|erscheint|erscheinen|steht|stehen|liegt|liegen) ... (gespiegelt|seitenverkehrt|spiegelverkehrt|spiegelbildlich)",
      "(ist|sind|wurde|wurden|wirkt|wirken|erscheint|erscheinen) ... um (eins|eine (seite|zeile|nummer|stelle|spalte|position|ziffer|zahl)|einen (schritt|platz|pixel|absatz|punkt)|#num (pixel|px|mm|millimeter|seiten|zeilen|stellen|nummern|schritte)) (nach (oben|unten|links|rechts|hinten|vorne))? (verschoben|versetzt|verrutscht)",
      // Photo faults in the trade's words: "der Himmel ist fast weiß ausgefressen", "die Schatten sind abgesoffen".
      "(himmel|lichter|fenster|gesicht|gesichter|haut|wolken|hintergrund|schnee|highlights|spitzlichter|schatten|tiefen|bild|bilder|foto|fotos|aufnahme|aufnahmen|brautkleid|hemd|hemden|wände|wand) ... (ausgefressen|überstrahlt|abgesoffen|absaufen|säuft ab|saufen ab|clippen|clippt)",
      "(ausgefressene|ausgefressenen|ausgefressener|abgesoffene|abgesoffenen|überstrahlte|überstrahlten) (lichter|himmel|fenster|stellen|bereiche|schatten|tiefen|flächen|wolken|gesichter|hintergrund|hintergründe)",
      // A tilted horizon: "auf mehreren Bildern hängt der Horizont leicht nach links", "die Fassade kippt nach hinten".
      "(hängt|hängen|kippt|kippen|fällt|fallen|neigt sich|neigen sich|stürzt|stürzen) (leider|auch|immer noch|überall|deutlich|sichtbar|jeweils|dort|da|hier)? (der|die|das) (horizont|horizontlinie|fassade|fassaden|gebäude|häuser|wände|kirchturm|turm|türme|linien|kante|kanten|treppe|skyline) ... (nach links|nach rechts|schief|zur seite|nach hinten|nach vorne|weg)",
      "(horizont|horizontlinie|fassade|fassaden|gebäude|häuser|wände|kirchturm|turm|türme|skyline) (hängt|hängen|kippt|kippen|fällt|fallen|neigt sich|neigen sich|stürzt|stürzen) ... (nach links|nach rechts|schief|zur seite|nach hinten|nach vorne|weg)",
      "(stürzende|kippende) (linien|wände|fassaden|gebäude|kanten)",
      // The agreed term ignored: "steht durchgehend „Schalter“, wo gemäss Glossar „Taster“ stehen muss".
      "(wo|obwohl|während|wobei) (doch|eigentlich|ja)? (gemäß|laut|nach|im|in|in unserem|in unserer|im vereinbarten|entsprechend) (dem|der|unserem|unserer|den|unseren|ihrem|deinem)? (glossar|styleguide|style guide|briefing|termbase|vorgabe|vorgaben|plan|plänen|grundriss|manuskript|leitfaden|materialliste|stilvorlage|markenhandbuch|lastenheft|pflichtenheft|freigabe|vorlage|absprache|korrektur|korrekturen) ... (stehen|heißen|sein|liegen|hin|hängen|sitzen) (muss|müsste|sollte|soll|müssen|sollten|müssten|gehört|gehören)",
    ],
    negatable: false,
    unless: ["(nicht|gar nicht|überhaupt nicht|keineswegs|kein bisschen|nie) (zu|allzu) (lang|kurz|laut|leise|dunkel|hell|klein|groß|locker|salopp|flapsig|förmlich|steif|bunt|grell|blass|unruhig|voll|technisch|trocken|werblich|kühl|kalt)", "(alte|alten|alter|früheren|frühere|vorherige|vorherigen|bisherige|bisherigen|letzte|letzten|vorige|vorigen) (agentur|designer*|designerin|texter*|dienstleister*|anbieter*|webdesigner*|fotograf*|übersetzer*|firma|website|webseite|seite|shop|homepage|programmierer*|entwickler*)", THIRD_PARTY, "(unsere|unser|meine|mein) (texte|text|logo|bilder|fotos|daten) (sind|ist) (leider)? (noch)? (nicht|falsch)", "(fertig|angekommen|freigegeben)", "(noch nicht|nicht|schon|sind|ist|wieder) da", "(ich|wir) (kürze|kürzen|ändere|ändern|korrigiere|korrigieren|lasse|lassen|passe|passen|mache|machen|schicke|schicken|tausche|tauschen) ... (selbst|selber|neu|ein neues|neue|nochmal)", "(von mir|von uns|mein|meine|unser|unsere) (foto|fotos|bild|bilder|text|texte|logo|datei|dateien|porträt|portrait)", "(ich|wir) (habe|haben|hab|hatte|hatten) ... (falsch*|vergessen|doppelt|zweimal|versehentlich|aus versehen)", "(schick|schicke|schicken|liefere|liefern|reiche|reichen|sende|senden) (ich|wir)", "(von uns|von mir|unsere|meine|unser|mein) ... (fehlt|fehlen)", "(fehlt|fehlen) ... (von uns|von mir|schicke ich|schicken wir|liefere ich|liefern wir|reiche ich|reichen wir)", "(passt|passen|passte|passten) ... (zu|zur|zum|in) (unserem|unserer|unseren|unser|meinem|meiner|unsere|der|dem)",
      // The client's own calendar or an old print run of their own: "falsch in meinem Kalender eingetragen", "in der alten Preisliste".
      "(weil|da|nachdem|seit) (wir|ich) ... (umgezogen|gewechselt|geändert|umbenannt|neu eröffnet|fusioniert)",
      "(in|im|auf) (meinem|unserem|meinen|unseren|meiner|unserer) (kalender|terminkalender|notizen|system|unterlagen|planer)",
      "(alten|alte|altes|alter|bisherigen|bisherige|bisheriges|vorigen|früheren|frühere) (preisliste|preislisten|broschüre|flyer|speisekarte|visitenkarten|katalog|unterlagen|version|drucksachen|schild|schilder|aushang|prospekt)",
      // Praise in the same words: "seit dem Relaunch keine Spam-Anfragen mehr".
      "(keine|keinen|kein|null|nie) (probleme|problem|fehler|beschwerden|ausfälle|ausfall|abstürze|ärger|störungen|spam|spam-anfragen|spam-mails|spammails|klagen|reklamationen|beanstandungen|abbrüche|rückfragen) mehr",
      // Praise by the same comparison: "Das hätte auch ein Profi nicht besser hingekriegt".
      "(nicht|kaum|nie|niemals|gern|gerne) (besser|besseres|schöner|sauberer|professioneller)",
      "(niemand|keiner|kein mensch) ... (besser|besseres|schöner|sauberer|professioneller)",
      // Idioms with "schief" that are no tilted picture: "Bei uns hängt der Haussegen schief", "da ist etwas schief gelaufen".
      "(haussegen|schief (gelaufen|gegangen|geht|läuft|ging|lief|angesehen|angeschaut|gewickelt))",
      // Done so on purpose: "Das Foto ist gespiegelt, weil wir es so wollten".
      "(absichtlich|bewusst|mit absicht|so gewollt|so wollten|so gewünscht|so wünschten|auf unseren wunsch|auf meinen wunsch)",
      // A screen or server mirrored, not a picture: "der Bildschirm wird auf den Beamer gespiegelt".
      "(bildschirm|beamer|monitor|server|backup|datenbank|display|tv|fernseher) ... gespiegelt"],
    unlessInMessage: CLIENT_OWN_FAULT,
    note: {
      en: "A concrete fault in the delivered work: fix it within scope.",
      de: "Ein konkreter Mangel an der Lieferung: im vereinbarten Umfang nachbessern.",
    },
    examples: {
      flag: ["Da hätte ein Praktikant in der Mittagspause Besseres hingekriegt.", "Mein Neffe hätte die Wohnung mit dem Handy schöner hingekriegt.", "Das kann jeder Azubi besser.", "In den Renderings ist das Treppenhaus gespiegelt, laut Plan liegt es auf der Nordseite.", "Ab Kapitel 4 ist alles um eins verschoben.", "Der Himmel ist fast weiß ausgefressen.", "Auf mehreren Bildern hängt der Horizont leicht nach links.", "Zudem steht durchgehend „Schalter“, wo gemäss Glossar „Taster“ stehen muss.", "Der Text liest sich für unsere Zielgruppe viel zu flapsig.", "Das Foto sieht auf dem Handy viel zu dunkel aus.", "Auf dem Messeplakat ist die Hausnummer falsch, es muss 12 heissen, nicht 21.", "Auf der Speisekarte steht beim Schnitzel der Preis falsch.", "Wie schon gesagt, stimmt die Adresse im Footer nicht.", "Sie haben die Tagung im Kalender für den falschen Monat eingetragen.", "Im Shop wird der Rabatt jetzt doppelt abgezogen.", "Die Spendenquittungen sind teilweise falsch zugeordnet.", "Seit Ihrer Umstellung kommen über das Formular keine Anfragen mehr an.", "Der Jahresbericht strotzt vor Worthülsen.", "Die App ist voller Bugs.", "Im Onlineshop kommt man nach dem Bezahlen nicht mehr zurück zur Startseite.", "Die Gruppenfotos sind leider auf keiner Aufnahme scharf.", "Auf den Bildern vom Firmenfest haben einige rote Augen.", "Im Kassenbuch fehlen im Vergleich zum Kontoauszug knapp 300 Franken.", "Die Bilanz geht einfach nicht auf.", "In der Präsentation sind alle Umsätze in Dollar statt in Euro ausgewiesen.", "Im Menü steht überall „Kontakt“ statt „Anfrage“.", "So etwas zeichnet doch jeder Anfänger in fünf Minuten.", "Auf den Visitenkarten ist das Logo im falschen Grünton gedruckt.", "Im Text steht überall „Sie“, obwohl wir im Styleguide das Du festgelegt haben.", "Auf dem Handy hängen die Texteinblendungen dem Bild hinterher.", "Mein Azubi hätte das schneller und besser hinbekommen.", "Auf der Website steht unsere Adresse nach wie vor falsch.", "Auf Seite 3 ist es schon wieder falsch geschrieben.", "Das Blau auf den Flyern ist viel heller als im Markenhandbuch.", "Bei drei Porträts ist der Hintergrund total verzerrt.", "Die Buchungen für März sind falsch verbucht, da fehlt die Miete.", "Mehrere Links auf der Startseite führen auf die falschen Seiten.", "Die Fotos sind überbearbeitet, die Hauttöne sind orange.", "Das Video ist zwei Minuten zu lang und die Musik zu laut.", "Der Ton ist für unsere Kundschaft viel zu locker.", "Die Überschriften sind etwas lahm.", "Die Hälfte der Links führt ins Leere.", "Die Produktfotos haben einen komischen Blaustich.", "Der Text strotzt nur so vor Tippfehlern.", "Die Porträts sind viel zu kühl, das passt nicht zu einer Kita.", "In der Tabelle fehlen die Zahlen für März.", "Die Grafiken sind total verpixelt.", "Die Übersetzung ist an vielen Stellen sinnentstellend.", "Das Foto ist schief.", "Die Animation läuft nicht synchron zur Musik.", "Die Übersetzung enthält mehrere falsche Fachbegriffe.", "Die Farben stimmen nicht.", "Die Fotos sind leider unterbelichtet.", "Die Schrift ist viel zu klein.", "Die Abstände stimmen immer noch nicht.", "Hier stimmt die Formatierung leider nicht.", "Die Beträge in der Auswertung stimmen nicht mit unseren Belegen überein.", "Im zweiten Clip hinkt die Stimme dem Bild etwas hinterher.", "Die Porträts sind leider nicht scharf."],
      pass: ["Das hätte auch ein Profi nicht besser hingekriegt.", "Mein Sohn hätte gern besser gezeichnet, er ist ganz begeistert von deinen Illustrationen.", "Das Foto ist gespiegelt, weil wir es so wollten, passt.", "Im Meeting wird der Bildschirm auf den Beamer gespiegelt.", "Der Termin ist um eine Woche verschoben.", "Der Text liest sich super, gar nicht zu lang.", "Der Text liest sich toll, genau richtig für unsere Zielgruppe.", "Das Datum war falsch in meinem Kalender eingetragen, daher die Verwirrung.", "Die Telefonnummer auf dem Flyer ist falsch, weil wir umgezogen sind, bitte nimm die neue.", "Die Übersetzung der Agentur war voller Fehler, deshalb kommen wir zu dir.", "Die Preise in der alten Preisliste sind veraltet, bitte nimm die neuen aus dem Anhang.", "Die Öffnungszeiten auf dem Aushang sind falsch, weil ich sie dir falsch durchgegeben habe, sorry.", "Mein Fehler: Ich hatte Ihnen die alte Bankverbindung geschickt. Deshalb ist die IBAN auf der Vorlage falsch.", "Seit dem Relaunch gibt es keine Spam-Anfragen mehr, danke!", "Seit dem Umzug haben wir keinen Farbdrucker mehr, darum schicke ich die Korrekturen digital.", "Wir haben die Anzahlung doppelt berechnet, sorry, Sie bekommen eine Gutschrift.", "Im Roman kommt man nach dem zweiten Kapitel nicht mehr raus, so spannend ist er.", "Das macht unser Praktikant, Sie müssen sich darum nicht kümmern.", "Ich hatte dir leider den falschen Farbcode geschickt, hier ist der richtige.", "Obwohl wir im Briefing nichts dazu geschrieben hatten, ist der Text genau richtig.", "Ich hatte das Datum falsch notiert, bei mir steht es immer noch falsch im Kalender, sorry.", "Die neuen Fotos sind viel heller als die alten, genau so wollten wir das, danke!", "Der Hintergrund ist da, jetzt fehlt nur noch dein Text.", "Die Texte sind mir noch zu lang geraten, ich kürze sie selbst und schicke sie dir.", "Die Farben stimmen perfekt!", "Unsere Texte sind leider noch nicht fertig.", "Wir hinken mit unseren Texten leider hinterher, sorry.", "Die Fotos wirken richtig schön hell und freundlich."],
    },
  },
  {
    id: "de.work.dissatisfaction.nicht-besprochen",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 2,
    patterns: [
      "(nicht|keineswegs|absolut nicht|überhaupt nicht|leider nicht|gar nicht) (das|dem|so|wie|ganz das) (was|wie) (im|in der|in unserem|in meinem|laut|beim) (briefing|angebot|konzept|lastenheft|styleguide|vertrag|mail|gespräch|meeting|call|kick-off|kickoff) (stand|steht|besprochen|vereinbart|beschrieben|festgelegt|gewünscht|abgemacht)",
      "(nicht|keineswegs|absolut nicht|überhaupt nicht|leider nicht|gar nicht) (das|dem|so|wie|ganz das) (was|wie|wovon|wofür) (wir|ich) (besprochen|vereinbart|abgesprochen|gewollt|erwartet|bestellt|gebrieft|angefragt|beauftragt|uns vorgestellt|mir vorgestellt|wollten|wünschten|gewünscht|ausgemacht|festgelegt|gesagt|gemeint|im kopf|bezahlt|gezahlt|bezahlen|zahlen|unterschrieben|gebucht)",
      "nicht (wie|so wie|wie vorher) (besprochen|vereinbart|abgesprochen|gewünscht|gewollt|gebrieft|vorgegeben|ausgemacht|beauftragt|angefragt|bestellt|gefordert)",
      "(ganz|völlig|komplett|etwas|total|doch ganz|eigentlich ganz|eigentlich) anders (vorgestellt|gedacht|besprochen|vereinbart|gewünscht|erwartet|gemeint)",
      "(nicht|nur teilweise|nicht vollständig|nicht alle|nicht richtig|nicht korrekt|falsch) (umgesetzt|übernommen|eingearbeitet|berücksichtigt|eingepflegt|beachtet|verstanden)",
      // Measured against what the client handed over: "passt der Bodenbelag nicht zu der Materialliste, die wir Ihnen geschickt haben".
      "(passt|passen|stimmt|stimmen|deckt sich|decken sich|entspricht|entsprechen) ... nicht (zu|zur|zum|mit) (der|dem|den|unserer|unserem|unseren|ihrer|deiner)? ... (die|den|das|welche|welchen) (wir|ich) (ihnen|dir|euch) ... (geschickt|gegeben|geliefert|vorgegeben|mitgegeben|gesendet|übermittelt|zur verfügung gestellt|freigegeben|markiert|eingezeichnet)",
      "(passt|passen|stimmt|stimmen|deckt sich|decken sich) ... nicht (zu|zur|zum|mit) (der|dem|den|unserer|unserem|unseren|unseren)? (materialliste|materialplan|grundriss|grundrissen|bauplan|bauplänen|lageplan|plänen|planunterlagen|stückliste|bemaßung|skizze|skizzen|zeichnung|zeichnungen|glossar|termbase|manuskript|vorlage|freigabe|proof|andruck|muster|farbmuster|moodboard|referenzbildern|referenzfotos|schrittnummern|nummerierung|legende)",
    ],
    negatable: false,
    unless: ["(falls|wenn|sollte|sollten|ob) ... (nicht|anders)", "(termin|termine|zeitplan|uhrzeit|datum|budget|preis|kosten|rechnung|angebot|offerte)"],
    note: {
      en: "The work differs from what was agreed: check it against the brief.",
      de: "Die Arbeit weicht von der Absprache ab: mit dem Briefing abgleichen.",
    },
    examples: {
      flag: ["Außerdem passt der Bodenbelag nicht zu der Materialliste, die wir Ihnen geschickt haben.", "In der Anleitung passen die Abbildungen nicht zu den Schrittnummern.", "Ehrlich gesagt ist das nicht das, wofür ich bezahlt habe.", "Das Layout ist nicht das, was im Briefing stand.", "Das ist nicht das, was wir besprochen hatten.", "Wir hatten uns das ganz anders vorgestellt.", "Meine Korrekturen wurden nicht umgesetzt.", "Die Seite ist nicht wie besprochen aufgebaut."],
      pass: ["Der Termin passt nicht zu dem Plan, den wir Ihnen geschickt haben.", "Falls etwas nicht zu der Liste passt, die wir dir geschickt haben, sag einfach Bescheid.", "Alles wie besprochen umgesetzt, super!"],
    },
  },
  {
    // "Für ein Bilderbuch ab drei Jahren geht das so nicht": the work unfit for what it is for.
    // Its own rule, so that a remark about time or money ("Für ein Wochenende geht das so
    // nicht, da brauchen wir mehr Zeit") can be excluded without excluding other complaints.
    id: "de.work.dissatisfaction.geht-so-nicht",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 2,
    negatable: false,
    patterns: ["für (ein|eine|einen|so ein|so eine|so einen) ... (geht|funktioniert) (das|es) (so|leider so|so leider|einfach so|so einfach|überhaupt|gar|leider gar|so gar|einfach|leider) (nicht|keinesfalls)"],
    unless: [THIRD_PARTY, "(zeit|zeitplan|budget|geld|preis|preise|kosten|günstiger|billiger|teuer|termin|termine|planung|wochenende|woche|wochen|tag|tage|stunden|frist|vorlauf|honorar|angebot)"],
    note: {
      en: "The work does not fit what it is for. Ask what exactly is off, then fix within the agreed rounds.",
      de: "Die Arbeit passt nicht zu ihrem Zweck. Fragen Sie nach, was genau nicht passt, und bessern Sie im Rahmen der vereinbarten Runden nach.",
    },
    examples: {
      flag: ["Für eine Kinderarztpraxis geht das so nicht.", "Für einen Bio-Hofladen funktioniert das so leider nicht, das wirkt viel zu kühl."],
      pass: ["Für ein Wochenende geht das so nicht, da brauchen wir mehr Zeit für die Planung.", "Für ein Startup ist das Budget leider knapp, geht das so nicht auch günstiger?"],
    },
  },
  {
    id: "de.work.dissatisfaction.nicht-zufrieden",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 2,
    patterns: [
      "(nicht|wenig|kaum|gar nicht|überhaupt nicht|leider nicht) (so|ganz|wirklich|ganz so|so ganz|besonders|sonderlich|richtig|wirklich so)? (zufrieden|glücklich|begeistert|überzeugt|happy|angetan)",
      "(unzufrieden*|unbefriedigend*|enttäuschend*|enttäuscht|enttäuschung|ernüchtert|ernüchternd)",
      "(gefällt|gefallen|überzeugt|überzeugen) (uns|mir|mich) (leider|ehrlich gesagt|persönlich)? (der|die|das|dieser|diese|dieses) ... (nicht|gar nicht|überhaupt nicht|nicht so|nicht wirklich|nicht besonders|kaum|nicht so richtig)",
      "(überzeugt|überzeugen|gefällt|gefallen|begeistert|begeistern|spricht|sprechen|haut|hauen) (uns|mir|mich) (leider|noch|gar|überhaupt|so|ehrlich gesagt|einfach|auch|persönlich|alle)? (nicht|noch nicht|gar nicht|überhaupt nicht|nicht so|nicht wirklich|nicht besonders|kaum|null|nicht so richtig|nicht vom hocker)",
      "(mangelhaft*|ungenügend*|unzureichend*|dürftig*|mittelmäßig*|unbrauchbar*|nicht brauchbar|nicht verwendbar|nicht zu gebrauchen|nicht nutzbar|nicht druckfähig|nicht veröffentlichungsreif)",
      "so (nicht|leider nicht|keinesfalls|auf keinen fall) (verwendbar|brauchbar|nutzbar|veröffentlichen|verwenden|nutzen|freigeben|abnehmen|online stellen|drucken|rausgeben|rausschicken|einsetzen|präsentieren)",
      "(damit|mit dem|mit der|mit diesem|mit dieser|mit den|mit diesen) ... (können|kann) (wir|ich) (so)? (leider)? (nicht|nichts|wenig|kaum etwas) (arbeiten|anfangen)",
      "so (können|kann|könnten|dürfen) (wir|ich) ... (nicht|keinesfalls|auf keinen fall|unmöglich) (arbeiten|verwenden|nutzen|veröffentlichen|freigeben|abnehmen|drucken|rausgeben|weitergeben|online stellen|einsetzen|präsentieren|abgeben|geben|rausschicken|live gehen|launchen|zeigen|einreichen)",
      // "So kann ich den Bericht nicht dem Vorstand vorlegen": the work not fit to be shown to whom it is for.
      "so (können|kann|könnten|dürfen) (wir|ich) (das|den|die|ihn|sie|es|diesen|diese|dieses) ... (nicht|keinesfalls|auf keinen fall|unmöglich|niemals) ... (vorlegen|präsentieren|vorzeigen|einreichen|verschicken|rausgeben|veröffentlichen|online stellen|hochladen|abschicken|aufhängen|verteilen|ausliefern)",
      "lässt (sehr|einiges|viel|leider|etwas|stark|noch einiges|ziemlich|leider einiges)? zu wünschen übrig",
      "(hatten|hätten|habe|hatte|hätte) (uns|mir)? ... (mehr|etwas anderes|was anderes|anderes|besseres) (erhofft|vorgestellt|gewünscht)",
      "(hatte|hatten|hätte|hätten) (ich|wir)? (mir|uns) (ehrlich gesagt|eigentlich|schon|doch|offen gesagt)? (etwas|was|ein bisschen|deutlich|viel|einiges|ganz) ... (vorgestellt|erhofft|gewünscht)",
      "(schlechter|schwächer|weniger gut|nicht so gut) (als|wie) (sonst|gewohnt|erwartet|beim letzten mal|früher|vereinbart|bei den letzten|üblich)",
      "(nicht|kaum) (das|dem|so) (was|wie) (wir|ich) (von (ihnen|dir|euch))? (gewohnt sind|gewohnt|kennen|erwarten)",
      "(ungenau|unsauber|unsorgfältig|nachlässig|lieblos|oberflächlich|fehlerhaft|schlecht) (gearbeitet|umgesetzt|recherchiert|übersetzt|gemacht|geschnitten|retuschiert|freigestellt|lektoriert|korrigiert|programmiert|gestaltet)",
      "(viele|zahlreiche|etliche|einige|mehrere|lauter|jede menge|voller|voll mit|voll von|haufenweise|so viele|immer noch|schon wieder|noch immer|gravierende|grobe|peinliche|diverse|ein paar|paar|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|#num|dutzende|unzählige|gleich mehrere) (sachliche|inhaltliche|grobe|kleine|peinliche|formale|grammatikalische|orthografische|technische|logische|offensichtliche)? (fehler|tippfehler|rechtschreibfehler|grammatikfehler|kommafehler|übersetzungsfehler|flüchtigkeitsfehler|ungenauigkeiten|mängel|bugs)",
    ],
    negatable: false,
    unless: ["(alte|alten|alter|früheren|frühere|vorherige|vorherigen|bisherige|bisherigen|letzte|letzten|vorige|vorigen) (agentur|designer*|designerin|texter*|dienstleister*|anbieter*|webdesigner*|fotograf*|übersetzer*|firma|website|webseite|seite|shop|homepage|programmierer*|entwickler*)", THIRD_PARTY, "(falls|wenn|sofern|sollten) (sie|du|ihr) ... (nicht|unzufrieden)", "(nicht|keineswegs|niemals) (enttäuschen|enttäuscht)", "(wir|ich) (sind|bin|waren|war) (sehr|total|super|absolut|rundum|voll|mega)? (zufrieden|begeistert|glücklich)", "(mwst|mehrwertsteuer)"],
    note: {
      en: "Unhappy with the work itself: ask what exactly, fix within scope.",
      de: "Unzufrieden mit der Arbeit selbst: genau nachfragen, im Umfang nachbessern.",
    },
    examples: {
      flag: ["In der Pressemitteilung sind sieben Tippfehler, zwei davon im Titel.", "So kann ich die Broschüre unmöglich an unsere Mitglieder verschicken.", "Im Artikel sind ein paar inhaltliche Fehler, zum Beispiel stimmt das Gründungsjahr nicht.", "Ehrlich gesagt hatte ich mir etwas Hochwertigeres vorgestellt.", "Der Blogartikel enthält mehrere sachliche Fehler.", "Mit dem Ergebnis bin ich leider nicht glücklich.", "Der Text hat viele Rechtschreibfehler.", "Leider gefällt uns der Entwurf gar nicht.", "Das Ergebnis ist eine einzige Enttäuschung.", "Mit dem Ergebnis sind wir nicht zufrieden.", "Der Entwurf überzeugt uns leider nicht.", "Die Qualität lässt zu wünschen übrig.", "Der Text hat zahlreiche Tippfehler.", "So nicht verwendbar, leider."],
      pass: ["Wir sind sehr zufrieden, danke!", "Falls Sie nicht zufrieden sind, sagen Sie es gern.", "Die Seite unserer alten Agentur war voller Fehler.", "Für einen Anruf am Montag geht es bei mir leider nicht, lieber Dienstag?", "Zweitausend Franken für ein Faltblatt, geht das nicht auch günstiger?", "Die Druckerei hat drei Tippfehler in die Einladung gebracht, Ihre Datei war sauber."],
    },
  },
  {
    id: "de.work.dissatisfaction.wirkt",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 1,
    patterns: [
      "(wirkt|wirken|klingt|klingen|liest|lesen|sieht|sehen|fühlt|fühlen|kommt|kommen|schaut|schauen) ... (billig|altbacken|gruselig|unheimlich|bedrohlich|verstörend|unnatürlich|verkrampft|unfreundlich|unprofessionell|amateurhaft|langweilig|steif|generisch|beliebig|hölzern|holprig|bieder|verstaubt|kitschig|überladen|unruhig|austauschbar|lieblos|flach|platt|sperrig|umständlich|künstlich|maschinell|roboterhaft|unpersönlich|nichtssagend|trocken|reißerisch|oberflächlich|chaotisch|unübersichtlich|veraltet|zusammengewürfelt|gestelzt|zu wörtlich|kalt und|grau und|blass|leblos|trist|unappetitlich|fad|fade|dunkel und|matschig|gestaucht|gequetscht|verzerrt|gedrängt|gedrungen|zerstückelt|lahm|farblos|dröge|zäh|gewollt|bemüht|angestaubt|beliebig|unausgegoren|unfertig|halbfertig|schlampig|hingeschludert|zusammengeschustert|dahingeschludert|ausgewaschen|verwaschen|flau|stumpf|matt|grau|grell|schrill|pixelig|verpixelt|unscharf|schief|krumm)",
      "(klingt|klingen|liest sich|lesen sich|wirkt|wirken|fühlt sich|fühlen sich|sieht|sehen) (leider|einfach|irgendwie|noch)? (überhaupt|gar|so gar|absolut|null|ganz und gar)? (nicht|kein bisschen|nicht wirklich|null|kein stück|keinen deut|nullkommanull) (nach|wie) (uns|unserer marke|unserem haus|unserer firma|unserem stil|unserem ton|mir|unserem unternehmen|unserem laden|unserer praxis|unserem hotel|unserem restaurant)",
      // The look of a cheap material: "die Bäume sehen aus wie aus Plastik", "die Haut wirkt wie Wachs".
      "(sieht|sehen|schaut|schauen|wirkt|wirken|wirkte|wirkten) ... (aus)? (wie|als wären sie|als wäre es|als wäre sie|als ob sie|als ob es) (aus)? (plastik|pappe|gummi|wachs|knete|styropor|pappmaché|pappmaschee)",
      "(sieht|sehen|schaut|schauen) ... (nach|wie) (plastik|pappe|gummi|wachs|knete|styropor|pappmaché|pappmaschee) aus",
      "(anders|ganz anders|völlig anders|komplett anders) (aus)? als (besprochen|vereinbart|abgesprochen|gebrieft|im briefing|im angebot|gedacht|erwartet|gewünscht|auf dem entwurf|im entwurf|auf dem moodboard)",
      "(sieht|sehen|wirkt|wirken) aus (wie|als ob|als hätte|als wäre) (von|aus)? (einer|einem|dem|der)? (vorlage|template|baukasten|stock|ki|chatgpt|canva|word|powerpoint|clipart|paint|kind|schüler|anfänger|praktikant|achtziger|neunziger|neunzigern|achtzigern)",
      "(klingt|klingen|liest sich|lesen sich|wirkt|wirken|sieht|sehen|aussieht) (wie|nach) (ki|chatgpt|google translate|deepl|maschinell übersetzt|einer übersetzung|übersetzt|einem baukasten|einem template|einer vorlage|von der stange|stockfoto*|stock|stockbilder|clipart|powerpoint|word|paint|baukasten)",
      "(sieht|sehen) (leider|irgendwie|einfach|noch)? (nicht|gar nicht|überhaupt nicht|nicht so) (gut|schön|professionell|hochwertig|stimmig|wertig|ansprechend) aus",
      "(am|an) (thema|briefing|ziel|punkt|kern|auftrag|zielgruppe|der zielgruppe|der sache|unseren bedürfnissen|unserer zielgruppe) vorbei",
      "(komplett|völlig|total|ziemlich|leider|etwas|voll|leider komplett) daneben",
      // "wirkt unruhiger als das alte": worse than what came before.
      "(wirkt|wirken|wirkte|wirkten|sieht|sehen|klingt|klingen|liest sich|lesen sich) (jetzt|irgendwie|leider|deutlich|viel|noch|etwas|ein bisschen)? (unruhiger|altmodischer|altbackener|billiger|langweiliger|schlechter|schwächer|steifer|generischer|beliebiger|überladener|unübersichtlicher|unprofessioneller|lebloser|schwerfälliger|biederer|kälter|liebloser|chaotischer|gedrängter|unruhig) (aus)? als (das|der|die|den|vorher|zuvor|bisher|früher|beim|bei|im|auf|in)",
      "(schriften|schriftarten|farben|fonts|farbtöne|elemente) (beißen|beissen|schlagen|stechen) sich",
      // "schaut eher gruselig als freundlich": the opposite of the intended effect.
      "(wirkt|wirken|wirkte|wirkten|schaut|schauen|sieht|sehen|klingt|klingen|liest sich|lesen sich|kommt|kommen) ... eher (gruselig|unheimlich|bedrohlich|traurig|billig|altbacken|kitschig|aggressiv|düster|kalt|steif|wütend|böse|müde|langweilig|verstörend|kindisch|unprofessionell|generisch|beliebig|spießig|bieder|verstaubt|hektisch|chaotisch|streng|abweisend|arrogant) (aus)? (als|wie)",
      // "Das neue Layout ist schwerer zu bedienen als das alte": worse to use than before.
      "(schwerer|schwieriger|umständlicher|komplizierter|unübersichtlicher|mühsamer|unverständlicher) (zu bedienen|zu lesen|zu finden|zu verstehen|zu navigieren|zu nutzen|zu erfassen|zu handhaben|zu pflegen|zu bearbeiten|zu klicken) (als|wie) (das|der|die|den|vorher|zuvor|bisher|früher|davor|beim|bei der|im|mit dem|mit der|auf der|auf dem)",
      // "Das klingt, als hätte es eine Maschine geschrieben".
      "(klingt|klingen|liest sich|lesen sich|wirkt|wirken|sieht|sehen) (so|eher|leider|irgendwie|ehrlich gesagt)? (als|wie wenn) (hätte|hätten|ob|würde|wäre) ... (maschine|roboter|ki|chatgpt|computer|automat|übersetzungsprogramm|übersetzungstool|google translate|deepl|kind|praktikant|praktikantin|schüler|schülerin|anfänger|anfängerin|laie|bot)",
      // "Für eine Kanzlei ist das viel zu locker": the register or style judged against the client's field.
      "(ist|wirkt|klingt|sind|wirken|klingen) (das|es|mir das|uns das|das mir|das uns|mir|uns) (leider|ehrlich gesagt|insgesamt|alles)? (viel|deutlich|etwas|einfach|ein bisschen|ein wenig|eindeutig|definitiv|eher|schlicht|noch)? zu (locker|salopp|flapsig|umgangssprachlich|förmlich|steif|werblich|reißerisch|verspielt|kindlich|grell|düster|unruhig|überladen|altbacken|altmodisch|bieder|generisch|beliebig|zäh|langatmig|kitschig|nüchtern|brav)",
      // Words that only turn critical with a qualifier: "Die Fotos wirken ziemlich dunkel".
      "(wirkt|wirken|wirkte|wirkten|kommt|kommen) ... (ziemlich|recht|sehr|arg|ganz schön|reichlich|etwas|ein bisschen|ein wenig|total|irgendwie|eher) (dunkel|düster|kühl|kalt|steril|leer|eng|klein|dünn|streng|nüchtern|hart)",
    ],
    negatable: false,
    unless: [THIRD_PARTY, OLD_PROVIDER],
    note: {
      en: "A judgement on how the work comes across: ask for specifics and fix within scope.",
      de: "Ein Urteil über die Wirkung der Arbeit: nach Details fragen, im Umfang nachbessern.",
    },
    examples: {
      flag: ["Der Post klingt null nach mir.", "Die Bäume sehen aus wie aus Plastik.", "Die Haut wirkt auf allen Porträts wie Wachs.", "Die Eule auf dem Etikett schaut eher bedrohlich als niedlich aus.", "Die neue Navigation ist umständlicher zu bedienen als die alte.", "Die Pressemitteilung liest sich, als hätte sie ein Übersetzungsprogramm geschrieben.", "Für eine Zahnarztpraxis ist uns das zu verspielt.", "Der Einstieg ist mir zu langatmig.", "Der neue Header wirkt viel biederer als der alte.", "Die Farben beissen sich mit unserem Logo.", "Die Farben in der Broschüre wirken im Vergleich zum Proof ziemlich ausgewaschen.", "Der Text klingt überhaupt nicht nach uns.", "Das Logo wirkt in der mobilen Ansicht gestaucht.", "Das sieht ganz anders aus als besprochen.", "Der Text geht am Thema vorbei.", "Die Texte klingen nach KI.", "Das Logo sieht aus wie von einer Vorlage.", "Der Text liest sich sehr holprig.", "Das Design wirkt etwas altbacken.", "Das klingt wie Google Translate.", "Die Seite sieht leider nicht professionell aus.", "Das geht am Briefing vorbei.", "Das Teamfoto wirkt auf dem Monitor ziemlich düster.", "Die Schrift kommt im Druck recht dünn rüber."],
      pass: ["Die Küche sieht aus wie aus dem Katalog, toll!", "Die Figuren sehen aus wie aus Lego, genau wie unser Spielzeugladen es braucht.", "Die Druckerei hat die Farben komplett daneben gedruckt, Ihre Dateien waren korrekt.", "Unsere alte Website war viel schwerer zu bedienen als die neue, danke!", "Das neue Layout wirkt viel ruhiger als das alte, super.", "Der Text liest sich wunderbar flüssig.", "Die Fotos wirken richtig schön hell und freundlich.", "Ich komme morgen etwas früher, der Raum wirkt dann nicht so leer."],
    },
  },
];

/**
 * "Die Küche ist schief und das Bad stockdunkel": a room or an object shown crooked. A rule
 * of its own, heard only in a message about pictures: "unser Boden ist schief" is
 * information about an old house, not a fault in the work.
 */
const CROOKED: readonly PhraseRule[] = [
  {
    id: "de.work.dissatisfaction.schief",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 1,
    patterns: [
      "(ist|sind|hängt|hängen|steht|stehen|wirkt|wirken) (leider|auch|immer noch|noch immer|wieder|schon wieder|überall|jeweils|fast überall)? (total|völlig|komplett|ganz|ziemlich|etwas|leicht|deutlich|sichtbar|sowas von|furchtbar|arg)? schief",
      "(ist|sind|hängt|hängen|steht|stehen|wirkt|wirken) (leider|auch|immer noch|noch immer|wieder|überall)? (der|die|das) ... (total|völlig|komplett|ganz|ziemlich|etwas|leicht|deutlich|sichtbar|furchtbar|arg)? schief",
    ],
    negatable: false,
    requiresInMessage: ["(foto|fotos|bild|bilder|aufnahme|aufnahmen|kamera|objektiv|rendering|renderings|visualisierung|visualisierungen|shooting|fotografiert|abgelichtet|geknipst|bildausschnitt|perspektive)"],
    unless: ["(haussegen|schief (gelaufen|gegangen|geht|läuft|ging|lief|angesehen|angeschaut|gewickelt))", "(wirklich|tatsächlich|in echt|in wirklichkeit|im original|in natura|baulich|seit jahren|altbau|alte haus|alten haus)", "(mein|meine|unser|unsere) (boden|wand|wände|haus|wohnung|küche|zimmer|regal|bild|rücken|zahn|zähne|nase)"],
    note: {
      en: "Something in the pictures stands crooked: fix it within scope.",
      de: "Etwas auf den Bildern steht schief: im vereinbarten Umfang nachbessern.",
    },
    examples: {
      flag: ["Wer hat Ihnen eine Kamera gegeben? Die Küche ist schief und das Bad viel zu dunkel.", "Auf den Fotos von der Kanzlei hängt der Empfangstresen total schief."],
      pass: ["Unser Boden ist schief, pass beim Shooting mit dem Stativ auf.", "Bei uns ist heute einiges schief gelaufen, deshalb schicke ich die Fotos erst morgen.", "Der Turm ist in Wirklichkeit schief, das soll auf dem Foto auch so aussehen."],
    },
  },
];

/**
 * "So würde ich nie schreiben": the client disowning a text written in their name. A rule
 * of its own, so that admiration in the same words ("so würde ich das nie hinkriegen")
 * can be left out without leaving out other complaints.
 */
const NOT_MY_VOICE: readonly PhraseRule[] = [
  {
    id: "de.work.dissatisfaction.so-wuerde-ich-nie",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 1,
    patterns: [
      "so (würde|würden|würd|hätte|hätten) (ich|wir) (das|es|sowas|so etwas)? (doch|ja|aber)? (nie|niemals|nie im leben|im leben nicht|never|nicht mal im traum) (schreiben|formulieren|sagen|ausdrücken|texten|posten|kommunizieren|geschrieben|formuliert|gesagt|ausgedrückt|getextet|gepostet)",
      "so (schreibt|formuliert|textet|spricht) (doch|ja)? (bei uns|in unserer branche|heute|heutzutage|hier)? (niemand|keiner|kein mensch|keine sau|kein kunde|keine kundin)",
      "(ich|wir) (würde|würden|würd) (doch|ja)? (nie|niemals|nie im leben) (so|so etwas|sowas|so was) (schreiben|formulieren|sagen|posten|texten)",
    ],
    negatable: false,
    unless: ["(können|könnte|könnten|kann|hinkriegen|hinbekommen|schaffen|toll|super|großartig|genial|klasse|perfekt|begeistert|danke|gefällt|mutig|erfrischend)", "(aber|doch) ... (passt|gut|richtig|genau|gerne|trotzdem)"],
    note: {
      en: "The text does not sound like the client: ask for examples of their voice and rework it within scope.",
      de: "Der Text klingt nicht nach dem Kunden: um Beispiele der eigenen Sprache bitten und im Umfang überarbeiten.",
    },
    examples: {
      flag: ["So würde ich nie schreiben, mit „Game-Changer“ und drei Raketen-Emojis am Ende.", "So schreibt doch in unserer Branche kein Mensch.", "Ich würde nie so etwas posten, das ist nicht mein Stil."],
      pass: ["So würde ich das nie hinkriegen, danke!", "So würde ich das nie formulieren, aber für die junge Zielgruppe passt es genau.", "So würde ich das nie sagen können, super getroffen."],
    },
  },
];

/**
 * Food that was served wrong, for caterers and private cooks: "das Gulasch war für die
 * Hälfte der Gäste viel zu scharf", "die Paradeiser waren noch ziemlich grün". In the past
 * tense only: the present is how a client briefs a menu ("bitte nicht zu scharf").
 */
const FOOD: readonly PhraseRule[] = [
  {
    id: "de.work.dissatisfaction.essen",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 2,
    patterns: [
      "(war|waren|schmeckte|schmeckten) ... (viel|deutlich|etwas|leider|ziemlich|einfach|total|völlig|arg|eindeutig|echt|schon|definitiv)? zu (scharf|salzig|fettig|süß|sauer|zäh|kalt|lauwarm|trocken|wässrig|fad|fade|bitter|knapp|klein|mickrig|durch|roh|matschig|weich|hart)",
      "(war|waren) ... (noch|ziemlich|total|völlig|komplett|teilweise|halb|eiskalt) (grün|roh|hart|gefroren|unreif|tiefgefroren|kalt)",
      "(war|waren|schmeckte|schmeckten) ... (versalzen|verkocht|zerkocht|angebrannt|verbrannt|verdorben|schimmlig|schimmelig|ranzig|pappig|labberig|labbrig|zäh wie leder|wie gummi|nach nichts)",
    ],
    negatable: false,
    requires: ["(essen|menü|speisen|gericht|gerichte|vorspeise|vorspeisen|hauptgang|hauptspeise|nachspeise|nachtisch|dessert|desserts|suppe|soße|sauce|fleisch|fisch|gemüse|salat|salate|kuchen|torte|torten|brot|brötchen|gulasch|braten|schnitzel|paradeiser|tomaten|nudeln|pasta|reis|kartoffeln|erdäpfel|fingerfood|häppchen|canapés|buffet|büffet|portion|portionen|teller|knödel|spätzle|steak|risotto|curry|eintopf|kaffee|getränke|wein|bier|sushi|burger|pizza|würstel|würstchen|semmeln|weckerl|kekse|plätzchen|dips|aufstrich|aufstriche)"],
    unless: ["(restaurant|lokal|kantine|mensa|wirt|wirtin|gasthaus|gasthof|heurigen|beisl|beiz|imbiss|urlaub|ferien|hotel|zuhause|daheim|kantine|lieferdienst|mama|mutter|oma|schwiegermutter)", "(ich|wir) (habe|haben|hab|hatte|hatten) ... (gekocht|gebacken|gemacht|bestellt|zubereitet)", OLD_PROVIDER, THIRD_PARTY, "(letztes|letzten|vorletztes|voriges|vorigen) (jahr|mal)", "(niemand|niemandem|keinem|keiner|kein gast|keinen gast)", "(egal|halb so wild|nicht schlimm|kein problem|kein drama|macht nichts)", "(nicht|keineswegs|gar nicht|überhaupt nicht|kein bisschen|keinesfalls) (zu|allzu)"],
    note: {
      en: "The food was not as it should be: ask what exactly and make it right.",
      de: "Das Essen war nicht, wie es sein sollte: genau nachfragen und es wieder gutmachen.",
    },
    examples: {
      flag: ["Beim Menü für die Firmenfeier waren die Paradeiser in der Vorspeise leider noch ziemlich grün, und das Gulasch war für die Hälfte der Gäste viel zu scharf.", "Die Portionen beim Buffet waren viel zu klein, um neun war nichts mehr da.", "Der Braten war leider ziemlich trocken und die Knödel waren noch halb gefroren.", "Die Suppe war versalzen."],
      pass: ["Das Essen war super, niemandem war es zu scharf.", "Bitte das Curry nicht zu scharf, es kommen auch Kinder.", "Im Urlaub war das Essen viel zu scharf für mich, aber eure Häppchen waren perfekt.", "Letztes Jahr war das Buffet beim anderen Caterer viel zu knapp, deshalb buchen wir euch.", "Die Torte war gar nicht zu süß, genau richtig."],
    },
  },
];

/**
 * "Das Logo gehört oben links hin und nicht in die Mitte": where a part was put, corrected.
 * A rule of its own, so that the same words in a brief for new work ("vorab: …", "bitte
 * so umsetzen") can be left out.
 */
const PLACE = "(in|an|auf|unter|über|neben|nach|ins|ans|aufs|links|rechts|oben|unten|mittig|zentriert|mitten|dorthin|hierhin|daneben|darunter|darüber|dahinter|davor|dazwischen)";
const MISPLACED: readonly PhraseRule[] = [
  {
    id: "de.work.dissatisfaction.gehoert-nicht-dahin",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 1,
    patterns: [
      `${PARTS} ... (gehört|gehören) ... (und|aber|doch)? nicht ${PLACE}`,
      `${FACTS} ... (gehört|gehören) ... (und|aber|doch)? nicht ${PLACE}`,
      `(gehört|gehören) (der|die|das) ${PARTS} ... (und|aber|doch)? nicht ${PLACE}`,
    ],
    negatable: false,
    unless: ["(vorab|künftig|in zukunft|zukünftig|beim nächsten|für das neue|für den neuen|für die neue|für die nächste|für den nächsten|für das nächste|neues projekt|wichtig|beachte|beachten|beachtet|so umsetzen|zur info)", "(gehört|gehören) (uns|mir|ihnen|dir|euch|dem|der|den)"],
    note: {
      en: "A part of the work was put in the wrong place: fix it within scope.",
      de: "Ein Teil der Arbeit sitzt an der falschen Stelle: im vereinbarten Umfang nachbessern.",
    },
    examples: {
      flag: ["Das Logo gehört oben links hin und nicht in die Mitte.", "Die Telefonnummer gehört in die Fusszeile, nicht mitten in den Text.", "Wie oft noch: Der Button gehört unter das Formular und nicht daneben."],
      pass: ["Für das neue Projekt vorab: Das Logo gehört oben links hin und nicht in die Mitte.", "Das Logo gehört uns und nicht der Agentur, Sie dürfen es also verwenden.", "Der Text gehört auf die Startseite und nicht ins Impressum, bitte so umsetzen."],
    },
  },
];

/** "Die Schrift passt für uns irgendwie nicht": a part of the work said not to work for the client. */
const PASST_NICHT: readonly PhraseRule[] = [
  {
    id: "de.work.dissatisfaction.passt-fuer-uns-nicht",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 1,
    patterns: [
      `${PARTS} ... (passt|passen|stimmt|stimmen|funktioniert|funktionieren|sitzt|sitzen|gefällt|gefallen) (für uns|für mich|uns|mir) (leider|irgendwie|so|einfach|noch|ehrlich gesagt|optisch)? (leider|irgendwie|so|einfach|noch)? (gar|überhaupt|einfach|absolut|noch)? (nicht|nicht ganz|nicht so ganz|nicht so richtig|nicht wirklich|noch nicht)`,
    ],
    negatable: false,
    unless: ["(termin|termine|uhrzeit|datum|tag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|woche|zeit|zeitpunkt|slot|call|meeting|angebot|preis|preise|rechnung)", "(alte|alten|alter|früheren|frühere|vorherige|vorherigen|bisherige|bisherigen) (agentur|designer*|website|webseite|seite|logo)"],
    note: {
      en: "A part of the work does not work for them: ask what exactly and fix it within scope.",
      de: "Ein Teil der Arbeit passt für den Kunden nicht: genau nachfragen und im Umfang nachbessern.",
    },
    examples: {
      flag: ["Die Farben im Header passen für uns noch nicht so ganz.", "Das Layout der Startseite funktioniert für mich irgendwie nicht.", "Die Schriftart in den Zwischentiteln passt für mich leider nicht."],
      pass: ["Der Termin am Freitag passt mir leider nicht.", "Die Farben passen für uns perfekt."],
    },
  },
];

/** "In dieser Broschüre sind drei verschiedene Schriften": a piece that does not hold to one style. */
const INCONSISTENT: readonly PhraseRule[] = [
  {
    id: "de.work.dissatisfaction.uneinheitlich",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 1,
    patterns: [
      "(sind|stehen|gibt es|gibt's|finden sich|tauchen|zähle ich|sehe ich|hat es|haben wir) (hier|da|jetzt|plötzlich|auf einmal|insgesamt|allein|alleine)? (gleich)? (#num|zwei|drei|vier|fünf|sechs|sieben|acht) (verschiedene|unterschiedliche) (schriften|schriftarten|fonts|schriftgrößen|schriftschnitte|schreibweisen|grautöne|blautöne|grüntöne|rottöne|farbtöne|zeilenabstände|bildstile|logoversionen|logovarianten|datumsformate|anreden|zitierweisen|aufzählungszeichen|einzüge|abstände)",
    ],
    negatable: false,
    // Choices put to the client and the house style's own set of fonts are no fault.
    unless: ["(zur auswahl|zur wahl|varianten|vorschläge|optionen|welche|welcher|welches|styleguide|style guide|markenhandbuch|festgelegt|vorgesehen|definiert)", "(wir|ich) (nutzen|verwenden|benutzen|hätten gern|hätten gerne|möchten|wollen|brauchen)"],
    note: {
      en: "The work mixes styles it should keep to one of: fix it within scope.",
      de: "Die Arbeit mischt Stile, die einheitlich sein sollten: im Umfang nachbessern.",
    },
    examples: {
      flag: ["Im Jahresbericht sind vier verschiedene Schriftgrößen für die Zwischentitel, das wirkt zusammengewürfelt.", "Allein auf der Startseite zähle ich drei unterschiedliche Blautöne."],
      pass: ["Im Anhang sind drei verschiedene Schriften zur Auswahl, welche gefällt Ihnen?", "Laut Styleguide sind zwei verschiedene Schriften vorgesehen: eine für Titel, eine für Fliesstext."],
    },
  },
];

const BROKEN: readonly PhraseRule[] = [
  {
    id: "de.work.dissatisfaction.funktioniert-nicht",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 2,
    patterns: [
      "(funktioniert|funktionieren|funktionierte|lädt|laden|läuft|laufen|klappt|klappen|öffnet|öffnen|reagiert|reagieren|erscheint|erscheinen|greift|greifen|synchronisiert|zählt|rechnet) ... (nicht|gar nicht|überhaupt nicht|nicht richtig|nicht mehr|immer noch nicht|noch immer nicht|nicht korrekt|falsch)",
      "(kaputt|defekt|fehlerhaft|buggy|verbuggt|zerschossen|abgestürzt|nicht erreichbar|fehlermeldung|error|404|abgeschnitten)",
      "(weiße|weißen|leere|leeren|schwarze|schwarzen) (seite|fläche|bildschirm|screen|kästchen)",
      "(nur|bloß) (fehlermeldungen|kauderwelsch|sonderzeichen|kryptische zeichen|fragezeichen)",
      "(nicht|kaum) (klickbar|anklickbar|lesbar|sichtbar|auffindbar|bedienbar|scrollbar|abspielbar|aufrufbar|druckbar|editierbar|responsive|barrierefrei)",
      "(skaliert|skalieren|lässt sich|lassen sich) (leider|überhaupt|gar)? (schlecht|nicht gut|nicht sauber|kaum|miserabel) (skalieren|verkleinern|vergrößern|drucken)?",
      "(details|feinheiten|linien|schrift|text|konturen) (verschwinden|verschwimmen|verschwindet|verschwimmt|gehen verloren|geht verloren|laufen zu|läuft zu)",
      "(lässt sich|lassen sich) ... (nicht|immer noch nicht|gar nicht|nicht mehr|überhaupt nicht) (absenden|abschicken|öffnen|laden|abspielen|anklicken|bedienen|speichern|herunterladen|ausfüllen|drucken|bearbeiten|installieren|aufrufen)",
      "(nicht|nicht mehr|nicht ganz|überhaupt nicht|gar nicht) (synchron|lippensynchron|im takt|passend zum ton)",
      "(asynchron|zeitversetzt)",
      "(lädt|laden|läd|lud|luden) (leider|gefühlt|bei uns|auf dem handy|mobil)? (ewig|ewigkeiten|eine ewigkeit|zu lange|viel zu lange|extrem lange|ewig lange|minutenlang|quälend lange|elend lange)",
      "(verschickt|versendet|sendet|schickt|speichert|übermittelt|überträgt|zeigt) (leider|immer noch|noch immer|bei mir|bei uns|einfach|gar|überhaupt|auf dem handy|am handy)? (nichts|keine (mails|e-mails|nachricht|nachrichten|daten|anfragen|bestätigung|bestätigungsmail|ergebnisse|bilder|produkte)|nicht ab)",
      // Sent or delivered twice: "Die Push-Nachrichten kommen auf Android immer noch doppelt an".
      "(kommt|kommen|kam|kamen|geht|gehen|ging|gingen|läuft|laufen|poppt|poppen|erscheint|erscheinen) ... (doppelt|zweimal|dreifach|mehrfach|doppelt und dreifach|x-mal|zigmal) (an|raus|hinaus|ein|auf|durch)",
    ],
    requires: ["(animation*|sprecher*|voiceover|voice-over|audio|tonspur|ton|untertitel*|musik|clip|film)", "(push-nachricht*|pushnachricht*|push-benachrichtigung*|benachrichtigung*|notification*|formular*|kontaktformular|seite|website|webseite|link*|button*|shop|checkout|newsletter|menü|slider|plugin|login|video|datei*|export|import|download|skript|code|automation*|zap*|tracking|app|anmeldung|buchung*|buchungsformular|warenkorb|suche|filter|animation|makro|vorlage|template|formel*|tabelle|integration|schnittstelle|weiterleitung|bezahlung|zahlungsmodul|bilder|fotos|galerie|mobil*|handy|iphone|safari|chrome|logo|grafik*|icon*|schrift|größen|druck|ipad|tablet|android|desktop|browser|firefox|edge|spalte|spalten|bildschirm|monitor|display|querformat|hochformat|ansicht)"],
    unless: ["(mein|meine|unser|unsere) (outlook|drucker|rechner|computer|laptop|internet|wlan|telefon|handy|vpn|server|postfach|router)", "(ich|wir) (weiß|wissen|verstehe|verstehen|finde|finden) ... nicht", "(nicht mehr|nie mehr|keine|kein|nirgends mehr) (doppelt|zweimal|dreifach|mehrfach)", "(lieferant|druckerei|hosting|provider|bank|post|hoster|webhoster|ausfall|wartungsarbeiten|wartung)",
      // Cleared of blame in so many words: "lag das an denen, nicht an deinem Code".
      "nicht (an|bei) (dir|ihnen|euch|deinem|ihrem|eurem|deiner|ihrer|eurer|deinen|ihren|euren)",
      // A complaint about whoever built it before: the reason for hiring you, not your fault.
      "(alte|alten|alter|früheren|frühere|früherer|vorherige|vorherigen|vorheriger|bisherige|bisherigen|bisheriger|letzte|letzten|vorige|vorigen|ehemalige|ehemaligen|ehemaliger) (agentur|designer*|designerin|texter*|dienstleister*|anbieter*|webdesigner*|programmierer*|entwickler*|freelancer*|hoster|webmaster)"],
    // "Unser Hoster hatte heute Nacht einen Ausfall": an outage elsewhere explains what the client saw.
    unlessInMessage: ["(hoster|webhoster|hosting|provider|server|rechenzentrum|internetanbieter) (hatte|hat|hatten|haben|meldet|meldete) ... (ausfall|ausfälle|störung|störungen|probleme|wartung|wartungsarbeiten|panne)"],
    negatable: false,
    note: {
      en: "Something you delivered does not work: fix it within scope.",
      de: "Etwas Geliefertes funktioniert nicht: im vereinbarten Umfang beheben.",
    },
    examples: {
      flag: ["Die Push-Nachrichten kommen auf Android immer noch doppelt an.", "Auf dem Tablet ist das Menü rechts abgeschnitten.", "Der Shop lädt auf dem Handy ewig.", "Die Galerie lädt viel zu lange, da springt jeder ab.", "Der Ton ist im zweiten Clip ab der Hälfte nicht mehr synchron.", "Der Newsletter lässt sich in Outlook nicht öffnen.", "Das Logo skaliert schlecht, in kleinen Größen verschwinden die Details.", "Die Seite zeigt auf Safari nur eine weiße Fläche.", "Der Button ist auf dem Handy nicht klickbar.", "Das Kontaktformular funktioniert auf dem iPhone nicht.", "Beim Checkout kommt eine Fehlermeldung.", "Die Seite lädt bei uns immer noch nicht richtig.", "Das Formular auf der Landingpage verschickt leider keine Bestätigungsmail.", "Der Shop zeigt auf dem Handy keine Produkte."],
      pass: ["Die Newsletter kommen jetzt nicht mehr doppelt an, danke!", "Unser Hoster hatte am Wochenende eine Störung. Falls das Formular bei Ihnen nicht funktioniert hat, lag es daran.", "Die Seite war gestern nicht erreichbar, das lag aber am Stromausfall im Büro und nicht an dir.", "Die Seite lädt jetzt superschnell, danke!", "Das Formular lässt sich jetzt problemlos absenden, danke!", "Das Problem lässt sich leider nicht so schnell lösen, sagt unsere IT.", "Mein Drucker funktioniert heute nicht, ich schicke die Unterschrift morgen.", "Alles funktioniert bestens, danke!", "Wir verschicken den Newsletter erst nächste Woche.", "Mit unserer früheren Agentur war der Shop dauernd kaputt, darum freuen wir uns so auf die Zusammenarbeit mit dir."],
    },
  },
];

/**
 * "Der Button muss auch auf dem iPhone funktionieren. Tut er immer noch nicht.": the
 * fault said with a pronoun, the thing named in another sentence of the message.
 */
const STILL_BROKEN: readonly PhraseRule[] = [
  {
    id: "de.work.dissatisfaction.immer-noch-nicht",
    signal: "work.dissatisfaction",
    language: "de",
    severity: 2,
    patterns: [
      "(tut|tun|geht|gehen|klappt|klappen|funktioniert|funktionieren|läuft|laufen) (er|sie|es|das|der|die) (leider|aber|auch|jetzt|bei mir|bei uns|hier|dort|da)? (leider|aber|auch|jetzt)? (immer noch|noch immer|nach wie vor|schon wieder|wieder|weiterhin) nicht",
    ],
    requiresInMessage: ["(muss|müssen|sollte|sollten|soll|sollen|müsste|müssten) ... (funktionieren|gehen|laufen|klappen|klickbar|lesbar|laden|ankommen|angezeigt werden|synchron sein)", "(formular*|kontaktformular|button*|link*|menü|slider|checkout|warenkorb|login|newsletter|shop|plugin|app|video|export|download|weiterleitung|filter|suche|seite|website|webseite) ... (funktioniert|funktionieren|geht|gehen|klappt|lädt|laden|läuft) ... nicht"],
    unless: ["(bei|mit) (dir|ihnen|euch|deinem|ihrem|eurem|deiner|ihrer|eurer)", "(mein|meine|unser|unsere) (outlook|drucker|rechner|computer|laptop|internet|wlan|telefon|handy|vpn|server|postfach|router)", "(geht|gehts|geht's|geht es) (dir|ihnen|euch|ihm|ihr) "],
    unlessInMessage: ["(hoster|webhoster|hosting|provider|server|rechenzentrum|internetanbieter) (hatte|hat|hatten|haben|meldet|meldete) ... (ausfall|ausfälle|störung|störungen|probleme|wartung|wartungsarbeiten|panne)", "(lieferant|druckerei|hoster|webhoster|bank|post|wartungsarbeiten) ... (nicht|immer noch nicht)"],
    negatable: false,
    note: {
      en: "Something you delivered still does not work: fix it within scope.",
      de: "Etwas Geliefertes funktioniert immer noch nicht: im vereinbarten Umfang beheben.",
    },
    examples: {
      flag: ["Der Button muss auch auf dem iPhone funktionieren. Tut er immer noch nicht.", "Das Kontaktformular sollte auf dem Handy funktionieren. Klappt es bei uns leider immer noch nicht."],
      pass: ["Der Button muss auch auf dem iPhone funktionieren. Tut er jetzt, danke!", "Der Shop soll bis Freitag laufen. Klappt es bei dir immer noch nicht mit dem Zugang? Ich schicke dir ein neues Passwort."],
    },
  },
];

/** German work rules. */
export const WORK_RULES: readonly PhraseRule[] = [...DISSATISFACTION, ...CROOKED, ...NOT_MY_VOICE, ...FOOD, ...MISPLACED, ...PASST_NICHT, ...INCONSISTENT, ...BROKEN, ...STILL_BROKEN];
