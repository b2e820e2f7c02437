import { realisticFlaggedClients } from "../../../test/fixtures/clients";
import { withEmail, withVerdict } from "./clientRecords";
import type { ClientRecord } from "./clientRecords";
import { CLIENTS_BUDGET, CLIENTS_HISTORY_LIMIT, fitToBudget, floorContent, floorSize, serialisedSize, storedValue, utf8Length } from "./budget";
import { compactClients, encodeClients } from "./schema";

function client(index: number, flagged: boolean, emails = 10): ClientRecord {
  const address = `client${String(index).padStart(3, "0")}@example.com`;
  let record: ClientRecord | undefined;
  for (let email = 0; email < emails; email++) {
    const day = new Date(Date.UTC(2024, 0, 1 + email * 7 + (index % 7))).toISOString().slice(0, 10);
    record = withEmail(record, address, `Client ${index}`, email % 2 === 0 ? { "tone.pressure": 1 } : {}, day);
  }
  if (!flagged) return record as ClientRecord;
  return withVerdict(record, address, "", { flagged: true, reasons: ["tone.pressure"], note: `Client ${index}: pays late, wants weekend work.` }, "2024-04-01T10:00:00.000Z");
}

function map(records: ClientRecord[]): Map<string, ClientRecord> {
  return new Map(records.map((record) => [record.address, record]));
}

describe("sizes", () => {
  it("counts UTF-8 bytes like Node does", () => {
    for (const text of ["", "abc", "Grüße", "€", "🙂 ok", "\ud800 lone", "日本語"]) expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
  });

  it("measures exactly the stored value, whose characters are its bytes", () => {
    const records = [client(1, true), client(2, false), withVerdict(undefined, "jörg@müller.de", "Jörg", { flagged: true, reasons: [], note: "Grüße 🙂 <b>" }, "2025-01-01T00:00:00.000Z")];
    const stored = JSON.stringify(encodeClients(records));
    expect(serialisedSize(records)).toBe(stored.length);
    expect(Buffer.byteLength(stored, "utf8")).toBe(stored.length);
    expect(storedValue(records)).toEqual({ value: encodeClients(records), size: stored.length });
    expect(serialisedSize([])).toBe(JSON.stringify(encodeClients([])).length);
  });

  it("measures what the user decided, uncompressed, apart from history and unflagged clients", () => {
    const records = [client(1, true), client(2, false)];
    expect(floorContent(records)).toBe(Buffer.byteLength(JSON.stringify(compactClients([{ ...client(1, true), history: [] }]))));
    expect(floorSize(records)).toBe(serialisedSize([{ ...client(1, true), history: [] }]));
  });
});

describe("fitting the budget", () => {
  it("leaves records that fit alone", () => {
    const records = map([client(1, true), client(2, false)]);
    expect(fitToBudget(records)).toMatchObject({ fits: true, droppedEntries: 0, droppedClients: 0, records, value: encodeClients(records.values()) });
  });

  it("drops the oldest history entries across clients first and keeps the newest", () => {
    const records = map([...realisticFlaggedClients({ count: 40, seed: 3 }), ...Array.from({ length: 20 }, (_, index) => client(index, false))]);
    const whole = serialisedSize(records.values());
    const budget = Math.round((whole + floorSize(records.values())) / 2);
    const fit = fitToBudget(records, budget);
    expect(fit.fits).toBe(true);
    expect(fit.value).toEqual(encodeClients(fit.records.values()));
    expect(fit.size).toBe(serialisedSize(fit.records.values()));
    expect(fit.size).toBeLessThanOrEqual(budget);
    // The search stops once the value fits within a few entries' worth of the budget.
    expect(fit.size).toBeGreaterThan(budget - 40);
    expect(fit.droppedEntries).toBeGreaterThan(0);
    const kept = [...fit.records.values()].flatMap((record) => record.history.map((entry) => entry.at));
    const dropped = [...records.values()].flatMap((record) => record.history.slice(0, record.history.length - (fit.records.get(record.address)?.history.length ?? 0)).map((entry) => entry.at));
    expect(dropped).toHaveLength(fit.droppedEntries);
    expect(dropped.sort().at(-1)! <= kept.sort()[0]!).toBe(true);
    for (const record of records.values()) {
      const after = fit.records.get(record.address);
      expect(after?.history).toEqual(record.history.slice(record.history.length - (after?.history.length ?? 0)));
    }
  });

  it("drops a client who holds nothing the user decided once their history is gone, never a flagged one", () => {
    const records = map([client(1, true, 3), client(2, false, 3)]);
    const fit = fitToBudget(records, floorSize(records.values()));
    expect([...fit.records.keys()]).toEqual(["client001@example.com"]);
    expect(fit).toMatchObject({ fits: true, droppedClients: 1 });
    expect(fit.records.get("client001@example.com")).toMatchObject({ flagged: true, note: "Client 1: pays late, wants weekend work.", history: [] });
  });

  it("never touches a flag or note: when they alone exceed the budget, it says so", () => {
    const records = map([client(1, true), client(2, true)]);
    const fit = fitToBudget(records, floorSize(records.values()) - 1);
    expect(fit.fits).toBe(false);
    expect(fit.records.size).toBe(2);
    for (const record of fit.records.values()) expect(record).toMatchObject({ flagged: true, reasons: ["tone.pressure"], history: [] });
  });

  it("keeps at most CLIENTS_HISTORY_LIMIT entries in all, the oldest going first, even when they would fit packed", () => {
    // 60 clients with 200 clean daily emails each: 12 000 entries that pack into 8 KB.
    const records = map(
      realisticFlaggedClients({ count: 60, emails: [0, 0], seed: 4 }).map((client) =>
        Array.from({ length: 200 }, (_, day) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10)).reduce((record, day) => withEmail(record, record.address, record.name, {}, day), client),
      ),
    );
    expect(serialisedSize(records.values())).toBeLessThan(CLIENTS_BUDGET / 2);
    const fit = fitToBudget(records);
    expect(fit).toMatchObject({ fits: true, droppedEntries: 12_000 - CLIENTS_HISTORY_LIMIT, droppedClients: 0 });
    const kept = [...fit.records.values()].flatMap((record) => record.history.map((entry) => entry.at)).sort();
    expect(kept).toHaveLength(CLIENTS_HISTORY_LIMIT);
    const dropped = [...records.values()].flatMap((record) => record.history.slice(0, record.history.length - (fit.records.get(record.address)?.history.length ?? 0)).map((entry) => entry.at)).sort();
    expect(dropped.at(-1)! <= kept[0]!).toBe(true);
    for (const record of fit.records.values()) expect(record).toMatchObject({ flagged: true, note: records.get(record.address)?.note });
  });

  it("is quick for a full store", () => {
    // 300 flagged clients with 40 emails each: 12 000 entries (2 000 over the history limit), 48.6 KB packed, to be halved.
    const records = map(realisticFlaggedClients({ count: 300, emails: [40, 40] }));
    fitToBudget(records);
    const started = Date.now();
    const fit = fitToBudget(records);
    expect(fit.fits).toBe(true);
    expect(fit.size).toBeLessThanOrEqual(CLIENTS_BUDGET);
    // About 40 ms on a quiet machine (npm run bench -- clientStore); a shared CI core is slower.
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
