/**
 * Runs an index's rules over a message sentence by sentence. The message is scanned
 * once (sentences, words, and each word's terms in the index's trie); in a sentence,
 * the words mark their terms, the patterns looked up by those terms whose required
 * words are all marked are tried, and each only at the words a match can start with,
 * with a sticky expression: a failed try costs one anchored attempt, not a scan.
 */
import type { CompiledRule, IndexedPattern, MatchableRule, RuleIndex } from "./ruleIndex";
import { matchAt, matchFrom } from "./pattern";
import { splitSegments, type Segment } from "./segments";
import { growInt32Array, newInt32Array } from "./int32Blocks";
import { scanWords, termsOfWords, type WordTerms, type Words } from "./wordScan";

/** A message read once for every index that runs over it. */
export interface MessageScan {
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly words: Words;
  /** Per segment, its first word and the word after its last (`segmentWords[2i]`, `segmentWords[2i + 1]`). */
  readonly segmentWords: Int32Array;
}

/** Splits the message into sentences and words. */
export function scanMessage(text: string): MessageScan {
  const segments = splitSegments(text);
  const words = scanWords(text);
  const segmentWords = newInt32Array(segments.length * 2);
  let word = 0;
  segments.forEach((segment, position) => {
    while (word < words.count && (words.starts[word] as number) < segment.start) word++;
    let end = word;
    while (end < words.count && (words.starts[end] as number) < segment.end) end++;
    segmentWords[position * 2] = word;
    segmentWords[position * 2 + 1] = end;
    word = end;
  });
  return { text, segments, words, segmentWords };
}

/** A match of one of a rule's patterns, with the sentence it is in (match offsets are into `sentence`). */
export type OnMatch<R extends MatchableRule> = (rule: R, match: RegExpExecArray, segment: Segment, sentence: string) => boolean | void;

/** Scratch space of one index, reused sentence after sentence. */
interface Marks {
  /** Numbers the sentences; a mark equal to it was set in this sentence. */
  serial: number;
  /** Per term: the sentence it was last seen in. */
  readonly terms: Int32Array;
  /** One bit per pattern: looked up in this sentence (cleared as they are tried). */
  readonly candidates: Uint32Array;
  /** Per rule: the sentence its conditions were last checked in, and whether they held. */
  readonly rules: Int32Array;
  /**
   * Per rule: the matcher (numbered by `matchers`) whose `found` said "enough" for it.
   * Kept here rather than in an array per matcher: a typed array of more than 64 bytes
   * costs microseconds to create, and a matcher is made for every message.
   */
  readonly done: Int32Array;
  matchers: number;
  readonly allowed: Uint8Array;
  /**
   * Per term: the words of this sentence that have it, as a list in word order:
   * `termHead[t]` is the first entry, entry `k` is word `entryWord[k]`, followed by entry
   * `entryNext[k]` (−1 ends it).
   */
  readonly termHead: Int32Array;
  readonly termTail: Int32Array;
  /** Per term: the sentence its list was made for; and the sentence whose lists are made. */
  readonly termListed: Int32Array;
  listed: number;
  entryWord: Int32Array<ArrayBuffer>;
  entryNext: Int32Array<ArrayBuffer>;
  entries: number;
  /**
   * Per group: the sentence it was last looked at in, whether one of its terms is there,
   * and the words that have one (entries as above, made when a pattern first needs them).
   */
  readonly groupChecked: Int32Array;
  readonly groupPresent: Uint8Array;
  readonly groupListed: Int32Array;
  readonly groupHead: Int32Array;
}

const MARKS = new WeakMap<RuleIndex<MatchableRule>, Marks>();

function marksOf(index: RuleIndex<MatchableRule>): Marks {
  let marks = MARKS.get(index);
  // A shared vocabulary may have grown since (another index was built after this one ran).
  if (!marks || marks.terms.length < index.vocabulary.trie.termCount) {
    marks = {
      serial: 0,
      terms: new Int32Array(index.vocabulary.trie.termCount),
      candidates: new Uint32Array((index.patterns.length >> 5) + 1),
      rules: new Int32Array(index.rules.length),
      done: new Int32Array(index.rules.length),
      matchers: 0,
      allowed: new Uint8Array(index.rules.length),
      termHead: new Int32Array(index.vocabulary.trie.termCount),
      termTail: new Int32Array(index.vocabulary.trie.termCount),
      termListed: new Int32Array(index.vocabulary.trie.termCount),
      listed: 0,
      entryWord: new Int32Array(256),
      entryNext: new Int32Array(256),
      entries: 0,
      groupChecked: new Int32Array(index.groupCount),
      groupPresent: new Uint8Array(index.groupCount),
      groupListed: new Int32Array(index.groupCount),
      groupHead: new Int32Array(index.groupCount),
    };
    MARKS.set(index, marks);
  }
  return marks;
}

