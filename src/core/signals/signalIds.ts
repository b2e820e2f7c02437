/**
 * The twelve signal ids of ../../../../shared/spec/signals.md. They are a public
 * contract (CLI output, stored client history, tests): never rename one.
 */
export const SIGNAL_IDS = [
  "tone.hostile",
  "tone.pressure",
  "tone.passive_aggressive",
  "scope.creep",
  "scope.revisions",
  "scope.free_work",
  "capacity.overload",
  "boundary.off_hours",
  "money.price_pushback",
  "money.late_payment",
  "reliability.late_feedback",
  "work.dissatisfaction",
] as const;

export type SignalId = (typeof SIGNAL_IDS)[number];

/**
 * "Character" signals describe how the client behaves, "work" signals the work itself.
 * A client unhappy with the work is much easier to satisfy than one whose behaviour is
 * the problem; recurring character signals are what make parting ways worth considering.
 */
export type SignalKind = "character" | "work";

export const SIGNAL_KIND: Readonly<Record<SignalId, SignalKind>> = {
  "tone.hostile": "character",
  "tone.pressure": "character",
  "tone.passive_aggressive": "character",
  "scope.creep": "character",
  "scope.revisions": "character",
  "scope.free_work": "character",
  "capacity.overload": "character",
  "boundary.off_hours": "character",
  "money.price_pushback": "character",
  "money.late_payment": "character",
  "reliability.late_feedback": "character",
  "work.dissatisfaction": "work",
};

/** True for one of the twelve ids. */
export function isSignalId(value: string): value is SignalId {
  return (SIGNAL_IDS as readonly string[]).includes(value);
}
