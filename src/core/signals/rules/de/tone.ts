import type { PhraseRule } from "../../types";
import { ADDRESSED, REPORTED, REQUEST } from "./shared";
import { PILE } from "./capacity";

/**
 * Services the client blames for their own bad day: the caterer, the printer, the shuttle,
 * the host. Contempt for them is no hostility towards you.
 */
const THIRD_PARTY_SERVICE =
  "(catering|caterer|druckerei|hoster|webhoster|lieferant*|spedition|paketdienst|shuttle*|busunternehmen|airline|fluggesellschaft|bahn|vermieter*|handwerker*|behörde|amt|veranstaltungstechnik)";

/** Hostile: insults, contempt, threats (shouting in capitals is a detector of its own). */
const HOSTILE: readonly PhraseRule[] = [
  {
    id: "de.tone.hostile.incompetent",
    signal: "tone.hostile",
    language: "de",
    severity: 3,
    patterns: [
      "(unfähig*|inkompetent*|inkompetenz|dilettant*|stümper*|pfusch*|gepfuscht|amateurhaft*|amateurarbeit|amateurniveau|anfängerniveau|anfängerfehler*|anfängerarbeit|laienniveau|kindergartenniveau|schülerniveau|praktikantenniveau|unterstes niveau)",
    ],
    unless: ["(ich bin|bin ich|wir sind|sind wir|ich war|ich fühle mich|ich komme mir) ... (unfähig|inkompetent|amateurhaft|dilettantisch)"],
    note: {
      en: "An attack on your competence, not a comment on the work.",
      de: "Ein Angriff auf Ihre Kompetenz, keine Rückmeldung zur Arbeit.",
    },
    examples: {
      flag: ["Sind Sie eigentlich völlig unfähig?", "So eine Stümperei habe ich noch nie erlebt.", "So etwas Dilettantisches habe ich selten gesehen.", "Das ist Anfängerniveau.", "Sie sind offenbar unfähig, ein einfaches Briefing umzusetzen.", "So ein dilettantischer Entwurf ist mir noch nie untergekommen.", "Was für ein Pfusch!"],
      pass: ["Ich bin technisch völlig unfähig, haha, kannst du mir helfen?", "Mein Kollege ist ab Montag arbeitsunfähig geschrieben."],
    },
  },
  {
    id: "de.tone.hostile.keine-ahnung",
    signal: "tone.hostile",
    language: "de",
    severity: 3,
    patterns: [
      "(hast|haben) (du|sie) (überhaupt|eigentlich|auch nur|denn|überhaupt eine|irgendeine) (eine|irgendeine)? ahnung",
      "(du hast|sie haben|ihr habt) (ja|wohl|offenbar|offensichtlich|anscheinend|echt|absolut|überhaupt|gar|einfach)? (von)? ... (keine|null|keinerlei|keinen|nicht den geringsten|nicht die geringste) (ahnung|plan|schimmer|blassen schimmer|dunst|gespür|talent|geschmack|sachverstand|fingerspitzengefühl|sprachgefühl|auge)",
      "(sie haben|du hast|ihr habt) (wohl|offenbar|offensichtlich|anscheinend|ja)? (nichts|null|gar nichts|überhaupt nichts) (verstanden|kapiert|begriffen|gelernt)",
      "(kapieren|kapierst|begreifen|begreifst|verstehen|verstehst) (sie|du|ihr) (das|es)? (denn|eigentlich)? (nicht|endlich|überhaupt)",
      "(ob|wissen|weißt) (du|sie|ihr)? (überhaupt|eigentlich|überhaupt noch|auch nur ansatzweise) (weißt|wisst|wissen)? ... was (du|sie|ihr) (da|hier|eigentlich|überhaupt)? (tust|tun|tut|macht|machst|machen)",
    ],
    negatable: false,
    note: {
      en: "Contempt for you as a professional.",
      de: "Verachtung für Sie als Fachperson.",
    },
    examples: {
      flag: ["Manchmal frage ich mich, ob du überhaupt weißt, was du da machst.", "Sie haben offensichtlich keinen Plan, was Sie da tun.", "Sie haben keinerlei Gespür für Design.", "Haben Sie überhaupt Ahnung von Typografie?", "Du hast ja keine Ahnung, wie man ein Logo baut.", "Kapieren Sie das denn nicht?", "Sie haben offenbar nichts verstanden."],
      pass: ["Weißt du schon, was du am Freitag machst?", "Ich habe keine Ahnung, wann die Texte kommen.", "Verstehen Sie das als Vorschlag, nicht als Vorgabe."],
    },
  },
  {
    id: "de.tone.hostile.insult",
    signal: "tone.hostile",
    language: "de",
    severity: 3,
    patterns: ["(idiot|idioten|idiotisch*|vollidiot*|trottel|depp|deppen|dummkopf|schwachkopf|versager*|nichtsnutz|vollpfosten|witzfigur|hohlkopf|stümper)",
      "(sie sind|du bist|ihr seid|sind sie|bist du|seid ihr) (der|die|das|ein|eine|einfach|echt|wirklich|offenbar|offensichtlich|wohl|absolut|total)? ... (unprofessionellste*|unzuverlässigste*|schlechteste*|unverschämteste*|faul|faule*|unprofessionell|unzuverlässig|dumm|dämlich|blöd|deppert|bescheuert|behämmert|beknackt|bekloppt|vertrottelt|begriffsstutzig|schwer von begriff|zu blöd|zu dumm|zu faul|zu fein|eine zumutung|eine katastrophe|ein witz|überfordert|ahnungslos|planlos|nutzlos|unbrauchbar|eine niete|eine null|eine lachnummer)",
      "(unfähig|inkompetent|dumm|blöd) oder (faul|unwillig|beides)",
      "(wer|wenn man) (sich)? (zu fein|zu faul|zu bequem) (ist|sind)"],
    unless: [REPORTED],
    note: {
      en: "Name-calling.",
      de: "Beschimpfung.",
    },
    examples: {
      flag: ["Servus, bist du eigentlich deppert oder tust du nur so?", "Sind Sie eigentlich total bescheuert?", "Sind Sie zu blöd, eine Mail richtig zu lesen?", "Sie sind doch völlig überfordert.", "Sind Sie ein Idiot?", "Welcher Trottel hat das freigegeben, du?", "Das ist idiotisch gelöst.", "Sie sind der unzuverlässigste Dienstleister, den ich kenne.", "Bist du zu faul, das Briefing zu lesen?", "Wer sich zu fein ist, mal ranzugehen, ist hier falsch."],
      pass: ["Bist du eigentlich morgen im Büro oder im Homeoffice?", "Die Bedienung sollte idiotensicher sein.", "Ein Gast hat uns auf Google geschrieben, wir seien Idioten, wie antworten wir am besten?"],
    },
  },
  {
    id: "de.tone.hostile.contempt",
    signal: "tone.hostile",
    language: "de",
    severity: 2,
    patterns: [
      "(grottenschlecht*|grottig*|erbärmlich*|armselig*|lachnummer|unter aller (sau|kanone|würde)|indiskutabel|zum kotzen|schrott|murks|schund|hingerotzt|zusammengeschustert|zusammengestümpert|zusammengeklickt|hingeklatscht|hingepfuscht)",
      "(praktikant*|azubi*|lehrling|schüler*|student*|kind|kinder|neffe|nichte|enkel|sohn|tochter|zwölfjährige*|zehnjährige*|fünfjährige*|affe|laie) ... (zusammengeklickt|zusammengeschustert|hingeklatscht|gebastelt|gekritzelt|gemalt|besser|hinbekommen|hingekriegt|könnte das|kann das|macht das|hätte das|in der mittagspause)",
      "(ist das|war das|das ist|das war) (wirklich|etwa|ernsthaft|tatsächlich|echt)? alles was (sie|du|ihr) (können|kannst|könnt|draufhaben|drauf haben|hinbekommen)",
      "(hast du|haben sie|habt ihr) (das|es|den text|das logo|die seite) (überhaupt|eigentlich|wirklich|tatsächlich) (selbst|selber|persönlich) (gemacht|gestaltet|geschrieben|übersetzt|programmiert|angeschaut|gelesen|geprüft)",
      "(verbockt|vermasselt|versaut|verhunzt|verkackt|in den sand gesetzt|vergeigt|verbaselt)",
      // "Wer hat Ihnen jemals eine Kamera in die Hand gedrückt?": the trade's tool, as if it never belonged in your hands.
      "wer hat (ihnen|dir|euch) (eigentlich|denn|bitte)? (jemals|überhaupt|bitte|ernsthaft) ... (kamera|fotoapparat|pinsel|stift|zeichenstift|tastatur|mikrofon|mikro|schere|laptop|computer|grafiktablett) in die hand (gedrückt|gegeben|gelegt)",
      "(der|die|das|jemand|jemanden|einen|eine|leute) ... (sein|ihr|das|ihr eigenes|sein eigenes) handwerk (versteht|verstehen|beherrscht|beherrschen)",
      "was für eine (dumme|blöde|idiotische|überflüssige|bescheuerte|saudumme) frage",
      "(größte|größter|größten|totale|totaler|absolute|absoluter|reinste|reinster|kompletter|komplette|völliger|völlige) (mist|müll|schrott|schwachsinn|blödsinn|murks|katastrophe|witz|zumutung|unsinn|quatsch|pfusch|dreck|katastrophe)",
      "unter (jeder|aller) kritik",
      "(mit geschlossenen augen|im schlaf|im halbschlaf|besoffen|betrunken|blind|nebenbei beim fernsehen) (gemacht|gestaltet|geschrieben|erstellt|übersetzt|programmiert|fotografiert|designt|zusammengeklickt|gebaut)",
      "(lernen sie|lern|lernt|lernen sie doch) (erst mal|erstmal|mal|zuerst|erst einmal|doch erst mal)? (ihr|dein|euer)? (handwerk|deutsch|rechtschreibung|zuhören|lesen|programmieren)",
      "(sie sind|du bist|ihr seid|das ist|das war) (echt|wirklich|ja|einfach|absolut|wirklich)? das (letzte|allerletzte)",
      "(was|wer) (bilden|bildest|bildet|glauben|glaubst|glaubt) (sie|du|ihr) (sich|dir|euch)? (eigentlich|überhaupt|denn)? (ein|wer (sie|du|ihr) (sind|bist|seid))",
      "(benutz|benutzen sie|benutzt|gebrauch|gebrauchen sie|schalt|schalten sie|schaltet) (doch|mal|einfach)? (einmal|mal|endlich|bitte)? (deinen|ihren|euren|den|dein|ihr|euer) (kopf|verstand|hirn|grips|gehirn)",
      "(händchen|hand) (zu)? halten",
      "(ist|sind|war|waren|wirkt|wirken|einfach|echt|totaler|absoluter|reiner|reinster|kompletter|völliger|nur|wie) (das|es|doch|ja|einfach|echt|wirklich|leider|absolut|völlig|total|schlicht|schlichtweg|einfach nur|ganz einfach|ehrlich gesagt)? (mist|müll|käse|schwachsinn|blödsinn|unsinn|lächerlich|ein witz|ein schlechter witz|eine katastrophe|katastrophal|eine zumutung|zeitverschwendung|geldverschwendung|rausgeschmissenes geld|ein trauerspiel|unterirdisch)",
      "(das|es|dieser entwurf|dieser text|diese arbeit) (ist|war) (doch|ja|echt|wohl|ja wohl)? (ein witz|lächerlich|ein schlechter witz|ein schlechter scherz|ein scherz)",
      "(wird|werde) (mir|einem) (schlecht|übel|speiübel)",
      "(machen|mach|macht) (sie|du|ihr)? (endlich|einfach|mal|gefälligst|doch mal) (ihren|deinen|euren) (job|arbeit)",
      "(hören sie|hör|hört) (endlich)? (auf|damit auf) ... (ausreden|ausflüchte|entschuldigungen|zu jammern|rumzujammern)",
      "(ein|eine|mein|meine|jeder|jedes) (affe|kind|schimpanse|praktikant|praktikantin|azubi|schüler|schülerin|neffe|nichte|fünfjähriger|fünfjährige) ... (besser|hinbekommen|hingekriegt|geschafft)",
      "(sind|bist|seid) (sie|du|ihr) (hier|damit|da)? (offensichtlich|eindeutig|völlig|komplett|total|wohl|klar)? (überfordert|fehl am platz|nicht gewachsen)",
      "(hätte|hätten) (ich|wir) (mal|doch|lieber|besser) (eine|einen|gleich eine|gleich einen) (richtige|richtigen|echte|echten|professionelle|professionellen|vernünftige|vernünftigen) (agentur|designer*|profi|dienstleister*|texter*|fotograf*)",
      "(sollte|sollten|sollen|solltest|sollst) (sich|dich|euch) (was|etwas|mal)? (schämen)",
      // "Hatten Sie gestern zum ersten Mal eine Kamera in der Hand?": the tool of the trade, held for the first time.
      "(hatten|hattest|hattet|haben|hast|habt) (sie|du|ihr) (gestern|heute|da|damals|etwa|vielleicht|eigentlich|überhaupt)? (zum ersten mal|das erste mal|erstmals) (eine|einen|ein) ... (in der hand|in den händen|vor sich|unter den fingern)",
      "(hatten|hattest|hattet|haben|hast|habt) (sie|du|ihr) (überhaupt|eigentlich|jemals|überhaupt jemals|überhaupt schon mal|überhaupt schon einmal|je) (schon mal|schon einmal)? (eine|einen|ein) ... in der hand (gehabt|gehalten)",
      "(ist|sprechen sie|sprichst du|sprecht ihr) (deutsch|englisch) (eigentlich|überhaupt)? (ihre|deine|eure)? (muttersprache|sprache)",
    ],
    unless: [
      // The client's own people, or a wish: "Unser Praktikant hätte das Briefing besser schreiben sollen", "Mein Sohn hätte gern besser gezeichnet".
      "(unser|unsere|mein|meine) (praktikant*|azubi*|lehrling|werkstudent*|auszubildende*) ... (sollen|müssen|gesollt|gemusst)",
      "(gern|gerne) (besser|schöner)",THIRD_PARTY_SERVICE, "unterirdisch* (erreichbar|gelegen|garage|parken|parkplatz|verlegt|leitung*)", "(war|ist) (doch)? nur ein (scherz|witz)", "(ich|wir) (habe|haben|hab|hatte|hatten) ... (verbockt|vermasselt|versaut|verhunzt|vergeigt)", "(sorry|entschuldig*|vielleicht|wahrscheinlich|meine|vorab) ... (dumme|blöde) frage", REPORTED],
    note: {
      en: "Contempt for the work in place of feedback you can act on.",
      de: "Verachtung für die Arbeit statt einer Rückmeldung, mit der Sie arbeiten können.",
    },
    examples: {
      flag: ["Ehrlich, wer hat Ihnen jemals eine Kamera in die Hand gedrückt?", "Wer hat dir überhaupt einen Pinsel in die Hand gegeben?", "Sind Sie eigentlich Fotograf oder hatten Sie gestern zum ersten Mal eine Kamera in der Hand?", "Hast du überhaupt schon mal einen Pinsel in der Hand gehabt?", "Wer Ihnen das beigebracht hat, sollte sich schämen.", "Ist Deutsch eigentlich Ihre Muttersprache?", "Ein Affe hätte das besser hinbekommen.", "Dem Projekt sind Sie offensichtlich nicht gewachsen.", "Hätte ich mal eine richtige Agentur genommen.", "Hören Sie auf, mir Ausreden zu schicken, und machen Sie endlich Ihren Job.", "Hast du das überhaupt selbst gemacht oder deine Praktikantin?", "Ihre Arbeit ist schlicht eine Zumutung.", "Das ist der grösste Mist, den ich je gesehen habe.", "Mein zehnjähriger Sohn hätte das besser hinbekommen.", "Du bist echt das Letzte.", "Der Entwurf ist unterirdisch.", "Das ist doch ein Witz.", "Ehrlich gesagt ist das Müll.", "Die Übersetzung ist unter aller Sau.", "Das sieht aus, als hätte es ein Azubi in fünf Minuten zusammengeklickt.", "Ist das wirklich alles, was Sie können?", "Du hast das komplett vermasselt.", "Was für eine dumme Frage.", "Ich suche mir jemanden, der sein Handwerk versteht."],
      pass: ["Unser Praktikant hätte das Briefing besser schreiben sollen.", "Mein Sohn hätte gern besser gezeichnet, er liebt deine Illustrationen.", "Wer hat dir eigentlich die erste Kamera geschenkt? Dein Vater?", "Unser Sohn hatte gestern zum ersten Mal eine Kamera in der Hand und ist begeistert.", "Hast du schon mal eine Drohne in der Hand gehabt? Wir überlegen, Luftaufnahmen zu machen.", "Der Shuttle-Service vom Flughafen war eine Katastrophe, eine Stunde Verspätung. Ihre Planung war dagegen perfekt.", "Die Druckerei hat echt Murks geliefert, Ihre Daten waren tadellos.", "Sorry für die dumme Frage, aber welches Grau war es?", "Der Parkplatz ist unterirdisch erreichbar.", "Ich habe die Mail an dich vermasselt, sorry, hier nochmal."],
    },
  },
  {
    id: "de.tone.hostile.outrage",
    signal: "tone.hostile",
    language: "de",
    severity: 3,
    patterns: [
      "(frechheit|unverschämt*|sauerei|schweinerei|dreistigkeit|dreist|bodenlos)",
      "(geht's|gehts|geht es) (eigentlich|denn)? noch",
      "(sind|bist|seid) (sie|du|ihr) (noch ganz)? (bei trost|wahnsinnig|verrückt|noch ganz dicht|von allen guten geistern verlassen)",
      "(sie spinnen|du spinnst|ihr spinnt)",
      "was (soll|sollte) (das|der|dieser) (denn|bitte|eigentlich)? (mist|quatsch|scheiß|scheiss|unsinn|blödsinn|schwachsinn)",
      "(das|es|dies) (kann|ist) (ja|doch)? (wohl|doch|jetzt)? (nicht|kaum) (ihr|dein|euer) (ernst|ernst sein)",
      "(ist|war) (das|es) (jetzt|etwa|wirklich)? (ihr|dein|euer) ernst",
      "was fällt (ihnen|dir|euch) (eigentlich|überhaupt|denn)? ein",
    ],
    unless: ["(ich|wir) (will|möchte|wollte|möchten|wollen) (ja)? nicht (unverschämt|dreist|frech)", REPORTED],
    note: {
      en: "Open outrage aimed at you.",
      de: "Offene Empörung, die sich gegen Sie richtet.",
    },
    examples: {
      flag: ["Was fällt Ihnen eigentlich ein, mir so etwas in Rechnung zu stellen?", "Das kann ja wohl nicht Ihr Ernst sein.", "Das ist eine absolute Unverschämtheit.", "Das ist eine bodenlose Frechheit!", "Ihre Rechnung ist unverschämt.", "Geht's noch?", "Sind Sie noch ganz bei Trost?"],
      pass: ["Ich will nicht unverschämt sein, aber gäbe es einen Rabatt?", "Das Angebot ist fair.", "Eine Kundin hat sich bei uns beschwert, die Wartezeit sei eine Unverschämtheit, kannst du eine freundliche Antwort formulieren?"],
    },
  },
  {
    id: "de.tone.hostile.legal-threat",
    signal: "tone.hostile",
    language: "de",
    severity: 3,
    patterns: [
      "(anwalt|rechtsanwalt|anwältin|rechtsanwältin|anwälte|anwaltskanzlei|rechtsabteilung|anwaltlich*|juristen) ... (einschalten|eingeschaltet|einschalte|übergeben|übergebe|weiterleiten|weitergeleitet|hören|prüfen lassen|kümmern|sprechen lassen|melden)",
      "(einschalten|übergeben|weiterleiten|hören) ... (anwalt|rechtsanwalt|anwältin|anwälte|rechtsabteilung)",
      "(rechtliche|rechtlichen|juristische|juristischen|gerichtliche|gerichtlichen) (schritte|konsequenzen|maßnahmen|weg|wege)",
      "(schalte|schalten|schaltet) (ich|wir)? ... (anwalt|rechtsanwalt|anwältin|anwälte|rechtsabteilung|inkassobüro|juristen) ein",
      "(mein|meinen|unser|unseren|meine|unsere) (anwalt|rechtsanwalt|anwältin|rechtsanwältin) (wird|werden|meldet|kontaktiert|schreibt|hört) (sich)? ... (ihnen|dir|euch|bei|melden)",
      "(verklag*|klage (einreichen|erheben)|vor gericht|schadensersatz*|schadenersatz*|abmahnung|abmahnen|anzeige erstatten|inkasso)",
      "(geht|gebe|geben|leite|leiten|gehe|gehen) (das|es|die sache|den fall|alles)? (an|zu) (meinen|meine|unseren|unsere|den|die) (anwalt|anwältin|rechtsanwalt|rechtsanwältin|rechtsabteilung|juristen|inkassobüro)",
    ],
    negatable: false,
    note: {
      en: "A legal threat: step out of the heat and answer in writing, calmly.",
      de: "Eine rechtliche Drohung: aus der Hitze gehen und ruhig schriftlich antworten.",
    },
    examples: {
      flag: ["Wenn ich nicht bis Freitag mein Geld zurückbekomme, geht das an meinen Anwalt.", "Wenn das so weitergeht, schalte ich meinen Anwalt ein.", "Ich werde meinen Anwalt einschalten.", "Sonst sehen wir uns gezwungen, rechtliche Schritte einzuleiten.", "Wir behalten uns Schadensersatzforderungen vor.", "Dann hören Sie von meinem Anwalt."],
      pass: ["Unser Anwalt prüft gerade noch den Vertragsentwurf.", "Die Rechtsabteilung hat die AGB freigegeben."],
    },
  },
  {
    id: "de.tone.hostile.reputation-threat",
    signal: "tone.hostile",
    language: "de",
    severity: 3,
    patterns: [
      "(schlechte|schlechten|negative|negativen|vernichtende|vernichtenden|miese|entsprechende|entsprechenden|ein-sterne|1-sterne|ein-stern|1-stern|null-sterne|einstern*) (bewertung*|rezension*|review*|google-bewertung*)",
      "(öffentlich|überall|allen|in meinem netzwerk|auf linkedin|auf google|in der branche|meinen kontakten) ... (erzählen|warnen|berichten|abraten|publik machen|bekannt machen|weitersagen)",
      "vor (ihnen|dir|euch) (warnen|gewarnt)",
      // "überall eine Bewertung schreiben, damit alle wissen, wie unzuverlässig ihr seid".
      "(öffentlich|überall|allerorts|auf allen kanälen|im netz|im internet) (eine|meine|ausführliche|ehrliche)? (bewertung|bewertungen|rezension|rezensionen|erfahrungsbericht) (schreiben|abgeben|hinterlassen|posten|veröffentlichen)",
      "(damit|dass|sodass) (alle|jeder|jede|jedermann|andere|die ganze welt|die branche|ganz wien|ganz zürich|die ganze stadt|meine kontakte|mein netzwerk) (wissen|weiß|erfahren|erfährt|sehen|sieht|mitbekommen|mitbekommt) ... (unzuverlässig|unfähig|unprofessionell|inkompetent|faul|chaotisch|unseriös|schlampig|dilettantisch|schlecht)",
      "dafür sorgen dass (sie|du|ihr) ... (keine|keinen|nie|nicht) ... (mehr|wieder)",
      "dafür sorgen dass (jeder|jede|alle|die ganze|ganz|man|niemand|keiner|die branche|meine kontakte|mein netzwerk)",
      "(bewertung*|rezension*|review*) ... (die sich gewaschen hat|gepfeffert*|saftig*|vernichtend*)",
      "(auf|in) (jeder|allen|sämtlichen) (plattform|plattformen|portalen|kanälen) ... (bewert*|rezension*|warnen|erzählen)",
      // "auf jeder Bewertungsplattform festhalten, wie unseriös Sie arbeiten": the platforms named as compounds, the verdict spelled out.
      "(auf|in|bei) (jeder|jedem|allen|sämtlichen|allen möglichen) (bewertungsplattform*|bewertungsportal*|bewertungsseite*|portal|plattform|kanal|forum|foren) ... (warnen|abraten|an den pranger stellen|schlecht bewerten|negativ bewerten)",
      "(ich werde|wir werden|werde ich|werden wir|ich werd) ... (festhalten|schreiben|berichten|erzählen|posten|veröffentlichen|dokumentieren|publik machen|öffentlich machen) ... wie (unseriös|unzuverlässig|schlampig|schludrig|unprofessionell|inkompetent|dilettantisch|chaotisch|unverschämt|respektlos|unfähig) ((und|oder) (unseriös|unzuverlässig|schlampig|schludrig|unprofessionell|inkompetent|dilettantisch|chaotisch|unverschämt|respektlos|unfähig))? (sie|du|ihr)",
      "(verband|innung|kammer|handelskammer|arbeiterkammer|gewerbeverband|schlichtungsstelle|ombudsstelle|konsumentenschutz|handwerkskammer|ihk|unternehmerverband|berufsverband|wirtschaftskammer) ... (erfährt|erfahren|melden|informieren|beschweren|beschwerde)",
      "(wird|werden) (das|es)? (ein nachspiel|konsequenzen) haben",
      "(entsprechend|negativ|schlecht|mies|vernichtend|öffentlich) (bewerten|bewertet|beurteilen|rezensieren)",
      "(sie werden|du wirst|ihr werdet) (das|es) (noch)? bereuen",
      "(beschweren|beschwere|melden|melde|beschwerde einreichen|beschwerde einlegen|meldung machen) ... (plattform|upwork|fiverr|malt|freelancermap|twago|kammer|handelskammer|arbeiterkammer|gewerbeverband|schlichtungsstelle|ombudsstelle|konsumentenschutz|handwerkskammer|ihk|verband|innung|verbraucherzentrale)",
      "(bei der|bei|an die) (plattform|upwork|fiverr|malt|freelancermap|kammer|handwerkskammer|ihk|verband|innung|verbraucherzentrale) ... (beschweren|melden|beschwerde)",
      // "eine Beschwerde an die Plattform", "dann gibt's eine Meldung bei der Kammer": the complaint named as a noun (a plain "Meldung" is paperwork).
      "(beschwerde|(gibt's|gibt es|gibts|folgt|kommt|bekommst du|bekommen sie|mache ich|machen wir) ... meldung) (bei|an) (der|die|den|dem)? (plattform|upwork|fiverr|malt|freelancermap|kammer|handelskammer|arbeiterkammer|wirtschaftskammer|handwerkskammer|ihk|verband|berufsverband|innung|verbraucherzentrale|schlichtungsstelle|ombudsstelle|konsumentenschutz)",
    ],
    negatable: false,
    // A review someone else wrote, reported: "Eine Kundin hat heute eine wütende Ein-Stern-Bewertung geschrieben".
    unless: [REPORTED, "(kunde|kundin|kunden|gast|gäste|käufer*|nutzer*|leser*|follower*|patient*|mieter*|jemand|wer|person|leute) (hat|haben|hatte|hatten|hinterließ|schrieb|gab) ... (bewertung*|rezension*|review*|sterne)", "(bewertung*|rezension*|review*) (von|eines|einer|vom) (kunde*|kundin|gast|gästen|käufer*|nutzer*|patient*|mieter*)"],
    unlessInMessage: ["(hat|hatte) (aber|also|natürlich|ja|übrigens)? (nichts|gar nichts|überhaupt nichts) mit (dir|ihnen|euch|deiner arbeit|ihrer arbeit|eurer arbeit) zu tun"],
    note: {
      en: "A threat to your reputation or livelihood.",
      de: "Eine Drohung gegen Ihren Ruf oder Ihre Aufträge.",
    },
    examples: {
      flag: ["Ich werde auf jeder Bewertungsplattform festhalten, wie schludrig Sie mit Ihren Kunden umgehen.", "Wir werden überall berichten, wie unzuverlässig ihr seid.", "Ich werde auf allen Portalen vor Ihnen warnen.", "Noch so ein Patzer, und du bekommst von uns eine 1-Stern-Rezension und eine Beschwerde an die Innung.", "Ich werde das bei der Arbeiterkammer melden, verlassen Sie sich drauf.", "Ich schreibe im Netz eine ausführliche Bewertung, damit jeder weiß, wie unseriös Sie arbeiten.", "Ich sorge dafür, dass die ganze Stadt mitbekommt, wie schlampig ihr arbeitet.", "Ich werde mich bei der Plattform über Ihr Verhalten beschweren.", "Ich werde Sie bei Google entsprechend bewerten.", "Ich werde Sie beim Berufsverband melden.", "Ich werde allen meinen Bekannten von Ihnen abraten.", "Sie können sich auf eine entsprechende Google-Bewertung einstellen.", "Ich werde in meinem Netzwerk davon abraten, mit Ihnen zu arbeiten.", "Das wird Konsequenzen haben.", "Ich werde dafür sorgen, dass du in der Branche keinen Fuß mehr fasst."],
      pass: ["Ich werde auf jeder Plattform schreiben, wie zufrieden wir mit Ihnen sind!", "Wir werden im Newsletter berichten, wie unkompliziert Sie alles umgesetzt haben.", "Auf allen Bewertungsportalen haben wir jetzt fünf Sterne, danke für die neue Website!", "Ein Gast hat uns gestern eine vernichtende Rezension auf Google hinterlassen, weil der Tisch nicht frei war. Das hat nichts mit Ihnen zu tun.", "Wir schreiben Ihnen gerne überall eine Bewertung, Sie waren großartig!", "Unsere Meldung bei der Handelskammer ist durch, das neue Logo steht jetzt im Register.", "Damit alle wissen, wie das neue Kassensystem funktioniert, machen wir am Montag eine Schulung.", "Die Handelskammer hat uns Ihre Adresse gegeben.", "Wir schreiben Ihnen gerne eine Bewertung auf Google!", "Die Konsequenzen für unser Layout besprechen wir morgen."],
    },
  },
  {
    id: "de.tone.hostile.profanity",
    signal: "tone.hostile",
    language: "de",
    severity: 2,
    patterns: [
      "(scheiß*|scheiss*|scheiße|scheisse|beschissen*|verdammt*|verflucht*|kacke|arsch*|verarsch*|verarsche)",
      "(mich|uns) (wohl|doch|hier|eigentlich|ja)? (für dumm|auf den arm|über den tisch) (verkaufen|nehmen|ziehen)",
      "(abzocke|abzocken|abgezockt|abzocker*|betrug|betrüger*|beschiss|halsabschneider*|hinters licht)",
    ],
    negatable: false,
    note: {
      en: "Swearing or an accusation of cheating.",
      de: "Fluchen oder der Vorwurf, betrogen zu werden.",
    },
    examples: {
      flag: ["Ich lasse mich von Ihnen nicht verarschen.", "Wollen Sie mich verarschen?", "Der Entwurf ist echt scheiße.", "Das ist reine Abzocke.", "Sie wollen uns wohl für dumm verkaufen."],
      pass: ["Das Foto vom Archiv ist ein Schatz."],
    },
  },
  {
    id: "de.tone.hostile.dismissive",
    signal: "tone.hostile",
    language: "de",
    severity: 2,
    patterns: [
      "(sie verschwenden|du verschwendest|ihr verschwendet|sie stehlen|du stiehlst) (meine|unsere) zeit",
      "(halt|halten sie|haltet) (die|den) (klappe|mund|rand)",
      "(sparen sie sich|spar dir|spart euch) (ihre|deine|eure|die) (ausreden|erklärungen|entschuldigungen|kommentare)",
      "(ihre|deine|eure|diese) (ausreden|ausflüchte)",
      "danke für nichts",
      "(hast du|haben sie|habt ihr) (ein|irgendein)? problem damit ... (befolgen|lesen|zuzuhören|verstehen|umzusetzen|einzuhalten|arbeiten|machen)",
      "(arbeitsverweigerung|unverfroren*|respektlos*|unterste schublade|sauladen|saftladen|dreckladen|affentheater|lachhaft)",
      "(schlampig*|schluderig*|schlampe*|schlamperei|stümperei|nachlässigkeit)",
      "(sie können|du kannst|ihr könnt) (es|das) (einfach|wohl|offenbar|offensichtlich|halt|eben) nicht",
      "(wie|was) (kann|konnte) man (nur|bloß|denn)? so (blöd|dumm|unfähig|inkompetent|schlampig|nachlässig|unfähig|begriffsstutzig) sein",
      "(reicht's|reicht es|reichts) (mir|uns) (jetzt|endgültig|wirklich|langsam|aber|gewaltig)?",
      "(schnauze|nase|kanal) (gestrichen)? voll",
    ],
    negatable: false,
    note: {
      en: "Dismissive, rude language aimed at you.",
      de: "Abfällige, grobe Worte, die sich gegen Sie richten.",
    },
    examples: {
      flag: ["Was für ein Saftladen.", "Danke für nichts.", "Hast du ein Problem damit, Anweisungen zu befolgen?", "Das ist Arbeitsverweigerung.", "Sparen Sie sich Ihre Ausreden.", "Du verschwendest meine Zeit."],
      pass: ["Bis Montag früh will ich eine fertige Version sehen, keine Ausreden.", "Ich verschwende keine Zeit mit langen Meetings, daher kurz per Mail."],
    },
  },
];

