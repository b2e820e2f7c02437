import fc from "fast-check";
import { SIGNAL_IDS } from "../signals/signalIds";
import {
  cleanCounts,
  cleanNote,
  isIsoDay,
  isPlausibleAddress,
  mergeClientMaps,
  mergeRecords,
  normaliseAddress,
  sortClientsForList,
  toIsoDay,
  toIsoMinute,
  withEmail,
  withVerdict,
} from "./clientRecords";
import type { ClientRecord } from "./clientRecords";

const ADDRESS = "anna@beck-design.de";

describe("addresses", () => {
  it("keys a client by the trimmed, lower-cased address", () => {
    expect(normaliseAddress("  Anna@Beck-Design.DE ")).toBe(ADDRESS);
    expect(normaliseAddress("<anna@beck-design.de>")).toBe(ADDRESS);
    expect(normaliseAddress("mailto:ANNA@beck-design.de")).toBe(ADDRESS);
  });

  it.each(["anna@beck-design.de", "a.b+tag@mail.example.co.uk", "jörg@müller.de", "x@y.io"])("accepts %s", (address) => {
    expect(isPlausibleAddress(address)).toBe(true);
  });

  it.each(["", "anna", "anna@", "@beck.de", "anna@beck", "anna@@beck.de", "an na@beck.de", "anna@beck..de", "anna@-beck.de", "<b>@x.de", "__proto__", `${"a".repeat(250)}@x.de`])(
    "rejects %j",
    (address) => {
      expect(isPlausibleAddress(address)).toBe(false);
    },
  );
});

describe("cleaning", () => {
  it("keeps only known signals with whole counts from 1, capped, in a canonical order", () => {
    expect(cleanCounts({ "money.late_payment": 2, "tone.pressure": 1.7, "scope.creep": 0, bogus: 3, "tone.hostile": 5000 })).toEqual({
      "tone.hostile": 99,
      "tone.pressure": 1,
      "money.late_payment": 2,
    });
    expect(Object.keys(cleanCounts({ "money.late_payment": 1, "tone.hostile": 1 }))).toEqual(["tone.hostile", "money.late_payment"]);
  });

  it("keeps a note's text and lines, and HTML as typed, without control characters", () => {
    expect(cleanNote("  <b>Pays late</b>\r\nsecond line\u0000 ")).toBe("<b>Pays late</b>\nsecond line");
  });

  it("reads days and minutes strictly", () => {
    expect(isIsoDay("2025-02-28")).toBe(true);
    expect(isIsoDay("2025-02-30")).toBe(false);
    expect(isIsoDay("25-02-28")).toBe(false);
    expect(toIsoDay("2025-03-14T23:30:00+01:00")).toBe("2025-03-14");
    expect(toIsoDay("not a date")).toBeNull();
    expect(toIsoMinute(new Date("2025-03-14T09:30:59.999Z"))).toBe("2025-03-14T09:30:00.000Z");
  });
});

describe("a record", () => {
  it("adds each analysed email once: the same day and counts again change nothing", () => {
    let record = withEmail(undefined, ADDRESS, "Anna Beck", { "tone.pressure": 1 }, "2025-03-10");
    record = withEmail(record, ADDRESS, "Anna Beck", { "tone.pressure": 1 }, "2025-03-10");
    record = withEmail(record, ADDRESS, "Anna B.", {}, "2025-03-02");
    expect(record.history).toEqual([
      { at: "2025-03-02", counts: {} },
      { at: "2025-03-10", counts: { "tone.pressure": 1 } },
    ]);
    expect(record).toMatchObject({ firstSeen: "2025-03-02", lastSeen: "2025-03-10", name: "Anna Beck" });
  });

  it("keeps the day it was flagged while the flag stays, and clears reasons but keeps the note when unflagged", () => {
    let record = withVerdict(undefined, ADDRESS, "Anna", { flagged: true, reasons: ["money.late_payment", "tone.pressure"], note: "Pays late." }, "2025-03-10T08:00:00.000Z");
    expect(record).toMatchObject({ flagged: true, reasons: ["tone.pressure", "money.late_payment"], flaggedAt: "2025-03-10" });
    record = withVerdict(record, ADDRESS, "", { flagged: true, reasons: ["tone.pressure"], note: "Pays late, always." }, "2025-04-01T08:00:00.000Z");
    expect(record).toMatchObject({ flaggedAt: "2025-03-10", reasons: ["tone.pressure"], updatedAt: "2025-04-01T08:00:00.000Z", lastSeen: "2025-04-01" });
    record = withVerdict(record, ADDRESS, "", { flagged: false, reasons: [], note: record.note }, "2025-05-01T08:00:00.000Z");
    expect(record).toMatchObject({ flagged: false, reasons: [], flaggedAt: null, note: "Pays late, always." });
  });
});

