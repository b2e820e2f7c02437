/**
 * The pattern language of phrase rules, compiled to regular expressions that cannot
 * backtrack catastrophically (every repetition is bounded and every pattern runs on one
 * sentence of bounded length).
 *
 *   while you're at it        words, matched case-insensitively, any spacing or line wrap between them
 *   (asap|as soon as possible) alternatives, each a sequence of words
 *   revision*                 a word and any ending (revision, revisions): at most 24 more letters
 *   really? urgent            an optional word or group
 *   könntest du ... machen    a gap of up to six words in the same sentence (German verb-final order)
 *   #num                      a number (3, 2.5, 1,000; "for #num" also reads "for €500")
 *   sorry, but                commas may be written; they match like any other separator
 *
 * German spellings are folded: ß also matches "ss" (Switzerland), ä/ö/ü also match
 * "ae/oe/ue"; ' also matches ’.
 */

import { foldWord } from "./segments";

/** A compiled pattern: the regex plus the words a sentence must contain for it to have a chance. */
export interface CompiledPattern {
  readonly source: string;
  /** Global, case-insensitive; matches may start inside a word: use `matchPattern`/`matchFrom`. */
  readonly regex: RegExp;
  /** Normalised words (see `foldWord`), any of which must occur in the sentence: the look-up key. */
  readonly anchors: readonly Anchor[];
  /**
   * For every required word or group, the words one of which must occur: a sentence
   * lacking any of them cannot match, so the regex is not even tried.
   */
  readonly requiredWords: readonly (readonly Anchor[])[];
  /**
   * For each entry of `requiredWords`, the most words of the text that can come before
   * its word in a match (counted from the match's first word): a sentence whose required
   * word comes later cannot match there. `Infinity` after a gap, whose words may hold any
   * number of hyphens and apostrophes (the character bound `maxLength` still holds).
   */
  readonly requiredWordOffsets: readonly number[];
  /**
   * The words a match can start with (prefixes of them; `DIGIT` for a number), or null
   * when a match may start with something other than a letter or digit. A match starts
   * at a word that begins with one of these, so only those words need to be tried.
   */
  readonly firstWords: readonly Anchor[] | null;
  /** The most characters a match can span: its required words must start within them. */
  readonly maxLength: number;
  /** The same expression, sticky: tried at one position (see `matchAt`). */
  readonly sticky: RegExp;
}

export interface CompileOptions {
  /**
   * Factor the alternatives of a group by their first letters (`h(?:i|ello|ey)` for
   * `(hi|hello|hey)`): the same matches, found without trying every alternative in turn.
   * Off only to check that it changes nothing.
   */
  readonly factorAlternatives?: boolean;
}

/** A word that must occur: exactly, or as the start of a word (for `word*` and hyphenated words). */
export interface Anchor {
  readonly word: string;
  readonly prefix: boolean;
}

type Element =
  | { readonly kind: "word"; readonly text: string; readonly wildcard: boolean; readonly optional: boolean }
  | { readonly kind: "group"; readonly alternatives: readonly Element[][]; readonly optional: boolean }
  | { readonly kind: "gap" }
  | { readonly kind: "number"; readonly optional: boolean };

/**
 * What may stand between two words of a phrase: spaces, line breaks, commas, quotes,
 * dashes, emphasis marks, currency and per-cent signs, and a dot: a sentence's end
 * splits sentences before any pattern runs, so a dot inside one is an ordinal or an
 * abbreviation ("am 5. Mai", "z. B.").
 */
const SEPARATOR_LENGTH = 8;
const SEPARATOR = `[\\s.,;:"“”„‚‘»«()\\[\\]*_/–—€$£%-]{1,${SEPARATOR_LENGTH}}`;
/**
 * Letters of the Latin scripts (Basic Latin, Latin-1, Latin Extended-A and -B) and digits:
 * the rules are English and German. Spelled out rather than `\p{L}`, so the regexes need
 * no Unicode flag, which makes V8 match them several times faster.
 */
