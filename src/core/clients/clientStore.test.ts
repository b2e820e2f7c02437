import { createMemoryStore } from "../storage/keyValueStore";
import { realisticFlaggedClients } from "../../../test/fixtures/clients";
import { CLIENTS_BUDGET, fitToBudget, floorSize, serialisedSize } from "./budget";
import { CLIENT_LIMITS, withEmail, withVerdict } from "./clientRecords";
import { createClientStore } from "./clientStore";
import type { ClientMutationResult, ClientStoragePort } from "./clientStore";
import { packText } from "./packing";
import { CLIENTS_BACKUP_KEY, CLIENTS_KEY, compactClients, encodeClients } from "./schema";

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
    expect(await store.flag("a@b.de", "", [], "x".repeat(201))).toMatchObject({ ok: false, reason: "invalid", message: { de: expect.stringContaining("200 Zeichen") } });
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

  it("merge packed values near the budget: every flag and note of both survives the other's saves", async () => {
    const clients = realisticFlaggedClients({ count: 260, seed: 21 });
    const mailbox = createMailbox({ [CLIENTS_KEY]: encodeClients(clients.slice(0, 200)) });
    const a = createClientStore(mailbox.window());
    const b = createClientStore(mailbox.window());
    for (let index = 200; index < 260; index += 2) {
      expectOk(await a.importRecords([clients[index]!]));
      expectOk(await b.importRecords([clients[index + 1]!]));
    }
    const stored = mailbox.persisted().get(CLIENTS_KEY);
    expect(stored).toEqual({ v: 2, z: expect.any(String) });
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(CLIENTS_BUDGET);
    const reread = createClientStore(mailbox.window());
    for (const client of clients) expect(reread.get(client.address)).toMatchObject({ flagged: true, reasons: client.reasons, note: client.note });
    await a.refresh();
    expect(a.list()).toHaveLength(260);
  }, 30_000);

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
    expect(mailbox.persisted().get(CLIENTS_KEY)).toEqual(encodeClients(store.list()));
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
    ["a packed value that is not base64", { v: 2, z: "eJzz%%%not*base64" }],
    ["a packed value cut short", { v: 2, z: packText(JSON.stringify(compactClients([withEmail(undefined, "anna@beck.de", "Anna", {}, "2025-01-01")]))).slice(0, 24) }],
    ["packed text that is not JSON", { v: 2, z: packText("anna@beck.de: flagged, pays late") }],
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
    const raw = { v: 2, z: packText(JSON.stringify({ ...compactClients([good]), "bad@x.de": "broken" })) };
    const store = createClientStore(createMailbox({ [CLIENTS_KEY]: raw }).window());
    expect(store.list()).toEqual([good]);
    expect(store.status().problem).toMatchObject({ kind: "recovered-corrupt", dropped: 1, message: { en: expect.stringContaining("One entry") } });
  });

  it("leaves a newer version's value untouched and refuses every change", async () => {
    const raw = { v: 3, z: "whatever the future holds" };
    const mailbox = createMailbox({ [CLIENTS_KEY]: raw });
    const store = createClientStore(mailbox.window());
    expect(store.status()).toMatchObject({ readOnly: true, problem: { kind: "future-version", version: 3, message: { en: expect.stringContaining("newer version") } } });
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

describe("the 24 KB budget, with 300 realistic flagged clients", () => {
  // Each has a note of 20 to 120 characters (87 on average) and 4 to 24 analysed emails
  // (4 184 in all); see test/fixtures/clients.ts for why the data must be varied.
  const clients = realisticFlaggedClients({ count: 300 });

  it("are varied, as a real list is", () => {
    expect(new Set(clients.map((client) => client.address)).size).toBe(300);
    expect(new Set(clients.map((client) => client.note)).size).toBe(300);
    expect(new Set(clients.map((client) => client.address.split("@")[1])).size).toBeGreaterThan(150);
    for (const client of clients) {
      expect(client.note.length).toBeGreaterThanOrEqual(20);
      expect(client.note.length).toBeLessThanOrEqual(120);
      expect(client.history.length).toBeGreaterThanOrEqual(4);
    }
    expect(clients.filter((client) => /[äöüßÄÖÜ]/.test(client.name + client.note)).length).toBeGreaterThan(50);
  });

  it("measures what they need", () => {
    // Packed, their flags and notes take 16.6 KB (as version 1's plain JSON, 51.8 KB); with
    // every email 29.1 KB (69.3 KB), so about half the oldest history has to go.
    expect(floorSize(clients)).toBe(16_990);
    expect(Buffer.byteLength(JSON.stringify({ v: 1, clients: compactClients(clients.map((client) => ({ ...client, history: [] }))) }))).toBe(51_769);
    expect(serialisedSize(clients)).toBe(29_846);
    expect(serialisedSize(clients)).toBeGreaterThan(CLIENTS_BUDGET);
  });

  it("flagged a few at a time, all stay within the budget with every flag and note; history goes oldest first", async () => {
    const mailbox = createMailbox();
    const store = createClientStore(mailbox.window());
    // Five at a time: each save past the budget packs the whole value a few times.
    for (let index = 0; index < clients.length; index += 5) expectOk(await store.importRecords(clients.slice(index, index + 5)));

    const stored = mailbox.persisted().get(CLIENTS_KEY);
    expect(stored).toEqual({ v: 2, z: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(CLIENTS_BUDGET);
    expect(store.status().size).toBe(JSON.stringify(stored).length);
    const reread = createClientStore(mailbox.window());
    expect(reread.status().problem).toBeNull();
    const kept = reread.list();
    expect(kept).toHaveLength(300);
    for (const client of clients) {
      expect(reread.get(client.address)).toMatchObject({ name: client.name, flagged: true, reasons: client.reasons, note: client.note, flaggedAt: client.flaggedAt });
    }
    // Every entry dropped is no newer than every entry kept, and each client keeps its newest.
    const keptDays = kept.flatMap((record) => record.history.map((entry) => entry.at)).sort();
    const droppedDays = clients
      .flatMap((client) => client.history.slice(0, client.history.length - (reread.get(client.address)?.history.length ?? 0)).map((entry) => entry.at))
      .sort();
    expect(keptDays.length).toBeGreaterThan(1_000);
    expect(droppedDays.length).toBeGreaterThan(0);
    expect(droppedDays.at(-1)! <= keptDays[0]!).toBe(true);
    for (const record of kept) {
      const original = clients.find((client) => client.address === record.address)!;
      expect(record.history).toEqual(original.history.slice(original.history.length - record.history.length));
    }
  }, 60_000);

  describe("past the budget", () => {
    const more = realisticFlaggedClients({ count: 470 });
    // The first 460 fit (24 542 bytes without history); the 461st would take 24 582.
    const FITTING = 460;

    it("fits 460 flagged clients and no more", () => {
      expect(more.slice(0, 300)).toEqual(clients);
      expect(floorSize(more.slice(0, FITTING))).toBeLessThanOrEqual(CLIENTS_BUDGET);
      expect(floorSize(more.slice(0, FITTING + 1))).toBeGreaterThan(CLIENTS_BUDGET);
    });

    it("refuses a new flag and a longer note with a clear message, and drops no old flag or note", async () => {
      const full = more.slice(0, FITTING);
      const fit = fitToBudget(new Map(full.map((client) => [client.address, client])));
      const mailbox = createMailbox({ [CLIENTS_KEY]: fit.value });
      const store = createClientStore(mailbox.window());
      const before = clone(mailbox.persisted().get(CLIENTS_KEY));
      const newcomer = more[FITTING]!;

      const refused = await store.flag(newcomer.address, newcomer.name, newcomer.reasons, newcomer.note, at("2026-01-01"));
      expect(refused).toMatchObject({
        ok: false,
        reason: "budget",
        message: { en: expect.stringMatching(/no room.*Nothing you saved before was removed/), de: expect.stringContaining("kein Platz") },
      });
      const first = full[0]!;
      const longer = `${first.note} Verlangt neue Entwürfe, bevor das Briefing steht; Rechnung 2025-117 über 3.480 € seit Oktober offen.`.slice(0, CLIENT_LIMITS.note);
      expect(await store.editNote(first.address, longer, at("2026-01-01"))).toMatchObject({ ok: false, reason: "budget" });
      expect(await store.importRecords([newcomer])).toMatchObject({ ok: false, reason: "budget" });
      expect(mailbox.persisted().get(CLIENTS_KEY)).toEqual(before);
      expect(store.get(newcomer.address)).toBeUndefined();
      expect(store.get(first.address)?.note).toBe(first.note);

      // A shorter note and an email from a flagged client are always accepted.
      expectOk(await store.editNote(full[1]!.address, "Pays late.", at("2026-01-02")));
      expectOk(await store.recordEmail(full[2]!.address, full[2]!.name, { "tone.pressure": 1 }, "2026-01-03"));
      const reread = createClientStore(mailbox.window());
      expect(reread.list().filter((record) => record.flagged)).toHaveLength(FITTING);
      for (const client of full.slice(2)) expect(reread.get(client.address)?.note).toBe(client.note);
      expect(reread.get(full[1]!.address)?.note).toBe("Pays late.");
      expect(store.status().size).toBeLessThanOrEqual(CLIENTS_BUDGET);
    });
  });
});

describe("a version 1 value", () => {
  it("is read as it is and rewritten packed with the next save, nothing lost", async () => {
    const clients = realisticFlaggedClients({ count: 120, seed: 11 });
    const unflagged = withEmail(undefined, "seen@once.de", "Seen Once", { "tone.pressure": 1 }, "2025-02-01");
    const v1 = { v: 1, clients: compactClients([...clients, unflagged]) };
    const mailbox = createMailbox({ [CLIENTS_KEY]: v1 });
    const store = createClientStore(mailbox.window());
    expect(store.status()).toMatchObject({ readOnly: false, problem: null });
    expect(store.list()).toHaveLength(121);
    // Reading writes nothing: the value changes with the user's next change.
    expect(mailbox.persisted().get(CLIENTS_KEY)).toEqual(v1);

    expectOk(await store.recordEmail("new@client.de", "New", {}, "2026-01-01"));
    const stored = mailbox.persisted().get(CLIENTS_KEY);
    expect(stored).toMatchObject({ v: 2, z: expect.any(String) });
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(v1).length / 2);
    expect(mailbox.persisted().has(CLIENTS_BACKUP_KEY)).toBe(false);
    const reread = createClientStore(mailbox.window());
    expect(reread.status().problem).toBeNull();
    for (const client of [...clients, unflagged]) expect(reread.get(client.address)).toEqual(client);
    expect(reread.get("new@client.de")).toBeDefined();
  });

  it("keeps a note longer than today's limit, saved before it, until the user edits it", async () => {
    const long = "Zahlt grundsätzlich erst nach der zweiten Mahnung. ".repeat(6).trim();
    expect(long.length).toBeGreaterThan(CLIENT_LIMITS.note);
    const record = withVerdict(undefined, "alt@kunde.de", "Alt", { flagged: true, reasons: ["money.late_payment"], note: long }, at("2024-05-01"));
    const mailbox = createMailbox({ [CLIENTS_KEY]: { v: 1, clients: compactClients([record]) } });
    const store = createClientStore(mailbox.window());
    expectOk(await store.flag("alt@kunde.de", "Alt", ["money.late_payment", "tone.pressure"], long, at("2026-01-01")));
    expectOk(await store.unflag("alt@kunde.de", at("2026-01-02")));
    expect(store.get("alt@kunde.de")?.note).toBe(long);
    expect(await store.editNote("alt@kunde.de", `${long} Neu.`, at("2026-01-03"))).toMatchObject({ ok: false, reason: "invalid" });
    expectOk(await store.editNote("alt@kunde.de", long.slice(0, CLIENT_LIMITS.note), at("2026-01-03")));
  });
});
