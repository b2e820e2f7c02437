/**
 * The words of a message and what they mean to the rules, found in one pass over its
 * characters without making a string per word. A 10 MB thread has some two million
 * words; allocating, lower-casing and hashing each one was most of the analysis time,
 * so words are walked through a trie of the rules' words instead, and a word the rules
 * do not know costs a few array reads and falls off the trie after a letter or two.
 *
 * A word is a maximal run of letters and digits (`[\p{L}\p{N}]+`), as in `tokenize`;
 * words are folded the same way (lower case, ß→ss, ä→ae, ö→oe, ü→ue).
 */

import { foldWord } from "./segments";
import { growInt32Array, newInt32Array } from "./int32Blocks";

/** The words of a text: UTF-16 offsets, in order. */
export interface Words {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Code units below this (Latin) are classified and folded from tables filled at start; the rest (rare in mail) on first sight. */
const TABLE_LIMIT = 0x250;
/** 0 not yet known, 1 letter or digit, 2 neither; one entry per UTF-16 code unit. */
const WORD_UNIT = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Code points beyond the BMP (surrogate pairs) that are letters or digits. */
const ASTRAL_WORD_CHARS = new Map<number, boolean>();

function isWordUnit(code: number): boolean {
  let known = WORD_UNIT[code] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_UNIT[code] = known;
  }
  return known === 1;
}

for (let code = 0; code < TABLE_LIMIT; code++) isWordUnit(code);

/** Length (1 or 2 code units) of the letter or digit at `index`, or 0. */
function wordCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return isWordUnit(code) ? 1 : 0;
  const low = text.charCodeAt(index + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let known = ASTRAL_WORD_CHARS.get(point);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
    ASTRAL_WORD_CHARS.set(point, known);
  }
  return known ? 2 : 0;
}

/** Every word of `text`. */
export function scanWords(text: string): Words {
  const length = text.length;
  // About one word in six characters; grown when a text has more.
  let capacity = Math.max(64, Math.ceil(length / 5));
  let starts = newInt32Array(capacity);
  let ends = newInt32Array(capacity);
  let count = 0;
  let index = 0;
  while (index < length) {
    let code = text.charCodeAt(index);
    let step = code < TABLE_LIMIT ? (WORD_UNIT[code] as number) & 1 : wordCharLength(text, index);
    if (step === 0) {
      index++;
      continue;
    }
    const start = index;
    do {
      index += step;
      if (index >= length) break;
      code = text.charCodeAt(index);
      step = code < TABLE_LIMIT ? (WORD_UNIT[code] as number) & 1 : wordCharLength(text, index);
    } while (step !== 0);
    if (count === capacity) {
      capacity *= 2;
      starts = growInt32Array(starts, capacity);
      ends = growInt32Array(ends, capacity);
    }
    starts[count] = start;
    ends[count] = index;
    count++;
  }
  return { count, starts, ends };
}

/** `growInt32Array`, the new entries −1 (no term). */
function growFilled(array: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const bigger = growInt32Array(array, capacity);
  bigger.fill(-1, array.length);
  return bigger;
}

/** Folded form of each code unit below TABLE_LIMIT: up to two code units (ä → a, e), 0 for none. */
const FOLD_FIRST = new Uint16Array(TABLE_LIMIT);
const FOLD_SECOND = new Uint16Array(TABLE_LIMIT);
for (let code = 0; code < TABLE_LIMIT; code++) {
  const folded = foldWord(String.fromCharCode(code));
  FOLD_FIRST[code] = folded.charCodeAt(0);
  FOLD_SECOND[code] = folded.length > 1 ? folded.charCodeAt(1) : 0;
}
const FOLDED_BEYOND_TABLE = new Map<number, string>();

/**
 * A trie of folded words. Each word is a term: matched whole ("exact") or as the start
 * of a longer word ("prefix"). Terms are numbered from 1; `DIGIT_TERM` (0) is every word
 * that starts with an ASCII digit.
 */
export interface WordTrie {
  readonly termCount: number;
  /** Symbol of a folded code unit (1…), 0 when no term has it. */
  readonly symbols: Map<number, number>;
  readonly symbolTable: Int16Array;
  readonly symbolCount: number;
  /** Node × symbolCount + symbol − 1 → next node, 0 for none (the root, 0, is never a target). */
  readonly next: Int32Array;
  /** Per node: the term of the word ending here, and of the prefix ending here; −1 for none. */
  readonly exactTerm: Int32Array;
  readonly prefixTerm: Int32Array;
  /**
   * Per code unit below TABLE_LIMIT, the symbols of its folded form: `firstSymbol` (0 when
   * no term has it), `secondSymbol` for the second unit of ä, ö, ü, ß (0 for none, −1 when
   * no term has it).
   */
  readonly firstSymbol: Int16Array;
  readonly secondSymbol: Int16Array;
}

export const DIGIT_TERM = 0;

