import { compilePattern, type CompiledPattern } from "./pattern";
import type { PhraseRule, RuleLanguage } from "./types";

/** A phrase rule with its patterns compiled. */
export interface CompiledRule {
  readonly rule: PhraseRule;
  readonly patterns: readonly CompiledPattern[];
  readonly unless: readonly CompiledPattern[];
  readonly requires: readonly CompiledPattern[];
}

/**
 * A pattern's number in an index: its rule's position times this, plus the pattern's
 * position in the rule. Candidates are single patterns, not whole rules: a rule may have
 * a dozen wordings, and only the ones whose words are present are worth trying.
 */
export const PATTERNS_PER_RULE = 256;

/** What one word of a sentence tells the matcher. */
export interface WordInfo {
  /** Patterns (see PATTERNS_PER_RULE) looked up by this word, exactly or by a prefix of it. */
  readonly rules: readonly number[];
  /** The prefix words of any pattern that this word starts with. */
  readonly prefixes: readonly string[];
}

/**
 * Rules indexed by the words that must occur for them to match. Matching a message
 * then costs one look-up per word plus the regexes of the few rules whose words are
 * all there, instead of every regex over every sentence: that is what keeps analysis
 * linear and fast on a 10 MB thread. Mail reuses a small vocabulary, so what each word
 * means to the rules is worked out once and cached.
 */
export interface RuleIndex {
  readonly rules: readonly CompiledRule[];
  /** What a folded word means to these rules (cached; see `wordInfo`). */
  readonly words: Map<string, WordInfo>;
  /** Folded word → pattern numbers (see PATTERNS_PER_RULE). */
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** First three letters → the prefixes starting with them: their rules (may be none: a prefix only required, not looked up by). */
  readonly prefixes: ReadonlyMap<string, readonly { readonly prefix: string; readonly rules: readonly number[] }[]>;
}

/** The cache is dropped when it grows past this many words (a pathological input, not mail). */
const WORD_CACHE_LIMIT = 100_000;

/** Compiles and indexes rules. Throws on a malformed pattern (the rules' check runs this at build time). */
export function buildRuleIndex(rules: readonly PhraseRule[]): RuleIndex {
  const compiled: CompiledRule[] = [];
  const exact = new Map<string, number[]>();
  const prefixMap = new Map<string, Map<string, number[]>>();
  const addPrefix = (prefix: string, rule: number | null) => {
    const bucket = prefixMap.get(prefix.slice(0, 3)) ?? new Map<string, number[]>();
    prefixMap.set(prefix.slice(0, 3), bucket);
    const list = bucket.get(prefix) ?? [];
    bucket.set(prefix, list);
    if (rule !== null && !list.includes(rule)) list.push(rule);
  };
  rules.forEach((rule, ruleIndex) => {
    const patterns = rule.patterns.map(compilePattern);
    if (patterns.length > PATTERNS_PER_RULE) throw new Error(`${rule.id}: more than ${PATTERNS_PER_RULE} patterns`);
    compiled.push({ rule, patterns, unless: (rule.unless ?? []).map(compilePattern), requires: (rule.requires ?? []).map(compilePattern) });
    patterns.forEach((pattern, patternIndex) => {
      const id = ruleIndex * PATTERNS_PER_RULE + patternIndex;
      for (const anchor of pattern.anchors) {
        if (anchor.prefix) addPrefix(anchor.word, id);
        else {
          const list = exact.get(anchor.word) ?? [];
          exact.set(anchor.word, list);
          if (!list.includes(id)) list.push(id);
        }
      }
      for (const alternatives of pattern.requiredWords) for (const anchor of alternatives) if (anchor.prefix) addPrefix(anchor.word, null);
    });
  });
  const prefixes = new Map([...prefixMap].map(([key, bucket]) => [key, [...bucket].map(([prefix, list]) => ({ prefix, rules: list }))]));
  return { rules: compiled, exact, prefixes, words: new Map() };
}

/** What a folded word means to the rules of `index`: the rules it looks up, the prefixes it satisfies. */
export function wordInfo(index: RuleIndex, word: string): WordInfo {
  const cached = index.words.get(word);
  if (cached) return cached;
  const rules = new Set(index.exact.get(word) ?? []);
  const prefixes: string[] = [];
  if (word.length >= 3) {
    for (const entry of index.prefixes.get(word.slice(0, 3)) ?? []) {
      if (!word.startsWith(entry.prefix)) continue;
      prefixes.push(entry.prefix);
      for (const rule of entry.rules) rules.add(rule);
    }
  }
  const info: WordInfo = { rules: [...rules], prefixes };
  if (index.words.size >= WORD_CACHE_LIMIT) index.words.clear();
  index.words.set(word, info);
  return info;
}


/** Indexes per language, built once per rule set. */
export type IndexedRules = Readonly<Record<RuleLanguage, RuleIndex>>;
