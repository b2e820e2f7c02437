/**
 * Keep the client, watch them, or part ways: advice from what Clear Lines remembers.
 *
 * The product's source material draws the line between the work and the person: a
 * client who is unhappy with the work (`work.dissatisfaction`) is usually easy to
 * satisfy, because the problem is the work and the work can be fixed; a client whose
 * behaviour is the problem (pressure, rudeness, not paying, free work, endless rounds,
 * late feedback, off-hours demands, overload, haggling) costs more than they bring once
 * it keeps coming back. So:
 *
 * - "part-ways" when character signals recur: in at least 3 distinct emails
 *   (PART_WAYS.characterEmails; one bad email is a bad day, two can be a bad week,
 *   three is a pattern); or a severe kind (hostility, late payment) in at least 2
 *   (PART_WAYS.severeEmails: being insulted or not paid twice is already the pattern);
 *   or a client the user flagged with character signals in at least 2 emails
 *   (PART_WAYS.flaggedEmails: the user's own judgement counts as one more data point);
 * - "watch" with any character signal or a flag;
 * - "keep" otherwise, including any amount of dissatisfaction with the work alone.
 *
 * An email counts once however many findings it had: recurrence across emails is the
 * point, not the wording of one. History is trimmed oldest first when the budget is
 * tight, so the advice leans on the recent past.
 */
import { SIGNAL_IDS, SIGNAL_KIND } from "../signals/signalIds";
import type { SignalId } from "../signals/signalIds";
import type { ClientRecord } from "./clientRecords";

export type AdviceVerdict = "keep" | "watch" | "part-ways";

/** Why: structured, so the pane words it in English or German. Strongest first. */
export type AdviceReason =
  /** Character signals in `emails` distinct emails (≥ PART_WAYS.characterEmails), most frequent signal first. */
  | { readonly code: "recurring-character"; readonly signals: readonly SignalId[]; readonly emails: number }
  /** Hostility or late payment in `emails` emails (≥ PART_WAYS.severeEmails). */
  | { readonly code: "severe-repeated"; readonly signals: readonly SignalId[]; readonly emails: number }
  /** The user flagged the client, with these reasons; `recurring` when character signals came in ≥ PART_WAYS.flaggedEmails emails. */
  | { readonly code: "flagged"; readonly reasons: readonly SignalId[]; readonly recurring: boolean }
  /** Character signals, but not (yet) a pattern. */
  | { readonly code: "some-character"; readonly signals: readonly SignalId[]; readonly emails: number }
  /** Dissatisfaction with the work in `emails` emails beside the character signals: fixable, and not the reason to part. */
  | { readonly code: "work-also"; readonly emails: number }
  /** Only dissatisfaction with the work: worth fixing, never a reason to part ways. */
  | { readonly code: "work-only"; readonly emails: number }
  /** Nothing found in `emails` analysed emails. */
  | { readonly code: "no-signals"; readonly emails: number };

export interface ClientAdvice {
  readonly verdict: AdviceVerdict;
  readonly reasons: readonly AdviceReason[];
}

/** The thresholds above, in distinct emails. */
export const PART_WAYS = { characterEmails: 3, severeEmails: 2, flaggedEmails: 2 } as const;

/** The character signals that weigh most: being insulted or threatened, and not being paid. */
export const SEVERE_SIGNALS: readonly SignalId[] = ["tone.hostile", "money.late_payment"];

const CHARACTER_SIGNALS = SIGNAL_IDS.filter((id) => SIGNAL_KIND[id] === "character");
const WORK_SIGNALS = SIGNAL_IDS.filter((id) => SIGNAL_KIND[id] === "work");

/**
 * Advice on one client from the record's history and flag.
 * @returns the verdict and its reasons, strongest first
 */
export function adviseOnClient(record: ClientRecord): ClientAdvice {
  const emailsWith = (ids: readonly SignalId[]) => record.history.filter((entry) => ids.some((id) => (entry.counts[id] ?? 0) > 0)).length;
  const seen = (ids: readonly SignalId[]) =>
    ids
      .map((id) => ({ id, emails: emailsWith([id]) }))
      .filter(({ emails }) => emails > 0)
      .sort((a, b) => b.emails - a.emails)
      .map(({ id }) => id);

  const characterEmails = emailsWith(CHARACTER_SIGNALS);
  const severeEmails = emailsWith(SEVERE_SIGNALS);
  const workEmails = emailsWith(WORK_SIGNALS);
  const characterSignals = seen(CHARACTER_SIGNALS);

  const reasons: AdviceReason[] = [];
  if (characterEmails >= PART_WAYS.characterEmails) reasons.push({ code: "recurring-character", signals: characterSignals, emails: characterEmails });
  if (severeEmails >= PART_WAYS.severeEmails) reasons.push({ code: "severe-repeated", signals: seen(SEVERE_SIGNALS), emails: severeEmails });
  const flaggedRecurring = record.flagged && characterEmails >= PART_WAYS.flaggedEmails;
  if (record.flagged) reasons.push({ code: "flagged", reasons: record.reasons, recurring: flaggedRecurring });
  const partWays = reasons.some((reason) => reason.code !== "flagged") || flaggedRecurring;
  if (!partWays && characterEmails > 0) reasons.push({ code: "some-character", signals: characterSignals, emails: characterEmails });

  if (reasons.length === 0) {
    return { verdict: "keep", reasons: [workEmails > 0 ? { code: "work-only", emails: workEmails } : { code: "no-signals", emails: record.history.length }] };
  }
  if (workEmails > 0) reasons.push({ code: "work-also", emails: workEmails });
  return { verdict: partWays ? "part-ways" : "watch", reasons };
}
