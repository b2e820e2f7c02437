/**
 * How client records are stored in the add-in's roaming settings, and how a stored value
 * is read back without ever losing it.
 *
 * Outlook gives an add-in 32 KB of roaming settings in all ("Get and set add-in metadata
 * for an Outlook add-in", learn.microsoft.com), so the form is compact, and compressed:
 *
 *   { "v": 2, "z": "<the clients, packed>" }
 *
 * `z` is `packText` (./packing.ts: zlib, then base64) of the JSON of the clients:
 *
 *   { "<address>": [name, first, last, history, updated, flagged, reasons, note], … }
 *
 * - address: the record key, trimmed and lower-cased;
 * - name: the display name (string);
 * - first: firstSeen as days since 1970-01-01 (UTC);
 * - last: lastSeen − firstSeen, in days;
 * - history: one string, entries oldest first, separated by one space; an entry is the
 *   days since the entry before it (the first: since firstSeen), then each signal found
 *   as its two-letter code (SIGNAL_CODES) followed by its count when above 1:
 *   "0tp 3tpml2 12" is an email with one pressure finding on firstSeen, one with one
 *   pressure and two late-payment findings three days later, a clean one 12 days later;
 * - updated: updatedAt as minutes since 1970-01-01T00:00Z, 0 when never;
 * - flagged: flaggedAt − firstSeen in days, −1 when not flagged;
 * - reasons: the reasons' two-letter codes, concatenated ("tpml");
 * - note: the user's note.
 * Trailing elements at their default (0, −1, "", "") are left out, so a client who was
 * only ever recorded is `["Anna Beck",20100,12,"0tp 3 7wd"]`.
 *
 * Version 1 stored the same clients uncompressed, `{ "v": 1, "clients": { … } }`: it is
 * still read, and the next save writes version 2. Compression more than halves what a
 * client takes (notes are text; addresses, names and histories repeat), which is what
 * lets a few hundred flagged clients with notes fit. The packed string sits in an object
 * with `v` rather than on its own because an add-in that knows only version 1 leaves a
 * value with a higher `v` alone (a future version), where it would set a bare string
 * aside as unreadable and start an empty list.
 *
 * A new signal id needs a new code here and a new version `v`: an older add-in then
 * reads the newer value as a future version and leaves it alone instead of dropping
 * entries it cannot read.
 */
import { SIGNAL_IDS } from "../signals/signalIds";
import type { SignalId } from "../signals/signalIds";
import { cleanName, isPlausibleAddress, normaliseAddress, mergeRecords } from "./clientRecords";
import type { ClientRecord, HistoryEntry, SignalCounts } from "./clientRecords";
import { packText, unpackText } from "./packing";

/** The roaming-settings key of the client records. */
export const CLIENTS_KEY = "clientRecords";
/** Where an unreadable stored value is kept, so it is never silently wiped. */
export const CLIENTS_BACKUP_KEY = "clientRecords.corrupt";
export const CLIENTS_SCHEMA_VERSION = 2;

/** Two-letter codes of the signals in the stored form. Stable: never change one. */
export const SIGNAL_CODES: Readonly<Record<SignalId, string>> = {
  "tone.hostile": "th",
  "tone.pressure": "tp",
  "tone.passive_aggressive": "pa",
  "scope.creep": "sc",
  "scope.revisions": "sr",
  "scope.free_work": "sf",
  "capacity.overload": "co",
  "boundary.off_hours": "oh",
  "money.price_pushback": "mp",
  "money.late_payment": "ml",
  "reliability.late_feedback": "lf",
  "work.dissatisfaction": "wd",
};

const SIGNAL_BY_CODE = new Map<string, SignalId>(SIGNAL_IDS.map((id) => [SIGNAL_CODES[id], id]));

/** One stored client: see the file comment for the positions. */
export type StoredClient = [name: string, first: number, last: number, history?: string, updated?: number, flagged?: number, reasons?: string, note?: string];

/** The clients by address, as packed into the stored value (and stored whole by version 1). */
export type StoredClientMap = Readonly<Record<string, StoredClient>>;

/** The stored value: the clients' JSON, packed. */
export interface StoredClients {
  readonly v: typeof CLIENTS_SCHEMA_VERSION;
  readonly z: string;
}

