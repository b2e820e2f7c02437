/**
 * The client records of one add-in window, kept in the roaming settings through the
 * storage port.
 *
 * Two open Outlook windows each hold their own copy of the roaming settings, loaded when
 * the add-in starts, and the last `saveAsync` wins whole (OfficeDev/office-js issues
 * #3629 and #5080). So every change re-reads the stored value (after `reload`, where the
 * port can), merges it with everything this window knows (`mergeClientMaps`: nothing
 * either window added is lost), applies the change, trims to the budget and saves. A
 * window whose port cannot reload still never drops what it read at start, and its next
 * save carries all of it.
 *
 * What is stored is never silently wiped: a value from a newer add-in makes the store
 * read-only; an unreadable value is copied to CLIENTS_BACKUP_KEY before anything is
 * written over it, and `status().problem` says so for the pane to show.
 */
import type { SignalId } from "../signals/signalIds";
import type { LocalizedText } from "../signals/types";
import type { KeyValueStore } from "../storage/keyValueStore";
import { CLIENTS_BUDGET, fitToBudget, floorContent, floorSize, storedValue } from "./budget";
import {
  CLIENT_LIMITS,
  cleanNote,
  isPlausibleAddress,
  mergeClientMaps,
  normaliseAddress,
  sortClientsForList,
  toIsoDay,
  toIsoMinute,
  withEmail,
  withVerdict,
} from "./clientRecords";
import type { ClientRecord, SignalCounts } from "./clientRecords";
import { CLIENTS_BACKUP_KEY, CLIENTS_KEY, asStoredValue, decodeClients } from "./schema";
import type { StoredClients } from "./schema";

/** The storage port, optionally able to re-read what other windows saved since it loaded. */
export interface ClientStoragePort extends KeyValueStore {
  /** Re-reads the persisted values; changes not yet saved may be discarded. */
  reload?(): Promise<void>;
}

/** Something about the stored value the pane should tell the user. */
export type ClientStoreProblem =
  /** Saved by a newer add-in: shown as empty and never written. */
  | { readonly kind: "future-version"; readonly version: number; readonly message: LocalizedText }
  /** Not readable (`dropped` entries, or all of it when 0): the raw value is kept under `backupKey`. */
  | { readonly kind: "recovered-corrupt"; readonly backupKey: string; readonly dropped: number; readonly message: LocalizedText };

export interface ClientStoreStatus {
  /** True when the stored value is from a newer add-in: every change is refused. */
  readonly readOnly: boolean;
  readonly problem: ClientStoreProblem | null;
  /** True when a change is shown but not yet saved (`retry` or the next change saves it). */
  readonly pendingSave: boolean;
  /** Bytes the records take as stored (packed), and the budget they must fit. */
  readonly size: number;
  readonly budget: number;
}

/** The outcome of a change. On "save-failed" the change is already visible in this window. */
export type ClientMutationResult =
  | { readonly ok: true; readonly record: ClientRecord | null; readonly droppedEntries: number; readonly droppedClients: number }
  | { readonly ok: false; readonly reason: "budget"; readonly message: LocalizedText; readonly size: number; readonly budget: number }
  | { readonly ok: false; readonly reason: "save-failed"; readonly error: Error; readonly message: LocalizedText }
  | { readonly ok: false; readonly reason: "read-only"; readonly message: LocalizedText }
  | { readonly ok: false; readonly reason: "invalid"; readonly message: LocalizedText };

