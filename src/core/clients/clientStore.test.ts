import { createMemoryStore } from "../storage/keyValueStore";
import { CLIENTS_BUDGET, floorSize, serialisedSize } from "./budget";
import { withEmail, withVerdict } from "./clientRecords";
import type { ClientRecord } from "./clientRecords";
import { createClientStore } from "./clientStore";
import type { ClientMutationResult, ClientStoragePort } from "./clientStore";
import { CLIENTS_BACKUP_KEY, CLIENTS_KEY, encodeClients } from "./schema";

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/**
 * Roaming settings as two Outlook windows see them: each window holds its own copy,
 * loaded at start; `save` writes the window's whole copy over the mailbox's (the last
 * save wins, office-js #3629/#5080); `reload` re-reads the mailbox's copy, dropping
 * unsaved changes.
 */
function createMailbox(initial: Record<string, unknown> = {}) {
  let persisted = new Map(Object.entries(clone(initial)));
  let saves = 0;
  return {
    persisted: () => persisted,
    saves: () => saves,
    window(options: { canReload?: boolean } = {}) {
      let values = new Map(clone([...persisted]));
      const failures: Error[] = [];
      const port: ClientStoragePort & { failNextSave(error: Error): void } = {
        get: (key) => values.get(key),
        set: (key, value) => void values.set(key, clone(value)),
        remove: (key) => void values.delete(key),
        async save() {
          const failure = failures.shift();
          if (failure) throw failure;
          persisted = new Map(clone([...values]));
          saves++;
        },
        failNextSave: (error) => void failures.push(error),
      };
      if (options.canReload !== false) {
        port.reload = async () => {
          values = new Map(clone([...persisted]));
        };
      }
      return port;
    },
  };
}

const at = (day: string, time = "10:00") => `${day}T${time}:00.000Z`;

function expectOk(result: ClientMutationResult): void {
  expect(result).toMatchObject({ ok: true });
}