describe("merging two writers", () => {
  const base = withEmail(undefined, ADDRESS, "Anna", { "tone.pressure": 1 }, "2025-03-01");

  it("lets the later verdict win and unites the histories", () => {
    const a = withVerdict(withEmail(base, ADDRESS, "Anna", {}, "2025-03-05"), ADDRESS, "", { flagged: true, reasons: ["tone.pressure"], note: "A" }, "2025-03-06T10:00:00.000Z");
    const b = withVerdict(withEmail(base, ADDRESS, "Anna Beck", { "money.late_payment": 1 }, "2025-03-07"), ADDRESS, "", { flagged: false, reasons: [], note: "B" }, "2025-03-06T10:05:00.000Z");
    const merged = mergeRecords(a, b);
    expect(merged).toMatchObject({ flagged: false, note: "B", name: "Anna Beck", firstSeen: "2025-03-01", lastSeen: "2025-03-07" });
    expect(merged.history.map((entry) => entry.at)).toEqual(["2025-03-01", "2025-03-05", "2025-03-07"]);
    expect(mergeRecords(b, a)).toEqual(merged);
  });

  it("keeps every client of both", () => {
    const other = withEmail(undefined, "bo@x.de", "Bo", {}, "2025-01-01");
    const merged = mergeClientMaps(new Map([[ADDRESS, base]]), new Map([["bo@x.de", other]]));
    expect([...merged.keys()].sort()).toEqual(["anna@beck-design.de", "bo@x.de"]);
  });

  it("is commutative, associative and idempotent, so windows agree whatever the order", () => {
    const day = fc.integer({ min: 0, max: 60 }).map((offset) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10));
    const counts = fc.dictionary(fc.constantFrom(...SIGNAL_IDS), fc.integer({ min: 1, max: 3 }), { maxKeys: 3 });
    const step = fc.oneof(
      fc.record({ kind: fc.constant("email" as const), day, counts, name: fc.constantFrom("Anna", "Anna Beck", "") }),
      fc.record({ kind: fc.constant("verdict" as const), day, minute: fc.integer({ min: 0, max: 3 }), flagged: fc.boolean(), note: fc.constantFrom("", "late", "rude") }),
    );
    const record = fc.array(step, { minLength: 1, maxLength: 6 }).map((steps) =>
      steps.reduce<ClientRecord | undefined>(
        (current, s) =>
          s.kind === "email"
            ? withEmail(current, ADDRESS, s.name, s.counts, s.day)
            : withVerdict(current, ADDRESS, "", { flagged: s.flagged, reasons: s.flagged ? ["tone.pressure"] : [], note: s.note }, `${s.day}T10:0${s.minute}:00.000Z`),
        undefined,
      ) as ClientRecord,
    );
    fc.assert(
      fc.property(record, record, record, (a, b, c) => {
        expect(mergeRecords(a, b)).toEqual(mergeRecords(b, a));
        expect(mergeRecords(mergeRecords(a, b), c)).toEqual(mergeRecords(a, mergeRecords(b, c)));
        expect(mergeRecords(a, a)).toEqual(a);
      }),
    );
  });
});

describe("the list", () => {
  it("shows flagged clients first, then the most recently seen", () => {
    const seen = (address: string, day: string) => withEmail(undefined, address, "", {}, day);
    const flagged = withVerdict(seen("old@x.de", "2024-01-01"), "old@x.de", "", { flagged: true, reasons: [], note: "" }, "2024-01-01T00:00:00.000Z");
    const order = sortClientsForList([seen("a@x.de", "2025-01-01"), flagged, seen("b@x.de", "2025-02-01")]).map((record) => record.address);
    expect(order).toEqual(["old@x.de", "b@x.de", "a@x.de"]);
  });
});
