import type { PhraseRule } from "../../types";
import { ADDRESSED, PAYMENT_WORDS, PRICE_WORDS, REQUEST } from "./shared";

/** Price pushback: too expensive, discounts, "others do it for half", rate increases. */
const PRICE_PUSHBACK: readonly PhraseRule[] = [
  {
    id: "de.money.price_pushback.zu-teuer",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "(zu|viel zu|etwas zu|ein bisschen zu|ein bisserl zu|ein bissl zu|ein wenig zu|deutlich zu|klar zu|doch zu|leider zu|schon zu|ganz schön|ziemlich|recht|reichlich|echt|arg|sehr) (teuer|kostspielig|heftig)",
      "(zu|viel zu|etwas zu|ein bisschen zu|ein bisserl zu|ein wenig zu|deutlich zu|klar zu|doch zu|leider zu) (hoch|viel|hoch angesetzt|hoch gegriffen|hoch kalkuliert)",
      "(ziemlich|recht|sehr|schon sehr|echt|ganz schön|arg|reichlich|schon recht|relativ|eher) (hoch|hoch angesetzt|hoch gegriffen|stattlich|sportlich)",
      "(stolzer|stolzes|stolzen|happiger|happigen|saftiger|saftigen|gesalzener|gesalzenen|ordentlicher) (preis|betrag|summe|stundensatz|tagessatz|angebot|honorar)",
      "(überteuert*|wucher*|mondpreis*|apothekenpreis*|fantasiepreis*|phantasiepreis*|preistreiberei)",
      "(schockiert|geschockt|erschrocken|schlucken müssen|musste schlucken|mussten schlucken|umgehauen|aus den socken|vom hocker)",
    ],
    requires: [PRICE_WORDS],
    unless: ["(nicht|keineswegs|gar nicht|überhaupt nicht) (zu)? (teuer|hoch)", "(zu hoch|zu viel|zu teuer) für (unsere|unseren|die) (kunden|zielgruppe|leser)"],
    note: {
      en: "Pushback on your price: hold it, or trade scope for price, never price alone.",
      de: "Einwand gegen Ihren Preis: halten Sie ihn, oder tauschen Sie Umfang gegen Preis, nie nur den Preis.",
    },
    examples: {
      flag: ["Ehrlich gesagt hat mich das Angebot schockiert.", "Ihr Tagessatz ist für uns ziemlich hoch.", "Das Angebot ist uns leider zu teuer.", "Die Offerte ist deutlich zu hoch.", "Ihr Stundensatz ist viel zu hoch.", "Das ist ein stolzer Preis für ein Logo."],
      pass: ["Wir waren geschockt, wie schnell die Seite fertig war.", "Der Preis ist absolut fair, wir sind einverstanden.", "Das Angebot ist nicht zu teuer, passt für uns."],
    },
  },
  {
    id: "de.money.price_pushback.rabatt",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "(rabatt|rabatte|rabattes|preisnachlass|nachlass|sonderpreis|sonderpreise|sonderkonditionen|sonderkondition|freundschaftspreis|mengenrabatt|treuerabatt|neukundenrabatt|stammkundenrabatt|vorzugspreis|vorzugskonditionen|bessere konditionen|besseren preis|besseres angebot)",
      "#num prozent (weniger|günstiger|billiger|runter|abzug)",
      "(drei|3|zwei|2|vier|4|fünf|5) (zum preis von|für|zum preis für) (zwei|2|eins|1|einen|drei|3|vier|4)",
      "(zwei|drei|vier|fünf|sechs|#num) ... zum preis (von|für) (einem|einer|eins|zwei|zweien|drei|dreien|vier|vieren|fünf|fünfen)",
      "(paketpreis|paketrabatt|kombipreis|staffelpreis|bundle-preis|komplettpreis|pauschalrabatt|reduzierte*|ermäßigte*|vergünstigte*) (preis|satz|stundensatz|tarif|konditionen)?",
    ],
    unless: ["(schätzen|danke|dankbar|vielen dank|freuen uns über|toll, dass)", "(schlussverkauf|sommerschlussverkauf|winterschlussverkauf|ausverkauf|black friday|gutschein*|rabattcode|aktionscode|auf alles|aktionswoche|in unserem shop|im shop|für neukunden)", "(für|an) (unsere|alle|unseren|die) (kunden|kundinnen|mitglieder|abonnent*|leser*|käufer*|besucher*|gäste)", "(unsere|unseren|unserer) (kunden|kundinnen|mitglieder|abonnent*|leser*|käufer*|besucher*|gäste)", "(rabattaktion*|rabattcode*|gutschein*|aktion|sale|black friday|newsletter|banner|shop|anzeige|kampagne|flyer|plakat)"],
    note: {
      en: "A request for a discount.",
      de: "Die Bitte um einen Rabatt.",
    },
    examples: {
      flag: ["Wenn Sie uns die drei Liegenschaften zum Preis von zweien fotografieren, würden wir gerne zusagen.", "Machen Sie uns einen Paketpreis, wenn wir Logo, Website und Visitenkarten zusammen buchen?", "Gibt es einen reduzierten Satz für Vereine?", "Ein bisschen Rabatt für Stammkunden sollte doch drin sein.", "Drei zum Preis von zwei wäre doch fair, oder?", "Können wir die vier Porträts zum Preis von drei bekommen?", "Eine andere Agentur hat uns 30 Prozent weniger angeboten, können Sie da mitgehen?", "Wir hätten gerne einen Rabatt von 10 %, da wir langjährige Kunden sind.", "Gibt es einen Rabatt, wenn wir gleich drei Logos bestellen?", "Wäre ein Preisnachlass von 15 Prozent möglich?", "Könnten Sie uns einen Freundschaftspreis machen?", "Können Sie uns 10 Prozent weniger anbieten?"],
      pass: ["Wir sind ein kleiner Verein und schätzen Ihren reduzierten Satz sehr, danke.", "Im Sommerschlussverkauf gibt es 20 % Rabatt auf alles.", "Bitte gestalte einen Banner für unsere Rabattaktion: 20 Prozent auf alles für Newsletter-Abonnenten.", "Kein Rabatt nötig, das passt so.", "Sie bekommen die drei Flyer zum Preis von 400 Euro, wie angeboten."],
    },
  },
  {
    id: "de.money.price_pushback.guenstiger",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "(geht|ginge|gehts|geht's|wäre|ist) (es|das|da)? (auch|vielleicht|eventuell|nicht|nicht auch|noch)? (etwas|ein bisschen|ein bisserl|ein wenig|noch)? (günstiger|billiger|preiswerter|kostengünstiger)",
      "(etwas|ein bisschen|ein bisserl|ein wenig|noch|deutlich|viel) (günstiger|billiger|preiswerter|kostengünstiger) ... (machen|werden|gehen|hinbekommen|anbieten|möglich|drin|umsetzen|realisieren|geht|kommen)",
    ],
    requires: [ADDRESSED, REQUEST, PRICE_WORDS, "(gehen|geht|ginge|möglich|drin)"],
    unless: ["(günstiger|billiger) (für sie|für dich|für euch)", "(sie|du) (sparen|sparst)"],
    note: {
      en: "Asks whether you can do it for less.",
      de: "Fragt, ob Sie es auch billiger machen.",
    },
    examples: {
      flag: ["Geht es auch etwas günstiger?", "Könnten Sie das Angebot noch etwas günstiger machen?"],
      pass: ["Option B ist günstiger für Sie, weil Sie weniger Lizenzen brauchen."],
    },
  },
  {
    id: "de.money.price_pushback.entgegenkommen",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "(können|könnten|wollen|sollen|würden) wir uns (bei|auf) (#num|die hälfte|halbe-halbe) (euro|franken|chf|eur)? (treffen|einigen|verständigen)",
      "für #num (euro|franken|chf|eur)? (statt|anstatt|anstelle von|und nicht für) #num",
      "(einen|nen) (besseren|günstigeren|niedrigeren|netteren|freundschaftlicheren|speziellen|kleineren) (preis|kurs|tarif|stundensatz|tagessatz|satz)",
      "(preislich|beim preis|am preis|mit dem preis|finanziell|beim honorar|beim stundensatz|beim tagessatz|bei der offerte|beim angebot|am angebot|an der offerte|beim betrag|bei den kosten) (noch|nicht)? (etwas|ein bisschen|ein bisserl|ein stück|ein wenig|ein stückweit)? (entgegenkommen|entgegen kommen|runtergehen|runter gehen|nachgeben|nachlassen|machen|tun|drehen|nach unten|runter|nachbessern|verhandeln|verhandelbar|spielraum)",
      "(den|ihren|deinen|euren|ihr|dein|euer|das|die) (preis|stundensatz|tagessatz|honorar|angebot|offerte|satz|pauschale|stundenlohn) ... (senken|reduzieren|drücken|nachbessern|runtersetzen|herabsetzen|überdenken|nach unten anpassen|runterschrauben|verhandeln|runtergehen)",
      "(senken|reduzieren|drücken|nachbessern|überdenken|runtersetzen|herabsetzen) (sie|du|ihr)? (ihren|deinen|euren|den|das|ihr|dein|die) (preis|stundensatz|tagessatz|honorar|angebot|offerte|satz|pauschale)",
      "(verhandlungsspielraum|preisverhandlung|spielraum (beim|im|nach unten|am) (preis|honorar|angebot|budget))",
      "(was|da) (geht|ist) (da)? (preislich|beim preis|am preis) (noch)? (drin|möglich|machbar)",
      "(geht|ginge|ist) (da)? (noch)? (was|etwas) (am|beim|mit dem) (preis|honorar|stundensatz|tagessatz|angebot|betrag)",
      "(auf|unter) #num (euro|franken|chf|eur|dollar)? (runter|runtergehen|herunter|reduzieren|senken|kommen|gehen)",
      "(preis|stundensatz|tagessatz|honorar|angebot|offerte|satz|pauschale|betrag|kosten|rechnung) ... nach unten (anpassen|anzupassen|korrigieren|setzen|gehen|schrauben|verhandeln|bewegen)",
      "(entgegenkommen|nachverhandeln|verhandeln) ... (preis*|honorar*|stundensatz*|tagessatz*|angebot*|offerte*|kosten*)",
    ],
    unless: ["(gäste|gästen|personen|leute|teilnehmer|teilnehmende|stück|exemplare|besucher|plätze)", "(druckerei|lieferant*|bei der konkurrenz|ausgehandelt)"],
    note: {
      en: "A push to lower the price.",
      de: "Ein Versuch, den Preis zu drücken.",
    },
    examples: {
      flag: ["Können wir uns auf 1.200 Franken einigen? Mehr ist nicht drin.", "Geht das auch für 500 statt 900 Euro?", "Machst du mir einen günstigeren Stundensatz, wenn wir länger zusammenarbeiten?", "Können Sie mit dem Preis noch etwas runter?", "Geht da noch was am Preis?", "Könnten Sie uns preislich etwas entgegenkommen?", "Können Sie beim Stundensatz noch etwas runtergehen?", "Gibt es noch Spielraum beim Preis?", "Bitte überdenken Sie Ihren Tagessatz noch einmal."],
      pass: ["Wir treffen uns bei 20 Grad im Biergarten, du bist herzlich eingeladen.", "Für 300 statt 250 Gäste brauchen wir größere Tische.", "Ich habe bei der Druckerei einen besseren Preis bekommen, das spart uns Porto.", "Vielen Dank für Ihr Entgegenkommen beim Termin!"],
    },
  },
  {
    id: "de.money.price_pushback.andere-billiger",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "(andere|anderer|ein anderer|eine andere|die konkurrenz|mitbewerber|wettbewerber|kollegen|freelancer|agenturen|anbieter|studenten|praktikanten) ... (machen|bieten|verlangen|nehmen|kosten|berechnen|liefern|anbieten|machen es|machen das) ... (die hälfte|halben preis|hälfte|weniger|günstiger|billiger|preiswerter|deutlich weniger|ein drittel)",
      "für (die hälfte|ein drittel|einen bruchteil|ein viertel) (machen|anbieten|bekommen|kriegen|erledigen|haben|umsetzen)",
      "für (den halben preis|weniger geld|die hälfte des preises|einen bruchteil des preises|die hälfte des geldes)",
      "(woanders|anderswo|bei anderen|auf fiverr|auf upwork|im ausland|in indien|in polen|bei der konkurrenz|bei einer agentur) ... (günstiger|billiger|für weniger|preiswerter)",
      "(auf|bei|über) (fiverr|upwork|freelancer|twago|malt|ebay|etsy|kleinanzeigen) ... (für|ab) (nur|bloß|gerade mal)? #num",
      "(sie liegen|du liegst|ihr liegt|liegen sie|liegst du) (preislich)? (deutlich|weit|viel|klar|etwas|ziemlich)? (drüber|darüber|über dem markt|über dem durchschnitt|über den anderen|höher)",
      "(über|oberhalb) (dem|den|des) (marktpreis|marktpreisen|marktüblichen|marktniveau|branchenüblichen|marktwert)",
      "(in der mitte|auf halbem weg|irgendwo dazwischen) (treffen|einigen|entgegenkommen)",
      "(vergleichsangebot*|gegenangebot|günstigeres angebot|günstigere angebote|billigeres angebot|billigere angebote|andere angebote|angebote eingeholt|preisvergleich)",
      "(anderer|andere|ein anderer|eine andere|die konkurrenz|ein kollege|eine kollegin|jemand anderes|jemand anderer|der mitbewerber) (anbieter*|agentur|designer*|texter*|freelancer*|dienstleister*|grafiker*|übersetzer*|fotograf*|studio|webdesigner*)? (hat|haben|hätte|hätten|würde|würden|will|wollte|macht|machen|bietet|bieten|verlangt|verlangen) (uns|mir|es|das)? (für)? (die hälfte|hälfte|weniger|günstiger|billiger|ein drittel|einen bruchteil|deutlich weniger|viel weniger|den halben preis) (angeboten|verlangt|berechnet|gekostet|gemacht|machen|anbieten|verlangen|berechnen)?",
      "(für|um) #num (euro|eur|franken|chf|dollar|pfund|k)? (machen|übernehmen|erledigen|umsetzen|hinkriegen|hinbekommen|gestalten|schreiben|anbieten|drin|möglich|gehen|geht|ginge|abgeben|liefern)",
      "(preislich|beim preis|am preis|beim honorar|beim stundensatz) (noch)? (was|etwas|spielraum|luft|entgegenkommen|machen|drin|nachlassen|verhandeln)",
      // "Ist da preislich sicher noch was drin, oder?": the hope for a lower price put as a certainty.
      "(preislich|beim preis|am preis|beim honorar|beim stundensatz|beim tagessatz|beim angebot|bei der offerte) (sicher|bestimmt|sicherlich|doch|ja|wohl|schon|vielleicht|eventuell|da) (sicher|bestimmt|sicherlich|doch|ja|wohl|schon)? (noch)? (was|etwas|ein bisschen|ein bisserl|spielraum|luft|einiges) (drin|möglich|machbar|zu machen|zu holen)",
      "(auf den|auf die|auf das) (eilzuschlag|expresszuschlag|zuschlag|aufschlag|anzahlung|bearbeitungsgebühr|anfahrt|anfahrtskosten|pauschale|einrichtungsgebühr|mindestbetrag) (verzichten|verzichtest|verzichtet)",
      "(tue|tu|tun) (ich|wir)? (mich|uns) (mit|bei) (den|dem|der|diesem|diesen|ihrem|ihren|deinem|deinen) ... (schwer)",
      "(ihr|dein|euer) letztes wort",
      "(mithalten|mitziehen|nachziehen)",
      "(anderer|andere|ein anderer|eine andere|die konkurrenz|mitbewerber|wettbewerber|jemand anderes|jemand anderer) ... (angebot|offerte|kostenvoranschlag) (für|über|um|zum|zu) (die hälfte|den halben preis|halben preis|weniger|deutlich weniger|ein drittel|einen bruchteil)",
      "(da|preislich|beim preis|beim honorar) mitgehen",
      // "Wir haben ein anderes Angebot, das etwa bei der Hälfte liegt."
      "(anderes|andere|anderen|zweites|weiteres|günstigeres|billigeres) (angebot|angebote|offerte|offerten|kostenvoranschlag) ... (bei der hälfte|bei einem drittel|bei einem bruchteil|bei einem viertel|deutlich darunter|deutlich drunter|weit darunter|weit drunter|viel darunter|ein gutes stück darunter|um einiges günstiger|um einiges billiger|deutlich günstiger|deutlich billiger|viel günstiger|viel billiger)",
    ],
    note: {
      en: "Your price set against cheaper competitors.",
      de: "Ihr Preis wird an billigerer Konkurrenz gemessen.",
    },
    examples: {
      flag: ["Da ist beim Honorar doch sicher noch was drin.", "Wenn wir Ihnen gleich drei Imagefilme auf einmal geben, ist da preislich sicher noch was drin, oder?", "Die Konkurrenz hat uns eine Offerte zum halben Preis geschickt.", "Können Sie da preislich mitgehen?", "Ist das Ihr letztes Wort beim Preis?", "Ihre Konkurrenz hat uns 1.500 Euro angeboten, können Sie da mithalten?", "Geht da preislich noch was?", "Könnten Sie diesmal auf den Eilzuschlag verzichten?", "Im Internet gibt es Vorlagen für 50 Franken, da tue ich mich mit den 2000 schwer.", "Ein anderer Anbieter hat uns die Hälfte angeboten.", "Könnten Sie es für 500 Euro machen?", "Euer Angebot ist weit über dem Marktpreis.", "Können wir uns in der Mitte treffen, also bei 600?", "Wir haben gesehen, dass Freelancer auf Upwork das für 20 Dollar machen.", "Andere machen das für die Hälfte.", "Wir haben ein günstigeres Angebot vorliegen.", "Ein Student würde das für ein Drittel machen.", "Woanders bekomme ich das deutlich billiger.", "Uns liegt eine andere Offerte vor, die deutlich darunter liegt."],
      pass: ["Beim Layout ist sicher noch was drin, da probieren wir gern weiter.", "Ich kann leider nicht zum Termin mitgehen.", "Geht da noch was am Layout, oder ist das final?", "Ihre Arbeit liegt weit über dem Durchschnitt, danke.", "Wir haben die Hälfte der Texte schon freigegeben.", "Wir haben ein anderes Angebot für den Druck eingeholt, das passt so."],
    },
  },
  {
    id: "de.money.price_pushback.erhoehung-unfair",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    // Raising the rate, called unfair in the same sentence: "Dass Sie jetzt einfach den Stundensatz erhöhen, finde ich nicht in Ordnung."
    patterns: [
      "(erhöhen|erhöht|erhöhst|anheben|anhebst|anhebt|angehoben|hebt|hebst|raufsetzen|raufsetzt|raufgesetzt|heraufsetzen|heraufgesetzt|aufschlagen|aufgeschlagen) ... (nicht in ordnung|nicht ok|nicht okay|unverschämt|frech|nicht fair|unfair|nicht nachvollziehbar|inakzeptabel|nicht akzeptabel|nicht korrekt|kein guter stil|ein starkes stück)",
    ],
    requires: [PRICE_WORDS, "(pauschale|tagessatz*|stundensatz*|honorar*|sätze|satz|preis*|tarif*|konditionen)"],
    unless: ["(druckerei|lieferant*|vermieter*|post|energie*|strom*|miete|mieten|versicherung|auflage)", "(unsere|unserer|unseren|für unsere|unserem) (produkte|kunden|artikel|waren|shop|preisliste|speisekarte|website|angebote|leistungen|mitglieder)"],
    // "ohne Vorwarnung raufgesetzt" is no negation of the complaint.
    negatable: false,
    note: {
      en: "Resistance to your rate increase. Hold it; a notice period or a smaller scope is the usual give.",
      de: "Widerstand gegen Ihre Preiserhöhung. Bleiben Sie dabei; üblich ist eine Übergangsfrist oder ein kleinerer Umfang.",
    },
    examples: {
      flag: ["Dass du die Pauschale einfach so anhebst, ist echt nicht fair nach all den Jahren.", "Sie haben den Tagessatz ohne Vorwarnung raufgesetzt, das finde ich unverschämt."],
      pass: ["Dass die Druckerei die Preise erhöht, ist nicht Ihre Schuld, das ist in Ordnung.", "Wir erhöhen die Auflage, das ist für uns in Ordnung so."],
    },
  },
  {
    // "Seit wann kostet bei dir ein Beitrag 180 statt 150?", "rufst du einen Preis auf, als wärst du eine Großagentur".
    id: "de.money.price_pushback.seit-wann",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "seit wann (kostet|kosten|kostete|verlangst|verlangen|verlangt|berechnest|berechnen|berechnet|nimmst|nehmen|nehmt|rechnest|rechnen|rechnet|gilt|gelten)",
      "(preis|preise|honorar|honorare|stundensatz|tagessatz|pauschale|summe|summen|betrag|offerte|angebot|kosten) ... als (wärst|wären|wärt|wäre) (du|sie|ihr|das|es) (ein|eine|einer|der|die)?",
    ],
    requires: [PRICE_WORDS],
    unless: ["(druckerei|lieferant*|vermieter*|post|energie*|strom*|miete|mieten|versicherung|parken|bahn|porto|versand)", "(unsere|unserer|unseren|für unsere|unserem) (produkte|kunden|artikel|waren|shop|preisliste|speisekarte|website|angebote|leistungen|mitglieder)", "(fair|günstig|preiswert|angemessen|geschenkt|fast umsonst|schnäppchen)"],
    negatable: false,
    note: {
      en: "Resistance to your price: ask what they expected and hold the rate, or offer a smaller scope.",
      de: "Widerstand gegen Ihren Preis: fragen, womit gerechnet wurde, und beim Satz bleiben oder einen kleineren Umfang anbieten.",
    },
    examples: {
      flag: ["Seit wann kostet bei dir ein Beitrag 180 statt 150?", "Für eine Landingpage rufst du einen Preis auf, als wärst du eine Hamburger Großagentur.", "Seit wann verlangen Sie für Korrekturen extra?"],
      pass: ["Seit wann kostet der Versand bei der Post so viel?", "Dein Preis ist so fair, als wäre es ein Freundschaftsdienst, danke!", "Seit wann arbeitest du eigentlich selbstständig?"],
    },
  },
  {
    id: "de.money.price_pushback.preiserhoehung",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "(preiserhöhung*|preisanpassung*|honorarerhöhung*|satzerhöhung*|erhöhung (des|ihres|deines|ihrer|deiner|der|eures|eurer)? (stundensatz*|stundensätze|tagessatz*|tagessätze|honorar*|preis*|sätze|preise|pauschale))",
      "(neue|neuen|höhere|höheren|erhöhte|erhöhten) (preise|preis|stundensatz|stundensätze|tagessatz|tagessätze|honorar|honorare|konditionen|sätze|pauschale)",
      "(erhöhung|anhebung|aufschlag|preissprung|steigerung) (um|von)",
      "(beim|bei dem|zum|zu den|bei den) (alten|bisherigen|ursprünglichen|gewohnten) (preis|preisen|satz|stundensatz|tagessatz|honorar|konditionen|sätzen) (bleiben|belassen|weiterarbeiten|weitermachen|weiter)",
      "(preise|sätze|stundensätze|tagessätze|honorare|ihr stundensatz|dein stundensatz|ihr tagessatz|dein tagessatz|ihre preise|deine preise|eure preise|kosten) (sind|ist|haben sich) ... (gestiegen|gestiegen sind|erhöht|gewachsen|angezogen|explodiert|verdoppelt|hochgegangen)",
      // Subordinate clause, verb last: "dass der Stundensatz schon wieder gestiegen ist".
      "(der|dein|ihr|euer|die|deine|ihre|eure) (stundensatz|tagessatz|honorar|preis|preise|sätze|stundensätze|tagessätze|pauschale) ... (gestiegen|erhöht|angehoben|hochgegangen|raufgegangen|teurer geworden) (ist|sind|wurde|wurden|hat|haben|worden)",
      // The raise named by its amount: "dass du ab Jänner zehn Euro mehr pro Stunde willst".
      "(#num|zwei|drei|fünf|zehn|fünfzehn|zwanzig|dreißig|fünfzig|hundert) (euro|eur|franken|chf|prozent|fränkli) mehr (pro|die|je|in der|am|für die) (stunde|tag|seite|wort|zeile|monat|beitrag|artikel|foto|bild|minute)",
    ],
    requires: [
      "(nicht akzeptabel|inakzeptabel|nicht einverstanden|nicht nachvollziehbar|nicht mitgehen|nicht tragen|nicht leisten|nicht zahlen|nicht bezahlen|nicht mitmachen|nicht hinnehmen|nicht akzeptieren|können wir nicht|kann ich nicht|zu viel|zu hoch|zu teuer|unverschämt|überrascht|überraschend|geschockt|schockiert|verärgert|ärgerlich|enttäuscht|unverständlich|ungerechtfertigt|übertrieben|happig|heftig|saftig|kräftig|ohne vorwarnung|ohne ankündigung|einfach so|zurücknehmen|überdenken|alten|bisherigen|gewohnten|weiterhin|bestandskunde*|stammkunde*|langjährig*|treue|schwierig|nicht drin|nicht möglich|leider|nicht in ordnung|nicht ok|nicht okay|nicht fair|unfair|nicht gerechtfertigt|nicht angemessen|unangemessen|sprung|nicht mit|schlucken|mittragen|stemmen|nicht tragbar|schade|ganz schön|ordentlich|kräftig|deutlich|stark|ziemlich|schon wieder|wieder|explodiert|verdoppelt)",
    ],
    unless: ["(unsere|unserer|unseren|für unsere|unserem) (produkte|kunden|artikel|waren|shop|preisliste|speisekarte|website|angebote|leistungen|mitglieder)"],
    negatable: false,
    note: {
      en: "Pushback on a rate increase.",
      de: "Widerstand gegen eine Preiserhöhung.",
    },
    examples: {
      flag: ["Dass du ab Jänner zehn Euro mehr pro Stunde willst, hat mich ehrlich gesagt ziemlich überrascht.", "Ihre Preise sind seit letztem Jahr ganz schön gestiegen, schade.", "Eine Erhöhung um 10 % ist dieses Jahr schwer zu schlucken.", "Die Erhöhung des Stundensatzes finden wir nicht in Ordnung.", "Ihren neuen Tagessatz können wir so nicht mittragen.", "Die Preiserhöhung ist für uns nicht akzeptabel.", "Können wir beim bisherigen Stundensatz bleiben?", "Ihre neuen Preise sind leider nicht drin für uns.", "Als langjähriger Kunde bin ich von der Erhöhung Ihres Stundensatzes überrascht.", "Dass die Pauschale schon wieder angehoben wurde, finde ich ehrlich gesagt nicht fair."],
      pass: ["Für die Wochenendeinsätze zahlen wir gern zehn Euro mehr pro Stunde, wie besprochen.", "Danke für die Info zur Preisanpassung, das ist in Ordnung für uns.", "Dass der Tagessatz gestiegen ist, hatten Sie ja angekündigt, das passt für uns."],
    },
  },
  {
    id: "de.money.price_pushback.budget",
    signal: "money.price_pushback",
    language: "de",
    severity: 1,
    patterns: [
      "(liegt|liegen|ist|sind|geht|gehen|läge|wäre) (leider|deutlich|etwas|klar|weit|bei weitem|leider deutlich)? (über|außerhalb|jenseits|oberhalb) (unser*|mein*) (budget*|rahmen|kostenrahmen|etat|budgetrahmen|preisrahmen|finanziellen rahmen)",
      "(sprengt|sprengen|übersteigt|übersteigen|überschreitet|überschreiten) (leider|deutlich|etwas|klar|weit|bei weitem|leider deutlich)? (unser*|mein*|das|dem|den|unsere) (budget*|rahmen|kostenrahmen|etat|budgetrahmen|preisrahmen|finanziellen rahmen)",
      "(unser|mein|das) (budget|etat|kostenrahmen|budgetrahmen|preisrahmen|preisvorstellung|schmerzgrenze) (liegt|ist|beträgt|wäre|war|lag) (leider|allerdings|aber|jedoch|nur)? (eher|nur|maximal|höchstens|bei maximal|deutlich niedriger|niedriger|darunter|deutlich darunter|weit darunter|um einiges niedriger)",
      "mehr (ist|sind|können wir|kann ich|geht|gibt unser budget|gibt das budget) ... (nicht drin|nicht möglich|nicht machbar|nicht zu machen|nicht leistbar|nicht bezahlen|nicht ausgeben|nicht zahlen)",
      "(nicht|kaum) (im|in unserem|ins|in unser|in mein|im vorgesehenen) (budget|rahmen|etat|kostenrahmen)",
      "(deutlich|weit|viel|etwas|klar|erheblich)? (über|oberhalb) (dem|unserem|unserer|unseren|von dem) ... (budgetiert|eingeplant|geplant|kalkuliert|vorgesehen|veranschlagt|gerechnet|vorstellung|vorstellungen|budget|rahmen)",
      "(hatten|haben|hätten|hatte|habe) (eher|nur|mit weniger|an weniger|an eine niedrigere|mit einem niedrigeren|eher mit|eher an) ... (gerechnet|gedacht|kalkuliert|geplant)",
      "mehr als (wir|ich) ... (eingeplant|budgetiert|kalkuliert|gerechnet|erwartet|vorgesehen|veranschlagt|gedacht|ausgeben wollten|ausgeben können|zahlen wollten|zahlen können)",
      "(so viel|soviel|das viele) (geld|budget) (können|kann|wollen|möchten|werden|würden) (wir|ich) ... (nicht|kaum|unmöglich) (ausgeben|zahlen|bezahlen|investieren|aufbringen|stemmen)",
    ],
    requires: [PRICE_WORDS, "(mehr|gerechnet|gedacht|kalkuliert|budgetiert|eingeplant|geld|ausgeben)"],
    negatable: false,
    note: {
      en: "The price is held against the client's budget.",
      de: "Der Preis wird am Budget des Kunden gemessen.",
    },
    examples: {
      flag: ["Das ist deutlich mehr, als wir für ein Logo eingeplant hatten.", "So viel Geld können wir für ein paar Blogtexte nicht ausgeben.", "Die Offerte von 3'500 Franken übersteigt unseren Rahmen klar.", "Die Offerte von Ihnen ist deutlich über dem, was wir budgetiert haben.", "Das übersteigt leider unser Budget.", "Unser Budget liegt eher bei 2.000 Euro.", "Mehr ist bei uns leider nicht drin, das Budget ist knapp.", "Wir hatten eher mit 800 Franken gerechnet."],
      pass: ["Über unser Budget sprechen wir am besten im Call.", "Das Budget ist freigegeben, Sie können starten."],
    },
  },
  {
    id: "de.money.price_pushback.rechnung-zu-hoch",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "(doppelt|fast doppelt|beinahe doppelt|dreimal|viel|deutlich|wesentlich|erheblich|um einiges|ein gutes stück) (so)? (hoch|höher|teurer|mehr|viel) (wie|als) (besprochen|vereinbart|abgemacht|ausgemacht|abgesprochen|angeboten|offeriert|im angebot|in der offerte|erwartet|gedacht|veranschlagt|kalkuliert|geschätzt|budgetiert)",
      "(so viele|zu viele|so viel|zu viel|mehr) (stunden|zeit|aufwand|arbeitszeit) ... (berechnet|abgerechnet|aufgeschrieben|angesetzt|verrechnet|veranschlagt|in rechnung)",
      "(rechnung|abrechnung|betrag|endbetrag|summe) (ist|ist ja|erscheint|scheint|liegt|fällt) (uns|mir)? (deutlich|viel|etwas|sehr|wesentlich)? (zu hoch|höher als|über dem|überhöht|nicht nachvollziehbar)",
      "(höher|mehr|teurer) als (vereinbart|besprochen|angeboten|im angebot|abgesprochen|erwartet|veranschlagt|kalkuliert|in der offerte|geplant)",
      "(rechnung|betrag|honorar|stunden|position*|summe) ... (kürzen|kürzen wir|reduzieren|abziehen|streichen|mindern|herabsetzen|nicht anerkennen)",
      "(preis|honorar|stundensatz|tagessatz|betrag|aufwand) ... (nicht gerechtfertigt|nicht angemessen|unangemessen|überzogen|übertrieben|unverhältnismäßig)",
      "(nicht gerechtfertigt|nicht angemessen|unangemessen|überzogen|unverhältnismäßig|nicht nachvollziehbar)",
    ],
    requires: [PRICE_WORDS],
    unless: ["(ihre|deine) (rechnung|ausgaben|kosten) ... (reduzieren|senken|sparen)"],
    negatable: false,
    note: {
      en: "The invoice or the hours billed are disputed.",
      de: "Die Rechnung oder die abgerechneten Stunden werden angezweifelt.",
    },
    examples: {
      flag: ["Die Schlussrechnung ist deutlich höher als in der Offerte, das müssen wir klären.", "Das kostet jetzt ja dreimal so viel wie abgemacht? Nein, so nicht.", "Das Honorar ist für einen Blogartikel unverhältnismäßig.", "Warum wurden so viele Stunden berechnet?", "Die Rechnung ist deutlich höher als vereinbart.", "Wir werden die Rechnung um die Korrekturstunden kürzen.", "Der Aufwand von 12 Stunden ist nicht gerechtfertigt."],
      pass: ["Die Nachfrage ist deutlich höher als erwartet, wir brauchen mehr Flyer.", "Der Umsatz ist doppelt so hoch wie geplant, danke für die tolle Kampagne!", "Die Rechnung ist angekommen und bereits angewiesen."],
    },
  },
];

