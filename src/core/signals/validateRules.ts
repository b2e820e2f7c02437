import { compilePattern } from "./pattern";
import { SIGNAL_IDS } from "./signalIds";
import type { DetectorRule } from "./detectors";
import type { PhraseRule } from "./types";

/**
 * Checks the rules data as retext-equality checks its own: ids unique and well-formed,
 * no phrase listed twice in a language, every pattern compiles and can be looked up,
 * every rule has a note in both UI languages and examples both ways.
 * @returns one sentence per problem; empty when the data is sound
 */
export function validateRules(phraseRules: readonly PhraseRule[], detectorRules: readonly DetectorRule[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const phrases = new Map<string, string>();
  for (const rule of [...phraseRules, ...detectorRules]) {
    if (ids.has(rule.id)) problems.push(`Duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    if (!(SIGNAL_IDS as readonly string[]).includes(rule.signal)) problems.push(`${rule.id}: unknown signal ${rule.signal}`);
    if (!rule.id.startsWith(`${rule.language}.${rule.signal}.`) || !/^[a-z]+\.[a-z]+\.[a-z_]+\.[a-z0-9-]+$/.test(rule.id)) {
      problems.push(`${rule.id}: ids read "<language>.<signal>.<slug>" in lower case, e.g. "${rule.language}.${rule.signal}.some-phrase"`);
    }
    if (!rule.note.en.trim() || !rule.note.de.trim()) problems.push(`${rule.id}: needs a note in English and German`);
    if (rule.examples.flag.length === 0) problems.push(`${rule.id}: needs at least one example that must fire`);
    if (rule.examples.pass.length === 0) problems.push(`${rule.id}: needs at least one example that must not fire`);
  }
  const compiles = (id: string, sources: readonly string[]) => {
    for (const source of sources) {
      try {
        compilePattern(source);
      } catch (error) {
        problems.push(`${id}: ${(error as Error).message}`);
      }
    }
  };
  for (const rule of detectorRules) compiles(rule.id, [...(rule.nearby?.requires ?? []), ...(rule.nearby?.unless ?? [])]);
  for (const rule of phraseRules) {
    compiles(rule.id, [...rule.patterns, ...(rule.unless ?? []), ...(rule.requires ?? []), ...(rule.requiresInMessage ?? []), ...(rule.unlessInMessage ?? [])]);
    for (const source of rule.patterns) {
      const key = `${rule.language}:${source.toLowerCase().replace(/\s+/g, " ").trim()}`;
      const owner = phrases.get(key);
      if (owner) problems.push(`${rule.id}: the pattern "${source}" is already in ${owner}`);
      else phrases.set(key, rule.id);
    }
  }
  return problems;
}
