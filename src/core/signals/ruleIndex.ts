import { compilePattern, DIGIT, type Anchor, type CompiledPattern } from "./pattern";
import { buildWordTrie, DIGIT_TERM, type WordTrie } from "./wordScan";
import type { PhraseRule, RuleLanguage } from "./types";

/** What the index needs of a rule: its patterns and sentence conditions (see PhraseRule). */
export interface MatchableRule {
  /** Stable id, when the user can mute the rule. */
  readonly id?: string;
  readonly patterns: readonly string[];
  /** Only a match at the very start of a sentence counts ("So …", "Please …"). */
  readonly atSentenceStart?: boolean;
  readonly unless?: readonly string[];
  readonly requires?: readonly string[];
  readonly requiresInMessage?: readonly string[];
  readonly unlessInMessage?: readonly string[];
}

/** A pattern with the words it needs as term numbers of its index's trie. */
export interface IndexedPattern {
  readonly compiled: CompiledPattern;
  /** Position of the rule in `RuleIndex.rules`. */
  readonly rule: number;
  /** Position in the index's flat tables: the phrase patterns first, then the conditions. */
  readonly number: number;
  /**
   * The group (see `RuleIndex.groupTermStarts`) of the terms a match can start with; −1:
   * try the whole sentence (see `CompiledPattern.firstWords`).
   */
  readonly firstGroup: number;
}

/** A rule with its patterns compiled and indexed. */
export interface CompiledRule<R extends MatchableRule = PhraseRule> {
  readonly rule: R;
  /**
   * Copied from the rule: rules are object literals of many shapes, and reading a
   * property of one in the matcher's inner loop would be a slow (megamorphic) look-up.
   */
  readonly id: string | undefined;
  readonly atSentenceStart: boolean;
  readonly patterns: readonly IndexedPattern[];
  readonly unless: readonly IndexedPattern[];
  readonly requires: readonly IndexedPattern[];
  /** One of these must match in some sentence of the message (see PhraseRule.requiresInMessage). */
  readonly requiresInMessage: readonly IndexedPattern[];
  /** None of these may match in any sentence of the message (see PhraseRule.unlessInMessage). */
  readonly unlessInMessage: readonly IndexedPattern[];
}

/**
 * Rules indexed by the words that must occur for them to match. Matching a sentence
 * then costs a trie walk per word plus the patterns whose words are all there, each
 * tried only at the words a match can start with, instead of every regex over every
 * sentence: that is what keeps analysis linear and fast on a 10 MB thread.
 */
export interface RuleIndex<R extends MatchableRule = PhraseRule> {
  readonly rules: readonly CompiledRule<R>[];
  /** Each rule's compiled form, by the rule. */
  readonly compiledRules: ReadonlyMap<R, CompiledRule<R>>;
  /** Every phrase pattern, rule by rule, in the rules' order: a pattern's number is its position here. */
  readonly patterns: readonly IndexedPattern[];
  /** The words of all patterns and conditions (and of other indexes that share it). */
  readonly vocabulary: Vocabulary;
  /**
   * Flat tables, read in the matcher's inner loops (one typed array each rather than an
   * object or array per entry, which would be a pointer to chase every time):
   * term `t` looks up patterns `lookup[lookupStarts[t]]…` (by their anchors; terms past
   * the end of `lookupStarts` look up none);
   * pattern `n`'s required words are the groups `patternGroups[groupStarts[n]]…`, in
   * the pattern's order, group `g` being the terms `groupTerms[groupTermStarts[g]]…`, one
   * of which must be there.
   * Groups are shared: the patterns of a rule often require the same list of words, and
   * a sentence then marks where that list occurs once for all of them.
   */
  readonly lookupStarts: Int32Array;
  readonly lookup: Int32Array;
  /** Per phrase pattern, its rule's position in `rules` (as `patterns[n].rule`, without loading the object). */
  readonly patternRule: Int32Array;
  readonly groupStarts: Int32Array;
  readonly patternGroups: Int32Array;
  /** Per entry of `patternGroups`: the most words that can come before it in a match (see `CompiledPattern.requiredWordOffsets`). */
  readonly patternGroupOffsets: Int32Array;
  readonly groupCount: number;
  readonly groupTermStarts: Int32Array;
  readonly groupTerms: Int32Array;
}

/** Compiles and indexes rules. Throws on a malformed pattern (the rules' check runs this at build time). */
/**
 * The words of one or more indexes, numbered as terms. Indexes that run over the same
 * messages (a language's rules and its politeness strategies) share one, so a message's
 * words are walked through one trie for all of them.
 */
export class Vocabulary {
  private readonly numbers = new Map<string, number>();
  private readonly entries: Anchor[] = [];
  private built: WordTrie | null = null;

