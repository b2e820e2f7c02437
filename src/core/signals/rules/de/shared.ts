/**
 * Word groups the German rules share, as pattern-language strings (see `pattern.ts`).
 * They are used in `requires` and `unless`, which are only tried on a sentence once a
 * rule's own pattern has been found there, so they may use common words freely.
 *
 * The matcher ignores case, so "Sie" (you, formal) also matches "sie" (she, they) and
 * "Ihr" also matches "ihr" (her, their): where that matters, rules tie the phrase to a
 * verb form ("könnten Sie", "können Sie") instead.
 */

/** Words that address the freelancer, du, ihr and Sie. */
export const ADDRESSED = "(du|dich|dir|dein*|sie|ihnen|ihr*|euch|euer*|eure*)";

/** A request or a demand: modal verbs of asking, "bitte", needing, imperatives. */
export const REQUEST =
  "(kannst|könntest|könnt|könntet|könnten|können|würdest|würdet|würden|magst|möchtest|wärst|wärt|wären|wäre|hättest|hätten|schaffst|schafft|schaffen|bitte|brauch*|bräucht*|benötig*|mach|macht|mache|machst|musst|müsstest|müssten|sollst|solltest|solltet|lass|lasst|lassen|schick|sende|ruf|meld|gib|nimm|bau|setz|pass|änder|leg|erledig)";

/** Saying what the money is: a price, a quote (Swiss "Offerte"), a rate, an invoice. */
export const PRICE_WORDS =
  "(preis*|angebot*|offerte*|honorar*|stundensatz*|stundensätze|tagessatz*|tagessätze|stundenlohn|satz|sätze|kosten*|kostenvoranschlag|betrag|summe|rechnung*|pauschale|budget*|euro|eur|chf|franken|kostet|verlangst|verlangen|berechnen|berechnest|investition|stunden|stunde|stundenweise)";

/** Paying or the money owed. */
export const PAYMENT_WORDS =
  "(zahl*|bezahl*|überweis*|begleich*|rechnung*|geld|honorar*|betrag|beträge|vergütung|anweis*|ausgleich*|offenen posten)";

/** Greetings and wishes that name a weekend or a holiday without asking for work then. */
export const SEASON_GREETINGS =
  "(schönes|schönen|schöne|erholsames|erholsamen|erholsame|gutes|guten|gute|sonniges|entspanntes|entspannten|tolles|frohe|frohes|fröhliche|besinnliche|besinnlichen|gesegnete|angenehmes|angenehme|wunderbares) (wochenende|sonntag|samstag|feiertag*|weihnacht*|ostern|osterfest|festtage|pfingsten|rutsch|start|urlaub|ferien)";

/**
 * Words the client reports from someone else (their own customer, a guest, a reviewer):
 * the annotation guide labels a forwarded customer's anger or demands as no signal of
 * the client's ("Ein Kunde hat uns geschrieben: …").
 */
export const REPORTED =
  "(kunde|kundin|kunden|gast|gäste|käufer*|nutzer*|leser*|follower*|rezensent*|bewerter*|patient*|mieter*|anrufer*|jemand) ... (geschrieben|schreibt|schrieb|gemailt|gesagt|sagt|sagte|meinte|gepostet|kommentiert|beschwert|beschwerte|hinterlassen|geantwortet|gedroht|gebrüllt|geschimpft)";
