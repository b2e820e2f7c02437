import fc from "fast-check";
import { SIGNAL_IDS } from "../signals/signalIds";
import { withEmail, withVerdict } from "./clientRecords";
import type { ClientRecord } from "./clientRecords";
import { packText, unpackText } from "./packing";
import { CLIENTS_SCHEMA_VERSION, SIGNAL_CODES, asStoredValue, compactClients, dayNumber, decodeClients, encodeClient, encodeClients } from "./schema";

const ADDRESS = "anna@beck-design.de";

function recorded(): ClientRecord {
  let record = withEmail(undefined, ADDRESS, "Anna Beck", { "tone.pressure": 1 }, "2025-01-13");
  record = withEmail(record, ADDRESS, "Anna Beck", {}, "2025-01-16");
  return withEmail(record, ADDRESS, "Anna Beck", { "work.dissatisfaction": 1 }, "2025-01-23");
}

/** Through JSON, as the roaming settings keep it. */
function stored(records: ClientRecord[]): unknown {
  return JSON.parse(JSON.stringify(encodeClients(records))) as unknown;
}

describe("the stored form", () => {
  it("gives every signal its own two-letter code", () => {
    const codes = SIGNAL_IDS.map((id) => SIGNAL_CODES[id]);
    expect(new Set(codes).size).toBe(SIGNAL_IDS.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]{2}$/);
  });

  it("writes a client who was only recorded as name, days and a history string", () => {
    expect(encodeClient(recorded())).toEqual(["Anna Beck", 20101, 10, "0tp 3 7wd"]);
  });

  it("writes the verdict after the history, and counts above one after their code", () => {
    const record = withVerdict(
      withEmail(recorded(), ADDRESS, "Anna Beck", { "money.late_payment": 2, "tone.pressure": 1 }, "2025-01-23"),
      ADDRESS,
      "",
      { flagged: true, reasons: ["money.late_payment"], note: "Pays late." },
      "2025-01-24T09:30:00.000Z",
    );
    expect(encodeClient(record)).toEqual(["Anna Beck", 20101, 11, "0tp 3 7wd 0tpml2", Date.parse("2025-01-24T09:30:00Z") / 60_000, 11, "ml", "Pays late."]);
    expect(JSON.stringify(compactClients([record]))).toMatch(/^\{"anna@beck-design\.de":\[/);
  });

  it("stores the clients' JSON packed beside the version, in plain ASCII", () => {
    const records = [recorded(), withVerdict(undefined, "jörg@müller.de", "Jörg", { flagged: true, reasons: [], note: "Grüße 🙂" }, "2025-01-01T00:00:00.000Z")];
    const value = encodeClients(records);
    expect(Object.keys(value)).toEqual(["v", "z"]);
    expect(value.v).toBe(2);
    expect(JSON.stringify(value)).toMatch(/^\{"v":2,"z":"[A-Za-z0-9+/]+={0,2}"\}$/);
    expect(unpackText(value.z)).toBe(JSON.stringify(compactClients(records)));
    expect(asStoredValue(stored(records))).toEqual(value);
    expect(asStoredValue({ ...value, extra: 1 })).toBeNull();
    expect(asStoredValue({ v: 1, clients: compactClients(records) })).toBeNull();
  });

  it("packs the same records the same way, whatever order they come in", () => {
    const records = [recorded(), withEmail(undefined, "bo@x.de", "Bo", {}, "2025-02-01")];
    expect(encodeClients([...records].reverse())).toEqual(encodeClients(records));
  });

  it("reads back exactly what it wrote", () => {
    const records = [recorded(), withVerdict(undefined, "bo@x.de", "Bo", { flagged: false, reasons: [], note: "Über <b>nett</b> 🙂\nzweite Zeile" }, "2025-02-01T12:00:00.000Z")];
    const read = decodeClients(stored(records));
    expect(read).toEqual({ kind: "ok", records: new Map(records.map((record) => [record.address, record])) });
  });

  it("round-trips any record", () => {
    const day = fc.integer({ min: 0, max: 4000 }).map((offset) => new Date(Date.UTC(2015, 0, 1 + offset)).toISOString().slice(0, 10));
    const counts = fc.dictionary(fc.constantFrom(...SIGNAL_IDS), fc.integer({ min: 1, max: 99 }), { maxKeys: 12 });
    const record = fc
      .tuple(fc.array(fc.tuple(day, counts), { minLength: 1, maxLength: 20 }), fc.option(fc.tuple(day, fc.boolean(), fc.subarray([...SIGNAL_IDS]), fc.string({ maxLength: 500 }))))
      .map(([emails, verdict]) => {
        let current = emails.reduce<ClientRecord | undefined>((r, [at, c]) => withEmail(r, ADDRESS, "Anna", c, at), undefined) as ClientRecord;
        if (verdict) current = withVerdict(current, ADDRESS, "", { flagged: verdict[1], reasons: verdict[2], note: verdict[3] }, `${verdict[0]}T08:15:00.000Z`);
        return current;
      });
    fc.assert(
      fc.property(record, (r) => {
        const read = decodeClients(stored([r]));
        expect(read.kind).toBe("ok");
        if (read.kind === "ok") expect(read.records.get(ADDRESS)).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });
});

describe("reading what is stored", () => {
  it("reads nothing stored as an empty list", () => {
    expect(decodeClients(undefined)).toEqual({ kind: "ok", records: new Map() });
  });

  it.each([
    ["a junk string", "{not json"],
    ["an array", [1, 2, 3]],
    ["a number", 42],
    ["an object without clients", { v: 1 }],
    ["clients as an array", { v: 1, clients: [] }],
    ["a version that is not a number", { v: "1", clients: {} }],
    ["no version", { clients: {} }],
  ])("reports %s as corrupt, nothing readable", (_name, raw) => {
    expect(decodeClients(raw)).toEqual({ kind: "corrupt", records: new Map(), dropped: 0 });
  });

  it.each([
    ["a packed value that is not base64", { v: 2, z: "**not base64**" }],
    ["a packed value cut short", { v: 2, z: packText(JSON.stringify(compactClients([recorded()]))).slice(0, 40) }],
    ["packed text that is not JSON", { v: 2, z: packText("{not json") }],
    ["packed JSON that is not an object", { v: 2, z: packText("[1,2,3]") }],
    ["a packed value that is not a string", { v: 2, z: 42 }],
    ["version 2 without a packed value", { v: 2, clients: {} }],
  ])("reports %s as corrupt, nothing readable", (_name, raw) => {
    expect(decodeClients(raw)).toEqual({ kind: "corrupt", records: new Map(), dropped: 0 });
  });

  it("reports a newer version without reading it", () => {
    expect(CLIENTS_SCHEMA_VERSION).toBe(2);
    expect(decodeClients({ v: 3, clients: { whatever: true } })).toEqual({ kind: "future-version", version: 3 });
    expect(decodeClients({ v: 3, z: "anything" })).toEqual({ kind: "future-version", version: 3 });
  });

  it("reads version 1, the clients uncompressed", () => {
    const records = [recorded(), withVerdict(undefined, "bo@x.de", "Bo", { flagged: true, reasons: ["tone.hostile"], note: "Über <b>nett</b>" }, "2025-02-01T12:00:00.000Z")];
    const v1 = JSON.parse(JSON.stringify({ v: 1, clients: compactClients(records) })) as unknown;
    expect(decodeClients(v1)).toEqual({ kind: "ok", records: new Map(records.map((record) => [record.address, record])) });
  });

  const good = encodeClient(recorded());
  const partlyBroken = {
    [ADDRESS]: good,
    "bad@x.de": ["Bad", "not a day", 0],
    "codes@x.de": ["Codes", 20000, 0, "0zz"],
    "not an address": good,
    "neg@x.de": ["Neg", 20000, -3],
  };

  it.each([
    ["packed", { v: 2, z: packText(JSON.stringify(partlyBroken)) }],
    ["in version 1", { v: 1, clients: partlyBroken }],
  ])("keeps every client it can read and counts the ones it cannot (%s)", (_name, raw) => {
    const read = decodeClients(raw);
    expect(read.kind).toBe("corrupt");
    if (read.kind !== "corrupt") return;
    expect([...read.records.keys()]).toEqual([ADDRESS]);
    expect(read.dropped).toBe(4);
  });

  it.each([
    ["packed", { ...encodeClients([recorded()]), extra: 1 }],
    ["in version 1", { v: 1, clients: { [ADDRESS]: good }, extra: 1 }],
  ])("counts a field this version does not know as unreadable, and still reads the clients (%s)", (_name, raw) => {
    const read = decodeClients(raw);
    expect(read).toMatchObject({ kind: "corrupt", dropped: 1 });
    if (read.kind === "corrupt") expect(read.records.size).toBe(1);
  });
});

describe("day numbers", () => {
  it("count days since 1970 like Date does", () => {
    for (let day = 0; day < 2_932_897; day += 997) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(dayNumber(iso)).toBe(day);
    }
    expect(dayNumber("2024-02-29")).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
  });
});
