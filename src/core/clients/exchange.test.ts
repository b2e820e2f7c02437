import { realisticFlaggedClients } from "../../../test/fixtures/clients";
import { CLIENTS_HISTORY_LIMIT, fitToBudget } from "./budget";
import { withEmail, withVerdict } from "./clientRecords";
import type { ClientRecord } from "./clientRecords";
import { createClientStore } from "./clientStore";
import { EXPORT_FORMAT, IMPORT_LIMITS, exportClients, importClients } from "./exchange";
import { createMemoryStore } from "../storage/keyValueStore";
import { CLIENTS_KEY } from "./schema";

function sample(): ClientRecord[] {
  const anna = withVerdict(
    withEmail(withEmail(undefined, "anna@beck.de", "Anna Beck", { "tone.pressure": 1 }, "2025-01-10"), "anna@beck.de", "Anna Beck", { "money.late_payment": 2 }, "2025-02-01"),
    "anna@beck.de",
    "",
    { flagged: true, reasons: ["tone.pressure", "money.late_payment"], note: "<script>alert(1)</script> pays late & pushes" },
    "2025-02-02T08:30:00.000Z",
  );
  const bo = withEmail(undefined, "bo@studio.ch", "Bo", { "work.dissatisfaction": 1 }, "2025-01-20");
  return [anna, bo];
}

function exported(change: (data: { clients: Record<string, unknown>[] } & Record<string, unknown>) => void = () => undefined): string {
  const data = JSON.parse(exportClients(sample())) as { clients: Record<string, unknown>[] } & Record<string, unknown>;
  change(data);
  return JSON.stringify(data, null, 2);
}

describe("export", () => {
  it("writes readable JSON with the format marker, the version and full signal ids", () => {
    const text = exportClients(sample());
    expect(text).toContain('\n  "format": "clear-lines/clients",\n  "version": 1,');
    expect(text).toContain('"money.late_payment": 2');
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: 1, clients: [{ address: "anna@beck.de" }, { address: "bo@studio.ch" }] });
  });

  it("writes what the store holds as plain, readable JSON: the packed form is only how it is stored", async () => {
    const clients = realisticFlaggedClients({ count: 30, seed: 5 });
    const memory = createMemoryStore();
    const store = createClientStore(memory);
    expect(await store.importRecords(clients)).toMatchObject({ ok: true });
    expect(memory.saved.get(CLIENTS_KEY)).toMatchObject({ v: 2, z: expect.any(String) });
    const text = exportClients(store.list());
    expect(text).not.toContain('"z"');
    for (const client of clients) {
      expect(text).toContain(`"address": ${JSON.stringify(client.address)}`);
      expect(text).toContain(JSON.stringify(client.note));
    }
    expect(text).toMatch(/[äöüß]/);
    const back = importClients(text, []);
    expect(back.ok && back.records.length).toBe(30);
  });

  it("writes a file that imports again even when the store holds all the history it keeps", () => {
    const clients = realisticFlaggedClients({ count: 300, emails: [40, 40] });
    const atLimit = [...fitToBudget(new Map(clients.map((client) => [client.address, client])), Number.MAX_SAFE_INTEGER).records.values()];
    expect(atLimit.reduce((sum, client) => sum + client.history.length, 0)).toBe(CLIENTS_HISTORY_LIMIT);
    const text = exportClients(atLimit);
    expect(text.length).toBeLessThan(IMPORT_LIMITS.characters / 2);
    expect(importClients(text, [])).toMatchObject({ ok: true, added: 300 });
  });

  it("round-trips: importing an export into nothing gives the same records", () => {
    const result = importClients(exportClients(sample()), []);
    expect(result).toEqual({ ok: true, records: expect.any(Array), added: 2, updated: 0 });
    if (result.ok) expect([...result.records].sort((a, b) => a.address.localeCompare(b.address))).toEqual(sample());
  });

  it("keeps HTML in a note as text", () => {
    const result = importClients(exportClients(sample()), []);
    expect(result.ok && result.records.find((record) => record.address === "anna@beck.de")?.note).toBe("<script>alert(1)</script> pays late & pushes");
  });
});

