/**
 * The client records' share of the roaming settings. Outlook gives an add-in 32 KB in
 * all ("Get and set add-in metadata for an Outlook add-in", learn.microsoft.com); the
 * other settings (preferences, user settings) take about 5 KB, so the stored value of the
 * records gets 24 KB and the rest is headroom. That value is packed (zlib and base64, see
 * schema.ts) and so plain ASCII: its length in characters is its size in bytes, and it is
 * measured exactly as it is stored, `JSON.stringify(encodeClients(records))`. Compressed,
 * what one client takes depends on the others (a domain that recurs costs little), so
 * sizes are never added up record by record: each measure packs the whole value.
 *
 * When the records outgrow it, what goes first is what the next emails bring back: the
 * oldest history entries across all clients, oldest first, and records that hold nothing
 * the user decided once their history is gone. Flags, reasons and notes are never
 * dropped: a change that would need room they occupy is refused instead (see ClientStore).
 *
 * The history is also kept to CLIENTS_HISTORY_LIMIT entries in all, oldest going first
 * the same way. Packed, a history of alike emails takes next to nothing (300 clients with
 * 400 clean daily emails each fit in 24 KB), and unbounded it would make every save and
 * every export grow with it.
 */
import { isProtected } from "./clientRecords";
import type { ClientRecord } from "./clientRecords";
import { compactClients, dayNumber, encodeClients } from "./schema";
import type { StoredClients } from "./schema";

/** Bytes (ASCII characters) the stored value of the client records may take. */
export const CLIENTS_BUDGET = 24 * 1024;

/**
 * History entries kept in all: 300 clients with 33 emails each. A save then packs at most
 * about 100 KB of JSON, and an export of 300 clients stays near 1.2 MB.
 */
export const CLIENTS_HISTORY_LIMIT = 10_000;

/** Trimming stops once the value fits this close to the budget: a few history entries' worth. */
const FIT_SLACK = 32;
/** Trials of the interpolating search before it falls back to bisection. */
const MAX_TRIALS = 10;

/** UTF-8 bytes of a string (the core has no TextEncoder): lone surrogates count as U+FFFD would. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/** The stored value of these records and its size in bytes, as the roaming settings keep it (JSON). */
export function storedValue(records: Iterable<ClientRecord>): { readonly value: StoredClients; readonly size: number } {
  const value = encodeClients(records);
  return { value, size: JSON.stringify(value).length };
}

/** Bytes of the stored value of these records: exactly `JSON.stringify(encodeClients(records)).length`. */
export function serialisedSize(records: Iterable<ClientRecord>): number {
  return storedValue(records).size;
}

/** The records that cannot be trimmed away, without their history: what the user decided. */
function floorRecords(records: Iterable<ClientRecord>): ClientRecord[] {
  return [...records].filter(isProtected).map((record) => ({ ...record, history: [] }));
}

/**
 * Bytes the records need at the least: every history entry gone and only the records
 * that hold a flag, reasons or a note left. When this is past the budget, no trimming
 * makes room.
 */
export function floorSize(records: Iterable<ClientRecord>): number {
  return serialisedSize(floorRecords(records));
}

/**
 * UTF-8 bytes of what the user decided (the floor's records as uncompressed JSON). A
 * change that raises it asks for more room: a new flag, a longer note. The packed size
 * cannot tell that: compressed, a shorter note now and then takes a byte more.
 */
export function floorContent(records: Iterable<ClientRecord>): number {
  return utf8Length(JSON.stringify(compactClients(floorRecords(records))));
}

export interface BudgetFit {
  /** The records that are kept, history trimmed where needed. */
  readonly records: Map<string, ClientRecord>;
  /** The value to store for `records`, and its size in bytes. */
  readonly value: StoredClients;
  readonly size: number;
  /** False when even without any history the records exceed the budget. */
  readonly fits: boolean;
  /** History entries dropped, and records dropped whole (nothing the user decided, no history left). */
  readonly droppedEntries: number;
  readonly droppedClients: number;
}

/**
 * Trims records to the budget and the history limit: drops the oldest history entries
 * across all clients (oldest day first; on one day, by address), and a record that holds
 * no flag, reasons or note once its history is gone, at the day it was last seen or
 * changed. Stops once the records fit (dropping at most a few entries more than the
 * fewest that would), so the newest history is kept. Flags, reasons and notes are never
 * touched; when they alone exceed the budget, `fits` is false and every history entry is
 * gone.
 */
