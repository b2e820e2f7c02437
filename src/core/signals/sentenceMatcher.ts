/**
 * Runs an index's rules over a message sentence by sentence. The message is scanned
 * once (sentences, words, and each word's terms in the index's trie); in a sentence,
 * the words mark their terms, the patterns looked up by those terms whose required
 * words are all marked are tried, and each only at the words a match can start with,
 * with a sticky expression: a failed try costs one anchored attempt, not a scan.
 */
import type { CompiledRule, IndexedPattern, MatchableRule, RuleIndex } from "./ruleIndex";
import { matchAt, matchPattern } from "./pattern";
import { splitSegments, type Segment } from "./segments";
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
  const segmentWords = new Int32Array(segments.length * 2);
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
export type OnMatch<R extends MatchableRule> = (rule: R, match: RegExpExecArray, segment: Segment, sentence: string) => void;

/** Scratch space of one index, reused sentence after sentence: a mark per term, pattern and rule. */
interface Marks {
  serial: number;
  readonly terms: Int32Array;
  readonly patterns: Int32Array;
  readonly rules: Int32Array;
  readonly allowed: Uint8Array;
  readonly first: Int32Array;
  firstSerial: number;
}

const MARKS = new WeakMap<RuleIndex<MatchableRule>, Marks>();

function marksOf(index: RuleIndex<MatchableRule>): Marks {
  let marks = MARKS.get(index);
  if (!marks) {
    marks = {
      serial: 0,
      terms: new Int32Array(index.trie.termCount),
      patterns: new Int32Array(index.patterns.length),
      rules: new Int32Array(index.rules.length),
      allowed: new Uint8Array(index.rules.length),
      first: new Int32Array(index.trie.termCount),
      firstSerial: 0,
    };
    MARKS.set(index, marks);
  }
  return marks;
}

/**
 * Matches one index's rules sentence by sentence. A sentence's words mark their terms;
 * the patterns looked up by those terms whose required words are all marked are tried,
 * each only at the words a match can start with.
 */
export class SentenceMatcher<R extends MatchableRule> {
  private readonly marks: Marks;
  private segment: Segment = { start: 0, end: 0 };
  private text: string | null = null;
  private firstWord = 0;
  private endWord = 0;
  private readonly candidates: number[] = [];

  private readonly message: string;
  private readonly words: Words;
  private readonly terms: WordTerms;

  constructor(
    private readonly index: RuleIndex<R>,
    private readonly scan: MessageScan,
  ) {
    this.marks = marksOf(index);
    this.message = scan.text;
    this.words = scan.words;
    this.terms = termsOfWords(index.trie, scan.text, scan.words);
  }

  /** Runs the rules over the sentences `from` (inclusive) to `to` (exclusive) of the scan. */
  matchSentences(from: number, to: number, muted: ReadonlySet<string> | null, found: OnMatch<R>): void {
    const { segments, segmentWords } = this.scan;
    for (let position = from; position < Math.min(to, segments.length); position++) {
      const firstWord = segmentWords[position * 2] as number;
      const endWord = segmentWords[position * 2 + 1] as number;
      if (endWord > firstWord) this.match(segments[position] as Segment, firstWord, endWord, muted, found);
    }
  }

  /** The sentence's text, sliced once when a pattern first needs it. */
  sentence(): string {
    this.text ??= this.message.slice(this.segment.start, this.segment.end);
    return this.text;
  }

  private match(segment: Segment, firstWord: number, endWord: number, muted: ReadonlySet<string> | null, found: OnMatch<R>): void {
    const { marks, index, terms, candidates } = this;
    this.segment = segment;
    this.text = null;
    this.firstWord = firstWord;
    this.endWord = endWord;
    const serial = ++marks.serial;
    candidates.length = 0;
    for (let position = terms.offsets[firstWord] as number, stop = terms.offsets[endWord] as number; position < stop; position++) {
      const term = terms.terms[position] as number;
      if (marks.terms[term] === serial) continue;
      marks.terms[term] = serial;
      const looked = index.patternsByTerm[term] as Int32Array;
      for (let k = 0; k < looked.length; k++) {
        const pattern = looked[k] as number;
        if (marks.patterns[pattern] === serial) continue;
        marks.patterns[pattern] = serial;
        candidates.push(pattern);
      }
    }
    if (candidates.length === 0) return;
    // Rule order, then pattern order: the order findings were always reported in.
    if (candidates.length > 1) candidates.sort((a, b) => a - b);
    for (const number of candidates) {
      const pattern = index.patterns[number] as IndexedPattern;
      const compiled = index.rules[pattern.rule] as CompiledRule<R>;
      // A rule's sentence-level conditions are checked once, and only after one of its patterns matched.
      const ruleChecked = marks.rules[pattern.rule] === serial;
      if (ruleChecked && marks.allowed[pattern.rule] === 0) continue;
      if (muted !== null && muted.size > 0 && "id" in compiled.rule && muted.has(compiled.rule.id as string)) continue;
      if (!this.hasRequiredWords(pattern)) continue;
      for (const match of this.matches(pattern, false)) {
        if (marks.rules[pattern.rule] !== serial) {
          marks.rules[pattern.rule] = serial;
          const allowed =
            (compiled.requires.length === 0 || compiled.requires.some((condition) => this.hasRequiredWords(condition) && this.matches(condition, true).length > 0)) &&
            !compiled.unless.some((condition) => this.hasRequiredWords(condition) && this.matches(condition, true).length > 0);
          marks.allowed[pattern.rule] = allowed ? 1 : 0;
        }
        if (marks.allowed[pattern.rule] === 0) break;
        found(compiled.rule, match, segment, this.sentence());
      }
    }
  }

  private hasRequiredWords(pattern: IndexedPattern): boolean {
    const { marks } = this;
    const serial = marks.serial;
    for (const alternatives of pattern.required) {
      let present = false;
      for (let k = 0; k < alternatives.length && !present; k++) present = marks.terms[alternatives[k] as number] === serial;
      if (!present) return false;
    }
    return true;
  }

  /** Whole-word matches of the pattern in the sentence, in order, none overlapping; the first only when `firstOnly`. */
  private matches(pattern: IndexedPattern, firstOnly: boolean): RegExpExecArray[] {
    if (pattern.first === null) {
      const all = matchPattern(pattern.compiled, this.sentence());
      return firstOnly ? all.slice(0, 1) : all;
    }
    const { marks, words, terms } = this;
    const firstSerial = ++marks.firstSerial;
    for (let k = 0; k < pattern.first.length; k++) marks.first[pattern.first[k] as number] = firstSerial;
    const found: RegExpExecArray[] = [];
    const base = this.segment.start;
    let taken = 0;
    for (let word = this.firstWord; word < this.endWord; word++) {
      const start = (words.starts[word] as number) - base;
      if (start < taken) continue;
      let starts = false;
      for (let position = terms.offsets[word] as number, stop = terms.offsets[word + 1] as number; position < stop && !starts; position++) {
        starts = marks.first[terms.terms[position] as number] === firstSerial;
      }
      if (!starts) continue;
      const match = matchAt(pattern.compiled, this.sentence(), start);
      if (match === null) continue;
      found.push(match);
      if (firstOnly) break;
      taken = start + match[0].length;
    }
    return found;
  }
}

