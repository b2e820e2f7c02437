/**
 * Where a message's own words end and its signature block begins.
 *
 * The signature is split off so that nothing in it is ever read as the client's
 * words: a confidentiality notice's "notify the sender immediately" is not pressure,
 * and "Sent from my iPhone" is not content. What starts a signature:
 *  - the delimiter "-- " of RFC 3676 §4.3 (also without its trailing space, as many
 *    clients strip it) and a rule of underscores (mailing-list footers);
 *  - a mobile client's line: "Sent from my iPhone", "Von meinem iPhone gesendet",
 *    "Get Outlook for iOS", and their siblings in the fixtures' languages;
 *  - a valediction on a line of its own ("Best regards,", "Viele Grüße", "LG") when only
 *    a short block follows it (a name, a title, a phone number);
 *  - a paragraph that opens like a legal or confidentiality disclaimer or a German
 *    company footer ("Geschäftsführer:", "Amtsgericht …");
 *  - a signature block the HTML marked (Gmail's gmail_signature, Outlook's #Signature).
 *
 * What deliberately does not: "----" and "====" (markdown rules in the author's text),
 * an em dash line, "Sent from my desk, is much easier…" (a sentence, not a client's
 * tag line), "Thanks!" (the author's words), and "Sincerely," — kept with the text as
 * the reference parser keeps it: a formal closing that names the sender adds no
 * signal either way, so matching the peer costs nothing.
 */

/** RFC 3676 delimiter ("-- "), its stripped form ("--"), and underscore rules ("__", Mailman's long rule). */
const DELIMITER = /^(?:-- ?|_{2,80})$/;

/**
 * Mobile and webmail tag lines. "Sent from" must be followed by a short device or app
 * name (no comma or sentence punctuation), optionally with the link some apps append.
 */
const MOBILE = new RegExp(
  [
    "^(?:",
    [
      "sent from (?:my )?[^,;:.!?<>]{1,40}",
      "sent (?:with|via|using) [^,;:.!?<>]{1,40}",
      "get outlook for (?:ios|android)",
      "von meinem [^,;:.!?<>]{1,40} gesendet",
      "gesendet (?:von|vom|mit|über) (?:meinem |meiner |der |dem )?[^,;:.!?<>]{1,40}",
      "outlook für (?:ios|android) beziehen",
      "envoyé (?:de|depuis|à partir de|avec) (?:mon |ma )?[^,;:.!?<>]{1,40}",
      "télécharger outlook pour (?:ios|android)",
      "enviado (?:desde|de) (?:mi |meu )?[^,;:.!?<>]{1,40}",
      "inviato da (?:il mio )?[^,;:.!?<>]{1,40}",
      "(?:verzonden|verstuurd) (?:vanaf|met) (?:mijn )?[^,;:.!?<>]{1,40}",
      "sendt fra (?:min )?[^,;:.!?<>]{1,40}",
      "skickat från (?:min )?[^,;:.!?<>]{1,40}",
      "lähetetty [^,;:.!?<>]{1,40}",
    ].join("|"),
    ")\\.?(?:\\s?<[^<>\\s]{1,300}>)?$",
  ].join(""),
  "i",
);

/** Closing formulas, English and German (Swiss "ss" spellings included); matched against the whole line. */
const VALEDICTION = new RegExp(
  [
    "^(?:",
    [
      "(?:best|kind|warm|warmest|many|with kind|with best|kindest|all the best|fond) regards",
      "regards",
      "cheers",
      "best wishes",
      "all the best",
      "thx and regards",
      "thanks and regards",
      "thanks & regards",
      "mit freundlichen gr(?:ü|ue|u)(?:ß|ss)en",
      "mit freundlichem gru(?:ß|ss)",
      "(?:freundliche|viele|beste|liebe|herzliche|sch(?:ö|oe)ne|sonnige|gr(?:ü|ue)ne) gr(?:ü|ue)(?:ß|ss)e",
      "(?:lieben|besten|herzlichen|freundlichen) gru(?:ß|ss)",
      "gru(?:ß|ss)",
      "gr(?:ü|ue)(?:ß|ss)e",
      "mfg",
      "lg",
      "vg",
      "bg",
      "cordialement",
      "bien (?:à|a) vous",
      "saludos(?: cordiales)?",
      "distinti saluti",
      "cordiali saluti",
      "met vriendelijke groet(?:en)?",
      "vriendelijke groet(?:en)?",
      "med vänliga hälsningar",
      "med venlig hilsen",
      "med vennlig hilsen",
    ].join("|"),
    ")[,.!]{0,3}",
  ].join(""),
  "i",
);

