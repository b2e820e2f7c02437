/**
 * Export and import of the client records: a readable JSON file the user keeps as a
 * backup or moves to another mailbox. Import treats the file as hostile until proven
 * otherwise: a size limit before parsing, an exact shape (unknown keys, `__proto__`
 * included, are refused), every field's type, length and format checked, and any
 * problem refuses the whole file with a message naming the client and field. Notes are
 * plain text: HTML in a note is kept as typed, and the pane never renders it as HTML.
 */
import { SIGNAL_IDS, isSignalId } from "../signals/signalIds";
import type { SignalId } from "../signals/signalIds";
import type { LocalizedText } from "../signals/types";
import {
  CLIENT_LIMITS,
  cleanCounts,
  hasControlCharacters,
  isIsoDay,
  isPlausibleAddress,
  mergeClientMaps,
  mergeHistories,
  mergeRecords,
  normaliseAddress,
  sameRecord,
  sortClientsForList,
  toIsoMinute,
} from "./clientRecords";
import type { ClientRecord, HistoryEntry } from "./clientRecords";
import { CLIENTS_HISTORY_LIMIT } from "./budget";
import { isPlainObject } from "./schema";

/** The `format` marker of an export file. */
export const EXPORT_FORMAT = "clear-lines/clients";
export const EXPORT_VERSION = 1;
/**
 * Import limits: above any export (the store keeps CLIENTS_HISTORY_LIMIT entries in all, an
 * export of them with 300 clients takes 1.2 MB), far below harm.
 */
export const IMPORT_LIMITS = { characters: 4_000_000, clients: 5_000, historyPerClient: CLIENTS_HISTORY_LIMIT } as const;

export type ImportResult =
  | { readonly ok: true; readonly records: ClientRecord[]; readonly added: number; readonly updated: number }
  | { readonly ok: false; readonly message: LocalizedText };

/**
 * The records as an export file: pretty JSON with the format marker and version, clients
 * in address order, signals by their full ids.
 */