const PRICE_PUSHBACK_PLAIN: readonly PhraseRule[] = [
  {
    id: "de.money.price_pushback.happig",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "(happig*|gesalzen*|gepfeffert*)",
      "(ganz schön|ziemlich|schon|recht|echt|sehr|etwas|doch|arg|ein bisschen|ein bisserl|ordentlich) (saftig|teuer)",
      "(ordentlicher|gewaltiger|kräftiger|heftiger|ganz schöner) (sprung|aufschlag|preissprung|anstieg)",
      "(goldene nase|dumme und dämlich|dumm und dämlich|sich bereichern|bereichern wollen)",
      "für (das|so viel|diesen|den|dieses|ihr|dein) (geld|preis|betrag|honorar|stundensatz|tagessatz) ... (erwarte|erwarten|kann man|könnte man|darf man|sollte man|würde ich) ... (mehr|erwarten|besseres|deutlich mehr)",
      "(nicht|kaum|schwer) (bezahlbar|finanzierbar|leistbar|erschwinglich|stemmbar|zu stemmen)",
      "(mehr als|über) #num ... (zahlen|bezahlen|ausgeben|investieren) (wir|ich) ... nicht",
      "(müssen|muss|sollten|solltest|könnten|können|musst|kannst|könntest) (sie|du|ihr)? (schon|noch|da|aber|halt)? (deutlich|etwas|ein bisschen|ein gutes stück|erheblich|kräftig|mindestens|noch)? (runtergehen|runter gehen|heruntergehen|herunterkommen|runterkommen|nachlassen|billiger werden|günstiger werden)",
      // "Können Sie bei der letzten Rechnung noch 20 % nachlassen?": a cut asked for as a number.
      "(können|könnten|kannst|könntest|könnt|würden|würdest|müssten|müsstest) (sie|du|ihr) ... (#num|ein paar|zehn|zwanzig|fünf) (prozent|euro|franken|chf|eur)? (nachlassen|runtergehen|runterkommen|heruntergehen|erlassen)",
      "(fair|angemessen|realistisch|marktüblich|vertretbar) (wären|wäre|fänden|finden|fände) ... (#num|euro|franken|chf|eur|stunde|pauschal)",
      // "Das ist ganz schön viel, geht da noch was?": a steep price and an ask in one sentence.
      "(ganz schön|ziemlich|recht|echt|arg|ordentlich|schon sehr|sehr|doch) viel ... (geht da|ist da|lässt sich|lässt sich da|könnt ihr|kannst du|können sie) (preislich|am preis|beim preis)? (noch)? (was|etwas|spielraum) (machen|drin)?",
      "(preislich|beim preis|am preis|beim honorar|beim stundensatz|beim tagessatz|mit dem preis) (müssten|müssen|müsstet|müsstest|sollten|müssen sie|müssten sie|musst du|müsstest du) (wir|sie|du|ihr)? (da|schon|aber|noch|halt)? (noch)? (etwas|ein stück|ein gutes stück|deutlich)? (runterkommen|runtergehen|heruntergehen|herunterkommen|nach unten)",
    ],
    unless: ["(nicht|kein|keine) (so)? (happig|teuer|heftig)", "(gesalzen*|gepfeffert*) (butter|nüsse|erdnüsse|speisen|gericht*|essen|suppe|wasser)"],
    note: {
      en: "Your price called steep, or a lower figure named: hold it, or trade scope for price.",
      de: "Ihr Preis wird als happig bezeichnet oder ein niedrigerer genannt: halten Sie ihn, oder tauschen Sie Umfang gegen Preis.",
    },
    examples: {
      flag: ["Kannst du beim Angebot für die Broschüre noch 15 Prozent nachlassen?", "Für das Geld erwarte ich eigentlich mehr als drei Entwürfe.", "Das ist für ein kleines Café wie uns einfach nicht bezahlbar.", "Mehr als 50 Franken pro Stunde zahlen wir grundsätzlich nicht.", "45 Euro die Stunde sind schon happig.", "Die Rechnung ist ganz schön gesalzen.", "Da müssen Sie schon deutlich runtergehen.", "Fair wären aus meiner Sicht 4000 Franken.", "Für eine einzelne Landingpage ist das recht viel, lässt sich am Preis noch etwas machen?", "Beim Honorar müssten Sie schon noch ein Stück runtergehen."],
      pass: ["Wir sind sehr stolz auf das Ergebnis!", "Könnten Sie bei der Schrift auf 12 Punkt runtergehen? Der Preis passt.", "Der Preis ist nicht so happig wie befürchtet, passt.", "Das ist ganz schön viel Arbeit, danke, dass du das übernimmst."],
    },
  },
  {
    id: "de.money.price_pushback.zahle-ich-so-nicht",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "(zahle|zahlen|bezahle|bezahlen|begleiche|begleichen) (ich|wir) (so|in der höhe|in dieser höhe|auf keinen fall|garantiert|sicher|bestimmt|sicherlich) nicht",
      "(so|in der höhe|in dieser höhe|auf keinen fall|garantiert) (zahle|zahlen|bezahle|bezahlen) (ich|wir) (das|die rechnung|den betrag)? nicht",
      "(das|diesen betrag|die rechnung|so viel|diese summe) (zahle|zahlen|bezahle|bezahlen) (ich|wir) (so)? nicht",
    ],
    negatable: false,
    note: {
      en: "Refuses to pay the amount as invoiced.",
      de: "Weigert sich, den Betrag wie berechnet zu zahlen.",
    },
    examples: {
      flag: ["Das zahle ich so nicht.", "In dieser Höhe zahlen wir die Rechnung nicht."],
      pass: ["Das zahlen wir gerne, danke!"],
    },
  },
  {
    id: "de.money.price_pushback.uns-zu-teuer",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    // "Das ist uns zu teuer": the quote itself is the context, so no price word is needed when it is "uns" or "mir" it is too dear for.
    patterns: [
      "(ist|wäre|war|sind|wären|scheint|klingt|kommt) (uns|mir) (ehrlich gesagt|ehrlich|leider|aber|dann doch|doch|definitiv|einfach|schlicht|momentan|aktuell|gerade|im moment|derzeit)? (zu|viel zu|etwas zu|deutlich zu|doch zu|leider zu|einfach zu|schlicht zu|ein bisschen zu|ein wenig zu) (teuer|kostspielig)",
    ],
    unless: [PRICE_WORDS, "(andere|anderen|anderer|vorige|vorigen|vorherige|vorherigen|alte|alten|letzte|letzten|bisherige|bisherigen|erste|ersten) (agentur|anbieter*|studio|designer*|texter*|freelancer*|druckerei|firma|dienstleister*|angebot|offerte)", "(konkurrenz|mitbewerber|wettbewerber)"],
    note: {
      en: "Pushback on your price: hold it, or trade scope for price, never price alone.",
      de: "Einwand gegen Ihren Preis: halten Sie ihn, oder tauschen Sie Umfang gegen Preis, nie nur den Preis.",
    },
    examples: {
      flag: ["Das ist mir ehrlich gesagt zu teuer.", "Hm, das wäre uns momentan einfach zu teuer."],
      pass: ["Die alte Agentur war uns zu teuer, deshalb sind wir froh, dass du es machst.", "Das ist uns nicht zu teuer, passt so."],
    },
  },
  {
    id: "de.money.price_pushback.anteile-statt-honorar",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "(anteile|anteil|firmenanteile|firmenanteil|geschäftsanteile|unternehmensanteile|beteiligung|umsatzbeteiligung|gewinnbeteiligung|aktien|aktienoptionen|equity|provision|provisionsbasis)",
    ],
    requires: ["(statt|anstatt|anstelle|stattdessen|dafür|als bezahlung|als honorar|als vergütung|teils|zum teil|halb bar|in form von|auf provisionsbasis|honorar)"],
    unless: ["(unsere|unseren|die) (gesellschafter|investoren|aktionäre|vertriebler|makler|mitarbeiter|mitarbeitenden)"],
    note: {
      en: "A stake or commission offered in place of your fee: a risk you carry, not a payment.",
      de: "Beteiligung oder Provision statt Honorar: ein Risiko, das Sie tragen, keine Bezahlung.",
    },
    examples: {
      flag: ["Statt des vollen Honorars könnten wir dir eine Umsatzbeteiligung anbieten.", "Wäre für Sie auch eine Beteiligung an der Firma statt Bezahlung denkbar?"],
      pass: ["Unsere Gesellschafter haben ihre Anteile statt bar eingebracht.", "Die Provision für unsere Vertriebler berechnen wir selbst."],
    },
  },
];

