import type { Finding } from "../signals/types";
import type { ReplyTemplate, TemplateId } from "./types";

export interface RankedTemplate {
  readonly template: ReplyTemplate;
  /** How well it answers the email; 0 means it is only in the full list. */
  readonly score: number;
}

/** Earlier messages count, but far less than what the client wrote just now. */
const EARLIER_WEIGHT = 0.25;

/**
 * Orders the templates by how well they answer the findings: each finding adds its
 * severity times the template's weight for that signal.
 * @param newest findings of the client's newest message
 * @param earlier findings of the client's earlier messages
 * @returns every template, best first; ties keep the templates' own order
 */
export function rankTemplates(templates: readonly ReplyTemplate[], newest: readonly Finding[], earlier: readonly Finding[] = []): RankedTemplate[] {
  const score = (template: ReplyTemplate) =>
    newest.reduce((sum, finding) => sum + (template.signals[finding.signal] ?? 0) * finding.severity, 0) +
    EARLIER_WEIGHT * earlier.reduce((sum, finding) => sum + (template.signals[finding.signal] ?? 0) * finding.severity, 0);
  return templates
    .map((template, order) => ({ template, score: score(template), order }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ template, score: value }) => ({ template, score: Math.round(value * 100) / 100 }));
}

/** The ids of the templates worth suggesting: a score, and at most `limit`. */
export function suggestedTemplateIds(ranked: readonly RankedTemplate[], limit = 3): TemplateId[] {
  return ranked.filter((entry) => entry.score > 0).slice(0, limit).map((entry) => entry.template.id);
}