  /** The term of a word, added when new (the trie is then built again on next use). */
  termOf(anchor: Anchor): number {
    if (anchor === DIGIT) return DIGIT_TERM;
    const key = `${anchor.prefix ? "*" : "="}${anchor.word}`;
    let term = this.numbers.get(key);
    if (term === undefined) {
      this.entries.push(anchor);
      term = this.entries.length;
      this.numbers.set(key, term);
      this.built = null;
    }
    return term;
  }

  get trie(): WordTrie {
    this.built ??= buildWordTrie(this.entries);
    return this.built;
  }
}

export function buildRuleIndex<R extends MatchableRule = PhraseRule>(rules: readonly R[], vocabulary = new Vocabulary()): RuleIndex<R> {
  const termOf = (anchor: Anchor): number => vocabulary.termOf(anchor);
  const byTerm = new Map<number, number[]>();
  const patterns: IndexedPattern[] = [];
  const required: number[][] = [];
  const offsets: number[][] = [];
  const groupNumbers = new Map<string, number>();
  const groupMembers: number[][] = [];
  const groupOf = (anchors: readonly Anchor[]): number => {
    const terms = [...new Set(anchors.map(termOf))].sort((a, b) => a - b);
    const key = terms.join(",");
    let group = groupNumbers.get(key);
    if (group === undefined) {
      group = groupMembers.length;
      groupMembers.push(terms);
      groupNumbers.set(key, group);
    }
    return group;
  };
  const indexPattern = (source: string, rule: number, number: number): IndexedPattern => {
    const compiled = compilePattern(source);
    required[number] = compiled.requiredWords.map(groupOf);
    offsets[number] = compiled.requiredWordOffsets.map((offset) => Math.min(offset, NO_WORD_BOUND));
    return { compiled, rule, number, firstGroup: compiled.firstWords ? groupOf(compiled.firstWords) : -1 };
  };
  // Conditions are numbered after every phrase pattern, once their count is known:
  // each list is filled at the end.
  const conditionSources: { source: string; rule: number; list: IndexedPattern[] }[] = [];
  const conditionsLater = (sources: readonly string[] | undefined, rule: number): IndexedPattern[] => {
    const list: IndexedPattern[] = [];
    for (const source of sources ?? []) conditionSources.push({ source, rule, list });
    return list;
  };
  const compiledRules = rules.map((rule, ruleNumber): CompiledRule<R> => {
    const rulePatterns = rule.patterns.map((source) => {
      const indexed = indexPattern(source, ruleNumber, patterns.length);
      for (const anchor of indexed.compiled.anchors) {
        const term = termOf(anchor);
        const list = byTerm.get(term) ?? [];
        byTerm.set(term, list);
        if (list[list.length - 1] !== patterns.length) list.push(patterns.length);
      }
      patterns.push(indexed);
      return indexed;
    });
    return {
      rule,
      id: rule.id,
      atSentenceStart: rule.atSentenceStart === true,
      patterns: rulePatterns,
      unless: conditionsLater(rule.unless, ruleNumber),
      requires: conditionsLater(rule.requires, ruleNumber),
      requiresInMessage: conditionsLater(rule.requiresInMessage, ruleNumber),
      unlessInMessage: conditionsLater(rule.unlessInMessage, ruleNumber),
    };
  });
  let number = patterns.length;
  for (const { source, rule, list } of conditionSources) list.push(indexPattern(source, rule, number++));
  const termCount = Math.max(0, ...byTerm.keys()) + 1;
  const lookup = flatten(Array.from({ length: termCount }, (_, term) => byTerm.get(term) ?? []));
  const groups = flatten(required);
  const groupTerms = flatten(groupMembers);
  return {
    rules: compiledRules,
    compiledRules: new Map(compiledRules.map((compiled) => [compiled.rule, compiled])),
    patterns,
    vocabulary,
    lookupStarts: lookup.starts,
    lookup: lookup.values,
    patternRule: Int32Array.from(patterns, (pattern) => pattern.rule),
    groupStarts: groups.starts,
    patternGroups: groups.values,
    patternGroupOffsets: flatten(offsets).values,
    groupCount: groupMembers.length,
    groupTermStarts: groupTerms.starts,
    groupTerms: groupTerms.values,
  };
}

/** Stands for "no bound" in `patternGroupOffsets` (a gap came before). */
const NO_WORD_BOUND = 0x3fffffff;

/** Lists of numbers as one array and where each list starts (list `i` is `values[starts[i]]…values[starts[i + 1] - 1]`). */
function flatten(lists: readonly (readonly number[])[]): { starts: Int32Array; values: Int32Array } {
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((list, index) => (starts[index + 1] = (starts[index] as number) + list.length));
  return { starts, values: Int32Array.from(lists.flat()) };
}

/**
 * One vocabulary per language, shared by the language's rules and its politeness
 * strategies (see `Vocabulary`).
 */
export const LANGUAGE_VOCABULARIES: Readonly<Record<RuleLanguage, Vocabulary>> = { en: new Vocabulary(), de: new Vocabulary() };