const PRICE_PUSHBACK_NARROW: readonly PhraseRule[] = [
  {
    id: "de.money.price_pushback.ueberzogen",
    signal: "money.price_pushback",
    language: "de",
    severity: 2,
    patterns: [
      "(übertrieben|überzogen|unverhältnismäßig|abgehoben|astronomisch|jenseits von gut und böse)",
      "(höchstens|maximal|lediglich|allenfalls|nicht mehr als|bestenfalls) #num (euro|eur|franken|chf|dollar|pro stunde|die stunde|am tag)",
      "(verglichen|im vergleich|vergleich|vergleichen) ... (drüber|darüber|teurer|deutlich mehr|günstiger|billiger)",
    ],
    requires: ["(preis*|honorar*|stundensatz*|tagessatz*|stundenlohn|euro|eur|franken|chf|dollar|stunde|betrag|summe|rechnung*|satz|angebot*|offerte*)"],
    unless: ["(zeitplan|deadline|termin|frist|erwartung*|anforderung*|vorstellung*) ... (übertrieben|überzogen|unrealistisch|abgehoben)"],
    negatable: false,
    note: {
      en: "Your price called excessive or set against others.",
      de: "Ihr Preis wird als überzogen bezeichnet oder mit anderen verglichen.",
    },
    examples: {
      flag: ["Ich finde 90 Euro die Stunde übertrieben.", "Wir können Ihnen höchstens 500 Euro für das Logo bieten.", "Wir haben Ihre Preise mit anderen verglichen und Sie liegen deutlich drüber."],
      pass: ["Maximal 2 Seiten bitte, mehr liest keiner.", "Der Zeitplan im Angebot ist etwas übertrieben knapp, können wir eine Woche mehr einplanen?"],
    },
  },
];

