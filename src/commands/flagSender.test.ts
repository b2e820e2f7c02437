import { flagSender, FLAGGED_NOTIFICATION_KEY } from "./flagSender";
import { createMemoryMailbox, type MemoryItem } from "../office/memoryMailbox";
import { createMemoryStore } from "../core/storage/keyValueStore";
import { createClientStore } from "../core/clients/clientStore";

const read: MemoryItem = {
  envelope: {
    itemType: "message",
    mode: "read",
    subject: "Logo",
    from: { name: "Anna Example", address: "anna@client.example" },
    to: [],
    cc: [],
    sentAt: new Date("2026-03-02T09:00:00Z"),
    conversationId: "c",
  },
  text: "Hi",
};

describe("the Flag client ribbon command", () => {
  it("flags the sender and says so on the item, in Outlook's language", async () => {
    const store = createMemoryStore();
    const mailbox = createMemoryMailbox({ item: read, displayLanguage: "de-DE" });
    await flagSender(mailbox, async () => store);
    expect(mailbox.getState().notifications.get(FLAGGED_NOTIFICATION_KEY)).toEqual({ message: "Anna Example als schwieriger Kunde markiert.", kind: "info" });
    expect(createClientStore(createMemoryStore(Object.fromEntries(store.saved))).get("ANNA@client.example")?.flagged).toBe(true);
  });

  it("keeps the reasons and note of an earlier flag", async () => {
    const store = createMemoryStore();
    await createClientStore(store).flag("anna@client.example", "Anna Example", ["money.late_payment"], "pays late");
    await flagSender(createMemoryMailbox({ item: read }), async () => store);
    const record = createClientStore(store).get("anna@client.example");
    expect(record?.reasons).toEqual(["money.late_payment"]);
    expect(record?.note).toBe("pays late");
  });

  it("explains when there is no sender, and when saving fails", async () => {
    const draft = createMemoryMailbox({ item: { ...read, envelope: { ...read.envelope, mode: "compose" } } });
    await flagSender(draft, async () => createMemoryStore());
    expect(draft.getState().notifications.get(FLAGGED_NOTIFICATION_KEY)?.kind).toBe("error");

    const failing = createMemoryStore();
    failing.failNextSave(new Error("offline"));
    const mailbox = createMemoryMailbox({ item: read });
    await flagSender(mailbox, async () => failing);
    expect(mailbox.getState().notifications.get(FLAGGED_NOTIFICATION_KEY)).toMatchObject({ kind: "error", message: expect.stringMatching(/^Not saved: /) });
  });
});