const LATIN_WORD_CHAR = "A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";
/** A word inside a gap. */
const GAP_WORD_LENGTH = 40;
const GAP_WORD = `[${LATIN_WORD_CHAR}'’-]{1,${GAP_WORD_LENGTH}}`;
/** How many letters `word*` may add. */
const WILDCARD_LETTERS = 24;
/** How many characters a number may take: `\d{1,12}(?:[.,']\d{1,3}){0,4}`. */
const NUMBER_LENGTH = 12 + 4 * 4;
/** How many words a gap may span. */
export const GAP_WORDS = 6;
const WORD_CHAR = `[${LATIN_WORD_CHAR}]`;
/** The shortest prefix worth looking up (shorter ones would match half the dictionary). */
const MIN_PREFIX = 3;

/**
 * Compiles one pattern.
 * @throws Error with the pattern in the message when it is malformed (caught by the rules' build-time check).
 */
export function compilePattern(source: string, options: CompileOptions = {}): CompiledPattern {
  const factor = options.factorAlternatives ?? true;
  const elements = parse(source);
  if (elements.length === 0) throw new Error(`Empty pattern: "${source}"`);
  const anchors = chooseAnchors(elements);
  if (!anchors) throw new Error(`Pattern "${source}" has no required word of at least ${MIN_PREFIX} letters to look it up by.`);
  const last = elements[elements.length - 1];
  const openEnd = last?.kind === "word" && last.wildcard;
  const body = compileSequence(elements, source, factor);
  // No lookbehind for the word start: a lookbehind is evaluated at every position of the
  // sentence and made matching ten times slower; `matchFrom` checks it instead.
  const expression = `${body}${openEnd ? "" : `(?!${WORD_CHAR})`}`;
  const requiredWords: Anchor[][] = [];
  const requiredWordOffsets: number[] = [];
  let wordsBefore = 0;
  for (const element of elements) {
    const anchors = element.kind === "gap" || element.optional ? null : anchorsOf(element);
    const words = maxWordsOf(element);
    // The word looked for may be any of the element's: a group's is not always its first.
    if (anchors) {
      requiredWords.push(anchors);
      requiredWordOffsets.push(wordsBefore + words - 1);
    }
    wordsBefore += words;
  }
  return {
    source,
    regex: new RegExp(expression, "gi"),
    sticky: new RegExp(expression, "iy"),
    anchors,
    requiredWords,
    requiredWordOffsets,
    firstWords: firstWordsOf(elements),
    maxLength: maxLengthOf(elements),
  };
}