/** Pressure: urgency and control beyond a normal request, ultimatums, chasing. */
const PRESSURE: readonly PhraseRule[] = [
  {
    id: "de.tone.pressure.dringend",
    signal: "tone.pressure",
    language: "de",
    severity: 2,
    patterns: ["dringend*", "(höchste|allerhöchste) dringlichkeit"],
    requires: [ADDRESSED, REQUEST, "(sofort|heute|morgen|asap|muss|müssen|erwarte*|fertig|erledig*)"],
    unless: ["(ändert|ändern) (das|dies|sich)? ... (nichts|nicht) ... (zeitplan|termin|ihnen|dir|euch)", "für uns (ist es)? dringend", "dringend für uns", "(wir|ich) (hatten|hatte|haben|habe|hab) ... dringend*", "dringend* (sitzung|vorstandssitzung|besprechung|meeting|angelegenheit|familienangelegenheit|arzttermin|reparatur|bestellung|fall|problem|notfall)", "(falls|wenn|sollte) (etwas|was|es) ... dringend*", "(in|bei|für) (dringenden|dringende|eiligen) (fällen|angelegenheiten|anliegen|fragen|sachen|dingen|notfällen)", "(etwas|was|alles) dringendes", "(kunde*|kundin*|kundschaft|endkunde*|mieter*|bewohner*|patient*|gast|gäste|intern|interne*|familiär*|privat*|notfall) ... dringend*", "dringend* ... (kunde*|kundin*|mieter*|bewohner*|patient*|gast|gäste|intern|interne*|privat*)",
      // Something else named as the urgent thing: "Dringend ist bei uns gerade nur die Beschwerde eines Mieters".
      "dringend (ist|sind|wäre|wären) (bei uns|hier|für uns)? (gerade|momentan|aktuell|im moment|derzeit|eigentlich)? (nur|bloß|eher|allein|einzig)",
      "(hat|hätte) (mit|nichts mit) (ihnen|dir|euch|ihren|deinen|ihrer|deiner|ihrem|deinem|euren|eurer|eurem) ... nichts zu tun", "(empfehle|empfehlen|rate|raten|abraten) ... dringend", "dringend (empfehlen|empfohlen|abraten|abgeraten|geraten)", "(keine|ohne|kein) (eile|hektik|stress|druck)", "(eilt|pressiert) (nicht|nix|gar nicht|überhaupt nicht)"],
    note: {
      en: "Urgency put on you, without saying why or by when.",
      de: "Dringlichkeit, die auf Sie abgeladen wird, ohne Grund oder Termin.",
    },
    examples: {
      flag: ["Ich brauche das dringend!", "Bitte dringend bis morgen erledigen.", "Es ist sehr dringend, können Sie heute noch liefern?"],
      pass: ["Dringend ist bei uns gerade nur die Beschwerde eines Mieters, das hat mit Ihren Fotos nichts zu tun, die können Sie bis morgen fertig machen oder später.", "Für uns ist es dringend, den Lieferantenvertrag diese Woche abzuschließen, an Ihrem Zeitplan ändert das aber nichts.", "Wir hatten heute früh eine dringende Vorstandssitzung zum Budget, aber alles gut.", "Falls etwas dringend ist, erreichst du Sam.", "Nicht dringend, nur für die nächste Planung.", "Wir hatten einen dringenden Fall bei einem Kunden, deshalb melde ich mich erst jetzt bei Ihnen.", "Das ist wirklich nicht dringend, du kannst dir Zeit lassen.", "Bei uns muss dringend das Dach gemacht werden, darum verschieben wir den Termin, es hat keine Eile.", "Ich bin nächste Woche auf Reisen, bei dringenden Fragen ruf bitte Tobias an."],
    },
  },
  {
    id: "de.tone.pressure.sofort",
    signal: "tone.pressure",
    language: "de",
    severity: 2,
    // A pile of work or the client's own late feedback explains the rush (annotation guide).
    yieldsTo: ["capacity.overload", "reliability.late_feedback"],
    patterns: ["(sofort|umgehend|unverzüglich|schnellstmöglich|schnellstens|auf der stelle|ohne verzögerung|augenblicklich|so schnell wie (möglich|irgend möglich|es geht)|so schnell es geht|asap|a.s.a.p|jetzt gleich|gleich jetzt)"],
    requires: [ADDRESSED, REQUEST, "(will|wollen|soll|sollen|sollte|erwarte*|muss|müssen|braucht|benötigt)"],
    unless: [
      "ab sofort",
      "(sofort|gleich|umgehend) (loslegen|starten|anfangen|beginnen)",
      // The client's own readiness to commit: "Wenn Sie da mitgehen, wären wir sofort im Geschäft".
      "(sofort|gleich|umgehend|direkt) (im geschäft|dabei|einverstanden|handelseins|handelseinig|einig|mit im boot|zusagen|zugesagt|unterschreiben|unterschrieben|buchen|gebucht|beauftragen|beauftragt|zuschlagen)",
      "(sofort|ab sofort) (verfügbar|lieferbar|erhältlich|einsatzbereit|gültig|wirksam)",
      // Someone else's rush, named as theirs: the boss, the tax adviser, the bank.
      "(unser|unsere|mein|meine) (chef|chefin|geschäftsführer*|geschäftsführung|vorstand|it|personalabteilung|hr|ceo|steuerberater*|steuerbüro|buchhalter*|anwalt|anwältin|bank|vermieter*|hausverwaltung|versicherung|lieferant*|druckerei) ... (asap|sofort|umgehend|unverzüglich|schnellstmöglich|schnellstens|so schnell wie möglich|so schnell es geht)",
      REPORTED,
      "(schulung|an alle|intern*|erreichbar|verfügbar|bereitschaft|pikett)",
      "(benachrichtigen|informieren|verständigen|kontaktieren|löschen|vernichten) ... (absender*|nachricht|e-mail|email|mail)",
      "(absender|empfänger|irrtümlich|fälschlicherweise) ... (sofort|umgehend|unverzüglich)",
      "(danke|dank|bedanke|bedanken|dankbar)",
      "(ich|wir) (werde|werden|kümmere|kümmern|leite|leiten|melde|melden|überweise|überweisen|schicke|schicken|gebe|geben|habe|haben|hab|hatte|hatten|rufe|rufen|schaue|schauen|schau|mache|machen|antworte|antworten|lese|lesen) ... (sofort|umgehend|unverzüglich|schnellstmöglich|jetzt gleich|gleich jetzt|so schnell wie möglich|so schnell es geht)",
    ],
    note: {
      en: "A demand for immediate action, without a reason or a date.",
      de: "Eine Forderung nach sofortigem Handeln, ohne Grund oder Termin.",
    },
    examples: {
      flag: ["Bitte sofort alles liegen lassen und das zuerst machen.", "Können Sie das bitte umgehend erledigen?", "Bitte melden Sie sich umgehend bei mir.", "Bitte schicken Sie mir die Dateien sofort.", "Bitte korrigier das umgehend.", "Das muss schnellstmöglich online.", "Brauche die Folien asap."],
      pass: ["Wenn Sie da mitgehen könnten, wären wir sofort im Geschäft.", "Schicken Sie mir den Vertrag, dann unterschreiben wir gleich.", "Danke, dass Sie so schnell reagiert und alles sofort umgesetzt haben!", "Wenn Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte sofort den Absender.", "Ab sofort ist Frau Keller Ihre Ansprechpartnerin.", "Die Anzahlung ist da, Sie können sofort loslegen.", "Ich überweise den Betrag umgehend.", "Meine Bank will die Bilanz schnellstmöglich sehen, das erledige ich aber selbst.", "Ein Kunde hat am Telefon gebrüllt, er will sofort eine Gutschrift, bitte hilf mir bei einer sachlichen Antwort."],
    },
  },
  {
    id: "de.tone.pressure.bis-heute",
    signal: "tone.pressure",
    language: "de",
    severity: 2,
    // A pile of work or the client's own late feedback explains the rush (annotation guide).
    yieldsTo: ["capacity.overload", "reliability.late_feedback"],
    patterns: [
      "bis (heute|spätestens heute|heute spätestens|morgen|spätestens morgen|morgen spätestens) (abend|mittag|nachmittag|vormittag|früh|morgen|um #num|#num uhr|feierabend|dienstschluss|büroschluss|eod|mittags|abends|früh um)",
      "bis (ende des tages|feierabend|dienstschluss|büroschluss|eod|heute eod|gestern|zum ende des tages|tagesende)",
      "spätestens (heute|morgen|bis heute|bis morgen|in einer stunde|in #num stunden|in zwei stunden|um #num|#num uhr|bis #num)",
      "(brauch|brauche|brauchen|bräuchte|bräuchten|will|will ich|wollen wir|möchte|erwarte|erwarten|hätte gern|hätte gerne) ... (heute abend|heute nachmittag|heute mittag|heute noch|noch heute|in einer stunde|in #num stunden|in zwei stunden|vor dem mittag|vor mittag|bis mittag|morgen früh|morgen um #num|morgen #num uhr|bis morgen #num)",
      "(noch heute|heute noch|noch am selben tag|innerhalb (von)? (einer|zwei|drei|einer halben) (stunde|stunden))",
      "(noch)? vor (der mittagspause|dem mittag|mittag|dem mittagessen|feierabend|dienstschluss|büroschluss|ende des tages|heute abend)",
      "(heute|morgen) (bis|spätestens|bis spätestens|vor) (#num uhr|#num|mittag|zwölf|zum mittag|mittags)",
      "(muss|müssen|sollte|sollten|soll) (heute|noch heute|heute noch|bis morgen|morgen früh|sofort|jetzt|morgen um #num|morgen früh um #num|heute um #num|bis morgen um #num) (uhr)? ... (raus|fertig|online|live|erledigt|stehen|vorliegen|da sein|beim kunden|im druck|bei mir|bei uns|auf meinem tisch|in meinem postfach)",
      // "Ausgemacht war Ende Monat, aber ich brauch's jetzt doch bis Mittwoch": the agreed date pulled forward.
      "(brauche|brauch's|brauch|brauchen|bräuchte|bräuchten|benötige|benötigen|muss|müssen|will|wollen) (ich|wir)? ... (jetzt doch|doch schon|doch früher|jetzt schon|nun doch|jetzt bereits|doch bereits|schon früher|leider doch|leider schon) (bis|am|zum|vor|für)? (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|#num|ende der woche|ende dieser woche|diese woche|nächste woche)",
      "(in der nächsten|innerhalb der nächsten|in den nächsten) (stunde|halben stunde|#num stunden|zwei stunden|drei stunden|#num minuten|zwanzig minuten|dreißig minuten)",
      // "Wir hatten Ende Feber ausgemacht, aber kannst du das nicht doch schon bis Montag fertig machen?": the agreed date named, then pulled forward.
      "(ausgemacht|vereinbart|abgemacht|abgesprochen|besprochen|zugesagt|geplant) ... (aber|doch|nur) ... (doch schon|doch früher|schon früher|doch eher|jetzt schon|doch bereits|nicht doch schon|nicht schon|nicht früher|nicht eher) (bis|am|zum|für)? (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|#num|ende der woche|diese woche|nächste woche|anfang nächster woche)",
      "(kannst|könntest|könnt|könntet|können|könnten|schaffst|schafft|schaffen|würdest|würden) (du|sie|ihr) ... (nicht doch|doch schon|nicht doch schon|doch bereits|nicht schon) (bis|am|zum) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|#num|ende der woche|diese woche)",
      // "Die Übersetzung brauche ich bis Mittwoch statt nächsten Freitag": an earlier date put in place of the agreed later one.
      "(brauche|brauch's|brauch|brauchen|bräuchte|bräuchten|benötige|benötigen|muss|müssen|will|wollen|hätte gern|hätte gerne|möchte|möchten) (ich|wir)? ... (bis|am|zum|schon|spätestens) ... (statt|anstatt|anstelle von|und nicht (erst)?) (wie (vereinbart|ausgemacht|besprochen|abgemacht|geplant))? (erst)? (am|bis|zum|in der)? (nächsten|nächste|nächster|übernächsten|übernächste|ende|mitte|in zwei wochen|in drei wochen|in #num wochen|erst|kommenden|kommende)",
    ],
    requires: ["(bauen|erstellen|setzen|richten|ändern|ergänzen|fügen|nehmen|stellen|laden|übernehmen|tauschen|korrigieren|machen) (sie|ihr)", "(bitte|brauch*|bräucht*|benötig*|muss|müssen|musst|müssten|erwarte*|will|wollen|möchte|hätte gern|hätte gerne|fertig|schick*|liefer*|zukommen|vorliegen|haben|erledig*|schaffst|schaffen|schafft|hinbekommen|umsetzen|senden|sendest|abgeben|raus|online|live|da sein|korrigier*|anpass*|überarbeit*|machen|machst|kannst|können|könnten|könntest|kommt|kommen|klappt|klappen)"],
    unless: [...PILE, "(kein|keine|ohne) (stress|eile|druck|hektik)", "umso besser", "(wenn|falls|sofern) (du|sie|ihr|es) ... (doch schon|doch früher|schon früher|doch eher)", "(kurz)? (bescheid geben|bescheid sagen|kurz bescheid|kurze rückmeldung|kurz rückmelden|kurz bestätigen|ob (das|es|dienstag|montag|mittwoch|donnerstag|freitag|der termin) (passt|klappt|geht))", "(ich|wir) (schicke|schicken|sende|senden|melde|melden|überweise|überweisen|gebe|geben|rufe|rufen|kümmere|kümmern|lade|laden|leite|leiten|liefere|liefern|bin|sind) ... (heute|morgen|bis)", "(ich bin|bin ich|wir sind|sind wir|ich|wir) ... (unterwegs|im büro|erreichbar|außer haus|im termin|in meetings|auf reisen|weg)", "(hat|hätte|habe|haben|hast|habt) ... (zeit|keine eile|kein stress)", "(alles|das alles|all das|gesamte|ganze|sämtliche|die ganzen)",
      // The agreed date restated: "das entspricht ja dem, was wir ausgemacht haben", "wie besprochen".
      "(wie|so wie) (besprochen|vereinbart|ausgemacht|abgemacht|abgesprochen|geplant|vorgesehen)", "(entspricht|entsprach|entsprechen) ... (ausgemacht|vereinbart|besprochen|abgemacht|abgesprochen|zeitplan|plan|angebot|offerte)", "(was|wie) (wir|ich) ... (ausgemacht|vereinbart|besprochen|abgemacht|abgesprochen) (haben|hatten)"],
    note: {
      en: "A same-day or overnight deadline set for you.",
      de: "Eine Frist für heute oder über Nacht, die Ihnen gesetzt wird.",
    },
    examples: {
      flag: ["Ausgemacht war zwar Ende Jänner, aber wir bräuchten die Broschüre jetzt doch schon übermorgen.", "Ich weiß, wir hatten Ende Feber ausgemacht, aber kannst du das Video nicht doch schon bis Montag fertig machen?", "Vereinbart war der 20., aber könnten Sie die Texte nicht doch schon bis Freitag liefern?", "Schaffst du die Flyer nicht doch schon bis morgen?", "Die Folien müssen morgen früh um 6 Uhr auf meinem Tisch liegen, egal wie.", "Tauschen Sie die Bilder bis heute Abend aus.", "Ich brauche die Datei in der nächsten Stunde, sonst platzt der Termin.", "Ich brauche die Änderungen spätestens in zwei Stunden.", "Ich brauch das bis morgen früh um 8, sonst ist der Termin geplatzt.", "Das muss bis heute 17 Uhr online sein.", "Bitte bis spätestens 9 Uhr morgen, das ist nicht verhandelbar.", "Ich brauche die Präsentation bis heute Abend.", "Bitte liefern Sie spätestens morgen früh.", "Das muss heute noch raus, schaffst du das?", "Bitte bis morgen 9 Uhr fertig machen.", "Die Offerte muss heute vor 10 bei uns sein.", "Geplant war Mitte Mai, aber wir brauchen die Website jetzt doch schon bis Freitag.", "Besprochen war nächste Woche, ich brauch's aber leider schon bis morgen.", "Die Bilder brauchen wir jetzt bis Dienstag statt Ende nächster Woche.", "Ich bräuchte das Protokoll schon am Montag und nicht erst am kommenden Donnerstag."],
      pass: ["Wir brauchen die Broschüre jetzt doch schon übermorgen, wenn du es schaffst, super, sonst kein Stress.", "Wir hatten Ende März ausgemacht, aber wenn du es doch schon bis Montag schaffst, umso besser, kein Stress.", "Wie ausgemacht liefern wir die Texte bis Montag, du hast dann zwei Wochen Zeit.", "Wir hatten Freitag besprochen, aber nächste Woche reicht auch völlig.", "Sorry für die Kurzfristigkeit, aber ich brauche den Newsletter, drei Landingpages und die Verkaufspräsentation bis morgen Abend.", "Könnten Sie mir heute noch kurz Bescheid geben, ob Dienstag passt?", "Ich schicke Ihnen heute noch die Texte.", "Wir antworten unseren Kunden innerhalb von 24 Stunden.", "Ich bin bis heute Abend unterwegs, melden Sie sich gerne morgen.", "Das hat Zeit bis nächste Woche.", "Wir brauchen die Bilder jetzt doch erst bis Ende Monat, du hast also mehr Zeit.", "Die Skizzen brauchen wir bis Freitag statt nächsten Montag, du hast also etwas mehr Zeit.", "Für den Elternabend bräuchten wir die Flyer morgen bis Mittag, so wie wir es vereinbart haben.", "Die Pläne brauche ich bis morgen Abend, das entspricht ja dem Zeitplan aus Ihrer Offerte."],
    },
  },
  {
    id: "de.tone.pressure.ultimatum",
    signal: "tone.pressure",
    language: "de",
    severity: 3,
    // An offer, not a threat: "oder wir geben es intern weiter, falls du keine Zeit hast, kein Problem".
    unless: ["(falls|wenn|sofern) (du|sie|ihr) (keine zeit|zu viel|gerade zu viel|nicht kannst|nicht können|nicht könnt|ausgelastet|voll)", "kein (problem|stress|druck)"],
    patterns: [
      "(sonst|ansonsten|andernfalls|anderenfalls) (suche|suchen|muss|müssen|werde|werden|schaue|schauen|gehe|gehen|beauftrage|beauftragen|wechsle|wechseln|hole|holen|nehme|nehmen|sehe|sehen|vergebe|vergeben|gebe|geben) (wir|ich) ... (anderen|andere|anderes|woanders|jemand|jemanden|neuen|neue|gezwungen|anderweitig|konkurrenz)",
      "(anderweitig|woanders|an jemand anderen|an jemand anderes|an die konkurrenz) (vergeben|vergebe|beauftragen|geben|gebe|hin|umsehen|suchen)",
      "(vergeben|vergebe|geben|gebe) (wir|ich) ... (anderweitig|woanders|an jemand anderen|an die konkurrenz)",
      "(vergeben|vergebe|geben|gebe|übergeben|übergebe) (wir|ich) (den auftrag|das projekt|den job|die arbeit|es|das|ihn)? an (eine|einen|ein|die|den) (andere|anderen|anderes|neue|neuen|günstigere|günstigeren)",
      "(jemand|jemanden|einen|eine) (anderen|andere|neuen|neue) (dienstleister*|freelancer*|agentur|designer*|texter*|übersetzer*|anbieter*|entwickler*|programmierer*|fotograf*|assistenz|va|grafiker*)? (suchen|beauftragen|finden|holen|nehmen|engagieren)",
      "(suche|suchen|beauftrage|beauftragen|hole|holen|nehme|nehmen|engagiere|engagieren|finde|finden) (wir|ich) (uns|mir)? ... (jemand|jemanden|einen|eine) (anderen|andere|neuen|neue)",
      "(letzte|allerletzte) (chance|gelegenheit|warnung|frist)",
      "sonst (ist|sind|wäre|geht|gehen) (der auftrag|das projekt|der job|der kunde|der deal|die zusammenarbeit|der vertrag) (weg|futsch|vorbei|beendet|verloren|woanders|raus)",
      "(sehen|sähen) (wir|ich) (uns)? gezwungen",
      "(zusammenarbeit|auftrag|vertrag|projekt) ... (beenden|kündigen|einstellen|überdenken|auflösen|entziehen|stornieren|abbrechen)",
      "sonst (kannst du|können sie|könnt ihr|brauchst du|brauchen sie|braucht ihr) (es|das|dir das|ihnen das)? (gleich|auch|ganz)? (lassen|vergessen|sein lassen|gar nicht mehr)",
      "(entweder) ... (oder) (wir|ich) ... (vergeben|vergebe|suchen|suche|beauftragen|beauftrage|holen|hole|nehmen|nehme|gehen|gehe|wechseln|wechsle|schauen|schaue) ... (anderweitig|woanders|anderen|andere|jemand|jemanden|konkurrenz)",
      "(oder|sonst) (wir|ich) (vergeben|vergebe|geben|gebe) (den auftrag|das projekt|den job|die arbeit|es|das)? (anderweitig|woanders|weiter)",
      // "Wenn Ihre Offerte bis morgen Mittag nicht bei uns ist, vergeben wir den Auftrag an das Büro in Winterthur".
      "(wenn|falls|sollte|sollten|sofern) (sie|du|ihr|ihre|ihren|ihrem|deine|deinen|deinem|dein|eure|euren|eurem|euer) ... (nicht|kein|keine|keinen) ... (vergeben|vergebe|geben|gebe|übergeben|übergebe|erteilen|erteile) (wir|ich) (den auftrag|das projekt|den job|die arbeit|das mandat|den zuschlag|es|das|ihn) (an|anderweitig|woanders|weiter)",
      "(wenn|falls|sofern) (ich|wir) ... (nichts|keine antwort|keine rückmeldung|kein angebot|keine offerte) ... (vergeben|vergebe|geben|gebe|übergeben|übergebe|erteilen|erteile) (wir|ich) (den auftrag|das projekt|den job|die arbeit|das mandat|den zuschlag|es|das|ihn) (an|anderweitig|woanders|weiter)",
      // "oder wir geben die Seite einem anderen Entwickler": the work handed to someone else.
      "(oder|sonst|ansonsten|andernfalls|anderenfalls) (wir|ich) (geben|gebe|vergeben|vergebe|übergeben|übergebe|übertragen|übertrage|reichen|reiche) ... (einem|einer|an einen|an eine|an ein) (anderen|andere|anderes|neuen|neue|neues)",
      // "sonst übernimmt unser Inhouse-Team den Account", "sonst machen wir es eben selbst".
      // "Sonst" is also "usually": only with a deadline just before it is it a threat.
      "(bis|spätestens|heute|morgen|übermorgen|sofort|endlich|fertig|stehen|steht|vorliegen|vorliegt|laufen|läuft|online|erledigt) ... (sonst|ansonsten|andernfalls|anderenfalls) (übernimmt|übernehmen|macht|machen|erledigt|erledigen|schreibt|schreiben|gestaltet|gestalten) (das|es|den rest|die arbeit|den job)? (unser|unsere|ein|eine|jemand|das|die|der) ... (inhouse*|intern*|team|kollege*|kollegin*|agentur|anderer|andere|anderen|praktikant*|marketingabteilung|abteilung)",
      "(bis|spätestens|heute|morgen|übermorgen|sofort|endlich|fertig|stehen|steht|vorliegen|vorliegt|laufen|läuft|online|erledigt) ... (sonst|ansonsten|andernfalls|anderenfalls) (übernehmen|übernehme|machen|mache|erledigen|erledige) (wir|ich) (das|es|den rest|die arbeit|den job)? (eben|halt|dann|ab jetzt)? (selbst|selber|intern|inhouse|im haus)",
      // "sonst müssen wir über die Zusammenarbeit reden": the collaboration itself put in question.
      "(sonst|ansonsten|andernfalls|anderenfalls) ... (über die|über unsere|über eure|über ihre|über deine|die) (weitere|künftige)? zusammenarbeit (reden|sprechen|nachdenken|unterhalten|überdenken|überlegen|grundsätzlich|infrage stellen|in frage stellen)",
      // "Wenn ich bis Montag nichts höre, schreib ich eine Bewertung": silence by a date answered with a threat
      // (a plain "wenn ich bis Montag nichts höre, passt es so" is none).
      "(wenn|falls|sollte|sollten) (ich|wir) bis ... (nichts|keine antwort|keine rückmeldung|keine reaktion|kein wort) (höre|hören|bekomme|bekommen|erhalte|erhalten|sehe|sehen) ... (bewertung|rezension|anwalt|anwältin|anderweitig|woanders|jemand anderen|jemanden anderen|konsequenzen|storniere|stornieren|kündige|kündigen|beende|beenden|inkasso)",
      "(wenn|falls|sollte|sollten) ... nicht ... (müssen|werden|sollten|muss|werde) (wir|ich) ... zusammenarbeit (reden|sprechen|nachdenken|unterhalten|überdenken|überlegen|infrage stellen|in frage stellen)",
    ],
    requires: ["(sonst|ansonsten|andernfalls|anderenfalls|wenn|falls|gezwungen|letzte|allerletzte|bis|anderweitig)"],
    negatable: false,
    note: {
      en: "An ultimatum: comply or lose the client.",
      de: "Ein Ultimatum: spuren oder den Auftrag verlieren.",
    },
    examples: {
      flag: ["Wenn Ihre Offerte bis morgen Mittag nicht bei uns ist, vergeben wir den Auftrag an das Büro in Winterthur.", "Falls wir bis Freitag nichts von dir hören, geben wir das Projekt an eine andere Agentur.", "Entweder die Fotos sind bis Freitag retuschiert, oder wir geben den Auftrag einer anderen Fotografin.", "Die Texte brauche ich bis Mittwoch, sonst übernimmt unsere Marketingabteilung das Projekt.", "Bis Ende der Woche muss die Buchhaltung stehen, sonst machen wir es ab jetzt selbst.", "Wenn die Übersetzung bis Montag nicht da ist, müssen wir ernsthaft über die weitere Zusammenarbeit reden.", "Die Seite muss bis Freitag laufen, sonst müssen wir über unsere Zusammenarbeit sprechen.", "Falls wir bis Mittwoch keine Antwort bekommen, vergeben wir das Shooting anderweitig.", "Entweder der Shop läuft bis Montag, oder ich suche mir jemand anderen.", "Bis Freitag muss es stehen, oder wir vergeben das Projekt anderweitig.", "Schick die Dateien heute, sonst kannst du es lassen.", "Bis Freitag, sonst ist der Auftrag weg.", "Wenn das bis Freitag nicht fertig ist, vergeben wir den Auftrag anderweitig.", "Wenn das bis Freitag nicht steht, suchen wir uns jemand anderen.", "Sonst müssen wir uns leider nach einem anderen Anbieter umsehen.", "Das ist Ihre letzte Chance.", "Falls das nicht klappt, werden wir die Zusammenarbeit beenden.", "Wenn die Flyer morgen nicht da sind, geben wir das Projekt an einen anderen Grafiker.", "Klappt das nicht bis Montag, vergebe ich den Job an eine andere Übersetzerin."],
      pass: ["Wenn der Kunde nicht zustimmt, vergeben wir das Projekt an die Druckerei direkt.", "Wenn Sie keine Zeit haben, vergeben wir den Auftrag an ein anderes Büro, kein Problem.", "Oder wir geben das Projekt einem anderen Team intern, falls du keine Zeit hast, kein Problem.", "Entweder wir machen Blau oder Grün, such du aus.", "Wenn ich bis Montag nichts höre, gehe ich davon aus, dass alles passt.", "Die Fotos für die Broschüre übernimmt unsere Marketingabteilung, Sie machen nur die Texte.", "Nach dem Launch würde ich gern über die weitere Zusammenarbeit sprechen, wir sind sehr zufrieden.", "Wir suchen für die Messe zusätzlich einen anderen Fotografen, können Sie jemanden empfehlen?", "Die Zusammenarbeit mit Ihnen macht uns große Freude.", "Sonst übernimmt unser Team die Newsletter wie bisher, du machst nur die Website."],
    },
  },
  {
    id: "de.tone.pressure.ich-erwarte",
    signal: "tone.pressure",
    language: "de",
    severity: 2,
    patterns: [
      "(ich|wir) (erwarte|erwarten) (von (ihnen|dir|euch)|dass (sie|du|ihr)|ihre|deine|eure|umgehend|sofort|bis (heute|morgen|spätestens|#num))",
      "(ich|wir) (bestehe|bestehen) darauf",
      "(ich|wir) (erwarte|erwarten) dass ... (heute|morgen|sofort|umgehend|bis|pünktlich|endlich|sie|du|ihr)",
      "(ich|wir) (erwarte|erwarten) ... (noch heute|heute noch|bis heute|bis morgen|bis spätestens|bis #num|vor der mittagspause|vor mittag|spätestens|umgehend|sofort|sofortige|in einer stunde|morgen früh|vor feierabend)",
      "(keine|ohne) (diskussion|diskussionen|widerrede|wenn und aber|ausrede|ausreden)",
      "(jetzt|sofort) (nicht|und nicht|nicht erst) (morgen|später|nächste woche|irgendwann|übermorgen)",
      "(geh|gehen sie|geht|gehst du) (bitte|dann|da)? (auch)? (ran|ans telefon|ans handy)",
      "(im stundentakt|im minutentakt|alle paar minuten|alle zehn minuten)",
      "stündlich (anrufen|nachfragen|melden|nachhaken|checken|nachsehen|schreiben)",
      "(schon|bereits|eigentlich schon|eigentlich) (längst|gestern|vorgestern|letzte woche) (fertig|da|online|raus|geliefert|erledigt|bei (mir|uns)) (sein)? (müssen|sollen|gemusst)?",
      "längst (fertig|da|online|raus|geliefert|erledigt) (sein)? (müssen|sollen|können)",
      // "Ruf mich an, sobald du das liest": an answer demanded the moment the mail is read.
      "(ruf|rufen sie|ruft|melde dich|melden sie sich|meldet euch|schreib|schreiben sie|antworte|antworten sie) (mich|mir|bei mir)? (bitte|sofort)? (an|zurück)? ... (sobald|sowie|wenn) (du|sie|ihr) (das|dies|diese mail|die mail|diese nachricht|die nachricht|meine mail|meine nachricht) (liest|lesen|lest|gelesen|siehst|sehen|seht)",
      // "wann ich sie habe, auf die Stunde genau": control down to the hour.
      "(wann|bis wann|wie weit|zeitplan|wissen|sagen|melden) ... auf die (stunde|minute|viertelstunde) genau",
      "(auf heißen kohlen|auf glühenden kohlen|die zeit drängt|drängt die zeit|läuft uns davon|läuft die zeit davon|es brennt|brennt die hütte|brennt der baum|brennt es)",
      "(lassen sie|lass|lasst) (alles|alles andere) (andere)? (liegen|fallen|stehen und liegen|stehen|ruhen|beiseite)",
      "alles andere (liegen lassen|stehen und liegen lassen|zurückstellen|beiseitelegen|hintanstellen)",
      "(will|möchte|erwarte|erwarten|wollen) (ich|wir)? (dann|bis dahin|morgen|heute|bis heute abend|bis morgen)? (ergebnisse|resultate|fortschritte|was sehen|etwas sehen|fertige)",
      "(jede|alle) (halbe stunde|stunde|viertelstunde|#num minuten|zehn minuten|fünfzehn minuten|zwanzig minuten|dreißig minuten) ... (nach|nachschauen|nachsehen|melden|prüfen|checken|anrufen|kontrollieren|update|status)",
      "(ich|wir) (verlange|verlangen|fordere|fordern) (von (ihnen|dir|euch)|dass|eine|einen|umgehend|sofort)",
      "(erwarte|erwarten) (ich|wir) (von (ihnen|dir|euch)|eine|umgehend|sofort)",
      "(keine|ohne) (ausreden|ausflüchte)",
      "(hat|haben) (jetzt|ab sofort|absoluten|höchsten)? (vorrang|vorfahrt|priorität)",
      "(ich hoffe|hoffe ich|ich gehe davon aus|ich denke|ich nehme an) (das|dies|es) (ist|war) (jetzt|nun)? (klar|deutlich|verstanden|angekommen|unmissverständlich)",
      "(ist|wäre) (das|dies) (jetzt|nun|so weit|soweit)? (klar|verstanden|angekommen) (oder)?",
      "(das|es) (muss|müsste|hat) (halt|eben|jetzt|schlicht|dann)? (einfach|halt|eben|schlicht) (zu)? (gehen|klappen|drin sein|machbar sein|möglich sein)",
    ],
    unless: ["wenn (unser|unsere|unserer|mein|meine|wir|ich) ... (hätte|hätten|geschickt|geliefert|gegeben|freigegeben|gemacht)", "(erreichbar|verfügbar|bereitschaft|pikett|rufbereitschaft|am telefon|ans telefon)", "(melde|melden|meldet|ruf|rufen|ruft|schreib|schreiben|antworte|antworten) (dich|sie|euch|mich|mir)? (sich)? (gern|gerne|in ruhe|einfach|ganz entspannt)", "(wenn es passt|wenn's passt|wenns passt|keine eile|kein stress)", "(gute|tolle|schöne|super|erfreuliche|gute) (neuigkeiten|nachrichten|news)",
      // The client's own delay owned: "hätte längst fertig sein können, wenn ich die Texte früher geschickt hätte".
      "(wenn|hätte|hätten) (ich|wir) ... (früher|rechtzeitig|schneller|pünktlich)"],
    negatable: false,
    note: {
      en: "A demand in the language of control rather than a request.",
      de: "Eine Forderung im Ton der Kontrolle statt einer Bitte.",
    },
    examples: {
      flag: ["Das sind drei Seiten Text, die hätten längst fertig sein können.", "Melden Sie sich bei mir, sobald Sie diese Mail lesen.", "Ich will wissen, wann die Pläne kommen, und zwar auf die Stunde genau.", "Bitte lassen Sie heute alles andere liegen, das hat jetzt Vorrang.", "Ich will keine Ausreden hören, das muss heute raus.", "Bitte lassen Sie alles andere stehen und kümmern Sie sich zuerst um unsere Seite.", "Ich rufe jetzt im Stundentakt an, bis ich die Dateien habe.", "Das muss bis 14 Uhr bei mir sein, keine Diskussion.", "Ich schaue jede halbe Stunde nach, ob etwas gekommen ist.", "Ich erwarte Ihre Antwort noch heute.", "Ich erwarte, dass das heute erledigt wird.", "Wir bestehen darauf, dass die Änderungen kostenlos sind.", "Ich erwarte eine Antwort bis 15 Uhr.", "Die Fotos gehen morgen in Druck, ich hoffe, das ist jetzt klar.", "Bis Montag muss das Menü stehen, das muss halt einfach klappen."],
      pass: ["Das hätte längst fertig sein können, wenn unser IT-Team die Zugangsdaten geschickt hätte.", "Melde dich, sobald du das liest, wir haben tolle Nachrichten vom Verlag!", "Melde dich gern, sobald du das gelesen hast, dann planen wir den Rest.", "Das hätte längst fertig sein können, wenn ich die Texte früher geschickt hätte, sorry.", "Wir erwarten bis zu 200 Gäste.", "Bitte alles so stehen lassen, das Layout ist perfekt.", "Heute nicht, morgen schon: ich bin ab 9 Uhr im Büro.", "Wir erwarten rund 200 Gäste.", "Wir freuen uns auf Ihre Vorschläge.", "Ich hoffe, das ist so klar formuliert, sonst frag gern nach.", "Das muss einfach sein, der Kunde will immer drei Varianten."],
    },
  },
  {
    id: "de.tone.pressure.gibt-es-neues",
    signal: "tone.pressure",
    language: "de",
    severity: 1,
    patterns: [
      "(gibt es|gibt's|gibts) (schon|schon mal|inzwischen|mittlerweile|endlich|jetzt|denn|da)? (was|etwas|irgendwas) neues",
      "(gibt es|gibt's|gibts) (schon|inzwischen|mittlerweile|endlich|jetzt|denn)? (neuigkeiten|einen neuen stand|ein update|updates|einen zwischenstand)",
      // A plain "Wie ist der Stand?" is a normal question (like "Any update on the logo?"); impatience makes it chasing.
      "(wie|was) (ist|macht) (denn|eigentlich|jetzt|nun) (der|den) (aktuelle|aktuellen)? stand",
      "wie weit (bist du|sind sie|seid ihr) (denn|eigentlich|jetzt|nun|inzwischen|mittlerweile) (mit|damit|schon)?",
      "wo (stehen wir|steht ihr|stehst du|stehen sie|steht das|steht es) (denn|eigentlich|jetzt|gerade)?",
      "ist da (jemand|wer|irgendwer|irgendjemand)",
      "(ich|wir) (hake|haken|frage|fragen|melde|melden) (hier|mal|einfach)? (nochmal|noch einmal|nochmals|erneut|mal wieder) nach",
      // "Ich hake nochmal wegen meiner Mail von gestern nach": nachhaken with the matter in between.
      "(ich|wir) (hake|haken) (hier|mal|einfach)? (nochmal|noch einmal|nochmals|erneut|mal wieder) ... nach",
      "(immer noch|noch immer|bisher|bislang|seitdem|seither) (nichts|keine antwort|keine rückmeldung|kein wort|keine reaktion) (mehr)? von (ihnen|dir|euch) (gehört|bekommen|erhalten|gesehen)",
      "(ich|wir) (wollte|wollten|möchte|möchten|muss|müssen) (mal|nur|nochmal|kurz|noch einmal|einfach)? ... (nachhaken|nachfassen)",
      "wie lange (dauert|braucht|brauchst|brauchen|braucht ihr) (das|es|ihr|du|sie)? (denn|eigentlich|bitte|jetzt)? noch",
      "(frage|frag|schreibe|melde|hake|rufe) (ich|mich)? (jetzt|nun|hier|heute)? ... zum (zweiten|dritten|vierten|fünften|x-ten|wiederholten|zigsten|letzten) (mal|male)",
      "(ich habe|ich hab|wir haben|habe ich|hab ich|haben wir) (jetzt|nun|schon|bereits|inzwischen|mittlerweile)? (#num|zwei|drei|vier|fünf|zweimal|dreimal|viermal|fünfmal|mehrfach|mehrmals|x-mal|zigmal) (mal)? (gefragt|nachgefragt|geschrieben|angerufen|gemailt|erinnert|nachgehakt|angefragt)",
      // "Ick hab dir heute Vormittag schon zwei Nachrichten geschrieben".
      "(habe|hab|haben|hatte|hatten) (ich|wir|ick)? (dir|ihnen|euch) ... (schon|bereits) (zwei|drei|vier|fünf|#num|mehrere|etliche|zig|x) (nachrichten|mails|e-mails|sms|whatsapps|erinnerungen|anfragen|sprachnachrichten|nachrichten auf die mailbox) (geschrieben|geschickt|gesendet|hinterlassen|geschrieben)",
      "(sie hatten|du hattest|ihr hattet) (doch)? (#num|montag|dienstag|mittwoch|donnerstag|freitag|gestern|heute|letzte woche) (gesagt|versprochen|zugesagt|angekündigt)",
      "(zweite|dritte|vierte|fünfte|x-te) (mail|e-mail|nachricht|erinnerung|anruf|versuch) (heute|diese woche|in folge|hintereinander|an diesem tag)",
      // "Das ist heute meine dritte Mail wegen der Vorlage".
      "(das ist|ist das|dies ist|das wäre|wäre das) (heute|jetzt|nun|inzwischen|mittlerweile)? (schon|bereits)? (meine|unsere|die) (zweite|dritte|vierte|fünfte|sechste|x-te|zigste) (mail|e-mail|nachricht|erinnerung|anfrage|nachfrage|anruf|sms)",
      "(meine|unsere) (dritte|vierte|fünfte|sechste|x-te|zigste) (mail|e-mail|nachricht|erinnerung|anfrage|nachfrage|sms) (heute|diese woche|dazu|in dieser sache|wegen|zu|zum|zur|seit)",
      // The asks listed: "Ich habe am Montag, am Dienstag und gestern schon nachgefragt".
      "(ich habe|ich hab|wir haben|habe ich|hab ich|haben wir) ... (und|sowie) (gestern|heute|vorgestern|heute früh|heute morgen|heute mittag|mittags|am montag|am dienstag|am mittwoch|am donnerstag|am freitag|letzte woche) (schon|bereits|auch|auch schon|noch einmal|nochmal|erneut|wieder)? (nachgefragt|gefragt|geschrieben|angerufen|gemailt|erinnert|nachgehakt|angefragt)",
    ],
    // The client chasing someone else: "meine dritte Mail an die Druckerei".
    unless: ["(an|bei|von) (die|den|der|das|dem|unsere|unseren|unserer|unser|meine|meinen|meiner|mein) (druckerei|lieferant*|bank|hoster|hausverwaltung|vermieter*|versicherung|steuerberater*|agentur|behörde|amt|kunden|kundin|zentrale|chef*|post|spedition|handwerker*|stadt|gemeinde|caterer|hotel|location)"],
    // "Gibt es schon was Neues? Es pressiert nicht.": asking with no hurry is not chasing.
    unlessInMessage: ["(keine|ohne|kein) (eile|hektik|stress|druck)", "(eilt|pressiert|drängt|brennt) (also|aber|ja|wirklich|gar|überhaupt|noch)? (nicht|nix|gar nicht|überhaupt nicht|keineswegs)", "(nicht|überhaupt nicht|gar nicht) (dringend|eilig)", "(lass dir|lassen sie sich|lasst euch|nimm dir|nehmen sie sich) (ruhig|gerne|gern)? (zeit|die zeit)"],
    note: {
      en: "Chasing for news before the agreed date.",
      de: "Nachhaken, bevor der vereinbarte Termin da ist.",
    },
    examples: {
      flag: ["Ick hab dir heute Vormittag schon zwei Nachrichten geschrieben und seh immer noch nix.", "Ich habe Ihnen seit Montag bereits drei Mails geschickt.", "Das ist jetzt schon meine vierte Nachricht zu den Untertiteln.", "Ich frage jetzt zum letzten Mal nach den Rohdaten.", "Das ist heute schon die dritte Erinnerung an dich.", "Ich habe letzte Woche, am Montag und heute früh nachgefragt, ob die Grafiken fertig sind.", "Dritte Mail heute: Wo bleibt die aktualisierte Datei?", "Ich habe jetzt dreimal gefragt.", "Wo ist der Entwurf? Sie hatten Dienstag gesagt und jetzt ist Mittwochnachmittag.", "Hallo?? Ist da jemand?", "Wie lange dauert das denn noch?", "Ich frage jetzt zum dritten Mal heute nach dem Stand.", "Gibt's schon was Neues vom Logo?", "Gibt es schon was Neues?", "Wie ist denn der aktuelle Stand?", "Wie weit sind Sie denn mit dem Konzept?", "Ich hake nochmal nach wegen der Folien.", "Wir haken noch einmal zum Angebot von letzter Woche nach.", "Ich schreibe Ihnen erneut, da ich bislang keine Rückmeldung von Ihnen erhalten habe."],
      pass: ["Ich habe dir heute schon zwei Mails mit den Texten geschickt, schau mal, ob alles angekommen ist.", "Das ist heute meine dritte Mail an die Druckerei, die melden sich einfach nicht.", "Meine zweite Frage betrifft die Rechnung: Ist die Mehrwertsteuer schon drin?", "Ich habe die Texte gelesen und gestern schon mit dem Team besprochen, alles gut.", "Ich melde mich, sobald es Neuigkeiten von unserer Seite gibt.", "Gibt's schon was Neues zum Flyer? Lass dir ruhig Zeit, der Druck ist erst im Herbst.", "Wie ist der Stand beim Logo? Keine Eile, nur für meine Planung.", "Wie weit sind Sie mit dem Konzept? Ich plane gerade das Meeting."],
    },
  },
  {
    id: "de.tone.pressure.warte-immer-noch",
    signal: "tone.pressure",
    language: "de",
    severity: 2,
    patterns: [
      "(warte|warten|wartet) (immer noch|noch immer|seit|schon seit|bereits seit|jetzt seit|nun seit|schon|bereits|weiterhin)",
      "(wann|bis wann) (kann|darf|können|dürfen) (ich|wir) (denn)? (endlich|damit|nun)? (damit)? rechnen",
      "wo (bleibt|bleiben) (denn|eigentlich|nur|bitte|endlich|jetzt|nun|eigentlich)",
      "wann (bekomme|kriege|sehe|erhalte|bekommen|kriegen|sehen|erhalten) (ich|wir) (denn)? (endlich|nun|jetzt|mal)",
      "(warum|wieso|weshalb) (dauert|dauern|braucht|brauchst|brauchen|braucht ihr) (das|es|ihr|du|sie|die|der) (denn|eigentlich|bloß|nur|jetzt|bitte)? so (lange|lang|ewig)",
    ],
    unless: [
      "(gespannt|freudig|sehnsüchtig|vorfreude|freuen|neugierig)",
      "(druckerei|lieferant*|spedition|behörde|hoster|zoll|paketdienst|handwerker*)",
      "(auf|von) (unserem|unserer|unseren|meinem|meiner|dem|der|die) (chef|chefin|kunden|kundin|vorstand|geschäftsführ*|druckerei|lieferant*|team|controlling|buchhaltung|bank|anwalt|anwältin|steuerberater*|agentur|behörde|amt|vermieter*|fotograf*|entwickler*|it|hersteller|spedition|post)",
    ],
    note: {
      en: "Chasing, with impatience.",
      de: "Nachhaken, mit Ungeduld.",
    },
    examples: {
      flag: ["Wieso dauert das denn so lange? Es geht um drei kurze Texte.", "Ich warte immer noch auf die Entwürfe.", "Wo bleibt denn die Rechnung für den Kunden?", "Wann bekomme ich endlich die Dateien?", "Wir warten seit Montag auf eine Antwort."],
      pass: ["Warum dauert das bei der Druckerei immer so lange? Ihre Dateien lagen doch pünktlich vor.", "Ich warte noch auf die Zahlen vom Controlling und melde mich dann.", "Wir warten schon gespannt auf die ersten Entwürfe!", "Ich warte seit Montag auf die Freigabe von unserem Vorstand."],
    },
  },
  {
    id: "de.tone.pressure.endlich",
    signal: "tone.pressure",
    language: "de",
    severity: 2,
    patterns: [
      "(wann|bitte|können sie|kannst du|könnten sie|könntest du|würden sie|würdest du) ... endlich ... (liefern|fertig|schicken|senden|melden|erledigen|umsetzen|antworten|reagieren|zurückmelden|machen|korrigieren|anpassen|bekommen|sehen|haben|kommt|kommen|da|online|live)",
      "(bitte|wann) ... (jetzt|nun|mal|doch) endlich",
      "endlich (mal)? (liefern|fertig|schicken|senden|melden|erledigen|umsetzen|antworten|reagieren|zurückmelden|machen|korrigieren|anpassen)",
    ],
    requires: [ADDRESSED, "(wann|bitte)"],
    unless: ["(freu*|froh|schön|toll|super|glücklich|geschafft|danke|erleichtert|endlich urlaub|endlich wochenende|endlich frühling|endlich sommer)"],
    note: {
      en: "Impatience: 'finally' implies you have been too slow.",
      de: "Ungeduld: „endlich“ unterstellt, Sie seien zu langsam.",
    },
    examples: {
      flag: ["Wann ist es denn endlich fertig?", "Bitte liefern Sie jetzt endlich.", "Kannst du dich endlich mal melden?"],
      pass: ["Wir sind endlich umgezogen, bitte notieren Sie die neue Adresse.", "Schön, dass es endlich geklappt hat, danke dir!", "Wir haben endlich einen Namen für das Produkt gefunden."],
    },
  },
  {
    id: "de.tone.pressure.eilt",
    signal: "tone.pressure",
    language: "de",
    severity: 2,
    patterns: [
      "(es|das|die sache|sache) eilt",
      "eilt (sehr|wirklich|total)",
      "(eilauftrag|eilsache|eilig*|zeitdruck|termindruck)",
      "(höchste|allerhöchste|oberste|absolute|top) (priorität|prio)",
      "alles andere (kann|muss|soll|darf) warten",
      "(prio|priorität) (eins|1|a)",
    ],
    unless: ["(ich|wir) (habe|haben|hab|bin|sind) ... (eilig|zeitdruck|termindruck)"],
    note: {
      en: "Rush put on you without a reason or a date.",
      de: "Eile, die Ihnen auferlegt wird, ohne Grund oder Termin.",
    },
    examples: {
      flag: ["Es eilt!", "Das ist eilig, bitte gleich anfangen.", "Das hat oberste Priorität."],
      pass: ["Das eilt nicht, schau es dir in Ruhe an.", "Keine Eile."],
    },
  },
  {
    id: "de.tone.pressure.draengeln",
    signal: "tone.pressure",
    language: "de",
    severity: 1,
    patterns: [
      "(ich|wir) (will|wollen|möchte|möchten) (ja|dich|sie|euch)? (nicht|ungern) (drängeln|drängen|hetzen|stressen|nerven|drängen)",
      // Pulling an agreed date forward: "Bis Freitag können wir nicht warten, wir brauchen es morgen".
      "(bis|auf) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|nächste woche|ende der woche|das wochenende|morgen|übermorgen|dann|ende monat|ende des monats|monatsende|mitte monat|mitte des monats|ende nächster woche|nächsten monat|den #num|#num) (können|kann) (wir|ich) (nicht|keinesfalls|unmöglich|auf keinen fall) (mehr)? warten",
      "(nicht|ungern) (drängeln|drängen|hetzen|stressen) aber",
      "(brauche|brauchen|bräuchte|bräuchten|wollte|wollten) ... (schon|eigentlich|quasi|am besten|idealerweise) gestern",
      "(ich|wir) ... (jede|alle) (halbe stunde|stunde|viertelstunde|zehn minuten|#num minuten|paar minuten|zwei stunden) (nachschauen|nachsehen|reinschauen|rein|nach|vorbei|an|durch|nachfragen|anrufen|checken)",
      "(ich|wir) (schau|schaue|frag|frage|melde|ruf|rufe|check|checke|kontrolliere|schauen|fragen|melden|rufen|checken) ... (jede|alle) (halbe stunde|stunde|viertelstunde|zehn minuten|#num minuten|paar minuten|zwei stunden)",
      // Status reports demanded at short intervals: "Schick mir stündlich einen Zwischenstand".
      "(jede|alle|stündlich|halbstündlich) (halbe stunde|stunde|viertelstunde|zehn minuten|#num minuten|paar minuten|#num stunden|zwei stunden|drei stunden|paar stunden)? (einen|ein|eine|kurz)? (kurzen|kurzes|kurze)? (zwischenstand|update|statusbericht|statusupdate|status|lebenszeichen|screenshot|bericht)",
      "(zwischenstand|update|statusbericht|statusupdate|status|screenshot) (bitte)? (jede|alle) (halbe stunde|stunde|viertelstunde|zehn minuten|#num minuten|paar minuten|#num stunden|zwei stunden|drei stunden|paar stunden)",
      // "damit ich sehe, dass Sie auch wirklich dran sind": reports demanded as proof that you work at all.
      "(damit|sodass|so dass|um zu) (ich|wir)? (sehe|sehen|weiß|wissen|kontrollieren|prüfen|überprüfen|sicher sein) (kann|können)? ... dass (sie|du|ihr) (auch|überhaupt|tatsächlich|wirklich|auch wirklich|auch tatsächlich|auch ja) (dran|daran|dabei|am arbeiten|arbeiten|arbeitest|arbeitet|was tun|etwas tun|was tust|was machen|was machst|fleißig)",
    ],
    negatable: false,
    unless: ["(plugin|software|system|server|backup|automatisch|app|feed|cronjob|synchronisier*)"],
    note: {
      en: "Pressure dressed up as a disclaimer ('not to rush you, but').",
      de: "Druck, als Entschuldigung verpackt („ich will ja nicht drängeln, aber“).",
    },
    examples: {
      flag: ["Schicken Sie mir bitte jeden Mittag einen Zwischenstand mit Screenshots, damit ich sehe, dass Sie auch wirklich dran sind.", "Schick mir täglich ein Foto vom Stand, damit ich weiß, dass du überhaupt was tust.", "Ich melde mich ab jetzt alle zwei Stunden, bis die Seite online ist.", "Schick mir stündlich einen Zwischenstand, bis die Seite läuft.", "Ich will ja nicht drängeln, aber wann kommt der Entwurf?", "Eigentlich brauche ich das schon gestern.", "Auf nächste Woche kann ich nicht warten, ich brauche die Texte morgen.", "Bis Monatsende können wir unmöglich warten, die Messe ist am 10."],
      pass: ["Schicken Sie mir gern einen Screenshot, damit ich sehe, dass das Formular auch wirklich ankommt.", "Ich schicke dir die Zugangsdaten, damit du siehst, dass alles dran ist.", "Die Bahn fährt jede halbe Stunde, ich schau dann bei dir vorbei.", "Kein Druck, mach es wie es für dich passt.", "Das Plugin holt sich alle zwei Stunden automatisch ein Update."],
    },
  },
];

