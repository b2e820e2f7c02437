import { compilePattern, type CompiledPattern } from "./pattern";
import type { PhraseRule, RuleLanguage } from "./types";

/** A phrase rule with its patterns compiled. */
export interface CompiledRule {
  readonly rule: PhraseRule;
  readonly patterns: readonly CompiledPattern[];
  readonly unless: readonly CompiledPattern[];
  readonly requires: readonly CompiledPattern[];
}

/** What one word of a sentence tells the matcher. */
export interface WordInfo {
  /** Rules looked up by this word (exactly, or by a prefix of it). */
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
  /** Folded word → indices into `rules`. */
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
  rules.forEach((rule, index) => {
    const patterns = rule.patterns.map(compilePattern);
    compiled.push({ rule, patterns, unless: (rule.unless ?? []).map(compilePattern), requires: (rule.requires ?? []).map(compilePattern) });
    for (const pattern of patterns) {
      for (const anchor of pattern.anchors) {
        if (anchor.prefix) addPrefix(anchor.word, index);
        else {
          const list = exact.get(anchor.word) ?? [];
          exact.set(anchor.word, list);
          if (!list.includes(index)) list.push(index);
        }
      }
      for (const alternatives of pattern.requiredWords) for (const anchor of alternatives) if (anchor.prefix) addPrefix(anchor.word, null);
    }
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

/** The rules of `index` that a sentence with these folded words could match. */
export function candidateRules(index: RuleIndex, words: Iterable<string>, into: Set<number>): void {
  for (const word of words) for (const rule of wordInfo(index, word).rules) into.add(rule);
}

/** Indexes per language, built once per rule set. */
export type IndexedRules = Readonly<Record<RuleLanguage, RuleIndex>>;