describe("a window's client store", () => {
  it("records emails and flags, lists flagged first, finds a client whatever the case", async () => {
    const mailbox = createMailbox();
    const store = createClientStore(mailbox.window());
    expectOk(await store.recordEmail("Anna@Beck.de", "Anna Beck", { "tone.pressure": 1 }, "2025-03-01"));
    expectOk(await store.recordEmail(" bo@x.de ", "Bo", {}, "2025-03-05"));
    expectOk(await store.flag("anna@beck.de", "", ["tone.pressure"], "Chases at night.", at("2025-03-02")));
    expect(store.list().map((record) => record.address)).toEqual(["anna@beck.de", "bo@x.de"]);
    expect(store.get("  ANNA@BECK.DE")).toMatchObject({ name: "Anna Beck", flagged: true, note: "Chases at night.", flaggedAt: "2025-03-02" });
    expect(mailbox.persisted().get(CLIENTS_KEY)).toEqual(clone(encodeClients(store.list())));
  });

  it("does not count an email twice when it is opened twice", async () => {
    const store = createClientStore(createMailbox().window());
    await store.recordEmail("anna@beck.de", "Anna", { "tone.pressure": 1 }, "2025-03-01T09:12:00Z");
    await store.recordEmail("anna@beck.de", "Anna", { "tone.pressure": 1 }, "2025-03-01T09:12:00Z");
    expect(store.get("anna@beck.de")?.history).toHaveLength(1);
  });

  it("refuses what is not an address, an over-long note or a bad date, and saves nothing", async () => {
    const mailbox = createMailbox();
    const store = createClientStore(mailbox.window());
    expect(await store.recordEmail("not an address", "", {}, "2025-03-01")).toMatchObject({ ok: false, reason: "invalid", message: { en: expect.stringContaining("email address") } });
    expect(await store.flag("a@b.de", "", [], "x".repeat(501))).toMatchObject({ ok: false, reason: "invalid", message: { de: expect.stringContaining("500 Zeichen") } });
    expect(await store.recordEmail("a@b.de", "", {}, "yesterday")).toMatchObject({ ok: false, reason: "invalid" });
    expect(mailbox.saves()).toBe(0);
    expect(store.list()).toEqual([]);
  });

  it("unflags: the flag and reasons go, the note and history stay", async () => {
    const store = createClientStore(createMailbox().window());
    await store.recordEmail("anna@beck.de", "Anna", { "tone.pressure": 1 }, "2025-03-01");
    await store.flag("anna@beck.de", "Anna", ["tone.pressure"], "Chases at night.", at("2025-03-02"));
    expectOk(await store.unflag("anna@beck.de", at("2025-03-03")));
    expect(store.get("anna@beck.de")).toMatchObject({ flagged: false, reasons: [], flaggedAt: null, note: "Chases at night.", history: [{ at: "2025-03-01" }] });
    expectOk(await store.editNote("anna@beck.de", "Better since March.", at("2025-03-04")));
    expect(store.get("anna@beck.de")?.note).toBe("Better since March.");
  });

  it("tells subscribers about every change", async () => {
    const store = createClientStore(createMailbox().window());
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    await store.recordEmail("anna@beck.de", "Anna", {}, "2025-03-01");
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    await store.recordEmail("anna@beck.de", "Anna", {}, "2025-03-02");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("runs changes one after another when they are not awaited", async () => {
    const mailbox = createMailbox();
    const store = createClientStore(mailbox.window());
    await Promise.all(["a@x.de", "b@x.de", "c@x.de"].map((address, index) => store.flag(address, "", [], `note ${index}`, at("2025-03-01"))));
    expect(createClientStore(mailbox.window()).list().map((record) => record.note).sort()).toEqual(["note 0", "note 1", "note 2"]);
  });
});

describe("two windows", () => {
  it("keep both flags: A flags x, B flags y", async () => {
    const mailbox = createMailbox();
    const a = createClientStore(mailbox.window());
    const b = createClientStore(mailbox.window());
    expectOk(await a.flag("x@client.de", "X", ["tone.hostile"], "Rude.", at("2025-03-01")));
    expectOk(await b.flag("y@client.de", "Y", ["money.late_payment"], "Pays late.", at("2025-03-01", "10:01")));
    const stored = createClientStore(mailbox.window());
    expect(stored.list().map((record) => [record.address, record.flagged, record.note])).toEqual([
      ["x@client.de", true, "Rude."],
      ["y@client.de", true, "Pays late."],
    ]);
    await a.refresh();
    expect(a.get("y@client.de")?.flagged).toBe(true);
  });

  it("keep the later edit of the same note, whichever window saves last", async () => {
    const mailbox = createMailbox();
    const setup = createClientStore(mailbox.window());
    await setup.flag("x@client.de", "X", ["tone.pressure"], "first", at("2025-03-01"));
    const a = createClientStore(mailbox.window());
    const b = createClientStore(mailbox.window());
    expectOk(await b.editNote("x@client.de", "B wrote this later", at("2025-03-02", "12:00")));
    expectOk(await a.editNote("x@client.de", "A wrote this earlier", at("2025-03-02", "11:00")));
    expect(createClientStore(mailbox.window()).get("x@client.de")?.note).toBe("B wrote this later");
    expect(a.get("x@client.de")?.note).toBe("B wrote this later");
    // A later change of A's to another client does not bring A's older note back.
    expectOk(await a.recordEmail("z@client.de", "Z", {}, "2025-03-03"));
    expect(createClientStore(mailbox.window()).get("x@client.de")?.note).toBe("B wrote this later");
  });

  it("merge histories without duplicates", async () => {
    const mailbox = createMailbox();
    const a = createClientStore(mailbox.window());
    const b = createClientStore(mailbox.window());
    // Both windows analyse the same email; each also sees one the other does not.
    await a.recordEmail("x@client.de", "X", { "tone.pressure": 1 }, "2025-03-01");
    await b.recordEmail("x@client.de", "X", { "tone.pressure": 1 }, "2025-03-01");
    await a.recordEmail("x@client.de", "X", {}, "2025-03-04");
    await b.recordEmail("x@client.de", "X Ltd", { "money.late_payment": 1 }, "2025-03-06");
    await a.refresh();
    const expected = [
      { at: "2025-03-01", counts: { "tone.pressure": 1 } },
      { at: "2025-03-04", counts: {} },
      { at: "2025-03-06", counts: { "money.late_payment": 1 } },
    ];
    expect(createClientStore(mailbox.window()).get("x@client.de")?.history).toEqual(expected);
    expect(a.get("x@client.de")).toMatchObject({ history: expected, firstSeen: "2025-03-01", lastSeen: "2025-03-06", name: "X Ltd" });
  });

  it("a window that cannot reload (Outlook loads roaming settings once) still keeps all it read and its own changes", async () => {
    const existing = withVerdict(undefined, "x@client.de", "X", { flagged: true, reasons: [], note: "keep me" }, at("2025-01-01"));
    const mailbox = createMailbox({ [CLIENTS_KEY]: encodeClients([existing]) });
    const store = createClientStore(mailbox.window({ canReload: false }));
    await store.flag("y@client.de", "Y", [], "new", at("2025-03-01"));
    expect(createClientStore(mailbox.window()).list().map((record) => record.note).sort()).toEqual(["keep me", "new"]);
  });
});

describe("a failed save", () => {
  it("keeps the change visible and pending, and the retry saves it", async () => {
    const mailbox = createMailbox();
    const port = mailbox.window();
    const store = createClientStore(port);
    port.failNextSave(new Error("The mailbox is offline."));
    const result = await store.flag("x@client.de", "X", ["tone.hostile"], "Rude.", at("2025-03-01"));
    expect(result).toMatchObject({ ok: false, reason: "save-failed", error: { message: "The mailbox is offline." } });
    expect(store.get("x@client.de")).toMatchObject({ flagged: true, note: "Rude." });
    expect(store.status().pendingSave).toBe(true);
    expect(mailbox.persisted().get(CLIENTS_KEY)).toBeUndefined();
    expectOk(await store.retry());
    expect(store.status().pendingSave).toBe(false);
    expect(createClientStore(mailbox.window()).get("x@client.de")).toMatchObject({ flagged: true, note: "Rude." });
  });

  it("is saved with the next change, even after a reload threw the unsaved copy away", async () => {
    const mailbox = createMailbox();
    const port = mailbox.window();
    const store = createClientStore(port);
    port.failNextSave(new Error("offline"));
    await store.flag("x@client.de", "X", [], "first", at("2025-03-01"));
    expectOk(await store.recordEmail("y@client.de", "Y", {}, "2025-03-02"));
    const fresh = createClientStore(mailbox.window());
    expect(fresh.get("x@client.de")?.note).toBe("first");
    expect(fresh.get("y@client.de")).toBeDefined();
  });

  it("keeps a pending change when another window saved meanwhile, and the retry saves both", async () => {
    const mailbox = createMailbox();
    const portA = mailbox.window();
    const a = createClientStore(portA);
    const b = createClientStore(mailbox.window());
    portA.failNextSave(new Error("offline"));
    await a.flag("x@client.de", "X", ["tone.hostile"], "Rude.", at("2025-03-01"));
    expectOk(await b.flag("y@client.de", "Y", [], "Slow.", at("2025-03-01", "10:05")));
    expectOk(await a.retry());
    expect(createClientStore(mailbox.window()).list().map((record) => [record.address, record.note])).toEqual([
      ["x@client.de", "Rude."],
      ["y@client.de", "Slow."],
    ]);
  });

  it("works over the plain memory store, whose save can fail too", async () => {
    const memory = createMemoryStore();
    const store = createClientStore(memory);
    memory.failNextSave(new Error("quota"));
    expect(await store.flag("x@client.de", "X", [], "n", at("2025-03-01"))).toMatchObject({ ok: false, reason: "save-failed" });
    expect(memory.saved.has(CLIENTS_KEY)).toBe(false);
    expectOk(await store.retry());
    expect(createClientStore(createMemoryStore(Object.fromEntries(memory.saved))).get("x@client.de")?.note).toBe("n");
  });
});

describe("what is already stored", () => {
  it.each([
    ["a junk string", "{{{ definitely not the records"],
    ["the wrong shape", { clients: "everyone" }],
    ["an array", ["anna@beck.de", true]],
  ])("keeps %s under the backup key, starts clean and says so", async (_name, raw) => {
    const mailbox = createMailbox({ [CLIENTS_KEY]: raw, other: 1 });
    const store = createClientStore(mailbox.window());
    expect(store.list()).toEqual([]);
    expect(store.status()).toMatchObject({ readOnly: false, problem: { kind: "recovered-corrupt", backupKey: CLIENTS_BACKUP_KEY, dropped: 0 } });
    expect(store.status().problem?.message.en).toContain(CLIENTS_BACKUP_KEY);
    // Nothing is written until there is something to write; then the raw value goes aside first.
    expect(mailbox.persisted().get(CLIENTS_KEY)).toEqual(raw);
    expect(store.corruptBackup()).toBe(typeof raw === "string" ? raw : JSON.stringify(raw));
    expectOk(await store.recordEmail("anna@beck.de", "Anna", {}, "2025-03-01"));
    expect(mailbox.persisted().get(CLIENTS_BACKUP_KEY)).toEqual(raw);
    expect(mailbox.persisted().get("other")).toBe(1);
    expect(createClientStore(mailbox.window()).list().map((record) => record.address)).toEqual(["anna@beck.de"]);
    expect(store.status().problem?.kind).toBe("recovered-corrupt");
    expectOk(await store.discardCorruptBackup());
    expect(mailbox.persisted().has(CLIENTS_BACKUP_KEY)).toBe(false);
    expect(store.status().problem).toBeNull();
  });

  it("keeps the clients it can read when only some are broken", () => {
    const good = withEmail(undefined, "anna@beck.de", "Anna", {}, "2025-03-01");
    const raw = { v: 1, clients: { ...encodeClients([good]).clients, "bad@x.de": "broken" } };
    const store = createClientStore(createMailbox({ [CLIENTS_KEY]: raw }).window());
    expect(store.list()).toEqual([good]);
    expect(store.status().problem).toMatchObject({ kind: "recovered-corrupt", dropped: 1, message: { en: expect.stringContaining("One entry") } });
  });

  it("leaves a newer version's value untouched and refuses every change", async () => {
    const raw = { v: 2, clients: { "anna@beck.de": { whatever: "the future holds" } } };
    const mailbox = createMailbox({ [CLIENTS_KEY]: raw });
    const store = createClientStore(mailbox.window());
    expect(store.status()).toMatchObject({ readOnly: true, problem: { kind: "future-version", version: 2, message: { en: expect.stringContaining("newer version") } } });
    expect(store.list()).toEqual([]);
    for (const result of [
      await store.recordEmail("anna@beck.de", "Anna", {}, "2025-03-01"),
      await store.flag("anna@beck.de", "Anna", [], "x"),
      await store.unflag("anna@beck.de"),
      await store.editNote("anna@beck.de", "x"),
      await store.retry(),
    ]) {
      expect(result).toMatchObject({ ok: false, reason: "read-only" });
    }
    expect(mailbox.saves()).toBe(0);
    expect(mailbox.persisted().get(CLIENTS_KEY)).toEqual(raw);
  });

  it("turns read-only when another window saved a newer version meanwhile", async () => {
    const mailbox = createMailbox();
    const store = createClientStore(mailbox.window());
    await store.recordEmail("anna@beck.de", "Anna", {}, "2025-03-01");
    const newer = mailbox.window();
    newer.set(CLIENTS_KEY, { v: 3, anything: true });
    await newer.save();
    expect(await store.recordEmail("anna@beck.de", "Anna", {}, "2025-03-02")).toMatchObject({ ok: false, reason: "read-only" });
    expect(store.status().readOnly).toBe(true);
    expect(mailbox.persisted().get(CLIENTS_KEY)).toEqual({ v: 3, anything: true });
  });
});

/** A flagged client with a 21-character address, a 40-character note and ten weekly emails. */
function flaggedClient(index: number): ClientRecord {
  const address = `client${String(index).padStart(3, "0")}@example.com`;
  let record: ClientRecord | undefined;
  for (let email = 0; email < 10; email++) {
    const day = new Date(Date.UTC(2024, 0, 1 + email * 7 + (index % 7))).toISOString().slice(0, 10);
    record = withEmail(record, address, `Client ${index}`, email % 3 === 0 ? { "tone.pressure": 1 } : email % 3 === 1 ? { "money.late_payment": 2 } : {}, day);
  }
  const note = `#${String(index).padStart(3, "0")} pays late, pushes for weekend work.`;
  return withVerdict(record, address, "", { flagged: true, reasons: ["tone.pressure", "money.late_payment"], note }, "2024-04-01T10:00:00.000Z");
}

describe("the 24 KB budget", () => {
  const clients = Array.from({ length: 300 }, (_, index) => flaggedClient(index));

  it("measures what 300 flagged clients need", () => {
    expect(clients[0]?.note).toHaveLength(40);
    // With ten emails each they take 44.6 KB; without any history still 33.8 KB (about 113
    // bytes a client), more than 24 KB: no trimming can fit them, so the store refuses
    // flags past the budget instead; 218 of them fit.
    expect(serialisedSize(clients)).toBeGreaterThan(40_000);
    expect(floorSize(clients)).toBeGreaterThan(CLIENTS_BUDGET);
    expect(floorSize(clients.slice(0, 218))).toBeLessThanOrEqual(CLIENTS_BUDGET);
  });

  it("keeps every flag and note it accepted, trims history oldest first, and refuses new flags past the budget", async () => {
    const mailbox = createMailbox();
    const store = createClientStore(mailbox.window());
    const results: ClientMutationResult[] = [];
    for (const client of clients) results.push(await store.importRecords([client]));
    const accepted = results.findIndex((result) => !result.ok);
    expect(accepted).toBeGreaterThanOrEqual(218);
    expect(results.slice(0, accepted).every((result) => result.ok)).toBe(true);
    for (const result of results.slice(accepted)) expect(result).toMatchObject({ ok: false, reason: "budget", message: { en: expect.stringContaining("no room") } });

    const stored = mailbox.persisted().get(CLIENTS_KEY);
    expect(Buffer.byteLength(JSON.stringify(stored), "utf8")).toBeLessThanOrEqual(CLIENTS_BUDGET);
    const reread = createClientStore(mailbox.window());
    const kept = reread.list();
    expect(kept).toHaveLength(accepted);
    for (const client of clients.slice(0, accepted)) {
      expect(reread.get(client.address)).toMatchObject({ flagged: true, reasons: client.reasons, note: client.note, flaggedAt: client.flaggedAt });
    }
    // History went oldest first: every entry dropped is no newer than every entry kept,
    // and what each client keeps is its newest entries.
    const keptDays = kept.flatMap((record) => record.history.map((entry) => entry.at)).sort();
    const droppedDays = clients
      .slice(0, accepted)
      .flatMap((client) => client.history.slice(0, client.history.length - (reread.get(client.address)?.history.length ?? 0)).map((entry) => entry.at))
      .sort();
    expect(keptDays.length).toBeGreaterThan(0);
    expect(droppedDays.length).toBeGreaterThan(0);
    expect(droppedDays.at(-1)! <= keptDays[0]!).toBe(true);
    for (const record of kept) {
      const original = clients.find((client) => client.address === record.address)!;
      expect(record.history).toEqual(original.history.slice(original.history.length - record.history.length));
    }
  }, 60_000);

  it("past the budget refuses a new flag and a longer note with a clear message, and drops no old flag or note", async () => {
    // As many of the clients as fit: less room is left than one more of them takes.
    let count = 0;
    while (floorSize(clients.slice(0, count + 1)) <= CLIENTS_BUDGET) count++;
    expect(count).toBeGreaterThanOrEqual(218);
    const full = clients.slice(0, count);
    const mailbox = createMailbox({ [CLIENTS_KEY]: encodeClients(full) });
    const store = createClientStore(mailbox.window());
    const before = clone(mailbox.persisted().get(CLIENTS_KEY));
    const slack = CLIENTS_BUDGET - floorSize(full);
    expect(slack).toBeLessThan(120);
    const sentence = "Shouts in capitals on every call and threatens to tell everyone in the industry. ";

    const refused = await store.flag("newcomer@example.com", "New", ["tone.hostile"], sentence.repeat(2).trim(), at("2025-01-01"));
    expect(refused).toMatchObject({
      ok: false,
      reason: "budget",
      message: { en: expect.stringMatching(/no room.*Nothing you saved before was removed/), de: expect.stringContaining("kein Platz") },
    });
    expect(await store.editNote(full[0]!.address, `${full[0]!.note} ${sentence.repeat(2).trim()}`, at("2025-01-01"))).toMatchObject({ ok: false, reason: "budget" });
    expect(mailbox.persisted().get(CLIENTS_KEY)).toEqual(before);
    expect(store.get("newcomer@example.com")).toBeUndefined();
    expect(store.get(full[0]!.address)?.note).toBe(full[0]!.note);

    // A shorter note and an email from a flagged client are always accepted.
    expectOk(await store.editNote(full[1]!.address, "Pays late.", at("2025-01-02")));
    expectOk(await store.recordEmail(full[2]!.address, "Client 2", { "tone.pressure": 1 }, "2025-01-03"));
    const reread = createClientStore(mailbox.window());
    expect(reread.list().filter((record) => record.flagged)).toHaveLength(count);
    for (const client of full.slice(2)) expect(reread.get(client.address)?.note).toBe(client.note);
    expect(store.status().size).toBeLessThanOrEqual(CLIENTS_BUDGET);
  });
});