/**
 * "LG Tom", "Viele Grüße, Anna", "Cheers John": the sender's name may follow the
 * formula on the same line (capitalised words; case-sensitive, so "Cheers to that" is not one).
 */
const NAME_AFTER_VALEDICTION = /^,?\s\p{Lu}[\p{L}.'-]{0,20}(?:\s\p{Lu}[\p{L}.'-]{0,20}){0,2}$/u;

/** "Best," alone is a closing too, but never "Best Practices". */
const BARE_BEST = /^best[,.!]{0,3}$/i;

const DISCLAIMER = new RegExp(
  [
    "^(?:",
    [
      "confidentiality notice",
      "confidentiality note",
      "privileged (?:and|&) confidential",
      "disclaimer\\s?:",
      "legal disclaimer",
      "important notice\\s?:",
      "this (?:e-?mail|message|communication|transmission)(?: and any (?:attachments?|files?)[^.]{0,60})? (?:is|are|may be|may contain|contains?) (?:strictly )?(?:confidential|privileged|intended)",
      "the (?:information|content|contents) (?:contained )?(?:in|of) this (?:e-?mail|message|communication)",
      "if you (?:are not the intended recipient|have received this|received this)",
      "this e-?mail has been (?:scanned|checked)",
      "please consider the environment",
      "diese (?:e-?mail|nachricht)(?: und (?:alle|eventuelle|etwaige|ihre) anh(?:ä|ae)nge)? (?:ist|sind|enth(?:ä|ae)lt|enthalten|kann|k(?:ö|oe)nnen|k(?:ö|oe)nnte)",
      "vertraulichkeitshinweis",
      "haftungsausschluss",
      "rechtlicher hinweis",
      "wenn sie nicht der (?:richtige|beabsichtigte|vorgesehene) (?:adressat|empf(?:ä|ae)nger)",
      "sollten sie (?:diese|die) (?:e-?mail|nachricht) (?:irrt(?:ü|ue)mlich|f(?:ä|ae)lschlicherweise|versehentlich)",
      "falls sie (?:diese|die) (?:e-?mail|nachricht) (?:irrt(?:ü|ue)mlich|f(?:ä|ae)lschlicherweise|versehentlich)",
      "bitte denken sie an die umwelt",
      "gesch(?:ä|ae)ftsf(?:ü|ue)hr(?:er|erin|ung)\\s?:",
      "amtsgericht ",
      "registergericht\\s?:",
      "handelsregister\\s?:",
      "sitz der gesellschaft",
      "ust-?id",
    ].join("|"),
    ")",
  ].join(""),
  "i",
);

/** A "P.S." after a valediction is the author speaking again, so the valediction did not close the message. */
const POSTSCRIPT = /^p\.?\s?s\.?(?:\s|:|$)/i;

/** How many lines after a valediction may still be a signature block (name, title, company, phone, links). */
const VALEDICTION_TAIL = 10;

/** The longest line a tag line or valediction can be. */
const MAX_MARKER_LINE = 120;

const WHITE_SPACE = /\s/;

/**
 * The first character of `line` that is not white space (as `trim` sees it), as a
 * UTF-16 code unit, or -1. The marker tests below look at it first: each of their
 * patterns can only match a line that starts with one of a few letters, and almost no
 * line of a message does, so most lines are turned away without a copy or a regular
 * expression.
 */
function firstVisible(line: string): number {
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (c > 32 && c < 127) return c;
    if (!WHITE_SPACE.test(line.charAt(i))) return c;
  }
  return -1;
}

/** A set of ASCII letters as a bit mask, bit 0 for "a". */
function letterMask(letters: string): number {
  let mask = 0;
  for (const ch of letters) mask |= 1 << (ch.charCodeAt(0) - 97);
  return mask;
}

/**
 * True when the code unit `c` is an ASCII letter, in either case, of the set `mask`.
 * `c | 0x20` maps exactly the two cases of an ASCII letter onto its lower case.
 */
function startsWithOneOf(c: number, mask: number): boolean {
  const lower = c | 0x20;
  return c >= 0 && lower >= 97 && lower <= 122 && ((mask >>> (lower - 97)) & 1) === 1;
}

/** First letters of every {@link MOBILE} alternative (sent, get, von, gesendet, outlook, envoyé, télécharger, inviato, lähetetty, …). */
const MOBILE_FIRST = letterMask("sgvoetil");
/** First letters of every {@link VALEDICTION} alternative and of "best". */
const VALEDICTION_FIRST = letterMask("bkwmafrctlvhsgd");
/** First letters of every {@link DISCLAIMER} alternative. */
const DISCLAIMER_FIRST = letterMask("cpdlitvhrwsfbgau");

/*
 * Each marker test below takes the line and its first visible character (see
 * firstVisible); the exported forms work it out, the signature finder works it out
 * once per line for all of them.
 */