export interface ClientStore {
  /** The record of an address (any case, surrounding spaces ignored), or undefined. */
  get(address: string): ClientRecord | undefined;
  /** Every record: flagged first, then the most recently seen. */
  list(): ClientRecord[];
  status(): ClientStoreStatus;
  /** Calls `listener` after every change, refresh or failed save; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Adds an analysed email (`at`: the email's own date, so recording it again changes nothing). */
  recordEmail(address: string, name: string, counts: SignalCounts, at: Date | string): Promise<ClientMutationResult>;
  /** Flags a client with the reasons and note; refused with "budget" when there is no room. */
  flag(address: string, name: string, reasons: readonly SignalId[], note: string, at?: Date | string): Promise<ClientMutationResult>;
  /** Removes the flag and its reasons; the note and history stay. */
  unflag(address: string, at?: Date | string): Promise<ClientMutationResult>;
  /** Replaces the note; refused with "budget" when a longer note does not fit. */
  editNote(address: string, note: string, at?: Date | string): Promise<ClientMutationResult>;
  /** Merges records (from `importClients`) as another window's would be. */
  importRecords(records: readonly ClientRecord[]): Promise<ClientMutationResult>;
  /** Saves what is pending (after a failed save), merged with what is stored now. */
  retry(): Promise<ClientMutationResult>;
  /** Re-reads the stored value and merges it in, without saving. */
  refresh(): Promise<void>;
  /** The unreadable value kept aside, as JSON text for the user to export; null when there is none. */
  corruptBackup(): string | null;
  /** Removes the backup of an unreadable value (after the user exported or gave it up). */
  discardCorruptBackup(): Promise<ClientMutationResult>;
}

export interface ClientStoreOptions {
  /** The clock for changes made without an explicit time. */
  readonly now?: () => Date;
  /** Bytes the records may take; CLIENTS_BUDGET unless a test says otherwise. */
  readonly budget?: number;
}

type Change = { readonly records: ReadonlyMap<string, ClientRecord>; readonly address: string | null; readonly mayRefuse: boolean } | { readonly invalid: LocalizedText };

/**
 * Opens the client records of one window over the storage port. Reads the stored value
 * once now (synchronously, as the port loaded it); every change re-reads it.
 */