/**
 * Matches one index's rules over one message, sentence by sentence. Not re-entrant:
 * the index's scratch marks are shared by every matcher of that index.
 */
export class SentenceMatcher<R extends MatchableRule> {
  private readonly marks: Marks;
  private readonly terms: WordTerms;
  /** This matcher's number in `Marks.done`. */
  private readonly serial: number;
  private segment: Segment = { start: 0, end: 0 };
  private text: string | null = null;
  private firstWord = 0;
  private endWord = 0;

  /**
   * @param words how many of the scan's words the rules may need (the opening of a long
   *   message, say); the rest are never looked up
   */
  constructor(
    private readonly index: RuleIndex<R>,
    private readonly scan: MessageScan,
    words = scan.words.count,
  ) {
    this.marks = marksOf(index);
    this.serial = ++this.marks.matchers;
    this.terms = termsOfWords(index.vocabulary.trie, scan.text, scan.words, words);
  }

  /**
   * Runs the rules over the sentences `from` (inclusive) to `to` (exclusive) of the scan.
   * @param found called with each match, in rule order then text order; returning true
   *   means the rule has been seen enough in this message and is not tried again
   */
  matchSentences(from: number, to: number, muted: ReadonlySet<string> | null, found: OnMatch<R>): void {
    const { segments, segmentWords } = this.scan;
    const stop = Math.min(to, segments.length);
    for (let position = from; position < stop; position++) {
      const firstWord = segmentWords[position * 2] as number;
      const endWord = segmentWords[position * 2 + 1] as number;
      if (endWord > firstWord) this.match(segments[position] as Segment, firstWord, endWord, muted, found);
    }
  }

  /**
   * Whether the rule's message conditions hold: one of its `requiresInMessage` patterns
   * matches in some sentence (or it has none), and none of its `unlessInMessage` do.
   * Call it after `matchSentences`, not from its `found`: it re-marks the sentences it reads.
   */
  messageConditionsHold(rule: R): boolean {
    const compiled = this.index.compiledRules.get(rule);
    if (!compiled) return true;
    const required = compiled.requiresInMessage;
    return (required.length === 0 || this.anySentenceMatches(required)) && (compiled.unlessInMessage.length === 0 || !this.anySentenceMatches(compiled.unlessInMessage));
  }

  /** Whether one of the patterns matches in some sentence of the message. */
  private anySentenceMatches(patterns: readonly IndexedPattern[]): boolean {
    const { segments, segmentWords } = this.scan;
    const { offsets, terms } = this.terms;
    for (let position = 0; position < segments.length; position++) {
      this.segment = segments[position] as Segment;
      this.text = null;
      this.firstWord = segmentWords[position * 2] as number;
      this.endWord = segmentWords[position * 2 + 1] as number;
      const serial = ++this.marks.serial;
      for (let at = offsets[this.firstWord] as number, stop = offsets[this.endWord] as number; at < stop; at++) this.marks.terms[terms[at] as number] = serial;
      for (const condition of patterns) {
        if (this.hasRequiredWords(condition.number, serial) && this.nextMatch(condition, 0, false) !== null) return true;
      }
    }
    return false;
  }

  /** The sentence's text, sliced once when a pattern first needs it. */
  private sentence(): string {
    this.text ??= this.scan.text.slice(this.segment.start, this.segment.end);
    return this.text;
  }