/** Late payment: delays, lost invoices, pay-when-paid, long terms, instalments. */
const LATE_PAYMENT: readonly PhraseRule[] = [
  {
    id: "de.money.late_payment.naechsten-monat",
    signal: "money.late_payment",
    language: "de",
    severity: 2,
    patterns: [
      "(zahl*|bezahl*|überweis*|begleich*|zahlung|überweisung|geld|betrag|anweisen|anweisung|ausgleichen) ... (nächsten|kommenden|übernächsten|folgenden|im neuen|anfang des nächsten|ende des nächsten|anfang nächsten|ende nächsten|mitte nächsten) (monat*|quartal*|geschäftsjahr|jahr|jahres)",
      "(nächsten|kommenden|übernächsten|im neuen|anfang nächsten|ende nächsten|mitte nächsten|anfang des nächsten|ende des nächsten) (monat|monats|quartal|quartals|jahr|jahres|geschäftsjahr) ... (zahl*|bezahl*|überweis*|begleich*|zahlung|überweisung|geld|betrag|rechnung)",
      "(erst|frühestens|leider erst|wohl erst|voraussichtlich erst|nicht vor) (im|ende|anfang|mitte|nach|in #num|in zwei|in drei|in ein paar|in einigen|in vier|in sechs) ... (zahl*|bezahl*|überweis*|begleich*|zahlung|überweisung)",
      "(zahl*|bezahl*|überweis*|begleich*|zahlung|überweisung|geld) ... (erst|frühestens|leider erst|wohl erst|voraussichtlich erst) (im|ende|anfang|mitte|nach|in #num|in zwei|in drei|in ein paar|in einigen|in vier|in sechs|nächste|nächsten|übernächste)",
      "(erst|frühestens|leider erst|wohl erst) (zahlen|bezahlen|überweisen|begleichen|anweisen|ausgleichen|freigeben|auszahlen)",
      "(den rest|der rest|restbetrag|restlichen betrag|die andere hälfte|die zweite hälfte|die restsumme|restzahlung|die restlichen) ... (später|in (etwa|ca|circa|rund|ungefähr)? (#num|zwei|drei|vier|sechs|ein paar|einigen|paar) (monaten|wochen)|nächsten monat|nächstes jahr|irgendwann|wenn)",
      "(mit der rechnung|mit ihrer rechnung|mit deiner rechnung|mit eurer rechnung|die rechnung|ihre rechnung|deine rechnung|eure rechnung|rechnungsstellung) ... (wartest|warten|warten könnten|zurückhalten|zurückhältst|später stellen|noch nicht stellen|verschieben|schieben)",
      // "Ihre Rechnung würden wir gern ins neue Geschäftsjahr schieben".
      "(ins|in das|aufs|auf das) (neue|nächste|kommende) (geschäftsjahr|budgetjahr|haushaltsjahr|wirtschaftsjahr|rechnungsjahr)",
      // "Mit der Zahlung für die Kursbetreuung wird's bis Feber leider nix."
      "(mit der|mit dem|mit ihrer|mit deiner|mit eurer|mit ihrem|mit deinem) (zahlung|überweisung|bezahlung|rate|rechnung|honorar|restzahlung|anzahlung|geld) ... (wird's|wird es|wirds|wird das) ... (nix|nichts|nischt|nüscht)",
      "(neuen|nächsten|kommenden) (budgetjahr|geschäftsjahr|haushaltsjahr|budget|wirtschaftsjahr)",
      "(jahresabschluss|quartalsabschluss|budgetfreigabe|haushaltssperre)",
      "(budget|etat|topf|mittel) ... (ausgeschöpft|aufgebraucht|erschöpft|leer|eingefroren|gesperrt)",
      "(kriegen|bekommen|bekommst|kriegst) (sie|du|ihr) (ihr|dein|euer|das|ihre|deine) (geld|honorar|kohle) (schon|noch|dann)? (wenn|sobald|irgendwann|später|noch|dann)",
      "(wenn|wann) (ich|wir) (es|das) (sage|sagen|will|wollen|für richtig halte)",
      "(erst|frühestens|leider erst|wohl erst) (zum|am|bis zum|nach dem|ende des|mit dem|zu) (quartalsende|monatsende|jahresende|quartal|quartals|jahreswechsel|geschäftsjahresende|nächsten zahlungslauf)",
      "(zahlungen|überweisungen|auszahlungen|zahlungsläufe|zahlungsverkehr) (sind|werden|bleiben|ist|wird|bleibt) (gerade|momentan|derzeit|aktuell|vorerst|vorübergehend|bis auf weiteres|leider)? (ausgesetzt|gestoppt|eingefroren|angehalten|zurückgestellt|pausiert|gesperrt|auf eis)",
      "(sind|werden|bleiben|ist|wird|bleibt) (die|alle|unsere|sämtliche)? (zahlungen|überweisungen|auszahlungen|zahlungsläufe|zahlungsverkehr) (gerade|momentan|derzeit|aktuell|vorerst|vorübergehend|bis auf weiteres|leider)? (ausgesetzt|gestoppt|eingefroren|angehalten|zurückgestellt|pausiert|gesperrt|auf eis)",
      "(überweise|zahle|bezahle|begleiche|überweisen|zahlen|bezahlen|begleichen) ... (wenn|sobald|nachdem) (ich|wir) (aus dem urlaub|aus den ferien|von der reise|wieder)? (zurück|da|im büro) (bin|sind)",
      "(zahle|zahlen|überweise|überweisen|bezahle|bezahlen|begleiche|begleichen) (ich|wir)? (dann|das|es|die rechnung)? ... (irgendwann|bei gelegenheit|wenn ich zeit habe|wenn wir zeit haben|wenn ich dazu komme|wenn wir dazu kommen|wenn es passt|wenn es uns passt|wenn es mir passt)",
    ],
    requires: [PAYMENT_WORDS],
    unless: ["(zahlung|überweisung|betrag|rechnung) (ist|wurde|wurden|haben wir|habe ich) ... (angewiesen|überwiesen|bezahlt|beglichen|raus|veranlasst)", "(angebot|projekt|start|beginn|kickoff|auftrag) ... (nächsten|kommenden) (monat|quartal)"],
    negatable: false,
    note: {
      en: "Payment pushed back: restate the due date in writing.",
      de: "Die Zahlung wird aufgeschoben: nennen Sie das Fälligkeitsdatum schriftlich.",
    },
    examples: {
      flag: ["Ihre Rechnung für die Renderings würden wir gern ins neue Geschäftsjahr schieben.", "Servus, mit der Zahlung für die Kursbetreuung wird's bis Feber leider nix.", "Die Buchhaltung überweist erst zum Quartalsende.", "Wegen der Umstellung der Buchhaltung sind Zahlungen gerade ausgesetzt.", "Ich überweise, wenn ich aus dem Urlaub zurück bin.", "Die Rechnung begleichen wir Ende nächsten Monats.", "Ich zahle, wenn ich Zeit habe.", "Wir zahlen grundsätzlich erst nach 60 Tagen, das ist bei uns so üblich.", "Die Rechnung zahlen wir nächsten Monat.", "Wir können erst Ende des Quartals überweisen.", "Die Zahlung erfolgt frühestens im Februar.", "Nächsten Monat überweisen wir dann den Betrag."],
      pass: ["Wir wünschen einen guten Rutsch ins neue Jahr, die Rechnung ist bezahlt.", "Deine Rechnung haben wir heute überwiesen, das neue Geschäftsjahr beginnt bei uns im April.", "Die Zahlung ist heute angewiesen worden, danke für die gute Arbeit.", "Wir wollen das Projekt nächsten Monat starten."],
    },
  },
  {
    id: "de.money.late_payment.rechnung-untergegangen",
    signal: "money.late_payment",
    language: "de",
    severity: 2,
    patterns: [
      "(rechnung*|mahnung|zahlungserinnerung) ... (untergegangen|verloren gegangen|verlorengegangen|verschwunden|verschlampt|verlegt|übersehen|liegen geblieben|liegengeblieben|im spam|nicht angekommen|nicht eingegangen|nicht bei uns angekommen|abhandengekommen|abhanden gekommen|nicht auffindbar|durchgerutscht)",
      "(untergegangen|verschlampt|übersehen|liegen geblieben|liegengeblieben|verlegt|durchgerutscht) ... (rechnung*)",
      "(finde|finden|habe|haben|hab) (die|ihre|deine|eure|keine)? rechnung (nicht|leider nicht|nirgends|nicht mehr|nirgendwo)",
      // The invoice named with its month in between, colloquial "find": "ich find deine Rechnung vom Oktober leider nirgends mehr".
      "(finde|find|finden|findet) (ich|wir)? (die|ihre|deine|eure|eure)? (rechnung|rechnungen|faktura|honorarnote) ... (nirgends|nirgendwo|nicht mehr|einfach nicht|partout nicht)",
      "(keine|nie eine|noch keine) rechnung (bekommen|erhalten|gesehen)",
    ],
    unless: ["(ihre|deine|eure) (mail|nachricht) ... (übersehen|untergegangen)"],
    negatable: false,
    note: {
      en: "'The invoice got lost': a classic delay.",
      de: "„Die Rechnung ist untergegangen“: ein klassischer Aufschub.",
    },
    examples: {
      flag: ["Servus, ich find deine Rechnung vom Oktober leider nirgends mehr. Schick sie mir halt nochmal.", "Ihre Rechnung ist bei uns irgendwo im Posteingang verschwunden.", "Die Rechnung ist bei uns leider untergegangen.", "Ihre Rechnung muss im Spam gelandet sein, sie ist nicht angekommen.", "Ich finde deine Rechnung nicht mehr, kannst du sie nochmal schicken?"],
      pass: ["Ich finde die Rechnung vom Oktober gerade nicht im Ordner, aber die Überweisung ist laut Konto raus.", "Ich habe Ihre Mail übersehen, sorry.", "Die Rechnung ist angekommen, danke."],
    },
  },
  {
    id: "de.money.late_payment.wenn-kunde-zahlt",
    signal: "money.late_payment",
    language: "de",
    severity: 2,
    patterns: [
      "(erst|sobald|wenn|nachdem|bis|sowie|falls) (unser|der|mein|die|unsere|meine) (kunde|kundin|endkunde|endkundin|auftraggeber|auftraggeberin|partner|investor|investoren|geldgeber|förderer|sponsor|sponsoren|agenturkunde) ... (gezahlt|bezahlt|zahlt|überwiesen|beglichen|geld|die zahlung)",
      "(wenn|sobald|nachdem|falls|bis) (wir|ich) (selbst|selber|unsererseits|endlich)? (bezahlt|geld|die zahlung|die förderung|das geld|fördergelder|die mittel|die finanzierung|einnahmen|umsatz|unser geld|die rechnung bezahlt) (bekommen|erhalten|haben|bekommen haben|erhalten haben|reinkommt|eingeht|da ist|fließt|gesichert)",
      "(sobald|wenn|bis) (das geld|die zahlung|die förderung|die finanzierung|die mittel|die einnahmen) (reinkommt|eingeht|da ist|fließt|bewilligt|freigegeben|kommt)",
      "(nach|bei|mit) (eingang|erhalt) (der|unserer)? (zahlung|bezahlung|gelder|mittel|überweisung) (unseres|unserer|des|vom|von unserem|von unserer)? (kunden|kundin|auftraggebers|auftraggeberin|endkunden)",
      "(nach|erst nach|nach dem erfolgreichen|nach erfolgreichem) (dem)? (launch|relaunch|go-live|golive|livegang|start|projektende|projektabschluss|kampagnenende|der messe|dem event|der veröffentlichung|dem erscheinen|markteinführung)",
      "(wenn|sobald|falls) (das projekt|die kampagne|die seite|der shop|die website|das produkt|die app|es|das) ... (erfolgreich|geld|umsatz|gewinn|erfolg|gut|umsätze|einnahmen|ergebnisse|resultate|erfolge|leads|anfragen|buchungen|verkäufe) (ist|läuft|bringt|abwirft|macht|hat|war|laufen|anläuft|gebracht|abgeworfen|erzielt|eingespielt|generiert|zeigt|liefert)",
      "(sobald|wenn|erst|nachdem|bis|sowie|falls) ... (kunde|kunden|kundin|auftraggeber|endkunde|endkunden) ... (abgerechnet|bezahlt|gezahlt|zahlt|beglichen|überwiesen)",
      "(sobald|wenn|erst|nachdem|bis|sowie|falls) ... (abgerechnet|bezahlt|gezahlt|zahlt|beglichen|überwiesen) ... (kunde|kunden|kundin|auftraggeber|endkunde|endkunden)",
      "(sobald|wenn|bis|nachdem) (das|die|der) (investorengeld|investorengelder|fördergeld|fördergelder|kreditgeld|startkapital|kredit|darlehen|investment|investition|finanzierungsrunde|förderung|finanzierung) (da|eingegangen|drauf|auf dem konto|geflossen|bewilligt|durch|abgeschlossen) (ist|sind)?",
      // "Sobald die Fördermittel vom Land eingegangen sind, überweisen wir Ihnen den Betrag."
      "(sobald|wenn|bis|nachdem|erst wenn) (das|die|der|unsere|unser) (fördermittel|fördergeld|fördergelder|förderung|zuschüsse|zuschuss|subvention|subventionen|spendengelder|spenden|investorengeld|investorengelder|kredit|darlehen|finanzierung|stiftungsgelder|projektgelder|mittel) ... (da|eingegangen|eingetroffen|drauf|auf dem konto|geflossen|ausgezahlt|überwiesen|bewilligt|freigegeben|gekommen) (ist|sind)? ... (überweisen|überweise|zahlen|zahle|bezahlen|bezahle|begleichen|begleiche|gibt es|bekommen sie|bekommst du|kriegst du)",
      // "Wenn die Anmeldungen für den Frühjahrskurs gut laufen, zahl ich dir dann alles auf einmal."
      "(wenn|sobald|falls|erst wenn) (die|der|das|genug|mehr)? (ersten|erste|genug|mehr|neuen)? (anfragen|kunden|kundinnen|buchungen|verkäufe|umsätze|umsatz|aufträge|bestellungen|leads|einnahmen|anmeldungen|reservierungen|spenden|teilnehmer|teilnehmerzahlen) ... (zahl|zahle|zahlen|überweis|überweise|überweisen|bezahl|bezahle|bezahlen|begleiche|begleichen) (ich|wir)",
      "(schlusszahlung|restzahlung|zahlung|rate|restbetrag|letzte rate|zweite rate|honorar|rest) (zurückhalten|zurückbehalten|einbehalten|zurückstellen|zurück halten|einfrieren) ... (bis|solange)",
      "(schauen|sehen|abwarten|gucken|schaun|warten|ab) ... wie (die kampagne|das projekt|die seite|der shop|die website|es|das|der launch|die anzeigen|die app|der erste monat|die ersten wochen|das ganze) ... (läuft|laufen|funktioniert|ankommt|performt|entwickelt|anläuft) ... (dann|danach|bevor) ... (geld|zahlen|zahlung|bezahlung|rechnung|honorar|bezahlen|überweisen|überweisung)",
      "(bezahlt wird|gezahlt wird|überwiesen wird|geld gibt es|geld gibt's|bezahlung gibt es|zahle ich|zahlen wir|bezahle ich|bezahlen wir|überweise ich|überweisen wir) (erst|nur)? (wenn|sobald|falls) (ich|wir) ... (zufrieden|glücklich|happy)",
      // "Bezahlt wird, wenn die ersten Anfragen über die neue Website reinkommen": pay after results.
      "(bezahlt wird|gezahlt wird|überwiesen wird|geld gibt es|geld gibt's|bezahlung gibt es|zahle ich|zahlen wir|bezahle ich|bezahlen wir|überweise ich|überweisen wir) (dann)? (erst|nur)? (wenn|sobald|falls|nachdem) (die|der|das)? (ersten|erste|erstes|genug|mehr|neue|neuen)? (anfragen|kunden|kundinnen|buchungen|verkäufe|umsätze|umsatz|aufträge|bestellungen|leads|ergebnisse|einnahmen|gewinne|follower|klicks|reservierungen|anmeldungen)",
    ],
    requires: [PAYMENT_WORDS, "(schlusszahlung|restzahlung|rate|restbetrag|honorar)"],
    // Starting the project, or a bonus, once the money is there: no payment held back.
    unless: ["(starten|beginnen|loslegen|anfangen|projektstart|bonus|prämie|obendrauf|zusätzlich)"],
    negatable: false,
    note: {
      en: "Your pay made to depend on someone else's money or success.",
      de: "Ihre Bezahlung wird von fremdem Geld oder Erfolg abhängig gemacht.",
    },
    examples: {
      flag: ["Sobald die Fördermittel vom Land eingegangen sind, überweisen wir Ihnen den Betrag.", "Wenn die Anmeldungen für den Frühjahrskurs gut laufen, zahl ich dir dann alles auf einmal.", "Die Rechnung zahlen wir erst, wenn die ersten Aufträge über die Seite reinkommen.", "Das Honorar überweisen wir, wenn genug Anmeldungen für den Kurs da sind.", "Wir warten erst mal ab, wie der Shop anläuft, danach reden wir über die Rechnung.", "Das Honorar überweisen wir erst, wenn wir hundertprozentig zufrieden sind.", "Ich überweise, sobald das Investorengeld da ist, hoffentlich in ein paar Wochen.", "Können wir die Schlusszahlung zurückhalten, bis die Seite einen Monat online ist?", "Ich zahle, sobald die Kampagne erste Ergebnisse bringt.", "Wir überweisen nach Eingang der Zahlung unseres Kunden.", "Bezahlt wird, wenn unser Kunde bezahlt hat.", "Die Überweisung kommt, sobald das Projekt abgeschlossen und abgerechnet ist bei unserem Kunden.", "Zahlen wir, wenn die Kampagne Umsatz gebracht hat.", "Wir zahlen erst, wenn unser Kunde gezahlt hat.", "Die Rechnung begleichen wir nach dem Launch.", "Sobald die Förderung bewilligt ist, überweisen wir.", "Bezahlung gibt es, wenn der Shop erfolgreich läuft."],
      pass: ["Sobald die Fördermittel da sind, starten wir das Projekt und zahlen die Anzahlung.", "Wenn die Anmeldungen gut laufen, zahlen wir dir einen Bonus obendrauf.", "Bezahlt wird, sobald die Abnahme erfolgt ist.", "Wir schauen, wie die Kampagne läuft, und melden uns dann mit neuen Ideen.", "Nach dem Launch feiern wir mit dem ganzen Team, Sie sind eingeladen!"],
    },
  },
  {
    id: "de.money.late_payment.zahlungsziel",
    signal: "money.late_payment",
    language: "de",
    severity: 2,
    patterns: [
      "(zahlungsziel|zahlungsfrist|zahlungsziele|zahlungsbedingungen|zahlungsbedingung) ... (45|60|75|90|100|120|150|180|sechzig|neunzig|hundertzwanzig|drei monate|zwei monate|sechs monate) (tag*|wochen)?",
      "(45|60|75|90|120|180|sechzig|neunzig) (tage|tagen) (zahlungsziel|netto|zahlungsfrist|nach rechnungseingang|nach rechnungsstellung|nach erhalt|nach eingang|nach monatsende|ab monatsende|nach ende des monats|nach abnahme|nach projektende|nach lieferung)",
      "(zahlungsziel|zahlungsfrist) (verlängern|verlängert|verlängerung|strecken|ausweiten|ausdehnen)",
      "(zahlungsaufschub|stundung|zahlungsstundung|verlängerung der zahlungsfrist|fristverlängerung)",
      // "Unsere Buchhaltung überweist externe Rechnungen ab sofort nur noch quartalsweise": a long term announced as a new rule.
      "(überweist|überweisen|überweisung*|zahlt|zahlen|zahlung*|bezahlt|bezahlen|begleicht|begleichen|rechnungen|auszahlung*|zahlungsläufe|zahllauf|zahlungslauf|abgerechnet|ausgezahlt|überwiesen|beglichen) ... (nur noch|ab sofort nur|künftig nur|ab jetzt nur|neuerdings nur|jetzt nur noch|ausschließlich) (noch)? (quartalsweise|vierteljährlich|halbjährlich|jährlich|einmal im quartal|einmal pro quartal|einmal im halbjahr|einmal im jahr|zum quartalsende|am quartalsende|zum jahresende)",
      "(in|per) (#num|zwei|drei|vier|fünf|sechs|zwölf|mehreren|einigen|monatlichen|kleinen) (raten|teilbeträgen|teilzahlungen|tranchen|monatsraten)",
      "(ratenzahlung*|teilzahlung*|abstottern|abstottert|in raten|ratenweise|monatsraten)",
    ],
    unless: ["(anzahlung|vorauszahlung|vorschuss|50 prozent vorab|hälfte vorab)", "(miete|mieten|leasing*|steuern|steuer|versicherung*|mitgliedsbeitr*|beiträge|abo|abos|gehälter|löhne|lohn|strom|nebenkosten)"],
    note: {
      en: "Long payment terms or instalments proposed after the fact.",
      de: "Lange Zahlungsfristen oder Raten, nachträglich vorgeschlagen.",
    },
    examples: {
      flag: ["Unsere Buchhaltung überweist externe Rechnungen ab sofort nur noch quartalsweise, Ihre beiden offenen Posten kommen also Ende Juni dran.", "Bei uns werden Freelancer grundsätzlich 75 Tage nach Monatsende bezahlt.", "Können wir das in sechs Monatsraten abzahlen?", "Unsere Zahlungsbedingungen sehen 120 Tage vor.", "Könnten Sie die Zahlungsfrist auf 60 Tage verlängern?", "Bei uns gilt ein Zahlungsziel von 90 Tagen.", "Könnten wir das in drei Raten zahlen?", "Wäre ein Zahlungsaufschub bis März möglich?", "Unser Standard ist 60 Tage netto."],
      pass: ["Wir zahlen ab sofort nur noch quartalsweise unsere Miete, das hat nichts mit dir zu tun.", "Den Newsletter verschicken wir ab sofort nur noch quartalsweise, bitte plane die Texte entsprechend.", "Wir zahlen wie vereinbart innerhalb von 14 Tagen."],
    },
  },
  {
    id: "de.money.late_payment.gerade-nicht",
    signal: "money.late_payment",
    language: "de",
    severity: 2,
    patterns: [
      "(können|kann|könnten|konnten|konnte) (die rechnung|den betrag|das|wir|ich|sie|es)? (leider|momentan|derzeit|aktuell|gerade|im moment|noch|diesen monat)? (noch|leider)? nicht (bezahlen|begleichen|zahlen|überweisen|anweisen|ausgleichen)",
      "(liquiditätsengpass|liquiditätsprobleme|liquiditätsengpässe|knapp bei kasse|zahlungsschwierigkeiten|finanzielle schwierigkeiten|finanziell (eng|schwierig|angespannt|knapp)|klamm|cashflow-probleme|engpass)",
      // "Finanziell ist es grad etwas eng".
      "finanziell (ist es|ist's|sieht es|schaut es|wird es|steht es) (bei uns|bei mir)? (gerade|grad|grade|momentan|derzeit|aktuell|im moment|leider)? (etwas|ein bisschen|ziemlich|sehr|recht|echt|leider|eher)? (eng|knapp|schwierig|angespannt|mau|düster)",
      "(zahlung|überweisung|freigabe der rechnung|rechnungsfreigabe|auszahlung) (verzögert|verschiebt|dauert|zieht|verspätet) (sich)? (leider|noch|etwas|ein wenig|ein bisschen)?",
      "(rechnung|zahlung|überweisung|betrag) ... noch (nicht|immer nicht) (freigegeben|angewiesen|bezahlt|überwiesen|beglichen|gebucht|raus)",
      "(buchhaltung|finanzabteilung|controlling|steuerberater*|chef|chefin|geschäftsführer*|geschäftsführung|kollege|kollegin|unterschriftsberechtigte*) ... (urlaub|krank|nicht da|abwesend|unterschreiben|freigeben|gegenzeichnen|unterschrift|auf reisen|verreist|auf dienstreise|unterwegs)",
      "(erst|leider erst) (im|mit dem) (nächsten|übernächsten) (zahlungslauf|zahllauf)",
      "(zahlung|überweisung|begleichung|bezahlung|auszahlung) ... (verschieben|schieben|aufschieben|zurückstellen|vertagen)",
      "(verschieben|schieben|vertagen) ... (zahlung|überweisung|begleichung|bezahlung)",
      "(wieder|etwas|erst wieder) (flüssig|liquide|bei kasse|zahlungsfähig)",
      "(kein|keine) (geld|mittel|liquidität|cash) (da|vorhanden|übrig|mehr da|verfügbar|in der kasse)",
      "(rechnung|zahlung|überweisung) (liegt|hängt|steckt) (noch|gerade|leider noch|aktuell)? (bei|in) (der|unserer|unserem) (buchhaltung|finanzabteilung|freigabe|controlling|prüfung|schleife|freigabeschleife)",
      "(zahlen|bezahlen|überweisen|begleichen) (können|könnten|werden|würden|dürfen) (wir|ich) (leider|dann)? erst",
      "(bekommst|bekommen|kriegst|kriegen) (du|sie|ihr) (ihr|dein|euer|das|ihre|deine) (geld|honorar|kohle) (schon|ja|schon noch|ja noch|irgendwann)",
      "(anzahlung|vorauszahlung|vorkasse) (ist)? (bei uns)? (nicht|leider nicht|grundsätzlich nicht|machen wir nicht|leisten wir nicht|zahlen wir nicht|ist nicht möglich)",
      "(geben|gebe|gibt) (wir|ich)? (die|den)? (zahlung|rechnung|überweisung|betrag|restzahlung|schlusszahlung) (erst|nur) (frei|raus)",
    ],
    requires: [PAYMENT_WORDS],
    negatable: false,
    note: {
      en: "A reason why your invoice isn't paid yet.",
      de: "Ein Grund, warum Ihre Rechnung noch nicht bezahlt ist.",
    },
    examples: {
      flag: ["Finanziell schaut es bei uns momentan eher mau aus, die Rechnung muss warten.", "Die Rechnung muss unsere Chefin abzeichnen, und die ist bis Monatsende verreist.", "Wir geben die Zahlung erst frei, wenn der Endkunde abgenommen hat, das kann dauern.", "Sorry, ich konnte noch nicht zahlen, es ist gerade wirklich knapp.", "Im Moment ist leider kein Geld da, ich melde mich, wenn es wieder besser aussieht.", "Die Rechnung liegt noch bei unserer Buchhaltung, das dauert bei uns immer etwas.", "Die Überweisung verschieben wir auf nach dem Sommer.", "Ich überweise, sobald ich wieder flüssig bin.", "Wir können die Rechnung momentan leider nicht bezahlen.", "Die Zahlung verzögert sich etwas, unsere Buchhaltung ist im Urlaub.", "Die Rechnung ist noch nicht freigegeben.", "Wir haben gerade einen Liquiditätsengpass, die Zahlung kommt später."],
      pass: ["Die Rechnung ist bezahlt, danke für die schnelle Lieferung!", "Das Budget ist freigegeben."],
    },
  },
];