export function createClientStore(port: ClientStoragePort, options: ClientStoreOptions = {}): ClientStore {
  const now = options.now ?? (() => new Date());
  const budget = options.budget ?? CLIENTS_BUDGET;
  let local = new Map<string, ClientRecord>();
  /** `local`'s stored value and its size: packing a few hundred clients takes milliseconds, and the pane asks on every render. */
  let packed: { readonly of: ReadonlyMap<string, ClientRecord>; readonly value: StoredClients; readonly size: number } | null = null;
  let readOnly = false;
  let problem: ClientStoreProblem | null = null;
  let pendingSave = false;
  /** The unreadable raw value not yet saved under the backup key. */
  let backupToWrite: { readonly raw: unknown } | null = null;
  const listeners = new Set<() => void>();
  let queue: Promise<unknown> = Promise.resolve();

  const notify = () => listeners.forEach((listener) => listener());

  function packedLocal(): { readonly value: StoredClients; readonly size: number } {
    if (packed?.of !== local) packed = { of: local, ...storedValue(local.values()) };
    return packed;
  }

  /** Reads the port's current value and folds it into `local`; false when the store turned read-only. */
  function absorbStored(): boolean {
    const raw = port.get(CLIENTS_KEY);
    const current = asStoredValue(raw);
    // The value this window read or saved last, not replaced by another window since,
    // holds exactly `local`: merging it again would change nothing, and unpacking it takes
    // longer than the rest of a save.
    if (current !== null && packed?.of === local && current.z === packed.value.z) return true;
    const read = decodeClients(raw);
    if (read.kind === "future-version") {
      readOnly = true;
      local = new Map();
      pendingSave = false;
      problem = { kind: "future-version", version: read.version, message: futureVersionMessage };
      return false;
    }
    if (read.kind === "corrupt") {
      backupToWrite = { raw };
      problem = { kind: "recovered-corrupt", backupKey: CLIENTS_BACKUP_KEY, dropped: read.dropped, message: corruptMessage(read.dropped) };
    }
    const fresh = local.size === 0;
    local = mergeClientMaps(read.records, local);
    // A window that held nothing now holds exactly what is stored (Outlook loads the
    // roaming settings once per pane, so this is most saves' case).
    if (fresh && read.kind === "ok" && current !== null) packed = { of: local, value: current, size: JSON.stringify(current).length };
    return true;
  }

  async function reload(): Promise<void> {
    // A failed reload leaves the values the port already has: merging them is still safe.
    await port.reload?.().catch(() => undefined);
  }

  function serialise<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  }

  /** Re-read, merge, change, fit, save: the one path every change takes. */
  function commit(change: (records: ReadonlyMap<string, ClientRecord>) => Change): Promise<ClientMutationResult> {
    return serialise(async () => {
      if (readOnly) return readOnlyResult();
      await reload();
      if (!absorbStored()) {
        notify();
        return readOnlyResult();
      }
      const before = local;
      const changed = change(before);
      if ("invalid" in changed) return { ok: false, reason: "invalid", message: changed.invalid } as const;
      const fit = fitToBudget(changed.records, budget);
      // Refused only when the change itself asks for more room than there is (a new flag,
      // a longer note): a store already over the budget still takes an unflag or a
      // shorter note, even one that, compressed, happens to take a byte more.
      if (!fit.fits && changed.mayRefuse && floorContent(changed.records.values()) > floorContent(before.values())) {
        return { ok: false, reason: "budget", message: budgetMessage, size: floorSize(changed.records.values()), budget } as const;
      }
      local = fit.records;
      packed = { of: local, value: fit.value, size: fit.size };
      const record = changed.address === null ? null : (local.get(changed.address) ?? null);
      const saved = await persist();
      notify();
      return saved ?? { ok: true, record, droppedEntries: fit.droppedEntries, droppedClients: fit.droppedClients };
    });
  }

  /** Writes `local` (and a pending backup) and saves; the failure result, or null when saved. */
  async function persist(): Promise<ClientMutationResult | null> {
    if (backupToWrite) port.set(CLIENTS_BACKUP_KEY, backupToWrite.raw);
    port.set(CLIENTS_KEY, packedLocal().value);
    try {
      await port.save();
      pendingSave = false;
      backupToWrite = null;
      return null;
    } catch (error) {
      pendingSave = true;
      return { ok: false, reason: "save-failed", error: error instanceof Error ? error : new Error(String(error)), message: saveFailedMessage };
    }
  }

  function address(raw: string): string | LocalizedText {
    const normalised = normaliseAddress(raw);
    return isPlausibleAddress(normalised) ? normalised : invalidAddressMessage(raw);
  }

  function minuteOf(at: Date | string | undefined): string | null {
    return toIsoMinute(at ?? now());
  }

  function verdictChange(rawAddress: string, at: Date | string | undefined, name: string, next: (record: ClientRecord | undefined) => { flagged: boolean; reasons: readonly SignalId[]; note: string }) {
    return (records: ReadonlyMap<string, ClientRecord>): Change => {
      const key = address(rawAddress);
      if (typeof key !== "string") return { invalid: key };
      const minute = minuteOf(at);
      if (minute === null) return { invalid: invalidDateMessage };
      const verdict = next(records.get(key));
      // A note saved before the limit was lowered stays as it is until the user edits it.
      const note = cleanNote(verdict.note);
      if (note.length > CLIENT_LIMITS.note && note !== records.get(key)?.note) return { invalid: noteTooLongMessage };
      const updated = new Map(records);
      updated.set(key, withVerdict(records.get(key), key, name, verdict, minute));
      return { records: updated, address: key, mayRefuse: true };
    };
  }

  absorbStored();

  return {
    get: (raw) => local.get(normaliseAddress(raw)),
    list: () => sortClientsForList(local.values()),
    status: () => ({ readOnly, problem, pendingSave, size: packedLocal().size, budget }),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    recordEmail: (rawAddress, name, counts, at) =>
      commit((records) => {
        const key = address(rawAddress);
        if (typeof key !== "string") return { invalid: key };
        const day = toIsoDay(at);
        if (day === null) return { invalid: invalidDateMessage };
        const updated = new Map(records);
        updated.set(key, withEmail(records.get(key), key, name, counts, day));
        return { records: updated, address: key, mayRefuse: false };
      }),
    flag: (rawAddress, name, reasons, note, at) => commit(verdictChange(rawAddress, at, name, () => ({ flagged: true, reasons, note }))),
    unflag: (rawAddress, at) =>
      commit((records) => {
        const key = address(rawAddress);
        if (typeof key === "string" && !records.has(key)) return { records, address: null, mayRefuse: false };
        return verdictChange(rawAddress, at, "", (record) => ({ flagged: false, reasons: [], note: record?.note ?? "" }))(records);
      }),
    editNote: (rawAddress, note, at) =>
      commit(verdictChange(rawAddress, at, "", (record) => ({ flagged: record?.flagged ?? false, reasons: record?.reasons ?? [], note }))),
    importRecords: (records) =>
      commit((current) => ({ records: mergeClientMaps(current, new Map(records.map((record) => [record.address, record]))), address: null, mayRefuse: true })),
    retry: () => commit((records) => ({ records, address: null, mayRefuse: false })),
    refresh: () =>
      serialise(async () => {
        if (readOnly) return;
        await reload();
        absorbStored();
        notify();
      }),
    corruptBackup() {
      const raw = backupToWrite ? backupToWrite.raw : port.get(CLIENTS_BACKUP_KEY);
      return raw === undefined ? null : typeof raw === "string" ? raw : JSON.stringify(raw);
    },
    discardCorruptBackup: () =>
      serialise(async () => {
        if (readOnly) return readOnlyResult();
        backupToWrite = null;
        port.remove(CLIENTS_BACKUP_KEY);
        problem = null;
        const saved = await persist();
        notify();
        return saved ?? { ok: true, record: null, droppedEntries: 0, droppedClients: 0 };
      }),
  };
}