function parse(source: string): Element[] {
  let position = 0;
  const text = source.trim().replace(/\s+/g, " ");

  function sequence(): Element[] {
    const elements: Element[] = [];
    while (position < text.length) {
      const char = text[position];
      // A comma is written for readability ("sorry, but"): the separator already allows one.
      if (char === " " || char === ",") {
        position++;
      } else if (char === ")" || char === "|") {
        break;
      } else if (char === "(") {
        position++;
        const alternatives: Element[][] = [sequence()];
        while (text[position] === "|") {
          position++;
          alternatives.push(sequence());
        }
        if (text[position] !== ")") throw new Error(`Unclosed "(" in pattern "${source}"`);
        position++;
        if (alternatives.some((alternative) => alternative.length === 0)) throw new Error(`Empty alternative in pattern "${source}"`);
        elements.push({ kind: "group", alternatives, optional: optionalMark() });
      } else if (text.startsWith("...", position) || char === "…") {
        position += char === "…" ? 1 : 3;
        elements.push({ kind: "gap" });
      } else if (text.startsWith("#num", position)) {
        position += 4;
        elements.push({ kind: "number", optional: optionalMark() });
      } else {
        const match = /^[\p{L}\p{N}'’&.-]+/u.exec(text.slice(position));
        if (!match) throw new Error(`Unexpected "${char}" at ${position} in pattern "${source}"`);
        position += match[0].length;
        const wildcard = text[position] === "*";
        if (wildcard) position++;
        elements.push({ kind: "word", text: match[0], wildcard, optional: optionalMark() });
      }
    }
    return elements;
  }

  function optionalMark(): boolean {
    if (text[position] !== "?") return false;
    position++;
    return true;
  }

  const elements = sequence();
  if (position < text.length) throw new Error(`Unbalanced ")" in pattern "${source}"`);
  return elements;
}

function compileSequence(elements: readonly Element[], source: string, factor: boolean): string {
  if (elements[0]?.kind === "gap" || elements[elements.length - 1]?.kind === "gap") {
    throw new Error(`A gap needs words on both sides: "${source}"`);
  }
  if (elements.every((element) => element.kind !== "gap" && element.optional)) {
    throw new Error(`Everything is optional in "${source}"`);
  }
  let out = "";
  let needSeparator = false;
  for (const element of elements) {
    if (element.kind === "gap") {
      out += `(?:${SEPARATOR}${GAP_WORD}){0,${GAP_WORDS}}`;
      continue;
    }
    const atom = compileAtom(element, source, factor);
    if (element.optional) {
      out += needSeparator ? `(?:${SEPARATOR}${atom})?` : `(?:${atom}${SEPARATOR})?`;
    } else {
      out += (needSeparator ? SEPARATOR : "") + atom;
      needSeparator = true;
    }
  }
  return out;
}

function compileAtom(element: Exclude<Element, { kind: "gap" }>, source: string, factor: boolean): string {
  switch (element.kind) {
    case "number":
      return "\\d{1,12}(?:[.,']\\d{1,3}){0,4}";
    case "group": {
      const alternatives = element.alternatives.map((alternative) => compileSequence(alternative, source, factor));
      return `(?:${factor ? factorAlternatives(alternatives) : alternatives.join("|")})`;
    }
    case "word":
      return compileWord(element.text) + (element.wildcard ? `${WORD_CHAR}{0,${WILDCARD_LETTERS}}` : "");
  }
}

const ASCII_LETTER = /^[A-Za-z]/;

/**
 * The alternatives of a group as one alternation, those with the same first letter
 * (in any case) behind it once, recursively: `h(?:i|e(?:llo|y))|good morning`. A
 * backtracking matcher tries alternatives in order; at any position only those whose
 * first letter is there can match, and their order among themselves is kept, so the
 * first match (and every backtrack) is the same as with the plain list. That holds
 * only when every alternative starts with a plain ASCII letter, which matches nothing
 * but itself in either case: with a `(?:ä|ae)`, a group or an empty alternative among
 * them, the list is left as it is.
 */
function factorAlternatives(alternatives: readonly string[]): string {
  if (alternatives.length < 2 || !alternatives.every((alternative) => ASCII_LETTER.test(alternative))) return alternatives.join("|");
  // The rules repeat their word lists (deliverables, weekdays) in many patterns.
  const key = alternatives.join("\u0000");
  let factored = FACTORED.get(key);
  if (factored === undefined) {
    factored = factorByFirstLetter(alternatives);
    FACTORED.set(key, factored);
  }
  return factored;
}

const FACTORED = new Map<string, string>();

function factorByFirstLetter(alternatives: readonly string[]): string {
  const byLetter = new Map<string, string[]>();
  for (const alternative of alternatives) {
    const letter = (alternative[0] as string).toLowerCase();
    const rests = byLetter.get(letter) ?? [];
    byLetter.set(letter, rests);
    rests.push(alternative.slice(1));
  }
  return [...byLetter]
    .map(([letter, rests]) => {
      if (rests.length === 1) return letter + (rests[0] as string);
      return `${letter}(?:${factorAlternatives(rests)})`;
    })
    .join("|");
}

function compileWord(word: string): string {
  let out = "";
  for (const char of word) {
    const lower = char.toLowerCase();
    if (lower === "ß") out += "(?:ß|ss)";
    else if (lower === "ä") out += "(?:ä|ae)";
    else if (lower === "ö") out += "(?:ö|oe)";
    else if (lower === "ü") out += "(?:ü|ue)";
    else if (char === "'" || char === "’") out += "['’]";
    // "follow-up", "followup" and "follow up" are the same word to a hurried writer.
    else if (char === "-") out += "[-‐‑ ]?";
    else if (char === ".") out += "\\.";
    else if (char === "&") out += "&";
    else out += char;
  }
  return out;
}

/**
 * Words so frequent in English and German mail that a rule looked up by them would be
 * tried on nearly every sentence.
 */
const COMMON_WORDS = new Set(
  ("the a an and or but so to of in on at for with from by is are was be been it its this that these those i me my we our us you your he she they them " +
    "do does did have has had can could would will should may might not no just please if then there here what when how all any some more one " +
    "der die das den dem des ein eine einen einem einer und oder aber ich du er sie es wir ihr mich dich mir dir uns euch sich ist sind war hat haben " +
    "kann kannst koennen koennte koenntest koennten wird werden mit auf in im an am zu zum zur von vom fuer bei nach noch mal doch auch nur schon so " +
    "bitte nicht kein keine wie was wenn dass ob da hier dann").split(" "),
);

/**
 * Words frequent in client mail in particular (dates, deliverables, the work's parts):
 * a fair key when nothing better is there, a poor one next to a rarer word.
 */
const FREQUENT_IN_CLIENT_MAIL = new Set(
  ("today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday week next time date client clients customer customers " +
    "page pages text texts copy logo colour color colours colors design version draft feedback file files content site website email " +
    "heute morgen uebermorgen gestern jetzt montag dienstag mittwoch donnerstag freitag samstag sonntag woche naechste bis termin " +
    "seite seiten texte farbe farben entwurf rueckmeldung datei dateien inhalte bilder kunde kunden").split(" "),
);

/**
 * The required element whose words are the best look-up key: every alternative of a
 * group must offer one; longer words are rarer, and common words are a poor key, so
 * the element whose commonest anchor is least common wins.
 */
function chooseAnchors(elements: readonly Element[]): Anchor[] | null {
  let best: Anchor[] | null = null;
  let bestScore = -Infinity;
  for (const element of elements) {
    if (element.kind === "gap" || element.optional) continue;
    const anchors = anchorsOf(element);
    if (!anchors) continue;
    const score = Math.min(...anchors.map((anchor) => (COMMON_WORDS.has(anchor.word) ? -10 : FREQUENT_IN_CLIENT_MAIL.has(anchor.word) ? -6 : 0) + anchor.word.length)) - anchors.length / 100;
    if (score > bestScore) {
      best = anchors;
      bestScore = score;
    }
  }
  return best;
}

/** Runs of letters and digits of a pattern word, normalised; cached, as the rules repeat their words. */
const RUNS = new Map<string, readonly string[]>();

function wordRuns(text: string): readonly string[] {
  let runs = RUNS.get(text);
  if (runs === undefined) {
    runs = foldWord(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    RUNS.set(text, runs);
  }
  return runs;
}

/** What `of` gives for each alternative of a group, together; null when one alternative gives none. */
function everyAlternative(alternatives: readonly (readonly Element[])[], of: (sequence: readonly Element[]) => Anchor[] | null): Anchor[] | null {
  const all: Anchor[] = [];
  for (const alternative of alternatives) {
    const anchors = of(alternative);
    if (!anchors) return null;
    all.push(...anchors);
  }
  return all;
}

function anchorsOf(element: Exclude<Element, { kind: "gap" }>): Anchor[] | null {
  if (element.kind === "number") return null;
  if (element.kind === "group") return everyAlternative(element.alternatives, chooseAnchors);
  // The tokenizer splits at anything but letters and digits, so "you're" is looked up by
  // "you", "follow-up" by "follow" (typed with the hyphen) and by "followup" (typed without).
  const runs = wordRuns(element.text);
  const [first] = runs;
  if (!first) return null;
  if (runs.length === 1) {
    if (element.wildcard && first.length < MIN_PREFIX) return null;
    return [{ word: first, prefix: element.wildcard }];
  }
  const joined = runs.join("");
  return [
    { word: first, prefix: first.length >= MIN_PREFIX },
    ...(joined.length >= MIN_PREFIX ? [{ word: joined, prefix: true }] : []),
  ];
}

/** An upper bound of the characters a match of the sequence spans (separators counted at their longest). */
function maxLengthOf(elements: readonly Element[]): number {
  let length = 0;
  for (const element of elements) {
    length += SEPARATOR_LENGTH;
    if (element.kind === "gap") length += GAP_WORDS * (SEPARATOR_LENGTH + GAP_WORD_LENGTH);
    else if (element.kind === "number") length += NUMBER_LENGTH;
    else if (element.kind === "group") length += Math.max(...element.alternatives.map(maxLengthOf));
    else {
      // ß, ä, ö and ü also match two letters (ss, ae, oe, ue).
      for (const char of element.text) length += /[ßäöüÄÖÜ]/.test(char) ? 2 : 1;
      if (element.wildcard) length += WILDCARD_LETTERS;
    }
  }
  return length;
}

/** Most digit runs a number can have: `\\d{1,12}(?:[.,']\\d{1,3}){0,4}`. */
const NUMBER_WORDS = 5;

/**
 * The most words of the text (runs of letters and digits, as the scan counts them) that
 * an element can span. Separators hold no letters or digits; a word of the pattern
 * spans one run per piece between its hyphens, apostrophes or dots ("you're", "z.B").
 */
function maxWordsOf(element: Element): number {
  switch (element.kind) {
    case "gap":
      return Infinity;
    case "number":
      return NUMBER_WORDS;
    case "word":
      return Math.max(1, wordRuns(element.text).length);
    case "group":
      return Math.max(...element.alternatives.map((alternative) => alternative.reduce((sum, part) => sum + maxWordsOf(part), 0)));
  }
}

/** The first word of a number: any word that starts with an ASCII digit. */
export const DIGIT: Anchor = { word: "#digit", prefix: false };

/** The words a match of this sequence can start with (see `CompiledPattern.firstWords`). */
function firstWordsOf(elements: readonly Element[]): Anchor[] | null {
  const first: Anchor[] = [];
  for (const element of elements) {
    if (element.kind === "gap") return null;
    const words = firstWordsOfElement(element);
    if (!words) return null;
    first.push(...words);
    if (!element.optional) return first;
  }
  return null;
}

function firstWordsOfElement(element: Exclude<Element, { kind: "gap" }>): Anchor[] | null {
  if (element.kind === "number") return [DIGIT];
  if (element.kind === "group") return everyAlternative(element.alternatives, firstWordsOf);
  // "you're" starts with the word "you"; "e-mail" with "e" (then "mail", "-mail" or " mail").
  // Always a prefix: the expression does not require the word to end where the pattern's does.
  const [first] = wordRuns(element.text);
  return first && /^[\p{L}\p{N}]/u.test(element.text) ? [{ word: first, prefix: true }] : null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a match at `index` starts a word (nothing but a non-letter before it). */
function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  // ASCII fast path; anything else asks Unicode.
  if (before < 128) return !((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122));
  const low = before >= 0xdc00 && before <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1] ?? "";
  return !LETTER_OR_DIGIT.test(low);
}

/** The first whole-word match of the pattern in `text` that starts at or after `from`, or null. */
export function matchFrom(pattern: CompiledPattern, text: string, from: number): RegExpExecArray | null {
  const { regex } = pattern;
  regex.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    if (match[0].length > 0 && startsWord(text, match.index)) break;
    // Try again from the next position: a match inside a word may hide one at a word start.
    regex.lastIndex = match.index + 1;
  }
  regex.lastIndex = 0;
  return match;
}

/** Every whole-word match of the pattern in `text`, in order, none overlapping. */
export function matchPattern(pattern: CompiledPattern, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (let match = matchFrom(pattern, text, 0); match !== null; match = matchFrom(pattern, text, match.index + match[0].length)) matches.push(match);
  return matches;
}

/**
 * The match of the pattern that starts exactly at `index`, which must be the start of a
 * word (the caller knows: it tries the starts of words only), or null.
 */
export function matchAt(pattern: CompiledPattern, text: string, index: number): RegExpExecArray | null {
  const { sticky } = pattern;
  sticky.lastIndex = index;
  const match = sticky.exec(text);
  return match !== null && match[0].length > 0 ? match : null;
}
