/**
 * The client records' share of the roaming settings. Outlook gives an add-in 32 KB in
 * all ("Get and set add-in metadata for an Outlook add-in", learn.microsoft.com); the
 * other settings (preferences, user settings) take about 5 KB, so the records get 24 KB
 * of serialised JSON and the rest is headroom.
 *
 * When the records outgrow it, what goes first is what the next emails bring back: the
 * oldest history entries across all clients, oldest first, and records that hold nothing
 * the user decided once their history is gone. Flags, reasons and notes are never
 * dropped: a change that would need room they occupy is refused instead (see ClientStore).
 */
import { isProtected } from "./clientRecords";
import type { ClientRecord } from "./clientRecords";
import { CLIENTS_SCHEMA_VERSION, dayNumber, encodeClient } from "./schema";

/** Bytes of serialised JSON (UTF-8) the client records may take. */
export const CLIENTS_BUDGET = 24 * 1024;

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

/** The bytes of `{"v":1,"clients":{}}`: what the records add comes on top. */
const FRAME = utf8Length(JSON.stringify({ v: CLIENTS_SCHEMA_VERSION, clients: {} }));

/** Bytes one record adds to the stored value: `"address":[…]`, without the comma between records. */
export function recordSize(record: ClientRecord): number {
  return utf8Length(JSON.stringify(record.address)) + 1 + utf8Length(JSON.stringify(encodeClient(record)));
}

/** Bytes of the stored value of these records: exactly `JSON.stringify(encodeClients(records))` in UTF-8. */
export function serialisedSize(records: Iterable<ClientRecord>): number {
  let size = FRAME;
  let count = 0;
  for (const record of records) {
    size += recordSize(record);
    count++;
  }
  return size + Math.max(count - 1, 0);
}

/**
 * Bytes the records need at the least: every history entry gone and only the records
 * that hold a flag, reasons or a note left. A change that raises this past the budget
 * cannot be made room for without dropping something the user decided.
 */
export function floorSize(records: Iterable<ClientRecord>): number {
  return serialisedSize([...records].filter(isProtected).map((record) => ({ ...record, history: [] })));
}

export interface BudgetFit {
  /** The records that are kept, history trimmed where needed. */
  readonly records: Map<string, ClientRecord>;
  /** Bytes of the stored value of `records`. */
  readonly size: number;
  /** False when even without any history the records exceed the budget. */
  readonly fits: boolean;
  /** History entries dropped, and records dropped whole (nothing the user decided, no history left). */
  readonly droppedEntries: number;
  readonly droppedClients: number;
}

/**
 * Trims records to the budget: drops the oldest history entries across all clients
 * (oldest day first; on one day, by address), and a record that holds no flag, reasons
 * or note once its history is gone, at the day it was last seen or changed. Stops as
 * soon as the records fit, so the newest history is kept. Flags, reasons and notes are
 * never touched; when they alone exceed the budget, `fits` is false and every history
 * entry is gone.
 */
export function fitToBudget(records: ReadonlyMap<string, ClientRecord>, budget: number = CLIENTS_BUDGET): BudgetFit {
  const kept = new Map(records);
  const size = serialisedSize(kept.values());
  if (size <= budget) return { records: kept, size, fits: true, droppedEntries: 0, droppedClients: 0 };

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

  // Dropping any step makes the value smaller (a history entry takes at least one digit and
  // a space; merging its day gap into the next entry's adds at most one digit), so the
  // fewest steps that fit are found by bisection, each probe one serialisation.
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
    return { records: result, size: serialisedSize(result.values()), droppedEntries, droppedClients: dropRecords.size };
  };
  let low = 1;
  let high = steps.length;
  const everything = apply(high);
  if (everything.size > budget) return { ...everything, fits: false };
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (apply(middle).size <= budget) high = middle;
    else low = middle + 1;
  }
  const fitted = apply(low);
  return { ...fitted, fits: true };
}