const LATE_PAYMENT_WHEN: readonly PhraseRule[] = [
  {
    id: "de.money.late_payment.erst-im",
    signal: "money.late_payment",
    language: "de",
    severity: 2,
    patterns: [
      "(erst|frühestens|leider erst|wohl erst|voraussichtlich erst|nicht vor) (im|ab|anfang|ende|mitte|nach) (januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|frühling|sommer|herbst|winter|neuen jahr|nächsten jahr|jahresende|jahreswechsel)",
      "(dieses jahr|heuer|diesen monat|dieses quartal|vor weihnachten|vor dem urlaub) (leider)? (nicht mehr|nichts mehr)",
      // "Ich überweis dir die Rechnung dann im Mai".
      "(überweis*|zahl|zahle|zahlen|bezahl|bezahle|bezahlen|begleiche|begleichen) (ich|wir)? ... (dann|halt|eben) (im|ab|anfang|ende|mitte) (januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|frühling|sommer|herbst|winter|neuen jahr)",
      "in (etwa|ca|circa|rund|ungefähr|frühestens|gut)? (zwei|drei|vier|fünf|sechs|#num|ein paar|einigen) monaten",
      "(den rest|der rest|restbetrag|restlichen betrag|die andere hälfte|die zweite hälfte|die restsumme|restzahlung) ... (im|ab|ende|anfang|mitte) (januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|frühling|sommer|herbst|winter|neuen jahr)",
    ],
    requires: [PAYMENT_WORDS],
    unless: ["(zahlung|überweisung|betrag|rechnung) (ist|wurde|wurden) ... (angewiesen|überwiesen|bezahlt|beglichen|veranlasst)", "(projekt|start|beginn|kickoff|kick-off|shooting|termin|launch) ... (erst|frühestens) (im|ab)"],
    negatable: false,
    note: {
      en: "Payment pushed to a later month or season.",
      de: "Die Zahlung wird auf einen späteren Monat oder eine spätere Jahreszeit geschoben.",
    },
    examples: {
      flag: ["Die Rechnung geht heuer leider nicht mehr, erst im Jänner.", "Ich kann Ihnen die Hälfte jetzt überweisen, den Rest im Sommer.", "Die Rechnung bezahle ich dann halt im Juni, wenn das Weihnachtsgeschäft durch ist.", "Wir überweisen Ihnen das dann Anfang Herbst."],
      pass: ["Das Projekt startet erst im März, die Anzahlung überweisen wir heute.", "Die Anzahlung überweisen wir heute, den Rest wie vereinbart nach Abnahme."],
    },
  },
];

/** German money rules. */
export const MONEY_RULES: readonly PhraseRule[] = [...PRICE_PUSHBACK, ...PRICE_PUSHBACK_PLAIN, ...PRICE_PUSHBACK_NARROW, ...LATE_PAYMENT, ...LATE_PAYMENT_WHEN];
