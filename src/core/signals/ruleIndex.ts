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
}

/** A pattern with the words it needs as term numbers of its index's trie. */
export interface IndexedPattern {
  readonly compiled: CompiledPattern;
  /** Position of the rule in `RuleIndex.rules`. */
  readonly rule: number;
  /** For every required word or group, the terms one of which must be in the sentence. */
  readonly required: readonly Int32Array[];
  /** Terms a match can start with; null: try the whole sentence (see `CompiledPattern.firstWords`). */
  readonly first: Int32Array | null;
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
}

/**
 * Rules indexed by the words that must occur for them to match. Matching a sentence
 * then costs a trie walk per word plus the patterns whose words are all there, each
 * tried only at the words a match can start with, instead of every regex over every
 * sentence: that is what keeps analysis linear and fast on a 10 MB thread.
 */
export interface RuleIndex<R extends MatchableRule = PhraseRule> {
  readonly rules: readonly CompiledRule<R>[];
  /** Every phrase pattern, rule by rule, in the rules' order: a pattern's number is its position here. */
  readonly patterns: readonly IndexedPattern[];
  /** The words of all patterns and conditions. */
  readonly trie: WordTrie;
  /** Term → the patterns looked up by it (their anchors). */
  readonly patternsByTerm: readonly Int32Array[];
}

/** Compiles and indexes rules. Throws on a malformed pattern (the rules' check runs this at build time). */
export function buildRuleIndex<R extends MatchableRule = PhraseRule>(rules: readonly R[]): RuleIndex<R> {
  const termNumbers = new Map<string, number>();
  const termList: Anchor[] = [];
  const termOf = (anchor: Anchor): number => {
    if (anchor === DIGIT) return DIGIT_TERM;
    const key = `${anchor.prefix ? "*" : "="}${anchor.word}`;
    let term = termNumbers.get(key);
    if (term === undefined) {
      termList.push(anchor);
      term = termList.length;
      termNumbers.set(key, term);
    }
    return term;
  };
  const byTerm = new Map<number, number[]>();
  const patterns: IndexedPattern[] = [];
  const indexPattern = (source: string, rule: number): IndexedPattern => {
    const compiled = compilePattern(source);
    return {
      compiled,
      rule,
      required: compiled.requiredWords.map((alternatives) => Int32Array.from(alternatives.map(termOf))),
      first: compiled.firstWords && Int32Array.from(compiled.firstWords.map(termOf)),
    };
  };
  const compiledRules = rules.map((rule, ruleNumber): CompiledRule<R> => {
    const rulePatterns = rule.patterns.map((source) => {
      const indexed = indexPattern(source, ruleNumber);
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
      unless: (rule.unless ?? []).map((source) => indexPattern(source, ruleNumber)),
      requires: (rule.requires ?? []).map((source) => indexPattern(source, ruleNumber)),
      requiresInMessage: (rule.requiresInMessage ?? []).map((source) => indexPattern(source, ruleNumber)),
    };
  });
  const patternsByTerm = Array.from({ length: termList.length + 1 }, (_, term) => Int32Array.from(byTerm.get(term) ?? []));
  return { rules: compiledRules, patterns, trie: buildWordTrie(termList), patternsByTerm };
}

/** Indexes per language, built once per rule set. */
export type IndexedRules = Readonly<Record<RuleLanguage, RuleIndex>>;