/** Passive-aggressive: veiled reproach, sarcasm, "as I said before". */
const PASSIVE_AGGRESSIVE: readonly PhraseRule[] = [
  {
    id: "de.tone.passive_aggressive.wie-bereits-mehrfach",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 2,
    // "Als hätte ich das nicht schon dreimal erwähnt" is the reproach itself, not its negation.
    negatable: false,
    patterns: [
      "wie (ich|wir) (ihnen|dir|euch|es|das)? (bereits|schon|ja|ja schon|ja bereits|jetzt schon|nun schon) (mehrfach|mehrmals|zweimal|dreimal|wiederholt|öfter|öfters|oft|x-mal|zigmal|#num mal|mehrere male|einige male|so oft)",
      "wie (bereits|schon|ja schon|ja bereits|nun schon|jetzt schon) (mehrfach|mehrmals|zweimal|dreimal|wiederholt|öfter|öfters|oft|x-mal|zigmal|#num mal|unzählige male|ein paar mal|mehrere male|einige male|des öfteren|so oft)",
      "(ich habe|ich hab|hab ich|habe ich|ich hatte|hatte ich|wir haben|haben wir|wir hatten|hatten wir) (es|das|ihnen|dir|euch|bereits|schon|doch|jetzt|nun) ... (mehrfach|mehrmals|zweimal|dreimal|x-mal|zigmal|wiederholt|#num mal|oft genug|so oft|mehrere male|ein paar mal|unzählige male)",
      "(schon|bereits|ja schon|doch schon) (zweimal|dreimal|viermal|mehrfach|mehrmals|x-mal|zigmal|hundertmal|tausendmal|#num mal|oft genug|so oft) (erwähnt|gesagt|geschrieben|erklärt|erbeten|angemerkt|mitgeteilt|betont|gebeten|angesprochen)",
    ],
    note: {
      en: "A reproach for having to repeat oneself.",
      de: "Ein Vorwurf, sich wiederholen zu müssen.",
    },
    examples: {
      flag: ["Ist ja nicht so, als hätte ich das nicht schon dreimal erwähnt.", "Wie ich Ihnen bereits zweimal geschrieben habe, fehlt das Logo.", "Wie bereits dreimal erbeten, bitte die Rechnungsadresse ändern.", "Wie bereits mehrfach erwähnt, brauchen wir das Logo als SVG.", "Ich habe dir das jetzt dreimal geschrieben.", "Wie schon x-mal gesagt: der Claim bleibt."],
      pass: ["Wie besprochen sende ich Ihnen die Unterlagen.", "Ich habe mehrfach in der Agentur nachgefragt, alle sind begeistert."],
    },
  },
  {
    id: "de.tone.passive_aggressive.wie-bereits-gesagt",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 1,
    patterns: [
      "wie (bereits|schon|ja bereits|ja schon) (gesagt|erwähnt|geschrieben|mitgeteilt|angemerkt|erläutert|betont|ausgeführt|erklärt|angekündigt|gebeten)",
      "wie (ich|wir) (ihnen|dir|euch)? (bereits|schon|ja|ja schon|ja bereits) (gesagt|geschrieben|mitgeteilt|erklärt|erwähnt|angemerkt)",
      "(per|gemäß|siehe) (meiner|meine|unserer|unsere) (letzten|letzte|vorherigen|vorherige) (mail|e-mail|email|nachricht)",
      "wie (bereits|schon|ja bereits|ja schon) (im|in der|in unserem|in meiner|beim|bei|am|letzte|letzten|gestern|vorgestern) ... (gesagt|erwähnt|geschrieben|mitgeteilt|angemerkt|erläutert|betont|besprochen|erklärt|festgelegt|vereinbart)",
      "wie (bereits|schon)? in (meiner|unserer|der) (letzten|vorherigen|vorigen|gestrigen|ersten|vorletzten) (mail|e-mail|email|nachricht) (erwähnt|geschrieben|gesagt|mitgeteilt|angemerkt|beschrieben|erklärt|erläutert)?",
      "siehe (meine|unsere) (letzte|vorherige|vorige|letzten|gestrige) (mail|e-mail|email|nachricht)",
      "wie (ich|wir) (ihnen|dir|euch)? (bereits|schon|ja|ja schon|ja bereits) ... (geschrieben|gesagt|erwähnt|mitgeteilt|erklärt|angemerkt|betont|ausgeführt|geschildert|beschrieben) (habe|haben|hatte|hatten)",
    ],
    unless: ["(urlaub|elternzeit|mutterschutz|krank*|abwesend|nicht im büro|umzug|umgezogen|vertretung|vertritt|übernimmt|feiertag*|geschlossen|betriebsferien|neue adresse|neue nummer)", "(bin ich|sind wir|ist er|ist sie|ich bin|wir sind) ... (weg|nicht da|unterwegs|verreist|auf reisen|nicht erreichbar|außer haus|offline)"],
    note: {
      en: "'As I already said': a reminder with an edge.",
      de: "„Wie bereits gesagt“: eine Erinnerung mit Spitze.",
    },
    examples: {
      flag: ["Wie ich bereits in meiner letzten Mail geschrieben habe, soll das Logo größer werden.", "Per meiner letzten Mail: bitte die Farben anpassen.", "Wie schon gesagt, das Logo muss größer.", "Wie schon im Kick-off erwähnt, muss das Formular mobil laufen.", "Wie bereits in meiner letzten Mail erwähnt, fehlt das Impressum.", "Siehe meine letzte Mail."],
      pass: ["Wie gesagt, vielen Dank für die tolle Arbeit!", "Wie besprochen anbei der Vertrag.", "Wie bereits erwähnt, bin ich ab Montag in Elternzeit.", "Wie schon gesagt sind wir nächste Woche verreist, Lena gibt dann frei."],
    },
  },
  {
    id: "de.tone.passive_aggressive.ich-hatte-doch",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 2,
    patterns: [
      "(ich|wir) (hatte|hatten|habe|haben|hab) (ihnen|dir|euch|es|das)? (ihnen|dir|euch|es|das)? (doch|ja|ja doch|doch extra|doch schon|doch bereits|ja bereits|ja schon|doch ausdrücklich|doch klar|doch deutlich) ... (geschrieben|gesagt|erwähnt|mitgeteilt|erklärt|geschickt|gebeten|betont|gesendet|angemerkt|kommuniziert|markiert|vorgegeben)",
      "(hatte|habe|hab) (ich|wir) (ihnen|dir|euch)? (doch|ja) (schon|bereits|extra|ausdrücklich|explizit|klar|deutlich) ... (geschrieben|gesagt|erwähnt|mitgeteilt|erklärt|geschickt|gebeten|betont)",
      "(ich|wir) (hatte|hatten|habe|haben) (ausdrücklich|explizit|extra|klar und deutlich) (darum|um|gesagt|geschrieben|gebeten|erwähnt|betont|darauf hingewiesen)",
      "(das|es) (stand|steht) (doch|ja|doch schon|doch alles|doch klar|alles) (im|in der|in meiner|in unserer) (briefing|mail|e-mail|nachricht|angebot|beschreibung|liste|anleitung)",
      "wie (im|in der|in unserem|in meiner|laut|im ersten) (briefing|angebot|lastenheft|pflichtenheft|styleguide|vertrag|mail|e-mail|kick-off|kickoff|gespräch|telefonat|meeting) (klar|eindeutig|deutlich|ausdrücklich|explizit|unmissverständlich|genau) (beschrieben|geschrieben|festgelegt|vereinbart|definiert|angegeben|gesagt|vermerkt|formuliert|besprochen)",
      "(offenbar|anscheinend|scheinbar|wohl) (ist|sind|wurde|wurden) (meine|unsere|die) (mail|e-mail|nachricht|nachrichten|mails|anmerkungen|korrekturen|hinweise|kommentare) ... (nicht angekommen|untergegangen|übersehen|ignoriert|nicht gelesen|verloren gegangen)",
      "(wäre|wären) (schön|nett|toll|hilfreich|super|prima) (wenn)? (sie|du|ihr) ... (auch|mal|einmal|vielleicht|tatsächlich|auch mal|wenigstens|zumindest) ... (lesen|läsen|beachten|umsetzen|berücksichtigen|antworten|melden|zuhören|einhalten|lesen würden|beachten würden)",
    ],
    unless: ["(urlaub|elternzeit|krank*|abwesend|wieder zurück|umgezogen|neue adresse)"],
    note: {
      en: "'But I told you': reproach for something you supposedly missed.",
      de: "„Ich hatte doch gesagt“: Vorwurf, Sie hätten etwas übersehen.",
    },
    examples: {
      flag: ["Ich hatte Ihnen das ja bereits letzte Woche mitgeteilt.", "Offenbar ist meine Mail vom Montag nicht angekommen.", "Es wäre schön, wenn Sie meine Anmerkungen auch lesen würden.", "Ich hatte doch schon geschrieben, dass wir Blau wollen.", "Das stand doch im Briefing.", "Ich hatte ausdrücklich darum gebeten, den Slogan zu behalten.", "Hab ich dir doch extra geschickt."],
      pass: ["Ich habe dir die Dateien geschickt.", "Ich hatte dir ja geschrieben, dass ich im Urlaub bin, jetzt bin ich zurück."],
    },
  },
  {
    id: "de.tone.passive_aggressive.zum-wiederholten-mal",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 2,
    patterns: [
      "zum (wiederholten|x-ten|xten|zigsten|dritten|vierten|fünften|hundertsten|tausendsten|gefühlt hundertsten|gefühlt zehnten|letzten|3.|4.|5.) (mal|male)",
      "(wie oft|wievielte mal|wie viele male) (muss|soll|müssen|sollen|darf) (ich|wir) (das|es|ihnen|dir|euch)? (denn|eigentlich|noch)? ... (sagen|schreiben|erklären|wiederholen|erwähnen|bitten|erinnern)",
      "(ich wiederhole mich|wiederhole ich mich) (ungern|nur ungern|nicht gern|nicht gerne|da|hier)?",
      "wie oft (ich|wir) (das|es|ihnen|dir|euch)? (denn|eigentlich)? (noch)? ... (sagen|schreiben|erklären|wiederholen|erwähnen|bitten|erinnern) (muss|soll|müssen|sollen)",
    ],
    // "Ich melde mich heute zum dritten Mal", "zum fünften Mal angerufen": chasing (tone.pressure), not a repeated instruction.
    unless: ["(frage|nachfrage|nachfragen|nachhaken|stand|status|update|neuigkeiten|zwischenstand|melde|meld) ... zum", "zum ... (nachfragen|nachhaken|verschieben|verlegen|absagen|verschoben|abgesagt|umziehen|umgezogen|angerufen|anrufe|gemeldet|gemailt|versucht|probiert|nachgefragt)"],
    negatable: false,
    note: {
      en: "Exasperation at having to repeat oneself.",
      de: "Genervtheit, sich wiederholen zu müssen.",
    },
    examples: {
      flag: ["Zum x-ten Mal: Das Logo gehört nach links.", "Wie gesagt, und ich sage es jetzt zum letzten Mal: kein Grün.", "Ich erinnere Sie hiermit zum wiederholten Male an die Dateien.", "Ich weiß nicht, wie oft ich das noch erklären soll.", "Ich schreibe es Ihnen zum wiederholten Mal.", "Wie oft muss ich das denn noch sagen?", "Ich wiederhole mich ungern."],
      pass: ["Wir arbeiten das dritte Jahr zusammen und freuen uns darauf!", "Zum ersten Mal haben wir einen Newsletter.", "Ich melde mich jetzt zum dritten Mal wegen der Rechnung.", "Ich hab dich heute zum vierten Mal angerufen, wo bleibt das Video?"],
    },
  },
  {
    id: "de.tone.passive_aggressive.zur-erinnerung",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 1,
    patterns: [
      "(nur|nochmal|noch einmal|nochmals|mal) (nochmal|noch einmal|nochmals|kurz|so)? zur erinnerung",
      "(ich|wir) (muss|müssen|möchte|möchten|darf|dürfen) (sie|dich|euch) (leider|hiermit|jetzt)? (schon wieder|erneut|nochmals|noch einmal|nochmal|wieder) (daran)? erinnern",
      "(erneute|nochmalige|zweite|dritte|x-te|wiederholte) erinnerung",
    ],
    unless: ["(geschlossen|urlaub|feiertag*|betriebsferien|nicht im büro|abwesend|umzug|neue adresse|neue nummer|termin (am|morgen|heute)|call (am|morgen|heute)|treffen (am|morgen))"],
    note: {
      en: "A pointed reminder that implies you forgot.",
      de: "Eine spitze Erinnerung, die unterstellt, Sie hätten es vergessen.",
    },
    examples: {
      flag: ["Ich muss Sie leider nochmals daran erinnern, dass die Texte seit Montag fällig sind.", "Nur zur Erinnerung, falls es untergegangen ist: die Texte fehlen noch.", "Nur zur Erinnerung: Die Texte sind seit Freitag fällig.", "Ich muss Sie schon wieder daran erinnern, dass das Impressum fehlt.", "Zweite Erinnerung: bitte die Logos schicken."],
      pass: ["Nur zur Erinnerung: Unser Büro ist am Freitag wegen des Feiertags geschlossen.", "Ich habe mir eine Erinnerung im Kalender gesetzt."],
    },
  },
  {
    id: "de.tone.passive_aggressive.schoen-dass-sie-sich-melden",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 2,
    // "Nicht mehr damit gerechnet, dass die Förderung kommt" is glad news, not a jab.
    unless: ["damit gerechnet dass (die|der|das|wir|es|unser|unsere|mein|meine|man)"],
    patterns: [
      "(schön|nett|toll|gut|freut mich|wie schön) dass (sie|du|ihr) (sich|dich|euch)? (auch|doch|endlich) (mal|noch|einmal|schon|wieder)? (meld*|antwort*|zurückmeld*|zeit finden|zeit gefunden|reagier*|blicken lässt|blicken lasst)",
      "(auch schon wach|na endlich)",
      "(sie leben|du lebst|ihr lebt|es gibt sie|es gibt dich|es gibt euch) (ja|also|doch) noch",
      "danke dass (sie|du|ihr) (sich|dir|euch|dich) (dann|nun|endlich|jetzt)? (doch noch|endlich|auch mal) (die zeit|zeit|gemeldet|zurückgemeldet)",
      "(schön|nett|toll|danke|freut mich) (dass)? (sie|du|ihr) ... (auch mal|auch einmal|endlich|doch noch|überhaupt noch|auch noch|nun auch) (wieder)? (meld*|antwort*|zurückmeld*|reagier*|blicken)",
      "na (toll|super|klasse|prima|wunderbar|großartig|herrlich|bravo|danke|vielen dank|spitze)",
      "(freut mich|schön|toll|gut|nett) (dass)? (sie|du|ihr) (es|das)? (doch noch|dann doch|dann doch noch|endlich|auch mal|überhaupt) (geschafft|hinbekommen|gefunden|erledigt|gemeldet|geantwortet)",
      "(schön|nett|toll|gut|freut mich|wie schön) dass (sie|du|ihr) (auch|doch|endlich) (mal|noch|einmal|wieder)? ... (zeit|findest|finden|findet|schaffst|schaffen|schafft|meldest|melden|meldet|antwortest|antworten|antwortet)",
      "(toll|super|klasse|prima|wunderbar|großartig|herrlich|spitze) (wieder|schon wieder|noch eine|noch ein|noch mal|wieder mal|wieder einmal) ... (verloren|verschenkt|vergangen|verzögerung|woche|tag|tage|monat|verschoben|verpasst|umsonst)",
      "(danke|schön|toll|nett|super|wow|immerhin|prima) ... nach (nur|gerade mal|bloß|schlappen|knappen) (zwei|drei|vier|fünf|sechs|sieben|acht|zehn|#num) (tagen|wochen) (schon)? (zurückmeld*|meld*|antwort*|reagier*|gemeldet|geantwortet|reagiert|zurückgemeldet|zurückgeschrieben)",
      // "Danke, dass es nur drei Tage gedauert hat, bis eine Antwort kam": the wait thanked for as if it were quick.
      "(nur|bloß|gerade mal|schlappe|knappe) (einen|eine|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|#num|ein paar) (ganzen|ganze)? (tag|tage|woche|wochen|stunden) gedauert (hat|haben)? (bis)? (eine|ihre|deine|eure|die|zur|zu einer)? (antwort|rückmeldung|reaktion|rückruf)",
      "(oh|ah|ach|na|sieh an|siehe da|schau an|schau schau|endlich) (ein|mal ein)? lebenszeichen",
      "lebenszeichen von (ihnen|dir|euch)",
      // "Schön, dass Sie nach neun Tagen auch wieder zu erreichen sind. Ich hatte schon überlegt, eine Vermisstenanzeige aufzugeben."
      "(schön|nett|toll|gut|freut mich|wie schön|danke) (dass)? (sie|du|ihr) nach ... (tagen|wochen|monaten) (auch|endlich|auch mal|doch noch|überhaupt noch|nun auch) (wieder)? (zu erreichen|erreichbar|auftauchen|aufgetaucht|auftauchst|da|online)",
      "(schön|nett|toll|gut|freut mich|wie schön|danke) (dass)? (sie|du|ihr) ... (auch mal|endlich|doch noch|überhaupt noch|nun auch|auch mal wieder) (wieder)? (zu erreichen|erreichbar|auftauchen|aufgetaucht|auftauchst)",
      "(vermisstenanzeige|vermisstmeldung|suchtrupp|suchmannschaft|suchmeldung|bergrettung) (aufgeben|aufzugeben|aufgegeben|starten|losschicken|rausgeben|schicken|alarmieren)",
      "(hatte|hätte|hab|habe|hatten|haben) (ja|schon|echt|ehrlich gesagt)? (fast|gar|kaum)? nicht mehr (damit|mit (ihnen|dir|euch|einer antwort|ihrer antwort|deiner antwort|eurer antwort)) gerechnet",
    ],
    note: {
      en: "Sarcasm about how long you took.",
      de: "Sarkasmus darüber, wie lange Sie gebraucht haben.",
    },
    examples: {
      flag: ["Schön, dass Sie nach neun Tagen auch wieder zu erreichen sind.", "Ich hatte schon überlegt, eine Vermisstenanzeige aufzugeben.", "Schön, dass du dich nach zehn Tagen auch mal wieder meldest.", "Toll, dass Sie nach gerade mal zwei Wochen antworten.", "Schön, dass du auch mal Zeit für uns findest.", "Toll, wieder eine Woche verloren.", "Na toll.", "Danke, dass du dich nach drei Tagen auch mal meldest.", "Schön, dass Sie sich auch mal melden.", "Na endlich.", "Ach, du lebst ja noch!", "Danke, dass du dir doch noch die Zeit genommen hast.", "Super, hat ja nur eine Woche gedauert bis zur Antwort.", "Sieh an, ein Lebenszeichen von Ihnen.", "Hatte ehrlich gesagt gar nicht mehr mit Ihrer Antwort gerechnet."],
      pass: ["Schön, dass du nach drei Wochen Urlaub wieder erreichbar bist, wie war es?", "Schön, dass du dich wieder meldest, wie war der Urlaub?", "Danke, dass du das in nur drei Tagen geschafft hast!", "Schön, dass Sie sich gemeldet haben, wir freuen uns auf das Projekt.", "Schön, dass du dich meldest!", "Die Lieferung hat nur zwei Tage gedauert, super.", "Kurzes Lebenszeichen aus dem Urlaub: Alles gut hier!", "Wir hatten schon nicht mehr damit gerechnet, dass die Förderung kommt, umso schöner!"],
    },
  },
  {
    id: "de.tone.passive_aggressive.mehr-erwartet",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 2,
    patterns: [
      "(hätte|hätten) (ich|wir|mir|uns) ... (mehr|besseres|etwas besseres|anderes|etwas anderes) ... (erwartet|erhofft)",
      "(ich|wir) (hätte|hätten) (mir|uns)? (ehrlich gesagt|ehrlich|eigentlich|schon|wirklich|ja|doch|da|offen gesagt)? (mehr|etwas mehr|deutlich mehr|viel mehr|ein bisschen mehr|ein wenig mehr|besseres|etwas besseres|anderes|etwas anderes) ... (erwartet|erhofft)",
      "(hätte|hätten) (ich|wir) (mir|uns)? (von (ihnen|dir|euch|einem profi|einer profi|einer agentur|(jemandem|jemand|einem profi|einer agentur|einem dienstleister|einer dienstleisterin) (mit|von) (ihrer|deiner|eurer|so viel|solcher|dieser|der) (erfahrung|expertise|routine)))? (ehrlich gesagt|eigentlich|schon|wirklich|ja|doch)? (mehr|etwas mehr|deutlich mehr|viel mehr|ein bisschen mehr|ein wenig mehr|besseres|anderes|etwas anderes) ... (erwartet|erhofft)",
      "von (einem profi|einer profi|einer fachfrau|einem fachmann|jemandem mit (ihrer|deiner) erfahrung|einer agentur|ihnen|dir) (hätte|hätten) (ich|wir) ... (erwartet|gedacht|erhofft)",
      // "Von einem Dienstleister hätte ich eigentlich erwartet, dass er abends auch mal ins Postfach schaut."
      "von (einem|einer) (dienstleister|dienstleisterin|freelancer|freelancerin|freiberufler|freiberuflerin|selbstständigen|selbständigen|designer|designerin|texter|texterin|übersetzer|übersetzerin|fotograf|fotografin|entwickler|entwicklerin|experten|expertin|spezialisten|spezialistin|grafiker|grafikerin|anbieter|anbieterin|büro) (hätte|hätten) (ich|wir) ... (erwartet|gedacht|erhofft|vorausgesetzt)",
      // "Merci für die ausführliche Antwort in zwei Zeilen": praise for length, undone by the count.
      "(ausführlich*|umfassend*|detailliert*|erschöpfend*|ausgiebig*|gründlich*) (antwort|rückmeldung|mail|e-mail|nachricht|update|erklärung|stellungnahme|feedback) (in|mit|aus|von) (einer|einem|zwei|drei|vier|fünf|#num|knapp|knappen|ganzen|ganze|sage und schreibe) (ganzen)? (zeilen|zeile|sätzen|satz|wörtern|worten|wort)",
      "(ich|wir) (hätte|hätten) (schon|eigentlich|ehrlich gesagt)? erwartet dass",
      "(ich|wir) (hatte|hatten) (eigentlich|ehrlich gesagt|schon|ja) (erwartet|vorausgesetzt|angenommen) dass",
      "(hoffe|hoffentlich|hoffen) ... (jetzt|nun|diesmal|endlich) (klar|verständlich|deutlich|angekommen)",
      "(sollte|müsste|wäre) (eigentlich|doch|ja) (selbstverständlich|klar|standard|das mindeste)",
      "(eigentlich|doch) selbstverständlich",
      "(man kann|kann man) (ja|eben|halt)? nicht alles haben",
      "(schon|ja|ja schon|echt|wirklich|wieder) (bemerkenswert|beeindruckend|erstaunlich|faszinierend|bewundernswert) ... (wie|dass)",
      "(danke|vielen dank|merci) (auch)? für (ihre|deine|eure) (mühe|geduld|aufmerksamkeit)? ... (nach|erst nach) (einer|zwei|drei|#num) (woche|wochen|tagen|erinnerungen|mails)",
      "(wieder einmal|schon wieder|mal wieder|wie immer|wie üblich|wie gewohnt) ... (in letzter minute|last minute|kurz vor knapp|auf den letzten drücker|zu spät|verspätet|unvollständig)",
      "(dann|na dann) (machen|mach|erledigen|mache|erledige) (wir|ich) (es|das|den rest) (eben|halt|wohl|dann eben|dann halt) (selbst|selber|allein|alleine)",
      "(dann|na dann|also) (machen|mache|erledigen|erledige|schreiben|schreibe|korrigieren|korrigiere|übernehmen|übernehme) (wir|ich) ... (eben|halt|wohl) (wieder|nochmal)? (selbst|selber)",
      "(nichts anderes|nicht anders|nichts besseres|nichts weiter) (erwartet|gewohnt)",
      "(schön|toll|nett|super|wunderbar) (wenn|wenn's|wenns) ... (irgendwann|auch mal|endlich|dann auch mal|dann auch)",
      "(hoffe|hoffentlich|hoffen) ... (deutlich|klar|verständlich|eindeutig) genug",
      "(war|ist) das (jetzt|nun)? (deutlich|klar|verständlich) genug",
      "so ist (das|es) (wohl|eben|halt|nun mal) (heutzutage|heute|bei ihnen|bei dir|bei euch|mit (ihnen|dir|euch))",
      "(interessant|spannend|komisch|seltsam|merkwürdig|erstaunlich|witzig|lustig) (dass|wie) ... (andere|anderen|allen anderen|sonst immer|sonst|immer klappt|bei anderen)",
      "(danke|vielen dank|besten dank) für die (prompte|schnelle|rasche|blitzschnelle|zügige|zeitnahe) (reaktion|antwort|rückmeldung|lieferung|bearbeitung) ... (nach|erst nach) (einer|zwei|drei|vier|#num|nur) (woche|wochen|tagen|monat|monaten)",
      // "Danke für das ausführliche Update, alle drei Wörter davon": praise for length, undone by the count.
      "(ausführlich*|umfassend*|detailliert*|erschöpfend*|ausgiebig*|gründlich*|aufschlussreich*) ... (alle|ganze|ganzen|satte|stolze|sage und schreibe) (zwei|drei|vier|fünf|#num) (wörter|worte|zeilen|sätze|wort|zeile|satz) (davon|lang|umfassend)?",
      "(alle|ganze|satte|stolze) (zwei|drei|vier|fünf|#num) (wörter|worte|zeilen|sätze) davon",
      "(noch|denn noch|eigentlich noch) (deutlicher|klarer|einfacher|verständlicher) (formulieren|sagen|ausdrücken|schreiben|erklären|machen)",
      "(danke|vielen dank|merci|besten dank) für (die|ihre|deine|eure) (antwort|rückmeldung|reaktion|mail|nachricht|lieferung) (nach|erst nach) (nur|gerade mal|gerade einmal|ganzen|knapp|schlappen)? (#num|zwei|drei|vier|fünf|sechs|sieben|einer|ein paar|einigen)",
    ],
    note: {
      en: "Disappointment in you, phrased as a reproach.",
      de: "Enttäuschung über Sie, als Vorwurf formuliert.",
    },
    examples: {
      flag: ["Merci vielmals für die ausführliche Antwort in zwei Zeilen, das hat mir enorm weitergeholfen.", "Von einem Dienstleister hätte ich eigentlich erwartet, dass er abends auch mal ins Postfach schaut.", "Ehrlich gesagt hätte ich mir von jemandem mit Ihrer Erfahrung etwas mehr Eigeninitiative erwartet.", "Merci vielmal für das ausführliche Update von gestern, alle drei Wörter davon.", "Danke für die detaillierte Rückmeldung, ganze zwei Zeilen lang.", "Passt schon, dann mache ich die Bildunterschriften eben wieder selbst, wie letztes Mal.", "Danke für die Antwort nach nur drei Tagen.", "Ich hatte eigentlich erwartet, dass das selbstverständlich ist.", "Ich hoffe, das ist jetzt klar.", "Super, danke, dass Sie wieder einmal alles in letzter Minute schicken.", "Tja, dann machen wir es eben selbst.", "Ich hätte mir von Ihnen mehr Zuverlässigkeit erwartet.", "Aber gut, man kann ja nicht alles haben.", "Interessant, dass das bei anderen Dienstleistern immer klappt.", "Ehrlich gesagt hätte ich mehr erwartet.", "Nach all den Jahren hätte ich mir etwas mehr Entgegenkommen erwartet.", "Keine Ahnung, wie ich es noch deutlicher formulieren soll.", "Von einem Profi hätte ich mir etwas anderes erwartet.", "Das sollte eigentlich selbstverständlich sein.", "Ich hätte erwartet, dass du die Bilder vorher prüfst."],
      pass: ["Danke für die ausführliche Antwort mit zwei Beispielen, sehr hilfreich.", "Danke für das ausführliche Update, sehr hilfreich!", "Der neue Slogan hat nur drei Wörter, genau so wollten wir das.", "Das Ergebnis ist besser als erwartet!"],
    },
  },
  {
    id: "de.tone.passive_aggressive.uebersehen",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 2,
    patterns: [
      "(falls|wenn|sofern|vielleicht|offenbar|anscheinend|scheinbar|wohl) (sie|du|ihr) (meine|die|unsere|meinen|den) (letzte|letzten|vorherige|vorherigen|vorige|gestrige)? (mail|e-mail|email|nachricht|anmerkung|anmerkungen|korrekturen|kommentar|kommentare|hinweis) ... (übersehen|überlesen|nicht gelesen|ignoriert|vergessen)",
      "(sie haben|du hast|ihr habt) ... (offenbar|anscheinend|scheinbar|wohl|wieder|schon wieder) ... (übersehen|überlesen|ignoriert|nicht gelesen)",
      "(lesen|liest|lest) (sie|du|ihr) (eigentlich|überhaupt|auch|denn|eigentlich auch) (meine|unsere|die) (mails|e-mails|emails|nachrichten|anmerkungen|kommentare|briefings)",
    ],
    negatable: false,
    note: {
      en: "A hint that you don't read or listen.",
      de: "Eine Andeutung, Sie würden nicht lesen oder zuhören.",
    },
    examples: {
      flag: ["Falls Sie meine letzte Mail übersehen haben: das Logo fehlt.", "Sie haben offenbar meine Anmerkungen wieder überlesen.", "Lesen Sie eigentlich meine Mails?"],
      pass: ["Ich habe Ihre Mail leider übersehen, sorry!"],
    },
  },
  {
    id: "de.tone.passive_aggressive.so-schwer",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 2,
    patterns: [
      "(ist|war) (das|es) (denn|wirklich|echt|tatsächlich|eigentlich)? (so|wirklich so|echt so|denn so) (schwer|schwierig|kompliziert)",
      "was (ist|war) (daran|da) (denn)? so (schwer|schwierig|kompliziert)",
      "(kann|könnte) (doch|ja|wohl|eigentlich) (nicht|nicht so) (so)? (schwer|schwierig|kompliziert) sein",
    ],
    negatable: false,
    note: {
      en: "'How hard can it be?': belittling you and the work.",
      de: "„Ist das so schwer?“: Sie und die Arbeit werden kleingeredet.",
    },
    examples: {
      flag: ["Ist das denn so schwer?", "Was ist daran so schwierig?", "Das kann doch nicht so schwer sein."],
      pass: ["Ist es sehr schwer, die Schrift zu tauschen, oder geht das schnell?"],
    },
  },
  {
    id: "de.tone.passive_aggressive.diesmal",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 2,
    // Sarcasm keeps its sting after "kein Problem, …".
    negatable: false,
    patterns: [
      "(diesmal|dieses mal|dieses mal bitte|diesmal bitte|ausnahmsweise|wenigstens|zumindest|bitte diesmal) (bitte)? (richtig|korrekt|ordentlich|pünktlich|vollständig|rechtzeitig|fehlerfrei|sorgfältig|termingerecht|mal pünktlich|mal richtig)",
      "hoffentlich (diesmal|dieses mal|klappt es diesmal|klappt es dieses mal)",
      "(diesmal|dieses mal|künftig|in zukunft|nächstes mal|beim nächsten mal) (etwas|ein bisschen|ein wenig|bitte)? (genauer|gründlicher|sorgfältiger|aufmerksamer)",
      "(diesmal|dieses mal) ... (hinbekommen|hinkriegen|hinbekommst|hinkriegst|schaffen|schaffst|klappt|gelingt)",
      "(auf einmal|plötzlich) (geht|klappt|funktioniert|kann man|können sie|kannst du|ist) ... doch",
      "(bin|sind) (ja|ich ja|wir ja)? (mittlerweile|inzwischen|ja schon|schon)? (einiges|so einiges|nichts anderes|es ja) (von (ihnen|dir|euch))? gewohnt",
      "(an die|an unsere|an das|an den|an eure|an ihre) (absprache*|vereinbarung*|briefing|termin*|deadline*|vorgabe*|frist*|zeitplan|abmachung*) (halten|hielten|halten würden|halten würdest|halten könnten|halten könntest)",
      "wie (immer|üblich|gewohnt) (zu spät|verspätet|unpünktlich|fehlerhaft|unvollständig)",
      "(buchstabiere|buchstabieren|erkläre|erklären|sage|sagen|schreibe|schreiben) (ich|wir) (es|das|ihnen|dir|euch)? (eben|halt|gerne|gern)? (nochmal|noch einmal|nochmals|zum mitschreiben|ganz langsam)",
      // "Aber gut, dann sage ich eben alles dreimal."
      "(dann|na dann|also) (sage|sagen|schreibe|schreiben|erkläre|erklären|erwähne|erwähnen) (ich|wir) (ihnen|dir|euch)? (eben|halt|wohl|künftig|ab jetzt|in zukunft)? (eben|halt)? (alles|es|das|jedes mal alles) (dreimal|zweimal|doppelt|mehrfach|x-mal|zigmal|dreifach|zweifach)",
      "(interessant|spannend|komisch|seltsam|erstaunlich|witzig) dass (sie|du|ihr) (zeit|die zeit) (für|zum|zur|fürs)",
      "(an das|ans|an) (warten|nachhaken|hinterherlaufen|hinterherrennen|erinnern|vertrösten) (bin|sind) (ich|wir) (ja|inzwischen|mittlerweile|schon|langsam)? (gewöhnt|gewohnt)",
      "(eine|noch eine|wieder eine) (woche|tag|monat) (die|den|der) (wir|ich) (nicht|nie) (zurückbekommen|zurückkriegen|wiederbekommen)",
      "(wie ich|wie wir) (schon|bereits) (mehrfach|oft|öfter|x-mal) (gesagt|geschrieben) (habe|haben) (und)? (offenbar|anscheinend|wohl)",
      "besser spät als nie",
      "(die|den) (ersten|letzten) (zwei|drei|vier|fünf|#num|paar) (male|mal)",
    ],
    note: {
      en: "An implied 'unlike last time'.",
      de: "Ein unterstelltes „anders als beim letzten Mal“.",
    },
    examples: {
      flag: ["Aber gut, dann sage ich eben alles dreimal.", "Danke für die Antwort, besser spät als nie.", "Vielleicht war ich die ersten vier Male nicht deutlich genug.", "Dann buchstabiere ich es eben nochmal: Der Button ist orange, nicht rot.", "Interessant, dass Sie Zeit für LinkedIn-Posts haben, aber nicht für unser Projekt.", "Kein Problem, ans Warten bin ich inzwischen gewöhnt.", "Na, das ist ja wieder eine Woche, die wir nicht zurückbekommen.", "Vielleicht lesen Sie das Briefing diesmal etwas genauer.", "Ah, jetzt auf einmal geht es also doch.", "Ich bin ja mittlerweile einiges gewohnt.", "Bitte diesmal richtig.", "Hoffentlich klappt es diesmal.", "Vielleicht schaffst du es ja wenigstens pünktlich."],
      pass: ["Dann sage ich es im Team gleich weiter.", "Diesmal brauchen wir das Format A3."],
    },
  },
  {
    id: "de.tone.passive_aggressive.bei-allem-respekt",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 1,
    patterns: [
      "(bei allem respekt|mit verlaub|nichts für ungut|ohne (ihnen|dir|euch) zu nahe treten zu wollen|ohne (ihnen|dir|euch) nahe treten zu wollen)",
      "(ich|wir) (will|wollen|möchte|möchten) (ja|wirklich)? (nicht|keineswegs) (meckern|nörgeln|kleinlich sein|pingelig sein|unhöflich sein|kritteln|besserwisserisch sein|die erbsen zählen)",
      "(dachte|dachten|gedacht|ging davon aus|gingen davon aus) ... (einig|klar|geklärt|verstanden|selbstverständlich|eindeutig|abgemacht)",
    ],
    negatable: false,
    note: {
      en: "Politeness wrapped around a reproach.",
      de: "Höflichkeit als Verpackung für einen Vorwurf.",
    },
    examples: {
      flag: ["Ich will ja nicht kleinlich sein, aber das war so nicht abgemacht.", "Bei allem Respekt, das ist nicht das Briefing.", "Ich hatte eigentlich gedacht, dass wir uns da einig waren.", "Ich will ja nicht meckern, aber die Bilder sind schief.", "Ich dachte eigentlich, das wäre klar."],
      pass: ["Mit Respekt vor Ihrer Zeit halte ich mich kurz."],
    },
  },
];

/** German tone rules: hostile, pressure, passive-aggressive. */
export const TONE_RULES: readonly PhraseRule[] = [...HOSTILE, ...PRESSURE, ...PASSIVE_AGGRESSIVE];