/** What reading the stored value found. */
export type StoredRead =
  /** Nothing stored yet, or a value of this version or version 1: `records` holds every client. */
  | { readonly kind: "ok"; readonly records: Map<string, ClientRecord> }
  /** Written by a newer add-in: leave it alone, read-only. */
  | { readonly kind: "future-version"; readonly version: number }
  /**
   * Not what this add-in writes: `records` holds the clients that could still be read
   * (none when the whole value is junk), `dropped` how many entries could not (clients,
   * or fields this version does not know); 0 when the whole value is unreadable.
   */
  | { readonly kind: "corrupt"; readonly records: Map<string, ClientRecord>; readonly dropped: number };

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** 9999-12-31, the last day `Date#toISOString` writes with four digits. */
const LAST_DAY = Date.UTC(9999, 11, 31) / DAY_MS;

/** The value to store for these records: their `compactClients` as JSON, packed. */
export function encodeClients(records: Iterable<ClientRecord>): StoredClients {
  return { v: CLIENTS_SCHEMA_VERSION, z: packText(JSON.stringify(compactClients(records))) };
}

/** The clients in their compact form, in address order (the order makes equal records pack equally). */
export function compactClients(records: Iterable<ClientRecord>): StoredClientMap {
  const sorted = [...records].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  // Object.fromEntries defines own properties, so no key can reach a prototype.
  return Object.fromEntries(sorted.map((record) => [record.address, encodeClient(record)]));
}

/** The stored form of one record. */
export function encodeClient(record: ClientRecord): StoredClient {
  const first = dayNumber(record.firstSeen);
  const tuple: StoredClient = [
    record.name,
    first,
    dayNumber(record.lastSeen) - first,
    encodeHistory(record.history, first),
    record.updatedAt === null ? 0 : Date.parse(record.updatedAt) / MINUTE_MS,
    record.flaggedAt === null ? -1 : dayNumber(record.flaggedAt) - first,
    record.reasons.map((id) => SIGNAL_CODES[id]).join(""),
    record.note,
  ];
  const defaults: readonly unknown[] = ["", 0, -1, "", ""];
  let length = tuple.length;
  while (length > 3 && tuple[length - 1] === defaults[length - 4]) length--;
  return tuple.slice(0, length) as StoredClient;
}

/**
 * Reads a stored value: this version's, or version 1's (uncompressed). Missing is an
 * empty, readable store; a newer version is reported and never decoded; anything else
 * that is not exactly one of these shapes is "corrupt", with every client that could
 * still be read. A packed value that does not unpack (not base64, cut short, a failed
 * checksum) or does not hold a JSON object has no readable client.
 */
export function decodeClients(raw: unknown): StoredRead {
  if (raw === undefined || raw === null) return { kind: "ok", records: new Map() };
  if (!isPlainObject(raw)) return { kind: "corrupt", records: new Map(), dropped: 0 };
  const version = raw.v;
  if (typeof version === "number" && Number.isInteger(version) && version > CLIENTS_SCHEMA_VERSION) return { kind: "future-version", version };
  const clients = version === CLIENTS_SCHEMA_VERSION ? unpackClients(raw.z) : version === 1 ? raw.clients : undefined;
  if (!isPlainObject(clients)) return { kind: "corrupt", records: new Map(), dropped: 0 };
  // Keys beside `v` and the clients are not this version's: keep the value aside, read the clients.
  return decodeClientMap(clients, Object.keys(raw).length === 2 ? 0 : 1);
}

/** `raw` as this version's stored value (`v` and a packed string, nothing beside, not yet unpacked); null when it is not one. */
export function asStoredValue(raw: unknown): StoredClients | null {
  if (!isPlainObject(raw) || raw.v !== CLIENTS_SCHEMA_VERSION || typeof raw.z !== "string" || Object.keys(raw).length !== 2) return null;
  return { v: CLIENTS_SCHEMA_VERSION, z: raw.z };
}

