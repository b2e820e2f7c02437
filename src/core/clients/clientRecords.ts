/**
 * What Clear Lines remembers about a client: one record per sender address, with the
 * user's own verdict (flag, reasons, note) and a compact history of the signals found
 * in each analysed email. Never any email text: a history entry is a day and counts.
 *
 * Everything here is pure. Records are immutable values; the functions return new ones.
 * Merging two records is commutative, associative and idempotent (a state-based CRDT:
 * a last-writer-wins register for the user's verdict, a grow-only set for the history,
 * min/max for the dates), so two Outlook windows that merge in any order agree.
 */
import { SIGNAL_IDS } from "../signals/signalIds";
import type { SignalId } from "../signals/signalIds";
import type { LocalizedText } from "../signals/types";

/** Signals found in one email: how many findings of each; absent means none. */
export type SignalCounts = Partial<Record<SignalId, number>>;

/** One analysed email: its day and what was found in it. */
export interface HistoryEntry {
  /** The email's date, `YYYY-MM-DD` (UTC). */
  readonly at: string;
  readonly counts: SignalCounts;
}

export interface ClientRecord {
  /** Trimmed and lower-cased; the record's key. */
  readonly address: string;
  /** The display name from the client's newest email; may be empty. */
  readonly name: string;
  readonly flagged: boolean;
  /** The signals the user gave as reasons for the flag, in SIGNAL_IDS order. */
  readonly reasons: readonly SignalId[];
  /** The user's note, plain text (never rendered as HTML), at most CLIENT_LIMITS.note characters. */
  readonly note: string;
  /** `YYYY-MM-DD` when flagged; null when not flagged. */
  readonly flaggedAt: string | null;
  /** `YYYY-MM-DD`: the first and last day the client was seen (an email, a flag, a note). */
  readonly firstSeen: string;
  readonly lastSeen: string;
  /**
   * When the user last changed the flag, reasons or note (ISO, minute precision); null
   * when never. Two windows' verdicts are merged by this time: the later one wins.
   */
  readonly updatedAt: string | null;
  /** One entry per analysed email, oldest first; distinct by (at, counts). */
  readonly history: readonly HistoryEntry[];
}

export const CLIENT_LIMITS = {
  /**
   * Characters of the user's note: a reminder for later ("pays 30 days late, wants
   * weekend work"), two or three sentences at most. 200 leaves room for that, and keeps
   * a few hundred flagged clients within the roaming settings' 32 KB (see budget.ts).
   */
  note: 200,
  /** Characters of a display name (longer ones are cut). */
  name: 100,
  /** RFC 5321 §4.5.3.1.3: a path holds at most 256 octets, the address 254 of them. */
  address: 254,
  /** Findings of one signal counted per email; more says nothing new. */
  count: 99,
} as const;

/** A mutation or import that was refused, or a problem the UI should show. */
export interface ClientProblem {
  readonly message: LocalizedText;
}

/**
 * The record key of an address: trimmed, angle brackets and a `mailto:` prefix removed,
 * lower-cased. Local parts are case-sensitive in theory (RFC 5321 §2.4) but no mail
 * system a freelancer's clients use treats them so, and one client must be one record.
 */
export function normaliseAddress(address: string): string {
  let value = address.trim();
  if (value.startsWith("<") && value.endsWith(">")) value = value.slice(1, -1).trim();
  if (/^mailto:/i.test(value)) value = value.slice(7);
  return value.toLowerCase();
}

const LOCAL_PART = /^[^\s@<>()[\]\\,;:"]{1,64}$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * True when a normalised address looks like a mailbox: `local@domain.tld`, no spaces or
 * brackets, a domain of at least two labels. Not a full RFC 5322 parser: it rejects what
 * cannot be a client's sender address and accepts international domain names.
 */
export function isPlausibleAddress(address: string): boolean {
  if (address.length === 0 || address.length > CLIENT_LIMITS.address) return false;
  const at = address.lastIndexOf("@");
  if (at <= 0 || address.indexOf("@") !== at) return false;
  const labels = address.slice(at + 1).split(".");
  return LOCAL_PART.test(address.slice(0, at)) && labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label));
}

/** Control characters other than tab and line feed: never part of a name or a note. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** True when `text` holds a control character other than tab, line feed or carriage return. */
export function hasControlCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text);
}

/** A note as stored: line endings made `\n`, control characters removed, ends trimmed. */
export function cleanNote(note: string): string {
  return note.replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();
}