/** Builds a trie; `terms[i]` becomes term `i + 1`. Words must be folded already (see `foldWord`). */
export function buildWordTrie(terms: readonly { readonly word: string; readonly prefix: boolean }[]): WordTrie {
  const symbols = new Map<number, number>();
  for (const { word } of terms) {
    for (let i = 0; i < word.length; i++) if (!symbols.has(word.charCodeAt(i))) symbols.set(word.charCodeAt(i), symbols.size + 1);
  }
  const symbolCount = Math.max(1, symbols.size);
  const symbolTable = new Int16Array(TABLE_LIMIT);
  for (const [code, symbol] of symbols) if (code < TABLE_LIMIT) symbolTable[code] = symbol;
  // Grown by doubling: a trie has thousands of nodes.
  let transitions = new Int32Array(symbolCount * 1024);
  let exact = new Int32Array(1024).fill(-1);
  let prefix = new Int32Array(1024).fill(-1);
  let nodes = 1;
  terms.forEach(({ word, prefix: isPrefix }, position) => {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * symbolCount + (symbols.get(word.charCodeAt(i)) as number) - 1;
      let child = transitions[slot] as number;
      if (child === 0) {
        child = nodes++;
        if (nodes > exact.length) {
          transitions = growInt32Array(transitions, transitions.length * 2);
          exact = growFilled(exact, exact.length * 2);
          prefix = growFilled(prefix, prefix.length * 2);
        }
        transitions[slot] = child;
      }
      node = child;
    }
    if (isPrefix) prefix[node] = position + 1;
    else exact[node] = position + 1;
  });
  const firstSymbol = new Int16Array(TABLE_LIMIT);
  const secondSymbol = new Int16Array(TABLE_LIMIT);
  for (let code = 0; code < TABLE_LIMIT; code++) {
    firstSymbol[code] = symbols.get(FOLD_FIRST[code] as number) ?? 0;
    const second = FOLD_SECOND[code] as number;
    secondSymbol[code] = second === 0 ? 0 : (symbols.get(second) ?? -1);
  }
  return {
    firstSymbol,
    secondSymbol,
    termCount: terms.length + 1,
    symbols,
    symbolTable,
    symbolCount,
    next: transitions.slice(0, nodes * symbolCount),
    exactTerm: exact.slice(0, nodes),
    prefixTerm: prefix.slice(0, nodes),
  };
}

/** The terms of every word, as a flat list with offsets: word `w`'s terms are `terms[offsets[w]]…terms[offsets[w + 1] - 1]`. */
export interface WordTerms {
  readonly offsets: Int32Array;
  readonly terms: Int32Array;
}

/** Per trie, the buffers of its last `termsOfWords`: reused, since a thread has thousands of messages. */
interface TermBuffers {
  offsets: Int32Array<ArrayBuffer>;
  terms: Int32Array<ArrayBuffer>;
  /** The words and limit the buffers hold terms for: asked again, they are returned as they are. */
  words: Words | null;
  limit: number;
}
const TERM_BUFFERS = new WeakMap<WordTrie, TermBuffers>();

/**
 * Walks the first `limit` words of `words` through the trie; the rest get no terms.
 * The result is valid until the next call with the same trie for other words (its
 * buffers are reused); asked again for the same words, it is returned without a walk,
 * so indexes that share a vocabulary walk a message once.
 */
export function termsOfWords(trie: WordTrie, text: string, words: Words, limit = words.count): WordTerms {
  let buffers = TERM_BUFFERS.get(trie);
  if (!buffers) {
    buffers = { offsets: new Int32Array(1024), terms: new Int32Array(1024), words: null, limit: 0 };
    TERM_BUFFERS.set(trie, buffers);
  }
  if (buffers.words === words && buffers.limit >= Math.min(limit, words.count)) return { offsets: buffers.offsets, terms: buffers.terms };
  if (buffers.offsets.length < words.count + 1) buffers.offsets = new Int32Array(2 * words.count + 1);
  const offsets = buffers.offsets;
  const count = Math.min(limit, words.count);
  let terms = buffers.terms;
  let size = 0;
  const { next, exactTerm, prefixTerm, symbolCount, symbolTable, symbols, firstSymbol, secondSymbol } = trie;
  for (let w = 0; w < count; w++) {
    offsets[w] = size;
    const start = words.starts[w] as number;
    const end = words.ends[w] as number;
    if (terms.length - size < 3 * (end - start) + 2) {
      terms = growInt32Array(terms, terms.length * 2 + 3 * (end - start));
      buffers.terms = terms;
    }
    const first = text.charCodeAt(start);
    if (first >= 48 && first <= 57) terms[size++] = DIGIT_TERM;
    let node = 0;
    for (let i = start; i < end && node >= 0; i++) {
      const code = text.charCodeAt(i);
      if (code < TABLE_LIMIT) {
        // The common case: a Latin letter or digit, folded to one or two symbols by table.
        const symbol = firstSymbol[code] as number;
        node = symbol === 0 ? -1 : (next[node * symbolCount + symbol - 1] as number) || -1;
        if (node < 0) break;
        const term = prefixTerm[node] as number;
        if (term >= 0) terms[size++] = term;
        const second = secondSymbol[code] as number;
        if (second === 0) continue;
        node = second < 0 ? -1 : (next[node * symbolCount + second - 1] as number) || -1;
        if (node < 0) break;
        const secondTerm = prefixTerm[node] as number;
        if (secondTerm >= 0) terms[size++] = secondTerm;
        continue;
      }
      const folded = foldedBeyondTable(code);
      for (let k = 0; k < folded.length && node >= 0; k++) {
        const unit = folded.charCodeAt(k);
        const symbol = unit < TABLE_LIMIT ? (symbolTable[unit] as number) : (symbols.get(unit) ?? 0);
        node = symbol === 0 ? -1 : (next[node * symbolCount + symbol - 1] as number) || -1;
        if (node >= 0 && (prefixTerm[node] as number) >= 0) terms[size++] = prefixTerm[node] as number;
      }
    }
    if (node >= 0 && (exactTerm[node] as number) >= 0) terms[size++] = exactTerm[node] as number;
  }
  offsets.fill(size, count, words.count + 1);
  buffers.words = words;
  buffers.limit = count;
  return { offsets, terms };
}

function foldedBeyondTable(code: number): string {
  let folded = FOLDED_BEYOND_TABLE.get(code);
  if (folded === undefined) {
    folded = foldWord(String.fromCharCode(code)) || String.fromCharCode(code);
    FOLDED_BEYOND_TABLE.set(code, folded);
  }
  return folded;
}