export function fitToBudget(records: ReadonlyMap<string, ClientRecord>, budget: number = CLIENTS_BUDGET): BudgetFit {
  const kept = new Map(records);
  let entries = 0;
  for (const record of kept.values()) entries += record.history.length;
  // Over the history limit, the whole value is never kept: it is not even packed.
  const whole = entries <= CLIENTS_HISTORY_LIMIT ? { records: kept, ...storedValue(kept.values()), droppedEntries: 0, droppedClients: 0 } : null;
  if (whole && whole.size <= budget) return { ...whole, fits: true };

  // Every history entry and every droppable record, oldest first. A record's own entries
  // are oldest first too, so "the next entry of this address" is always its first one.
  type Step = { readonly day: number; readonly order: 0 | 1; readonly address: string };
  const steps: Step[] = [];
  for (const record of kept.values()) {
    for (const entry of record.history) steps.push({ day: dayNumber(entry.at), order: 0, address: record.address });
    if (!isProtected(record)) {
      const changed = record.updatedAt === null ? 0 : dayNumber(record.updatedAt.slice(0, 10));
      steps.push({ day: Math.max(dayNumber(record.lastSeen), changed), order: 1, address: record.address });
    }
  }
  steps.sort((a, b) => a.day - b.day || a.order - b.order || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));

  /** The records with the first `count` steps applied, packed and measured: one trial. */
  const apply = (count: number) => {
    const dropEntries = new Map<string, number>();
    const dropRecords = new Set<string>();
    for (const step of steps.slice(0, count)) {
      if (step.order === 1) dropRecords.add(step.address);
      else dropEntries.set(step.address, (dropEntries.get(step.address) ?? 0) + 1);
    }
    const result = new Map<string, ClientRecord>();
    let droppedEntries = 0;
    for (const [address, record] of kept) {
      const drop = dropEntries.get(address) ?? 0;
      droppedEntries += drop;
      if (!dropRecords.has(address)) result.set(address, drop === 0 ? record : { ...record, history: record.history.slice(drop) });
    }
    return { records: result, ...storedValue(result.values()), droppedEntries, droppedClients: dropRecords.size };
  };

  // The steps that bring the history down to its limit go whatever the size.
  let required = 0;
  for (let excess = entries - CLIENTS_HISTORY_LIMIT; excess > 0 && required < steps.length; required++) if (steps[required]?.order === 0) excess--;
  const start = whole ?? apply(required);
  if (start.size <= budget) return { ...start, fits: true };
  const everything = apply(steps.length);
  if (everything.size > budget) return { ...everything, fits: false };
  // The fewest steps that fit lie between a count that does not fit (`low`) and one that
  // does (`high`). Each step shortens the JSON by a few bytes and the packed size falls
  // nearly in proportion, so the next trial goes where the line between the two crosses
  // the budget (regula falsi), with the Illinois rule: when the same end is kept twice,
  // its distance from the budget is halved, which stops the trials from creeping up on
  // the budget from one side. For 300 clients with 40 emails each that is 4 to 6 trials
  // where bisection takes 14, and each trial packs the whole value. Packed sizes come in
  // steps of 4 characters (base64) and wobble by a byte or two, so the search stops once
  // the value fits within FIT_SLACK of the budget; a search that has not by MAX_TRIALS
  // bisects, so it always ends in few trials.
  let low = required;
  let lowExcess = start.size - budget;
  let high = steps.length;
  let fitted = everything;
  let highRoom = budget - everything.size;
  let keptEnd: "low" | "high" | null = null;
  for (let trials = 0; high - low > 1 && budget - fitted.size > FIT_SLACK; trials++) {
    const guess = trials < MAX_TRIALS ? low + Math.ceil(((high - low) * lowExcess) / (lowExcess + highRoom)) : low + Math.floor((high - low) / 2);
    const count = Math.min(high - 1, Math.max(low + 1, guess));
    const trial = apply(count);
    if (trial.size <= budget) {
      high = count;
      fitted = trial;
      highRoom = budget - trial.size;
      if (keptEnd === "low") lowExcess /= 2;
      keptEnd = "low";
    } else {
      low = count;
      lowExcess = trial.size - budget;
      if (keptEnd === "high") highRoom /= 2;
      keptEnd = "high";
    }
  }
  return { ...fitted, fits: true };
}