function readOnlyResult(): ClientMutationResult {
  return { ok: false, reason: "read-only", message: futureVersionMessage };
}

const budgetMessage: LocalizedText = {
  en: "There is no room to remember another flagged client or a longer note: Outlook keeps only 32 KB for Clear Lines. Shorten a note, or unflag a client you no longer work with, and try again. Nothing you saved before was removed.",
  de: "Für einen weiteren markierten Kunden oder eine längere Notiz ist kein Platz mehr: Outlook reserviert für Klare Linie nur 32 KB. Kürzen Sie eine Notiz oder heben Sie die Markierung eines Kunden auf, mit dem Sie nicht mehr arbeiten, und versuchen Sie es erneut. Nichts bisher Gespeichertes wurde entfernt.",
};

const saveFailedMessage: LocalizedText = {
  en: "Your change is shown here but could not be saved to your mailbox yet. Clear Lines saves it with your next change, or when you choose Try again.",
  de: "Ihre Änderung wird hier angezeigt, konnte aber noch nicht im Postfach gespeichert werden. Klare Linie speichert sie mit Ihrer nächsten Änderung oder wenn Sie „Erneut versuchen“ wählen.",
};

const futureVersionMessage: LocalizedText = {
  en: "Your client list was saved by a newer version of Clear Lines. This version leaves it untouched, so nothing in it is lost: update the add-in to see and change it.",
  de: "Ihre Kundenliste wurde von einer neueren Version von Klare Linie gespeichert. Diese Version lässt sie unverändert, damit nichts verloren geht: Aktualisieren Sie das Add-in, um sie zu sehen und zu ändern.",
};

const invalidDateMessage: LocalizedText = { en: "The date of this change is not valid.", de: "Das Datum dieser Änderung ist ungültig." };

const noteTooLongMessage: LocalizedText = {
  en: `A note can be at most ${CLIENT_LIMITS.note} characters long.`,
  de: `Eine Notiz darf höchstens ${CLIENT_LIMITS.note} Zeichen lang sein.`,
};

function invalidAddressMessage(address: string): LocalizedText {
  const shown = address.length > 80 ? `${address.slice(0, 80)}…` : address;
  return { en: `“${shown}” does not look like an email address.`, de: `„${shown}“ sieht nicht wie eine E-Mail-Adresse aus.` };
}

function corruptMessage(dropped: number): LocalizedText {
  const what =
    dropped === 0
      ? { en: "Your saved client list could not be read", de: "Ihre gespeicherte Kundenliste konnte nicht gelesen werden" }
      : dropped === 1
        ? { en: "One entry of your saved client list could not be read", de: "Ein Eintrag Ihrer gespeicherten Kundenliste konnte nicht gelesen werden" }
        : { en: `${dropped} entries of your saved client list could not be read`, de: `${dropped} Einträge Ihrer gespeicherten Kundenliste konnten nicht gelesen werden` };
  return {
    en: `${what.en}. Clear Lines kept the unreadable data aside (setting “${CLIENTS_BACKUP_KEY}”) and carries on with what it could read.`,
    de: `${what.de}. Klare Linie hat die unlesbaren Daten beiseitegelegt (Einstellung „${CLIENTS_BACKUP_KEY}“) und arbeitet mit dem Lesbaren weiter.`,
  };
}