export function exportClients(records: Iterable<ClientRecord>): string {
  const clients = [...records]
    .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0))
    .map((record) => ({
      address: record.address,
      name: record.name,
      flagged: record.flagged,
      reasons: [...record.reasons],
      note: record.note,
      flaggedAt: record.flaggedAt,
      firstSeen: record.firstSeen,
      lastSeen: record.lastSeen,
      updatedAt: record.updatedAt,
      history: record.history.map((entry) => ({ at: entry.at, counts: entry.counts })),
    }));
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, clients }, null, 2)}\n`;
}

/**
 * Reads an export file and merges it into `current` as a second writer would (see
 * `mergeRecords`): the later verdict wins, histories are united.
 * @returns all records after the merge and how many were added or changed; or, on any
 * problem, a message and nothing else (`current` is never changed)
 */
export function importClients(text: string, current: readonly ClientRecord[]): ImportResult {
  let imported: ClientRecord[];
  try {
    imported = parseExport(text);
  } catch (error) {
    if (error instanceof ImportProblem) return { ok: false, message: error.text };
    throw error;
  }
  const before = new Map(current.map((record) => [record.address, record]));
  const incoming = new Map<string, ClientRecord>();
  for (const record of imported) {
    const other = incoming.get(record.address);
    incoming.set(record.address, other ? mergeRecords(other, record) : record);
  }
  const merged = mergeClientMaps(before, incoming);
  let added = 0;
  let updated = 0;
  for (const [address, record] of merged) {
    const previous = before.get(address);
    if (!previous) added++;
    else if (!sameRecord(previous, record)) updated++;
  }
  return { ok: true, records: sortClientsForList(merged.values()), added, updated };
}

class ImportProblem extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

function fail(en: string, de: string): never {
  throw new ImportProblem({ en, de });
}

const TOP_KEYS = ["format", "version", "clients"];
const CLIENT_KEYS = ["address", "name", "flagged", "reasons", "note", "flaggedAt", "firstSeen", "lastSeen", "updatedAt", "history"];
const ENTRY_KEYS = ["at", "counts"];
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function parseExport(text: string): ClientRecord[] {
  if (typeof text !== "string" || text.length > IMPORT_LIMITS.characters) {
    fail("This file is too large to be a Clear Lines export (at most 4 MB).", "Diese Datei ist zu groß für einen Export von Klare Linie (höchstens 4 MB).");
  }
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    fail("This file is not a Clear Lines export: it is not valid JSON.", "Diese Datei ist kein Export von Klare Linie: Sie ist kein gültiges JSON.");
  }
  if (!isPlainObject(data) || data.format !== EXPORT_FORMAT) {
    fail("This file is not a Clear Lines client export.", "Diese Datei ist kein Kundenexport von Klare Linie.");
  }
  if (typeof data.version === "number" && Number.isInteger(data.version) && data.version > EXPORT_VERSION) {
    fail("This file was exported by a newer version of Clear Lines: update the add-in to import it.", "Diese Datei stammt aus einer neueren Version von Klare Linie: Aktualisieren Sie das Add-in, um sie zu importieren.");
  }
  if (data.version !== EXPORT_VERSION) fail("This export has a version Clear Lines does not know.", "Dieser Export hat eine Version, die Klare Linie nicht kennt.");
  exactKeys(data, TOP_KEYS, { en: "The file", de: "Die Datei" });
  const clients = data.clients;
  if (!Array.isArray(clients)) fail("The file has no list of clients.", "Die Datei enthält keine Kundenliste.");
  if (clients.length > IMPORT_LIMITS.clients) fail(`The file lists more than ${IMPORT_LIMITS.clients} clients.`, `Die Datei enthält mehr als ${IMPORT_LIMITS.clients} Kunden.`);
  return clients.map((client, index) => parseClient(client, index + 1));
}

function parseClient(value: unknown, number: number): ClientRecord {
  const where = { en: `Client ${number}`, de: `Kunde ${number}` };
  const bad = (field: string, en: string, de: string): never => fail(`${where.en}, “${field}”: ${en}`, `${where.de}, „${field}“: ${de}`);
  if (!isPlainObject(value)) fail(`${where.en} is not an object.`, `${where.de} ist kein Objekt.`);
  exactKeys(value, CLIENT_KEYS, where);

  const text = (field: string, max: number): string => {
    const raw = value[field];
    if (typeof raw !== "string") return bad(field, "must be text.", "muss Text sein.");
    if (raw.length > max) return bad(field, `is longer than ${max} characters.`, `ist länger als ${max} Zeichen.`);
    if (hasControlCharacters(raw)) return bad(field, "contains control characters.", "enthält Steuerzeichen.");
    return raw;
  };
  const day = (field: string, nullable: boolean): string | null => {
    const raw = value[field];
    if (raw === null && nullable) return null;
    if (typeof raw !== "string" || !isIsoDay(raw)) return bad(field, "must be a date like 2025-03-14.", "muss ein Datum wie 2025-03-14 sein.");
    return raw;
  };

  const rawAddress = text("address", CLIENT_LIMITS.address);
  const address = normaliseAddress(rawAddress);
  if (!isPlausibleAddress(address)) bad("address", "does not look like an email address.", "sieht nicht wie eine E-Mail-Adresse aus.");
  const name = text("name", CLIENT_LIMITS.name);
  if (/[\r\n]/.test(name)) bad("name", "must be one line.", "muss einzeilig sein.");
  const note = text("note", CLIENT_LIMITS.note);
  if (typeof value.flagged !== "boolean") bad("flagged", "must be true or false.", "muss true oder false sein.");
  const flagged = value.flagged === true;
  const reasons = value.reasons;
  if (!Array.isArray(reasons) || reasons.length > SIGNAL_IDS.length) bad("reasons", "must be a list of signals.", "muss eine Liste von Signalen sein.");
  const reasonIds: SignalId[] = [];
  for (const reason of reasons as unknown[]) {
    if (typeof reason !== "string" || !isSignalId(reason)) bad("reasons", `“${String(reason).slice(0, 60)}” is not a signal.`, `„${String(reason).slice(0, 60)}“ ist kein Signal.`);
    if (reasonIds.includes(reason as SignalId)) bad("reasons", "names a signal twice.", "nennt ein Signal doppelt.");
    reasonIds.push(reason as SignalId);
  }
  const flaggedAt = day("flaggedAt", true);
  if (flagged !== (flaggedAt !== null)) bad("flaggedAt", "must be a date exactly when the client is flagged.", "muss genau dann ein Datum sein, wenn der Kunde markiert ist.");
  if (!flagged && reasonIds.length > 0) bad("reasons", "must be empty when the client is not flagged.", "muss leer sein, wenn der Kunde nicht markiert ist.");
  const firstSeen = day("firstSeen", false) ?? "";
  const lastSeen = day("lastSeen", false) ?? "";
  if (firstSeen > lastSeen) bad("lastSeen", "is before firstSeen.", "liegt vor firstSeen.");
  let updatedAt: string | null = null;
  if (value.updatedAt !== null) {
    const raw = value.updatedAt;
    updatedAt = typeof raw === "string" && ISO_TIME.test(raw) ? toIsoMinute(raw) : null;
    if (updatedAt === null) bad("updatedAt", "must be a time like 2025-03-14T09:30:00.000Z.", "muss eine Zeit wie 2025-03-14T09:30:00.000Z sein.");
  }
  const history = parseHistory(value.history, bad);

  // Dates from an edited file may disagree by a day or two: widen firstSeen and lastSeen to cover them.
  const days = [firstSeen, lastSeen, ...(flaggedAt === null ? [] : [flaggedAt]), ...history.map((entry) => entry.at)].sort();
  return {
    address,
    name,
    flagged,
    reasons: SIGNAL_IDS.filter((id) => reasonIds.includes(id)),
    note,
    flaggedAt,
    firstSeen: days[0] ?? firstSeen,
    lastSeen: days[days.length - 1] ?? lastSeen,
    updatedAt,
    history,
  };
}

function parseHistory(value: unknown, bad: (field: string, en: string, de: string) => never): HistoryEntry[] {
  if (!Array.isArray(value)) return bad("history", "must be a list.", "muss eine Liste sein.");
  if (value.length > IMPORT_LIMITS.historyPerClient) return bad("history", `has more than ${IMPORT_LIMITS.historyPerClient} entries.`, `hat mehr als ${IMPORT_LIMITS.historyPerClient} Einträge.`);
  const entries = value.map((entry: unknown, index): HistoryEntry => {
    const field = `history[${index}]`;
    if (!isPlainObject(entry)) return bad(field, "must be an object.", "muss ein Objekt sein.");
    const unknown = Object.keys(entry).find((key) => !ENTRY_KEYS.includes(key));
    if (unknown !== undefined || !("at" in entry) || !("counts" in entry)) return bad(field, "must have exactly “at” and “counts”.", "muss genau „at“ und „counts“ haben.");
    if (typeof entry.at !== "string" || !isIsoDay(entry.at)) return bad(`${field}.at`, "must be a date like 2025-03-14.", "muss ein Datum wie 2025-03-14 sein.");
    const counts = entry.counts;
    if (!isPlainObject(counts)) return bad(`${field}.counts`, "must be an object.", "muss ein Objekt sein.");
    for (const [key, count] of Object.entries(counts)) {
      if (!isSignalId(key)) return bad(`${field}.counts`, `“${key.slice(0, 60)}” is not a signal.`, `„${key.slice(0, 60)}“ ist kein Signal.`);
      if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || count > CLIENT_LIMITS.count) {
        return bad(`${field}.counts`, `must count each signal with a whole number from 0 to ${CLIENT_LIMITS.count}.`, `muss jedes Signal mit einer ganzen Zahl von 0 bis ${CLIENT_LIMITS.count} zählen.`);
      }
    }
    return { at: entry.at, counts: cleanCounts(counts) };
  });
  return mergeHistories(entries, []);
}

function exactKeys(value: Record<string, unknown>, keys: readonly string[], where: LocalizedText): void {
  // JSON.parse makes "__proto__" an own key like any other: it is refused here as unknown.
  const unknown = Object.keys(value).find((key) => !keys.includes(key));
  if (unknown !== undefined) fail(`${where.en} has a field Clear Lines does not know: “${unknown.slice(0, 60)}”.`, `${where.de} hat ein Feld, das Klare Linie nicht kennt: „${unknown.slice(0, 60)}“.`);
  const missing = keys.find((key) => !Object.prototype.hasOwnProperty.call(value, key));
  if (missing !== undefined) fail(`${where.en} lacks the field “${missing}”.`, `${where.de} fehlt das Feld „${missing}“.`);
}
