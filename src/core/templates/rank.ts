import type { Finding } from "../signals/types";
import type { ReplyTemplate, TemplateId } from "./types";

export interface RankedTemplate {
  readonly template: ReplyTemplate;
  /** How well it answers the email; 0 means it is only in the full list. */
  readonly score: number;
}

/** Earlier messages count, but far less than what the client wrote just now. */
const EARLIER_WEIGHT = 0.25;

/** What each more finding of a signal adds to its strongest (up to `MORE_COUNTED` more). */
const MORE_WEIGHT = 0.5;
const MORE_COUNTED = 2;

/**
 * How strongly each signal shows in the findings: its most severe finding, plus a little
 * for each more. Two phrases about the weekend are one problem, and should not outweigh
 * a different one ("nine jobs by Monday") that the client put in one sentence.
 */
function signalStrengths(findings: readonly Finding[]): Map<Finding["signal"], number> {
  const strongest = new Map<Finding["signal"], number>();
  const counts = new Map<Finding["signal"], number>();
  for (const finding of findings) {
    strongest.set(finding.signal, Math.max(strongest.get(finding.signal) ?? 0, finding.severity));
    counts.set(finding.signal, (counts.get(finding.signal) ?? 0) + 1);
  }
  const strengths = new Map<Finding["signal"], number>();
  for (const [signal, severity] of strongest) strengths.set(signal, severity + MORE_WEIGHT * Math.min(MORE_COUNTED, (counts.get(signal) ?? 1) - 1));
  return strengths;
}

/**
 * Orders the templates by how well they answer the findings: each signal found adds its
 * strength (see `signalStrengths`) times the template's weight for that signal.
 * @param newest findings of the client's newest message
 * @param earlier findings of the client's earlier messages
 * @returns every template, best first; ties keep the templates' own order
 */
export function rankTemplates(templates: readonly ReplyTemplate[], newest: readonly Finding[], earlier: readonly Finding[] = []): RankedTemplate[] {
  const now = signalStrengths(newest);
  const before = signalStrengths(earlier);
  const weighted = (template: ReplyTemplate, strengths: ReadonlyMap<Finding["signal"], number>) => {
    let sum = 0;
    for (const [signal, strength] of strengths) sum += (template.signals[signal] ?? 0) * strength;
    return sum;
  };
  const score = (template: ReplyTemplate) => weighted(template, now) + EARLIER_WEIGHT * weighted(template, before);
  return templates
    .map((template, order) => ({ template, score: score(template), order }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ template, score: value }) => ({ template, score: Math.round(value * 100) / 100 }));
}

/** The ids of the templates worth suggesting: a score, and at most `limit`. */
export function suggestedTemplateIds(ranked: readonly RankedTemplate[], limit = 3): TemplateId[] {
  return ranked.filter((entry) => entry.score > 0).slice(0, limit).map((entry) => entry.template.id);
}