function unpackClients(packed: unknown): unknown {
  const text = typeof packed === "string" ? unpackText(packed) : null;
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function decodeClientMap(clients: Record<string, unknown>, droppedBefore: number): StoredRead {
  const records = new Map<string, ClientRecord>();
  let dropped = droppedBefore;
  for (const [key, value] of Object.entries(clients)) {
    const address = normaliseAddress(key);
    const record = isPlausibleAddress(address) ? decodeClient(address, value) : null;
    if (!record) {
      dropped++;
      continue;
    }
    if (address !== key) dropped++;
    const other = records.get(address);
    records.set(address, other ? mergeRecords(other, record) : record);
  }
  return dropped === 0 ? { kind: "ok", records } : { kind: "corrupt", records, dropped };
}

/** One stored client back as a record; null when any part is malformed. */
export function decodeClient(address: string, value: unknown): ClientRecord | null {
  if (!Array.isArray(value) || value.length < 3 || value.length > 8) return null;
  const [name, first, last, history = "", updated = 0, flagged = -1, reasons = "", note = ""] = value as unknown[];
  if (typeof name !== "string") return null;
  if (!isDayNumber(first) || !isDayNumber(last) || first + last > LAST_DAY) return null;
  if (typeof history !== "string" || typeof reasons !== "string" || typeof note !== "string") return null;
  if (typeof updated !== "number" || !Number.isInteger(updated) || updated < 0 || updated > LAST_DAY * 1440) return null;
  if (typeof flagged !== "number" || !Number.isInteger(flagged) || flagged < -1 || first + flagged > LAST_DAY) return null;
  const entries = decodeHistory(history, first);
  const reasonIds = decodeCodes(reasons);
  if (!entries || !reasonIds) return null;
  const flaggedAt = flagged === -1 ? null : isoDay(first + flagged);
  const lastDay = Math.max(first + last, first + Math.max(flagged, 0), ...entries.map((entry) => dayNumber(entry.at)));
  return {
    address,
    name: cleanName(name),
    flagged: flaggedAt !== null,
    reasons: flaggedAt === null ? [] : SIGNAL_IDS.filter((id) => reasonIds.includes(id)),
    note,
    flaggedAt,
    firstSeen: isoDay(first),
    lastSeen: isoDay(lastDay),
    updatedAt: updated === 0 ? null : new Date(updated * MINUTE_MS).toISOString(),
    history: entries,
  };
}

function encodeHistory(history: readonly HistoryEntry[], first: number): string {
  // A loop of string appends: the budget encodes every client's history several times a save.
  let text = "";
  let previous = first;
  for (const entry of history) {
    const day = dayNumber(entry.at);
    if (text !== "") text += " ";
    text += day - previous;
    for (const id of SIGNAL_IDS) {
      const count = entry.counts[id];
      if (count !== undefined && count > 0) text += count === 1 ? SIGNAL_CODES[id] : `${SIGNAL_CODES[id]}${count}`;
    }
    previous = day;
  }
  return text;
}

const ENTRY = /^(\d{1,7})((?:[a-z]{2}(?:[2-9]|[1-9]\d)?)*)$/;

function decodeHistory(text: string, first: number): HistoryEntry[] | null {
  if (text === "") return [];
  const entries: HistoryEntry[] = [];
  let day = first;
  for (const part of text.split(" ")) {
    const match = ENTRY.exec(part);
    if (!match) return null;
    day += Number(match[1]);
    if (day > LAST_DAY) return null;
    const counts: SignalCounts = {};
    for (const [, code = "", count] of (match[2] ?? "").matchAll(/([a-z]{2})(\d*)/g)) {
      const id = SIGNAL_BY_CODE.get(code);
      if (!id || counts[id] !== undefined) return null;
      counts[id] = count ? Number(count) : 1;
    }
    entries.push({ at: isoDay(day), counts: Object.fromEntries(SIGNAL_IDS.filter((id) => counts[id] !== undefined).map((id) => [id, counts[id]])) });
  }
  return entries;
}

function decodeCodes(text: string): SignalId[] | null {
  if (text.length % 2 !== 0) return null;
  const ids: SignalId[] = [];
  for (let index = 0; index < text.length; index += 2) {
    const id = SIGNAL_BY_CODE.get(text.slice(index, index + 2));
    if (!id || ids.includes(id)) return null;
    ids.push(id);
  }
  return ids;
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` day, by arithmetic rather than Date.parse
 * (the budget serialises thousands of entries): Howard Hinnant's days_from_civil.
 */
export function dayNumber(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function isDayNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= LAST_DAY;
}

/** A JSON object (not an array, not null); prototypes other than Object's are refused. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
