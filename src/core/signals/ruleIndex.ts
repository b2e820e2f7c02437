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
 * Rules indexed by the words that must occur for them to match. Matching a message
 * then costs one look-up per word plus the regexes of the few rules whose words are
 * there, instead of every regex over every sentence: that is what keeps analysis
 * linear and fast on a 10 MB thread.
 */
export interface RuleIndex {
  readonly rules: readonly CompiledRule[];
  /** Folded word → indices into `rules`. */
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** First three letters → prefixes starting with them and their rules. */
  readonly prefixes: ReadonlyMap<string, readonly { readonly prefix: string; readonly rules: readonly number[] }[]>;
}

/** Compiles and indexes rules. Throws on a malformed pattern (the rules' check runs this at build time). */
export function buildRuleIndex(rules: readonly PhraseRule[]): RuleIndex {
  const compiled: CompiledRule[] = [];
  const exact = new Map<string, number[]>();
  const prefixMap = new Map<string, Map<string, number[]>>();
  rules.forEach((rule, index) => {
    const patterns = rule.patterns.map(compilePattern);
    compiled.push({
      rule,
      patterns,
      unless: (rule.unless ?? []).map(compilePattern),
      requires: (rule.requires ?? []).map(compilePattern),
    });
    for (const pattern of patterns) {
      for (const anchor of pattern.anchors) {
        if (anchor.prefix) {
          const bucket = prefixMap.get(anchor.word.slice(0, 3)) ?? new Map<string, number[]>();
          prefixMap.set(anchor.word.slice(0, 3), bucket);
          addUnique(bucket, anchor.word, index);
        } else {
          addUnique(exact, anchor.word, index);
        }
      }
    }
  });
  const prefixes = new Map([...prefixMap].map(([key, bucket]) => [key, [...bucket].map(([prefix, list]) => ({ prefix, rules: list }))]));
  return { rules: compiled, exact, prefixes };
}

/** The rules of `index` that a sentence with these folded words could match. */
export function candidateRules(index: RuleIndex, words: Iterable<string>, into: Set<number>): void {
  for (const word of words) {
    const exact = index.exact.get(word);
    if (exact) for (const rule of exact) into.add(rule);
    if (word.length < 3) continue;
    const bucket = index.prefixes.get(word.slice(0, 3));
    if (!bucket) continue;
    for (const entry of bucket) {
      if (word.startsWith(entry.prefix)) for (const rule of entry.rules) into.add(rule);
    }
  }
}

/** Indexes per language, built once per rule set. */
export type IndexedRules = Readonly<Record<RuleLanguage, RuleIndex>>;

function addUnique(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
