import { withEmail, withVerdict } from "./clientRecords";
import type { ClientRecord } from "./clientRecords";
import { CLIENTS_BUDGET, fitToBudget, floorSize, recordSize, serialisedSize, utf8Length } from "./budget";
import { encodeClients } from "./schema";

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

  it("measures exactly the serialised stored value", () => {
    const records = [client(1, true), client(2, false), withVerdict(undefined, "jörg@müller.de", "Jörg", { flagged: true, reasons: [], note: "Grüße 🙂 <b>" }, "2025-01-01T00:00:00.000Z")];
    expect(serialisedSize(records)).toBe(Buffer.byteLength(JSON.stringify(encodeClients(records)), "utf8"));
    expect(serialisedSize([])).toBe(JSON.stringify(encodeClients([])).length);
  });
});

describe("fitting the budget", () => {
  it("leaves records that fit alone", () => {
    const records = map([client(1, true), client(2, false)]);
    expect(fitToBudget(records)).toMatchObject({ fits: true, droppedEntries: 0, droppedClients: 0, records });
  });

  it("drops the oldest history entries across clients first and keeps the newest", () => {
    const records = map(Array.from({ length: 40 }, (_, index) => client(index, index % 2 === 0)));
    const budget = serialisedSize(records.values()) - 600;
    const fit = fitToBudget(records, budget);
    expect(fit.fits).toBe(true);
    expect(fit.size).toBe(serialisedSize(fit.records.values()));
    expect(fit.size).toBeLessThanOrEqual(budget);
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

  it("is quick for a full store", () => {
    const records = map(Array.from({ length: 300 }, (_, index) => client(index, false, 40)));
    const started = Date.now();
    const fit = fitToBudget(records);
    expect(fit.fits).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("spends about 112 bytes on a flagged client with a 21-character address and a 40-character note, history aside", () => {
    // The figure behind the capacity: 300 such clients need ~33.8 KB before any history,
    // so the 24 KB budget holds about 218 of them (see clientStore.test.ts).
    const record = { ...client(42, true), history: [] };
    expect(recordSize(record) + 1).toBeLessThanOrEqual(112);
    expect(Math.floor((CLIENTS_BUDGET - serialisedSize([])) / (recordSize(record) + 1))).toBeGreaterThanOrEqual(218);
  });
});
