import type { PhraseRule } from "../../types";
import { ADDRESSED, REQUEST } from "./shared";

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
      flag: ["Das ist Anfängerniveau.", "Sie sind offenbar unfähig, ein einfaches Briefing umzusetzen.", "So ein dilettantischer Entwurf ist mir noch nie untergekommen.", "Was für ein Pfusch!"],
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
      "(du hast|sie haben|ihr habt) (ja|wohl|offenbar|offensichtlich|anscheinend|echt|absolut|überhaupt|gar|einfach)? (von)? ... (keine|null|keinerlei|keinen|nicht den geringsten|nicht die geringste) (ahnung|plan|schimmer|blassen schimmer|dunst)",
      "(sie haben|du hast|ihr habt) (wohl|offenbar|offensichtlich|anscheinend|ja)? (nichts|null|gar nichts|überhaupt nichts) (verstanden|kapiert|begriffen|gelernt)",
      "(kapieren|kapierst|begreifen|begreifst|verstehen|verstehst) (sie|du|ihr) (das|es)? (denn|eigentlich)? (nicht|endlich|überhaupt)",
    ],
    negatable: false,
    note: {
      en: "Contempt for you as a professional.",
      de: "Verachtung für Sie als Fachperson.",
    },
    examples: {
      flag: ["Haben Sie überhaupt Ahnung von Typografie?", "Du hast ja keine Ahnung, wie man ein Logo baut.", "Kapieren Sie das denn nicht?", "Sie haben offenbar nichts verstanden."],
      pass: ["Ich habe keine Ahnung, wann die Texte kommen.", "Verstehen Sie das als Vorschlag, nicht als Vorgabe."],
    },
  },
  {
    id: "de.tone.hostile.insult",
    signal: "tone.hostile",
    language: "de",
    severity: 3,
    patterns: ["(idiot|idioten|idiotisch*|vollidiot*|trottel|depp|deppen|dummkopf|schwachkopf|versager*|nichtsnutz|vollpfosten|witzfigur|hohlkopf|stümper)",
      "(sie sind|du bist|ihr seid|sind sie|bist du|seid ihr) (der|die|das|ein|eine|einfach|echt|wirklich|offenbar|offensichtlich|wohl|absolut|total)? ... (unprofessionellste*|unzuverlässigste*|schlechteste*|unverschämteste*|faul|faule*|unprofessionell|unzuverlässig|dumm|dämlich|blöd|zu blöd|zu dumm|zu faul|zu fein|eine zumutung|eine katastrophe|ein witz)",
      "(unfähig|inkompetent|dumm|blöd) oder (faul|unwillig|beides)",
      "(wer|wenn man) (sich)? (zu fein|zu faul|zu bequem) (ist|sind)"],
    note: {
      en: "Name-calling.",
      de: "Beschimpfung.",
    },
    examples: {
      flag: ["Sind Sie ein Idiot?", "Welcher Trottel hat das freigegeben, du?", "Das ist idiotisch gelöst.", "Sie sind der unzuverlässigste Dienstleister, den ich kenne.", "Bist du zu faul, das Briefing zu lesen?", "Wer sich zu fein ist, mal ranzugehen, ist hier falsch."],
      pass: ["Die Bedienung sollte idiotensicher sein."],
    },
  },
  {
    id: "de.tone.hostile.contempt",
    signal: "tone.hostile",
    language: "de",
    severity: 2,
    patterns: [
      "(grottenschlecht*|grottig*|erbärmlich*|armselig*|lachnummer|unter aller (sau|kanone|würde)|indiskutabel|zum kotzen|schrott|murks|schund|hingeschludert|hingerotzt|zusammengeschustert|zusammengestümpert|zusammengeklickt|zusammengeschludert|hingeklatscht|dahingeschludert|hingepfuscht)",
      "(praktikant*|azubi*|lehrling|schüler*|student*|kind|kinder|neffe|nichte|enkel|sohn|tochter|zwölfjährige*|zehnjährige*|fünfjährige*|affe|laie) ... (zusammengeklickt|zusammengeschustert|hingeklatscht|gebastelt|gekritzelt|gemalt|besser|hinbekommen|hingekriegt|könnte das|kann das|macht das|hätte das|in der mittagspause)",
      "(ist das|war das|das ist|das war) (wirklich|etwa|ernsthaft|tatsächlich|echt)? alles was (sie|du|ihr) (können|kannst|könnt|draufhaben|drauf haben|hinbekommen)",
      "(verbockt|vermasselt|versaut|verhunzt|verkackt|in den sand gesetzt|vergeigt|verbaselt)",
      "(der|die|das|jemand|jemanden|einen|eine|leute) ... (sein|ihr|das|ihr eigenes|sein eigenes) handwerk (versteht|verstehen|beherrscht|beherrschen)",
      "was für eine (dumme|blöde|idiotische|überflüssige|bescheuerte|saudumme) frage",
      "(größte|größter|größten|totale|totaler|absolute|absoluter|reinste|reinster|kompletter|komplette|völliger|völlige) (mist|müll|schrott|schwachsinn|blödsinn|murks|katastrophe|witz|zumutung|unsinn|quatsch|pfusch|dreck|katastrophe)",
      "unter (jeder|aller) kritik",
      "(sie sind|du bist|ihr seid|das ist|das war) (echt|wirklich|ja|einfach|absolut|wirklich)? das (letzte|allerletzte)",
      "(was|wer) (bilden|bildest|bildet|glauben|glaubst|glaubt) (sie|du|ihr) (sich|dir|euch)? (eigentlich|überhaupt|denn)? (ein|wer (sie|du|ihr) (sind|bist|seid))",
      "(benutz|benutzen sie|benutzt|gebrauch|gebrauchen sie|schalt|schalten sie|schaltet) (doch|mal|einfach)? (einmal|mal|endlich|bitte)? (deinen|ihren|euren|den|dein|ihr|euer) (kopf|verstand|hirn|grips|gehirn)",
      "(händchen|hand) (zu)? halten",
      "(ist|sind|war|waren|wirkt|wirken|einfach|echt|totaler|absoluter|reiner|reinster|kompletter|völliger|nur|wie) (das|es|doch|ja|einfach|echt|wirklich|leider|absolut|völlig|total)? (mist|müll|käse|schwachsinn|blödsinn|unsinn|lächerlich|ein witz|ein schlechter witz|eine katastrophe|katastrophal|eine zumutung|zeitverschwendung|geldverschwendung|rausgeschmissenes geld|ein trauerspiel|unterirdisch)",
      "(das|es|dieser entwurf|dieser text|diese arbeit) (ist|war) (doch|ja|echt|wohl)? (ein witz|lächerlich)",
    ],
    unless: ["unterirdisch* (erreichbar|gelegen|garage|parken|parkplatz|verlegt|leitung*)", "(ich|wir) (habe|haben|hab|hatte|hatten) ... (verbockt|vermasselt|versaut|verhunzt|vergeigt)", "(sorry|entschuldig*|vielleicht|wahrscheinlich|meine|vorab) ... (dumme|blöde) frage"],
    note: {
      en: "Contempt for the work in place of feedback you can act on.",
      de: "Verachtung für die Arbeit statt einer Rückmeldung, mit der Sie arbeiten können.",
    },
    examples: {
      flag: ["Der Entwurf ist unterirdisch.", "Das ist doch ein Witz.", "Ehrlich gesagt ist das Müll.", "Die Übersetzung ist unter aller Sau.", "Das sieht aus, als hätte es ein Azubi in fünf Minuten zusammengeklickt.", "Ist das wirklich alles, was Sie können?", "Du hast das komplett vermasselt.", "Was für eine dumme Frage.", "Ich suche mir jemanden, der sein Handwerk versteht."],
      pass: ["Sorry für die dumme Frage, aber welches Grau war es?", "Der Parkplatz ist unterirdisch erreichbar.", "Ich habe die Mail an dich vermasselt, sorry, hier nochmal."],
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
    ],
    unless: ["(ich|wir) (will|möchte|wollte|möchten|wollen) (ja)? nicht (unverschämt|dreist|frech)"],
    note: {
      en: "Open outrage aimed at you.",
      de: "Offene Empörung, die sich gegen Sie richtet.",
    },
    examples: {
      flag: ["Das ist eine bodenlose Frechheit!", "Ihre Rechnung ist unverschämt.", "Geht's noch?", "Sind Sie noch ganz bei Trost?"],
      pass: ["Ich will nicht unverschämt sein, aber gäbe es einen Rabatt?", "Das Angebot ist fair."],
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
    ],
    negatable: false,
    note: {
      en: "A legal threat: step out of the heat and answer in writing, calmly.",
      de: "Eine rechtliche Drohung: aus der Hitze gehen und ruhig schriftlich antworten.",
    },
    examples: {
      flag: ["Ich werde meinen Anwalt einschalten.", "Sonst sehen wir uns gezwungen, rechtliche Schritte einzuleiten.", "Wir behalten uns Schadensersatzforderungen vor.", "Dann hören Sie von meinem Anwalt."],
      pass: ["Unser Anwalt prüft gerade noch den Vertragsentwurf.", "Die Rechtsabteilung hat die AGB freigegeben."],
    },
  },
  {
    id: "de.tone.hostile.reputation-threat",
    signal: "tone.hostile",
    language: "de",
    severity: 3,
    patterns: [
      "(schlechte|schlechten|negative|negativen|vernichtende|vernichtenden|miese|entsprechende|entsprechenden|ein-sterne|1-sterne) (bewertung*|rezension*|review*|google-bewertung*)",
      "(öffentlich|überall|allen|in meinem netzwerk|auf linkedin|auf google|in der branche|meinen kontakten) ... (erzählen|warnen|berichten|abraten|publik machen|bekannt machen|weitersagen)",
      "vor (ihnen|dir|euch) (warnen|gewarnt)",
      "dafür sorgen dass (sie|du|ihr) ... (keine|keinen|nie|nicht) ... (mehr|wieder)",
      "dafür sorgen dass (jeder|jede|alle|die ganze|ganz|man|niemand|keiner|die branche|meine kontakte|mein netzwerk)",
      "(bewertung*|rezension*|review*) ... (die sich gewaschen hat|gepfeffert*|saftig*|vernichtend*)",
      "(auf|in) (jeder|allen|sämtlichen) (plattform|plattformen|portalen|kanälen) ... (bewert*|rezension*|warnen|erzählen)",
      "(verband|innung|kammer|handwerkskammer|ihk|unternehmerverband|berufsverband|wirtschaftskammer) ... (erfährt|erfahren|melden|informieren|beschweren|beschwerde)",
      "(wird|werden) (das|es)? (ein nachspiel|konsequenzen) haben",
      "(entsprechend|negativ|schlecht|mies|vernichtend|öffentlich) (bewerten|bewertet|beurteilen|rezensieren)",
      "(sie werden|du wirst|ihr werdet) (das|es) (noch)? bereuen",
    ],
    negatable: false,
    note: {
      en: "A threat to your reputation or livelihood.",
      de: "Eine Drohung gegen Ihren Ruf oder Ihre Aufträge.",
    },
    examples: {
      flag: ["Sie können sich auf eine entsprechende Google-Bewertung einstellen.", "Ich werde in meinem Netzwerk davon abraten, mit Ihnen zu arbeiten.", "Das wird Konsequenzen haben.", "Ich werde dafür sorgen, dass du in der Branche keinen Fuß mehr fasst."],
      pass: ["Wir schreiben Ihnen gerne eine Bewertung auf Google!", "Die Konsequenzen für unser Layout besprechen wir morgen."],
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
      flag: ["Wollen Sie mich verarschen?", "Der Entwurf ist echt scheiße.", "Das ist reine Abzocke.", "Sie wollen uns wohl für dumm verkaufen."],
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
      "(keine|ihre|deine|eure|diese) (ausreden|ausflüchte)",
      "danke für nichts",
    ],
    negatable: false,
    note: {
      en: "Dismissive, rude language aimed at you.",
      de: "Abfällige, grobe Worte, die sich gegen Sie richten.",
    },
    examples: {
      flag: ["Sparen Sie sich Ihre Ausreden.", "Du verschwendest meine Zeit.", "Ich will keine Ausreden hören."],
      pass: ["Ich verschwende keine Zeit mit langen Meetings, daher kurz per Mail."],
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
    unless: ["(kunde*|kundin*|kundschaft|endkunde*|intern|interne*|familiär*|privat*|notfall) ... dringend*", "dringend* ... (kunde*|kundin*|intern|interne*|privat*)", "(empfehle|empfehlen|rate|raten|abraten) ... dringend", "dringend (empfehlen|empfohlen|abraten|abgeraten|geraten)"],
    note: {
      en: "Urgency put on you, without saying why or by when.",
      de: "Dringlichkeit, die auf Sie abgeladen wird, ohne Grund oder Termin.",
    },
    examples: {
      flag: ["Ich brauche das dringend!", "Bitte dringend bis morgen erledigen.", "Es ist sehr dringend, können Sie heute noch liefern?"],
      pass: ["Nicht dringend, nur für die nächste Planung.", "Wir hatten einen dringenden Fall bei einem Kunden, deshalb melde ich mich erst jetzt bei Ihnen.", "Das ist wirklich nicht dringend, du kannst dir Zeit lassen."],
    },
  },
  {
    id: "de.tone.pressure.sofort",
    signal: "tone.pressure",
    language: "de",
    severity: 2,
    patterns: ["(sofort|umgehend|unverzüglich|schnellstmöglich|schnellstens|auf der stelle|ohne verzögerung|augenblicklich|so schnell wie (möglich|irgend möglich|es geht)|so schnell es geht|asap|a.s.a.p|jetzt gleich|gleich jetzt)"],
    requires: [ADDRESSED, REQUEST, "(will|wollen|soll|sollen|sollte|erwarte*|muss|müssen|braucht|benötigt)"],
    unless: [
      "ab sofort",
      "(unser|unsere|mein|meine) (chef|chefin|geschäftsführer*|geschäftsführung|vorstand|it|personalabteilung|hr|ceo) ... (asap|sofort|umgehend|unverzüglich)",
      "(schulung|an alle|intern*|erreichbar|verfügbar|bereitschaft|pikett)",
      "(benachrichtigen|informieren|verständigen|kontaktieren|löschen|vernichten) ... (absender*|nachricht|e-mail|email|mail)",
      "(absender|empfänger|irrtümlich|fälschlicherweise) ... (sofort|umgehend|unverzüglich)",
      "(danke|dank|bedanke|bedanken|dankbar)",
      "(ich|wir) (werde|werden|kümmere|kümmern|leite|leiten|melde|melden|überweise|überweisen|schicke|schicken|gebe|geben|habe|haben|hab|hatte|hatten) ... (sofort|umgehend|unverzüglich|schnellstmöglich)",
    ],
    note: {
      en: "A demand for immediate action, without a reason or a date.",
      de: "Eine Forderung nach sofortigem Handeln, ohne Grund oder Termin.",
    },
    examples: {
      flag: ["Bitte schicken Sie mir die Dateien sofort.", "Ich erwarte, dass du das umgehend korrigierst.", "Das muss schnellstmöglich online.", "Brauche die Folien asap."],
      pass: ["Danke, dass Sie so schnell reagiert und alles sofort umgesetzt haben!", "Wenn Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte sofort den Absender.", "Ab sofort ist Frau Keller Ihre Ansprechpartnerin.", "Ich überweise den Betrag umgehend."],
    },
  },
  {
    id: "de.tone.pressure.bis-heute",
    signal: "tone.pressure",
    language: "de",
    severity: 2,
    patterns: [
      "bis (heute|spätestens heute|heute spätestens|morgen|spätestens morgen|morgen spätestens) (abend|mittag|nachmittag|vormittag|früh|morgen|um #num|#num uhr|feierabend|dienstschluss|büroschluss|eod|mittags|abends|früh um)",
      "bis (ende des tages|feierabend|dienstschluss|büroschluss|eod|heute eod|gestern|zum ende des tages|tagesende)",
      "spätestens (heute|morgen|bis heute|bis morgen|in einer stunde|in #num stunden|in zwei stunden|um #num|#num uhr|bis #num)",
      "(brauch|brauche|brauchen|bräuchte|bräuchten|will|will ich|wollen wir|möchte|erwarte|erwarten|hätte gern|hätte gerne) ... (heute abend|heute nachmittag|heute mittag|heute noch|noch heute|in einer stunde|in #num stunden|in zwei stunden|vor dem mittag|vor mittag|bis mittag|morgen früh|morgen um #num|morgen #num uhr|bis morgen #num)",
      "(noch heute|heute noch|noch am selben tag|innerhalb (von)? (einer|#num|zwei|drei) (stunde|stunden))",
      "(muss|müssen|sollte|sollten|soll) (heute|noch heute|heute noch|bis morgen|morgen früh|sofort|jetzt) ... (raus|fertig|online|live|erledigt|stehen|vorliegen|da sein|beim kunden|im druck)",
    ],
    requires: ["(bitte|brauch*|bräucht*|benötig*|muss|müssen|musst|müssten|erwarte*|will|wollen|möchte|hätte gern|hätte gerne|fertig|schick*|liefer*|zukommen|vorliegen|haben|erledig*|schaffst|schaffen|schafft|hinbekommen|umsetzen|senden|sendest|abgeben|raus|online|live|da sein|korrigier*|anpass*|überarbeit*|machen|machst|kannst|können|könnten|könntest)"],
    unless: ["(ich bin|bin ich|wir sind|sind wir|ich|wir) ... (unterwegs|im büro|erreichbar|außer haus|im termin|in meetings|auf reisen|weg)", "(hat|hätte|habe|haben) ... (zeit|keine eile|kein stress)", "(alles|das alles|all das|gesamte|ganze|sämtliche|die ganzen)"],
    note: {
      en: "A same-day or overnight deadline set for you.",
      de: "Eine Frist für heute oder über Nacht, die Ihnen gesetzt wird.",
    },
    examples: {
      flag: ["Ich brauche die Präsentation bis heute Abend.", "Bitte liefern Sie spätestens morgen früh.", "Das muss heute noch raus, schaffst du das?", "Bitte bis morgen 9 Uhr fertig machen."],
      pass: ["Ich bin bis heute Abend unterwegs, melden Sie sich gerne morgen.", "Das hat Zeit bis nächste Woche."],
    },
  },
  {
    id: "de.tone.pressure.ultimatum",
    signal: "tone.pressure",
    language: "de",
    severity: 3,
    patterns: [
      "(sonst|ansonsten|andernfalls|anderenfalls) (suche|suchen|muss|müssen|werde|werden|schaue|schauen|gehe|gehen|beauftrage|beauftragen|wechsle|wechseln|hole|holen|nehme|nehmen|sehe|sehen|vergebe|vergeben|gebe|geben) (wir|ich) ... (anderen|andere|anderes|woanders|jemand|jemanden|neuen|neue|gezwungen|anderweitig|konkurrenz)",
      "(anderweitig|woanders|an jemand anderen|an jemand anderes|an die konkurrenz) (vergeben|vergebe|beauftragen|geben|gebe|hin|umsehen|suchen)",
      "(vergeben|vergebe|geben|gebe) (wir|ich) ... (anderweitig|woanders|an jemand anderen|an die konkurrenz)",
      "(jemand|jemanden|einen|eine) (anderen|andere|neuen|neue) (dienstleister*|freelancer*|agentur|designer*|texter*|übersetzer*|anbieter*|entwickler*|programmierer*|fotograf*|assistenz|va|grafiker*)? (suchen|beauftragen|finden|holen|nehmen|engagieren)",
      "(suche|suchen|beauftrage|beauftragen|hole|holen|nehme|nehmen|engagiere|engagieren|finde|finden) (wir|ich) (uns|mir)? ... (jemand|jemanden|einen|eine) (anderen|andere|neuen|neue)",
      "(letzte|allerletzte) (chance|gelegenheit|warnung|frist)",
      "(sehen|sähen) (wir|ich) (uns)? gezwungen",
      "(zusammenarbeit|auftrag|vertrag|projekt) ... (beenden|kündigen|einstellen|überdenken|auflösen|entziehen|stornieren|abbrechen)",
    ],
    requires: ["(sonst|ansonsten|andernfalls|anderenfalls|wenn|falls|gezwungen|letzte|allerletzte|bis|anderweitig)"],
    negatable: false,
    note: {
      en: "An ultimatum: comply or lose the client.",
      de: "Ein Ultimatum: spuren oder den Auftrag verlieren.",
    },
    examples: {
      flag: ["Wenn das bis Freitag nicht steht, suchen wir uns jemand anderen.", "Sonst müssen wir uns leider nach einem anderen Anbieter umsehen.", "Das ist Ihre letzte Chance.", "Falls das nicht klappt, werden wir die Zusammenarbeit beenden."],
      pass: ["Wir suchen für die Messe zusätzlich einen anderen Fotografen, können Sie jemanden empfehlen?", "Die Zusammenarbeit mit Ihnen macht uns große Freude."],
    },
  },
  {
    id: "de.tone.pressure.ich-erwarte",
    signal: "tone.pressure",
    language: "de",
    severity: 2,
    patterns: [
      "(ich|wir) (erwarte|erwarten) (von (ihnen|dir|euch)|dass|eine|einen|ihre|deine|eure|umgehend|sofort|heute|bis|morgen|jetzt|mehr)",
      "(ich|wir) (bestehe|bestehen) darauf",
      "(keine|ohne) (diskussion|diskussionen|widerrede|wenn und aber|ausnahme|ausrede|ausreden)",
      "(jede|alle) (halbe stunde|stunde|viertelstunde|#num minuten|zehn minuten|fünfzehn minuten|zwanzig minuten|dreißig minuten) ... (nach|nachschauen|nachsehen|melden|prüfen|checken|anrufen|kontrollieren|update|status)",
      "(ich|wir) (verlange|verlangen|fordere|fordern) (von (ihnen|dir|euch)|dass|eine|einen|umgehend|sofort)",
      "(erwarte|erwarten) (ich|wir) (von (ihnen|dir|euch)|eine|umgehend|sofort)",
    ],
    unless: ["(erreichbar|verfügbar|bereitschaft|pikett|rufbereitschaft|am telefon|ans telefon)"],
    negatable: false,
    note: {
      en: "A demand in the language of control rather than a request.",
      de: "Eine Forderung im Ton der Kontrolle statt einer Bitte.",
    },
    examples: {
      flag: ["Ich erwarte, dass das heute erledigt wird.", "Wir bestehen darauf, dass die Änderungen kostenlos sind.", "Ich erwarte eine Antwort bis 15 Uhr."],
      pass: ["Wir erwarten rund 200 Gäste.", "Wir freuen uns auf Ihre Vorschläge."],
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
      "(wie|was) (ist|macht) (denn)? (der|den) (aktuelle|aktuellen)? stand",
      "wie weit (bist du|sind sie|seid ihr) (denn)? (mit|damit|schon)",
      "(ich|wir) (hake|haken|frage|fragen|melde|melden) (hier|mal|einfach)? (nochmal|noch einmal|nochmals|erneut|mal wieder) nach",
      "(ich|wir) (wollte|wollten|möchte|möchten|muss|müssen) (mal|nur|nochmal|kurz|noch einmal|einfach)? ... (nachhaken|nachfassen)",
      "wie lange (dauert|braucht|brauchst|brauchen|braucht ihr) (das|es|ihr|du|sie)? (denn|eigentlich|bitte|jetzt)? noch",
      "(frage|frag|schreibe|melde|hake|rufe) (ich|mich)? (jetzt|nun|hier|heute)? ... zum (zweiten|dritten|vierten|fünften|x-ten|wiederholten|zigsten) (mal|male)",
    ],
    note: {
      en: "Chasing for news before the agreed date.",
      de: "Nachhaken, bevor der vereinbarte Termin da ist.",
    },
    examples: {
      flag: ["Gibt es schon was Neues?", "Wie ist der aktuelle Stand?", "Wie weit sind Sie mit dem Konzept?", "Ich hake nochmal nach wegen der Folien."],
      pass: ["Ich melde mich, sobald es Neuigkeiten von unserer Seite gibt."],
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
    ],
    note: {
      en: "Chasing, with impatience.",
      de: "Nachhaken, mit Ungeduld.",
    },
    examples: {
      flag: ["Ich warte immer noch auf die Entwürfe.", "Wo bleibt denn die Rechnung für den Kunden?", "Wann bekomme ich endlich die Dateien?", "Wir warten seit Montag auf eine Antwort."],
      pass: ["Ich warte noch auf die Zahlen vom Controlling und melde mich dann."],
    },
  },
  {
    id: "de.tone.pressure.endlich",
    signal: "tone.pressure",
    language: "de",
    severity: 2,
    patterns: [
      "(bitte|jetzt|nun|wird|werde|können|könnten|kannst|könntest|wann|ist|sind) ... endlich",
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
      pass: ["Schön, dass es endlich geklappt hat, danke dir!", "Wir haben endlich einen Namen für das Produkt gefunden."],
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
      "(höchste|allerhöchste|oberste|absolute|top) priorität",
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
      "(nicht|ungern) (drängeln|drängen|hetzen|stressen) aber",
      "(brauche|brauchen|bräuchte|bräuchten|wollte|wollten) ... (schon|eigentlich|quasi|am besten|idealerweise) gestern",
    ],
    negatable: false,
    note: {
      en: "Pressure dressed up as a disclaimer ('not to rush you, but').",
      de: "Druck, als Entschuldigung verpackt („ich will ja nicht drängeln, aber“).",
    },
    examples: {
      flag: ["Ich will ja nicht drängeln, aber wann kommt der Entwurf?", "Eigentlich brauche ich das schon gestern."],
      pass: ["Kein Druck, mach es wie es für dich passt."],
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
    patterns: [
      "wie (ich|wir) (ihnen|dir|euch|es|das)? (bereits|schon|ja|ja schon|ja bereits|jetzt schon|nun schon) (mehrfach|mehrmals|zweimal|dreimal|wiederholt|öfter|öfters|oft|x-mal|zigmal|#num mal|mehrere male|einige male|so oft)",
      "wie (bereits|schon|ja schon|ja bereits|nun schon|jetzt schon) (mehrfach|mehrmals|zweimal|dreimal|wiederholt|öfter|öfters|oft|x-mal|zigmal|#num mal|unzählige male|ein paar mal|mehrere male|einige male|des öfteren|so oft)",
      "(ich habe|ich hab|hab ich|habe ich|ich hatte|hatte ich|wir haben|haben wir|wir hatten|hatten wir) (es|das|ihnen|dir|euch|bereits|schon|doch|jetzt|nun) ... (mehrfach|mehrmals|zweimal|dreimal|x-mal|zigmal|wiederholt|#num mal|oft genug|so oft|mehrere male|ein paar mal|unzählige male)",
    ],
    note: {
      en: "A reproach for having to repeat oneself.",
      de: "Ein Vorwurf, sich wiederholen zu müssen.",
    },
    examples: {
      flag: ["Wie bereits mehrfach erwähnt, brauchen wir das Logo als SVG.", "Ich habe dir das jetzt dreimal geschrieben.", "Wie schon x-mal gesagt: der Claim bleibt."],
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
    ],
    note: {
      en: "'As I already said': a reminder with an edge.",
      de: "„Wie bereits gesagt“: eine Erinnerung mit Spitze.",
    },
    examples: {
      flag: ["Wie schon gesagt, das Logo muss größer.", "Wie schon im Kick-off erwähnt, muss das Formular mobil laufen.", "Wie bereits in meiner letzten Mail erwähnt, fehlt das Impressum.", "Siehe meine letzte Mail."],
      pass: ["Wie gesagt, vielen Dank für die tolle Arbeit!", "Wie besprochen anbei der Vertrag."],
    },
  },
  {
    id: "de.tone.passive_aggressive.ich-hatte-doch",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 2,
    patterns: [
      "(ich|wir) (hatte|hatten|habe|haben|hab) (ihnen|dir|euch|es|das)? (doch|ja doch|doch extra|doch schon|doch bereits|doch ausdrücklich|doch klar|doch deutlich) ... (geschrieben|gesagt|erwähnt|mitgeteilt|erklärt|geschickt|gebeten|betont|gesendet|angemerkt|kommuniziert|markiert|vorgegeben)",
      "(hatte|habe|hab) (ich|wir) (ihnen|dir|euch)? (doch|ja) (schon|bereits|extra|ausdrücklich|explizit|klar|deutlich) ... (geschrieben|gesagt|erwähnt|mitgeteilt|erklärt|geschickt|gebeten|betont)",
      "(ich|wir) (hatte|hatten|habe|haben) (ausdrücklich|explizit|extra|klar und deutlich) (darum|um|gesagt|geschrieben|gebeten|erwähnt|betont|darauf hingewiesen)",
      "(das|es) (stand|steht) (doch|ja|doch schon|doch alles|doch klar|alles) (im|in der|in meiner|in unserer) (briefing|mail|e-mail|nachricht|angebot|beschreibung|liste|anleitung)",
    ],
    note: {
      en: "'But I told you': reproach for something you supposedly missed.",
      de: "„Ich hatte doch gesagt“: Vorwurf, Sie hätten etwas übersehen.",
    },
    examples: {
      flag: ["Ich hatte doch schon geschrieben, dass wir Blau wollen.", "Das stand doch im Briefing.", "Ich hatte ausdrücklich darum gebeten, den Slogan zu behalten.", "Hab ich dir doch extra geschickt."],
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
    ],
    unless: ["(frage|nachfrage|nachfragen|nachhaken|stand|status|update|neuigkeiten|zwischenstand) ... zum", "zum ... (nachfragen|nachhaken)"],
    negatable: false,
    note: {
      en: "Exasperation at having to repeat oneself.",
      de: "Genervtheit, sich wiederholen zu müssen.",
    },
    examples: {
      flag: ["Ich schreibe es Ihnen zum wiederholten Mal.", "Wie oft muss ich das denn noch sagen?", "Ich wiederhole mich ungern."],
      pass: ["Wir arbeiten das dritte Jahr zusammen und freuen uns darauf!", "Zum ersten Mal haben wir einen Newsletter."],
    },
  },
  {
    id: "de.tone.passive_aggressive.zur-erinnerung",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 1,
    patterns: [
      "(nur|nochmal|noch einmal|nochmals|mal) (nochmal|noch einmal|nochmals|kurz|so)? zur erinnerung",
      "(ich|wir) (muss|müssen|möchte|möchten|darf|dürfen) (sie|dich|euch) (schon wieder|erneut|nochmals|noch einmal|nochmal|wieder) (daran)? erinnern",
      "(erneute|nochmalige|zweite|dritte|x-te|wiederholte) erinnerung",
    ],
    note: {
      en: "A pointed reminder that implies you forgot.",
      de: "Eine spitze Erinnerung, die unterstellt, Sie hätten es vergessen.",
    },
    examples: {
      flag: ["Nur zur Erinnerung: Die Texte sind seit Freitag fällig.", "Ich muss Sie schon wieder daran erinnern, dass das Impressum fehlt.", "Zweite Erinnerung: bitte die Logos schicken."],
      pass: ["Ich habe mir eine Erinnerung im Kalender gesetzt."],
    },
  },
  {
    id: "de.tone.passive_aggressive.schoen-dass-sie-sich-melden",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 2,
    patterns: [
      "(schön|nett|toll|gut|freut mich|wie schön) dass (sie|du|ihr) (sich|dich|euch)? (auch|doch|endlich) (mal|noch|einmal|schon|wieder)? (meld*|antwort*|zurückmeld*|zeit finden|zeit gefunden|reagier*|blicken lässt|blicken lasst)",
      "(auch schon wach|na endlich|na also|geht doch)",
      "(sie leben|du lebst|ihr lebt|es gibt sie|es gibt dich|es gibt euch) (ja|also|doch) noch",
      "danke dass (sie|du|ihr) (sich|dir|euch|dich) (dann|nun|endlich|jetzt)? (doch noch|endlich|auch mal) (die zeit|zeit|gemeldet|zurückgemeldet)",
      "(schön|nett|toll|danke|freut mich) (dass)? (sie|du|ihr) ... (auch mal|auch einmal|endlich|doch noch|überhaupt noch|auch noch|nun auch) (meld*|antwort*|zurückmeld*|reagier*|blicken)",
      "na (toll|super|klasse|prima|wunderbar|großartig|herrlich|bravo|danke|vielen dank|spitze)",
      "(toll|super|klasse|prima|wunderbar|großartig|herrlich|spitze) (wieder|schon wieder|noch eine|noch ein|noch mal|wieder mal|wieder einmal) ... (verloren|verschenkt|vergangen|verzögerung|woche|tag|tage|monat|verschoben|verpasst|umsonst)",
    ],
    note: {
      en: "Sarcasm about how long you took.",
      de: "Sarkasmus darüber, wie lange Sie gebraucht haben.",
    },
    examples: {
      flag: ["Schön, dass Sie sich auch mal melden.", "Na endlich.", "Ach, du lebst ja noch!", "Danke, dass du dir doch noch die Zeit genommen hast."],
      pass: ["Schön, dass Sie sich gemeldet haben, wir freuen uns auf das Projekt.", "Schön, dass du dich meldest!"],
    },
  },
  {
    id: "de.tone.passive_aggressive.mehr-erwartet",
    signal: "tone.passive_aggressive",
    language: "de",
    severity: 2,
    patterns: [
      "(ich|wir) (hätte|hätten) (mir|uns)? (ehrlich gesagt|ehrlich|eigentlich|schon|wirklich|ja|doch|da|offen gesagt)? (mehr|etwas mehr|deutlich mehr|viel mehr|ein bisschen mehr|ein wenig mehr|besseres|etwas besseres|anderes|etwas anderes) ... (erwartet|erhofft)",
      "(hätte|hätten) (ich|wir) (mir|uns)? (von (ihnen|dir|euch|einem profi|einer profi|einer agentur))? (ehrlich gesagt|eigentlich|schon|wirklich|ja|doch)? (mehr|etwas mehr|deutlich mehr|viel mehr|ein bisschen mehr|ein wenig mehr|besseres|anderes|etwas anderes) ... (erwartet|erhofft)",
      "von (einem profi|einer profi|einer fachfrau|einem fachmann|jemandem mit (ihrer|deiner) erfahrung|einer agentur|ihnen|dir) (hätte|hätten) (ich|wir) ... (erwartet|gedacht|erhofft)",
      "(ich|wir) (hätte|hätten) (schon|eigentlich|ehrlich gesagt)? erwartet dass",
      "(sollte|müsste|wäre) (eigentlich|doch|ja) (selbstverständlich|klar|standard|das mindeste)",
      "(eigentlich|doch) selbstverständlich",
      "(noch|denn noch|eigentlich noch) (deutlicher|klarer|einfacher|verständlicher) (formulieren|sagen|ausdrücken|schreiben|erklären|machen)",
    ],
    note: {
      en: "Disappointment in you, phrased as a reproach.",
      de: "Enttäuschung über Sie, als Vorwurf formuliert.",
    },
    examples: {
      flag: ["Ehrlich gesagt hätte ich mehr erwartet.", "Nach all den Jahren hätte ich mir etwas mehr Entgegenkommen erwartet.", "Keine Ahnung, wie ich es noch deutlicher formulieren soll.", "Von einem Profi hätte ich mir etwas anderes erwartet.", "Das sollte eigentlich selbstverständlich sein.", "Ich hätte erwartet, dass du die Bilder vorher prüfst."],
      pass: ["Das Ergebnis ist besser als erwartet!"],
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
    patterns: [
      "(diesmal|dieses mal|dieses mal bitte|diesmal bitte|ausnahmsweise|wenigstens|zumindest|bitte diesmal) (bitte)? (richtig|korrekt|ordentlich|pünktlich|vollständig|rechtzeitig|fehlerfrei|sorgfältig|termingerecht|mal pünktlich|mal richtig)",
      "hoffentlich (diesmal|dieses mal|klappt es diesmal|klappt es dieses mal)",
      "wie (immer|üblich|gewohnt) (zu spät|verspätet|unpünktlich|fehlerhaft|unvollständig)",
    ],
    note: {
      en: "An implied 'unlike last time'.",
      de: "Ein unterstelltes „anders als beim letzten Mal“.",
    },
    examples: {
      flag: ["Bitte diesmal richtig.", "Hoffentlich klappt es diesmal.", "Vielleicht schaffst du es ja wenigstens pünktlich."],
      pass: ["Diesmal brauchen wir das Format A3."],
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
      flag: ["Bei allem Respekt, das ist nicht das Briefing.", "Ich hatte eigentlich gedacht, dass wir uns da einig waren.", "Ich will ja nicht meckern, aber die Bilder sind schief.", "Ich dachte eigentlich, das wäre klar."],
      pass: ["Mit Respekt vor Ihrer Zeit halte ich mich kurz."],
    },
  },
];

/** German tone rules: hostile, pressure, passive-aggressive. */
export const TONE_RULES: readonly PhraseRule[] = [...HOSTILE, ...PRESSURE, ...PASSIVE_AGGRESSIVE];