  private match(segment: Segment, firstWord: number, endWord: number, muted: ReadonlySet<string> | null, found: OnMatch<R>): void {
    const { marks, index } = this;
    const { offsets, terms } = this.terms;
    const { lookupStarts, lookup } = index;
    this.segment = segment;
    this.text = null;
    this.firstWord = firstWord;
    this.endWord = endWord;
    const serial = ++marks.serial;
    const bits = marks.candidates;
    let low = bits.length;
    let high = -1;
    for (let position = offsets[firstWord] as number, stop = offsets[endWord] as number; position < stop; position++) {
      const term = terms[position] as number;
      if (marks.terms[term] === serial) continue;
      marks.terms[term] = serial;
      if (term + 1 >= lookupStarts.length) continue;
      for (let k = lookupStarts[term] as number, last = lookupStarts[term + 1] as number; k < last; k++) {
        const pattern = lookup[k] as number;
        const slot = pattern >>> 5;
        bits[slot] = (bits[slot] as number) | (1 << (pattern & 31));
        if (slot < low) low = slot;
        if (slot > high) high = slot;
      }
    }
    if (low > high) return;
    // Lowest pattern first, by clearing the bits in order: rule order, then pattern order,
    // the order findings were always reported in.
    for (let slot = low; slot <= high; slot++) {
      let word = bits[slot] as number;
      if (word === 0) continue;
      bits[slot] = 0;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        word &= word - 1;
        this.tryPattern(slot * 32 + bit, serial, muted, found);
      }
    }
  }

  /**
   * Tries phrase pattern `number`. The checks that fail most often come first and read
   * only the flat tables: most patterns looked up by a word lack another of their words.
   */
  private tryPattern(number: number, serial: number, muted: ReadonlySet<string> | null, found: OnMatch<R>): void {
    const { marks, index } = this;
    const ruleNumber = index.patternRule[number] as number;
    // A rule's sentence-level conditions are checked once, and only after one of its patterns matched.
    if (marks.rules[ruleNumber] === serial && marks.allowed[ruleNumber] === 0) return;
    if (marks.done[ruleNumber] === this.serial) return;
    if (!this.hasRequiredWords(number, serial)) return;
    const compiled = index.rules[ruleNumber] as CompiledRule<R>;
    if (muted !== null && muted.size > 0 && compiled.id !== undefined && muted.has(compiled.id)) return;
    const pattern = index.patterns[number] as IndexedPattern;
    const atStart = compiled.atSentenceStart;
    let taken = 0;
    for (;;) {
      const match = this.nextMatch(pattern, taken, atStart);
      if (match === null) return;
      taken = match.index + match[0].length;
      if (marks.rules[ruleNumber] !== serial) {
        marks.rules[ruleNumber] = serial;
        marks.allowed[ruleNumber] = this.conditionsHold(compiled) ? 1 : 0;
      }
      if (marks.allowed[ruleNumber] === 0) return;
      if (found(compiled.rule, match, this.segment, this.sentence()) === true) {
        marks.done[ruleNumber] = this.serial;
        return;
      }
      if (atStart) return;
    }
  }

  private conditionsHold(compiled: CompiledRule<R>): boolean {
    const { requires, unless } = compiled;
    if (requires.length === 0 && unless.length === 0) return true;
    let required = requires.length === 0;
    for (let k = 0; k < requires.length && !required; k++) required = this.conditionMatches(requires[k] as IndexedPattern);
    if (!required) return false;
    for (let k = 0; k < unless.length; k++) if (this.conditionMatches(unless[k] as IndexedPattern)) return false;
    return true;
  }

  private conditionMatches(condition: IndexedPattern): boolean {
    return this.hasRequiredWords(condition.number, this.marks.serial) && this.nextMatch(condition, 0, false) !== null;
  }

  /**
   * Lists, per term of the sentence, the words that have it (see `Marks.termHead`): made
   * when a pattern first needs to know where its words are, as most sentences never do.
   */
  private listTermWords(serial: number): void {
    const marks = this.marks;
    if (marks.listed === serial) return;
    marks.listed = serial;
    marks.entries = 0;
    const { offsets, terms } = this.terms;
    for (let word = this.firstWord; word < this.endWord; word++) {
      for (let position = offsets[word] as number, stop = offsets[word + 1] as number; position < stop; position++) {
        const term = terms[position] as number;
        const entry = this.newEntry(word);
        // A word has each term once, so a list stays in word order without duplicates.
        if (marks.termListed[term] === serial) marks.entryNext[marks.termTail[term] as number] = entry;
        else {
          marks.termListed[term] = serial;
          marks.termHead[term] = entry;
        }
        marks.termTail[term] = entry;
      }
    }
  }

  private newEntry(word: number): number {
    const marks = this.marks;
    const entry = marks.entries++;
    if (entry === marks.entryWord.length) {
      marks.entryWord = growInt32Array(marks.entryWord, entry * 2);
      marks.entryNext = growInt32Array(marks.entryNext, entry * 2);
    }
    marks.entryWord[entry] = word;
    marks.entryNext[entry] = -1;
    return entry;
  }

  /** Whether one of the group's terms is in this sentence (looked at once per sentence). */
  private groupPresent(group: number, serial: number): boolean {
    const marks = this.marks;
    if (marks.groupChecked[group] !== serial) {
      marks.groupChecked[group] = serial;
      const { groupTermStarts, groupTerms } = this.index;
      let present = 0;
      for (let k = groupTermStarts[group] as number, last = groupTermStarts[group + 1] as number; k < last && present === 0; k++) {
        if (marks.terms[groupTerms[k] as number] === serial) present = 1;
      }
      marks.groupPresent[group] = present;
    }
    return marks.groupPresent[group] === 1;
  }

  /**
   * The first entry of the list of words of this sentence that have one of the group's
   * terms (−1 for none), made on first use by merging its terms' lists.
   */
  private groupWords(group: number, serial: number): number {
    const marks = this.marks;
    if (!this.groupPresent(group, serial)) return -1;
    if (marks.groupListed[group] === serial) return marks.groupHead[group] as number;
    this.listTermWords(serial);
    const { groupTermStarts, groupTerms } = this.index;
    let head = -1;
    let sources = 0;
    for (let k = groupTermStarts[group] as number, last = groupTermStarts[group + 1] as number; k < last; k++) {
      const term = groupTerms[k] as number;
      if (marks.terms[term] !== serial) continue;
      sources++;
      head = sources === 1 ? (marks.termHead[term] as number) : this.mergeLists(head, marks.termHead[term] as number);
    }
    marks.groupListed[group] = serial;
    marks.groupHead[group] = head;
    return head;
  }

  /** A new list of the words of two lists, in order, each once. */
  private mergeLists(a: number, b: number): number {
    const marks = this.marks;
    let head = -1;
    let tail = -1;
    while (a >= 0 || b >= 0) {
      const wordA = a >= 0 ? (marks.entryWord[a] as number) : Infinity;
      const wordB = b >= 0 ? (marks.entryWord[b] as number) : Infinity;
      const word = Math.min(wordA, wordB);
      if (wordA === word) a = marks.entryNext[a] as number;
      if (wordB === word) b = marks.entryNext[b] as number;
      const entry = this.newEntry(word);
      if (tail < 0) head = entry;
      else marks.entryNext[tail] = entry;
      tail = entry;
    }
    return head;
  }

  /** Whether every required group of pattern `number` has a word in this sentence. */
  private hasRequiredWords(number: number, serial: number): boolean {
    const { groupStarts, patternGroups } = this.index;
    for (let k = groupStarts[number] as number, last = groupStarts[number + 1] as number; k < last; k++) {
      if (!this.groupPresent(patternGroups[k] as number, serial)) return false;
    }
    return true;
  }

  /**
   * Whether the pattern's required words occur in order (each at a later word than the
   * one before: they are separate elements of the pattern) from word `from` on, all
   * starting before offset `limit` of the message, the farthest a match starting at
   * `from` can reach, and each within the words the elements before it can span. When
   * not, trying the expression would only fail, and more slowly.
   */
  private requiredWithin(pattern: IndexedPattern, from: number, limit: number): boolean {
    const serial = this.marks.serial;
    const { starts } = this.scan.words;
    const { groupStarts, patternGroups, patternGroupOffsets } = this.index;
    let next = from;
    for (let k = groupStarts[pattern.number] as number, last = groupStarts[pattern.number + 1] as number; k < last; k++) {
      let entry = this.groupWords(patternGroups[k] as number, serial);
      while (entry >= 0 && (this.marks.entryWord[entry] as number) < next) entry = this.marks.entryNext[entry] as number;
      if (entry < 0) return false;
      const word = this.marks.entryWord[entry] as number;
      // Too far from the start, in characters or in words ("it's … off" needs "off" right after "it's").
      if ((starts[word] as number) >= limit || word - from > (patternGroupOffsets[k] as number)) return false;
      next = word + 1;
    }
    return true;
  }

  /**
   * The first whole-word match of the pattern in the sentence that starts at or after
   * `from` (an offset into the sentence), or null. Tried only at the words a match can
   * start with; at the sentence's first word only when `atStart`.
   */
  private nextMatch(pattern: IndexedPattern, from: number, atStart: boolean): RegExpExecArray | null {
    const sentence = this.sentence();
    if (pattern.firstGroup < 0) {
      const match = matchFrom(pattern.compiled, sentence, from);
      return atStart && match !== null && match.index !== 0 ? null : match;
    }
    const { starts } = this.scan.words;
    const base = this.segment.start;
    // At the start means the sentence's very first characters: "- and …" does not start with "and".
    if (atStart && starts[this.firstWord] !== base) return null;
    // Entries are only added while the sentence is matched, so the list stays valid as it is walked.
    for (let entry = this.groupWords(pattern.firstGroup, this.marks.serial); entry >= 0; entry = this.marks.entryNext[entry] as number) {
      const word = this.marks.entryWord[entry] as number;
      if (atStart && word !== this.firstWord) return null;
      const start = (starts[word] as number) - base;
      if (start < from) continue;
      if (!this.requiredWithin(pattern, word, base + start + pattern.compiled.maxLength)) continue;
      const match = matchAt(pattern.compiled, sentence, start);
      if (match !== null) return match;
    }
    return null;
  }
}