/** A display name as stored: one line, spaces collapsed, cut at CLIENT_LIMITS.name. */
export function cleanName(name: string): string {
  return name.replace(CONTROL, " ").replace(/\s+/g, " ").trim().slice(0, CLIENT_LIMITS.name).trim();
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD`, years 1970 to 9999. */
export function isIsoDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number(match[1]) >= 1970 && new Date(time).toISOString().slice(0, 10) === value;
}

/** The UTC day of a date or ISO string, `YYYY-MM-DD`; null when it is not a valid date. */
export function toIsoDay(at: Date | string): string | null {
  if (typeof at === "string" && isIsoDay(at)) return at;
  const time = typeof at === "string" ? Date.parse(at) : at.getTime();
  if (!Number.isFinite(time) || time < 0) return null;
  const day = new Date(time).toISOString().slice(0, 10);
  return isIsoDay(day) ? day : null;
}

/** A date or ISO string cut to the minute (stored times have minute precision); null when invalid. */
export function toIsoMinute(at: Date | string): string | null {
  const time = typeof at === "string" ? Date.parse(at) : at.getTime();
  if (!Number.isFinite(time) || time < 0 || time > Date.UTC(9999, 11, 31)) return null;
  return new Date(time - (time % 60_000)).toISOString();
}

/**
 * Counts as stored: known signals only, whole numbers from 1 (zero means absent), at
 * most CLIENT_LIMITS.count, keys in SIGNAL_IDS order so equal counts compare equal.
 */
export function cleanCounts(counts: Readonly<Record<string, unknown>>): SignalCounts {
  const clean: SignalCounts = {};
  for (const id of SIGNAL_IDS) {
    if (!Object.prototype.hasOwnProperty.call(counts, id)) continue;
    const value = counts[id];
    if (typeof value === "number" && Number.isFinite(value) && value >= 1) clean[id] = Math.min(Math.floor(value), CLIENT_LIMITS.count);
  }
  return clean;
}

/** Reasons as stored: known signals, each once, in SIGNAL_IDS order. */
export function cleanReasons(reasons: readonly string[]): SignalId[] {
  return SIGNAL_IDS.filter((id) => reasons.includes(id));
}

/** The identity of a history entry: the day and the counts. */
export function historyKey(entry: HistoryEntry): string {
  return `${entry.at}|${SIGNAL_IDS.map((id) => entry.counts[id] ?? 0).join(",")}`;
}

/** A new record for a client seen on `day`, not flagged, with no history. */
export function newClientRecord(address: string, name: string, day: string): ClientRecord {
  return { address, name: cleanName(name), flagged: false, reasons: [], note: "", flaggedAt: null, firstSeen: day, lastSeen: day, updatedAt: null, history: [] };
}

/** True when the record holds something the user decided (a flag, reasons or a note): such records are never dropped. */
export function isProtected(record: ClientRecord): boolean {
  return record.flagged || record.reasons.length > 0 || record.note !== "";
}

/**
 * Adds an analysed email to a record (a new record when `record` is undefined).
 * Recording the same day and counts again changes nothing, so opening an email twice
 * does not count it twice: pass the email's own date, not the time it was opened.
 */
export function withEmail(record: ClientRecord | undefined, address: string, name: string, counts: SignalCounts, day: string): ClientRecord {
  const base = record ?? newClientRecord(address, name, day);
  const entry: HistoryEntry = { at: day, counts: cleanCounts(counts) };
  const cleanedName = cleanName(name);
  return {
    ...base,
    name: cleanedName !== "" && day >= base.lastSeen ? cleanedName : base.name,
    firstSeen: min(base.firstSeen, day),
    lastSeen: max(base.lastSeen, day),
    history: mergeHistories(base.history, [entry]),
  };
}

/** The user's verdict on a record: flagged or not, why, and the note. */
export interface Verdict {
  readonly flagged: boolean;
  readonly reasons: readonly SignalId[];
  readonly note: string;
}

/**
 * Sets the user's verdict at `minute` (an ISO minute): the flag keeps the day it was
 * first set while it stays on; unflagging clears the reasons and keeps the note. A
 * verdict older than the record's `updatedAt` changes nothing.
 */
export function withVerdict(record: ClientRecord | undefined, address: string, name: string, verdict: Verdict, minute: string): ClientRecord {
  const day = minute.slice(0, 10);
  // The later verdict wins (see mergeRecords): one made before the record's last change,
  // in another window, is already outdated. At the same minute the newest call wins, so
  // a window's own quick edits apply in order.
  if (record && record.updatedAt !== null && record.updatedAt > minute) return record;
  const base = record ?? newClientRecord(address, name, day);
  const cleanedName = cleanName(name);
  return {
    ...base,
    name: cleanedName !== "" ? cleanedName : base.name,
    flagged: verdict.flagged,
    reasons: verdict.flagged ? cleanReasons(verdict.reasons) : [],
    note: cleanNote(verdict.note),
    flaggedAt: verdict.flagged ? (base.flagged && base.flaggedAt !== null ? base.flaggedAt : day) : null,
    firstSeen: min(base.firstSeen, day),
    lastSeen: max(base.lastSeen, day),
    updatedAt: minute,
  };
}

/**
 * Merges what two writers know about one client (same address):
 * - the verdict (flag, reasons, note, flaggedAt) of the later `updatedAt` wins whole;
 *   at the same minute, a flag beats no flag, then the larger text, so both sides agree;
 * - histories are united, distinct by (at, counts);
 * - firstSeen is the earlier, lastSeen the later; the name comes with the later lastSeen.
 */
export function mergeRecords(a: ClientRecord, b: ClientRecord): ClientRecord {
  const verdict = compareVerdicts(a, b) >= 0 ? a : b;
  const named = a.lastSeen !== b.lastSeen ? (a.lastSeen > b.lastSeen ? a : b) : a.name === "" ? b : b.name === "" ? a : a.name >= b.name ? a : b;
  return {
    address: a.address,
    name: named.name,
    flagged: verdict.flagged,
    reasons: verdict.reasons,
    note: verdict.note,
    flaggedAt: verdict.flaggedAt,
    firstSeen: min(a.firstSeen, b.firstSeen),
    lastSeen: max(a.lastSeen, b.lastSeen),
    updatedAt: verdict.updatedAt,
    history: mergeHistories(a.history, b.history),
  };
}

/** True when two records hold the same data (whatever the order of their keys). */
export function sameRecord(a: ClientRecord, b: ClientRecord): boolean {
  const fields = (record: ClientRecord) =>
    JSON.stringify([record.address, record.name, record.flagged, record.reasons, record.note, record.flaggedAt, record.firstSeen, record.lastSeen, record.updatedAt, record.history.map(historyKey)]);
  return fields(a) === fields(b);
}

/** Merges two writers' records: the union of clients, each client merged with `mergeRecords`. */
export function mergeClientMaps(a: ReadonlyMap<string, ClientRecord>, b: ReadonlyMap<string, ClientRecord>): Map<string, ClientRecord> {
  const merged = new Map(a);
  for (const [address, record] of b) {
    const other = merged.get(address);
    merged.set(address, other ? mergeRecords(other, record) : record);
  }
  return merged;
}

/** The union of two histories, distinct by (at, counts), oldest first. */
export function mergeHistories(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): HistoryEntry[] {
  const byKey = new Map<string, HistoryEntry>();
  for (const entry of [...a, ...b]) byKey.set(historyKey(entry), entry);
  return [...byKey.entries()].sort(([keyA], [keyB]) => (keyA < keyB ? -1 : keyA > keyB ? 1 : 0)).map(([, entry]) => entry);
}

/** Records for the list: flagged first, then the most recently seen, then by address. */
export function sortClientsForList(records: Iterable<ClientRecord>): ClientRecord[] {
  return [...records].sort(
    (a, b) => Number(b.flagged) - Number(a.flagged) || (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0) || (a.address < b.address ? -1 : 1),
  );
}

/** Positive when `a`'s verdict wins over `b`'s, negative when `b`'s wins, zero when they are the same. */
function compareVerdicts(a: ClientRecord, b: ClientRecord): number {
  const timeA = a.updatedAt ?? "";
  const timeB = b.updatedAt ?? "";
  if (timeA !== timeB) return timeA > timeB ? 1 : -1;
  if (a.flagged !== b.flagged) return a.flagged ? 1 : -1;
  const textA = JSON.stringify([a.reasons, a.note, a.flaggedAt]);
  const textB = JSON.stringify([b.reasons, b.note, b.flaggedAt]);
  return textA === textB ? 0 : textA > textB ? 1 : -1;
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}

function max(a: string, b: string): string {
  return a > b ? a : b;
}