describe("import", () => {
  it("merges like a second window: the later verdict wins, histories are united", () => {
    const current = [withVerdict(withEmail(undefined, "anna@beck.de", "Anna", {}, "2025-03-01"), "anna@beck.de", "", { flagged: false, reasons: [], note: "All good now." }, "2025-03-01T09:00:00.000Z")];
    const result = importClients(exportClients(sample()), current);
    expect(result).toMatchObject({ ok: true, added: 1, updated: 1 });
    if (!result.ok) return;
    const anna = result.records.find((record) => record.address === "anna@beck.de");
    expect(anna).toMatchObject({ flagged: false, note: "All good now.", firstSeen: "2025-01-10", lastSeen: "2025-03-01" });
    expect(anna?.history.map((entry) => entry.at)).toEqual(["2025-01-10", "2025-02-01", "2025-03-01"]);
  });

  it("counts nothing as updated when the file holds nothing new", () => {
    expect(importClients(exportClients(sample()), sample())).toMatchObject({ ok: true, added: 0, updated: 0 });
  });

  const cases: [string, string, RegExp][] = [
    ["malformed JSON", "{ \"format\": \"clear-lines/clients\", ", /not valid JSON/],
    ["another file", JSON.stringify({ hello: "world" }), /not a Clear Lines client export/],
    ["the wrong marker", exported((data) => (data.format = "other-app/clients")), /not a Clear Lines client export/],
    ["a newer version", exported((data) => (data.version = 2)), /newer version/],
    ["a version that is not a number", exported((data) => (data.version = "1")), /version Clear Lines does not know/],
    ["an oversize file", exported((data) => (data.padding = "x".repeat(IMPORT_LIMITS.characters))), /too large/],
    ["a 4 MB note", exported((data) => (data.clients[0]!.note = "n".repeat(IMPORT_LIMITS.characters))), /too large/],
    ["a note over 200 characters", exported((data) => (data.clients[0]!.note = "n".repeat(201))), /Client 1, “note”: is longer than 200 characters/],
    ["__proto__ at the top", exported().replace('"format"', '"__proto__": { "polluted": true }, "format"'), /field Clear Lines does not know: “__proto__”/],
    ["__proto__ in a client", exported().replace('"address"', '"__proto__": { "polluted": true }, "address"'), /Client 1 has a field Clear Lines does not know: “__proto__”/],
    ["__proto__ in the counts", exported().replace('"tone.pressure": 1', '"__proto__": { "polluted": 1 }'), /“__proto__” is not a signal/],
    ["constructor in a client", exported().replace('"address"', '"constructor": { "prototype": { "polluted": true } }, "address"'), /does not know: “constructor”/],
    ["an invalid address", exported((data) => (data.clients[1]!.address = "bo at studio")), /Client 2, “address”: does not look like an email address/],
    ["an address as a number", exported((data) => (data.clients[1]!.address = 42)), /“address”: must be text/],
    ["an invalid signal id", exported((data) => (data.clients[0]!.reasons = ["tone.pressure", "tone.grumpy"])), /“tone.grumpy” is not a signal/],
    ["an invalid signal in the history", exported().replace('"tone.pressure": 1', '"tone.grumpy": 1'), /“tone.grumpy” is not a signal/],
    ["a negative count", exported().replace('"tone.pressure": 1', '"tone.pressure": -1'), /whole number from 0 to 99/],
    ["an invalid date", exported((data) => (data.clients[0]!.firstSeen = "2025-02-30")), /“firstSeen”: must be a date/],
    ["a time that is not a time", exported((data) => (data.clients[0]!.updatedAt = "yesterday")), /“updatedAt”: must be a time/],
    ["a flag without its date", exported((data) => (data.clients[0]!.flaggedAt = null)), /“flaggedAt”: must be a date exactly when/],
    ["reasons without a flag", exported((data) => (data.clients[1]!.reasons = ["tone.pressure"])), /“reasons”: must be empty/],
    ["a missing field", exported((data) => delete data.clients[1]!.history), /Client 2 lacks the field “history”/],
    ["a control character in a name", exported((data) => (data.clients[1]!.name = "Bo\u0000")), /control characters/],
    ["clients that are not a list", exported((data) => (data.clients = {} as never)), /no list of clients/],
  ];

  it.each(cases)("refuses %s with a clear message, and changes nothing", (_name, text, message) => {
    const current = sample();
    const before = JSON.stringify(current);
    const result = importClients(text, current);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.en).toMatch(message);
    expect(result.message.de.length).toBeGreaterThan(10);
    expect(JSON.stringify(current)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts an address in capitals and stores it lower-cased, merged with the same client", () => {
    const result = importClients(exported((data) => (data.clients[0]!.address = " ANNA@Beck.de ")), sample());
    expect(result).toMatchObject({ ok: true, added: 0, updated: 0 });
  });

  it("saves through the store, merged with what is stored", async () => {
    const memory = createMemoryStore();
    const store = createClientStore(memory);
    await store.recordEmail("carla@x.de", "Carla", {}, "2025-01-01");
    const result = importClients(exportClients(sample()), store.list());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await store.importRecords(result.records)).toMatchObject({ ok: true });
    expect(createClientStore(createMemoryStore(Object.fromEntries(memory.saved))).list().map((record) => record.address)).toEqual(["anna@beck.de", "bo@studio.ch", "carla@x.de"]);
  });
});