/** True for a signature delimiter line ("-- ", "--", "__"). */
export function isSignatureDelimiter(line: string): boolean {
  return isDelimiterLine(line, firstVisible(line));
}

function isDelimiterLine(line: string, first: number): boolean {
  if (line.length > 81) return false;
  return (first === 45 /* - */ || first === 95) /* _ */ && DELIMITER.test(line.trimStart());
}

/** True for a mobile or webmail tag line such as "Sent from my iPhone" or "Von meinem iPhone gesendet". */
export function isMobileSignature(line: string): boolean {
  return isMobileLine(line, firstVisible(line));
}

function isMobileLine(line: string, first: number): boolean {
  if (!startsWithOneOf(first, MOBILE_FIRST)) return false;
  const s = line.trim();
  return s.length > 0 && s.length <= MAX_MARKER_LINE * 3 && MOBILE.test(s);
}

/** True for a closing formula on its own line ("Best regards,", "Viele Grüße", "LG"). */
export function isValediction(line: string): boolean {
  return isValedictionLine(line, firstVisible(line));
}

function isValedictionLine(line: string, first: number): boolean {
  if (!startsWithOneOf(first, VALEDICTION_FIRST)) return false;
  const s = line.trim();
  if (s.length === 0 || s.length > 80) return false;
  if (BARE_BEST.test(s)) return true;
  const m = VALEDICTION.exec(s);
  if (!m) return false;
  const rest = s.slice(m[0].length);
  return rest.length === 0 || NAME_AFTER_VALEDICTION.test(rest);
}

/** True when a paragraph starting with this line is a disclaimer or company footer. */
export function isDisclaimerStart(line: string): boolean {
  return isDisclaimerLine(line, firstVisible(line));
}

function isDisclaimerLine(line: string, first: number): boolean {
  if (!startsWithOneOf(first, DISCLAIMER_FIRST)) return false;
  const s = line.trim();
  return s.length > 0 && DISCLAIMER.test(s.slice(0, 240));
}

/** One line of a message as the signature finder sees it. */
export interface SignatureLine {
  /** The line's text; empty for a blank line. */
  readonly text: string;
  /** True where the HTML marked the start of a signature block. */
  readonly signatureMark: boolean;
}

/**
 * A message's lines as the signature finder reads them, one accessor call per line,
 * so that the reader of a long thread need not build a {@link SignatureLine} per line.
 */
export interface SignatureLines {
  readonly length: number;
  /** The text of line `k` ("" for a blank line). */
  textAt(k: number): string;
  /** True where the HTML marked the start of a signature block at line `k`. */
  markedAt(k: number): boolean;
}

/** A marker that starts a signature on its own, whatever follows it; `first` is the line's first visible character. */
function isHardMarker(lines: SignatureLines, k: number, text: string, first: number): boolean {
  if (lines.markedAt(k)) return true;
  if (text.length === 0) return false;
  if (isDelimiterLine(text, first) || isMobileLine(text, first)) return true;
  const paragraphStart = k === 0 || lines.textAt(k - 1).length === 0;
  return paragraphStart && isDisclaimerLine(text, first);
}

/**
 * Finds where the signature starts in a message's own lines.
 *
 * Takes the lines in order; returns the index of the first signature line, or -1
 * when the message has no signature. One pass: each valediction looks ahead at most
 * {@link VALEDICTION_TAIL} lines.
 */
export function findSignatureStart(lines: readonly SignatureLine[]): number {
  return findSignatureStartIn({
    length: lines.length,
    textAt: (k) => lines[k]?.text ?? "",
    markedAt: (k) => lines[k]?.signatureMark ?? false,
  });
}

/** {@link findSignatureStart} over lines read through accessors: takes the lines, returns the first signature line or -1. */
export function findSignatureStartIn(lines: SignatureLines): number {
  for (let k = 0; k < lines.length; k += 1) {
    const text = lines.textAt(k);
    const first = firstVisible(text);
    if (isHardMarker(lines, k, text, first)) return k;
    if (text.length > 0 && isValedictionLine(text, first) && closesMessage(lines, k)) return k;
  }
  return -1;
}

/** True when what follows the valediction at `k` is short enough to be a signature block and holds no postscript. */
function closesMessage(lines: SignatureLines, k: number): boolean {
  let seen = 0;
  for (let j = k + 1; j < lines.length; j += 1) {
    const text = lines.textAt(j);
    if (isHardMarker(lines, j, text, firstVisible(text))) return true;
    if (text.length === 0) continue;
    if (POSTSCRIPT.test(text.trim())) return false;
    seen += 1;
    if (seen > VALEDICTION_TAIL) return false;
  }
  return true;
}
