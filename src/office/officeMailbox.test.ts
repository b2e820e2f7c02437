import { MailboxError, type MailboxErrorCode } from "./mailbox";
import { createOfficeMailbox, themeOfBackground } from "./officeMailbox";
import { createFakeOffice, type FakeItem, type FakeOfficeError, type FakeOfficeOptions } from "./testing/fakeOffice";

const client = { displayName: "Dana Client", emailAddress: "dana@client.example" };
const me = { displayName: "Sam Freelancer", emailAddress: "sam@studio.example" };
const pm = { displayName: "Pat PM", emailAddress: "pat@client.example" };

const received: FakeItem = {
  mode: "read",
  subject: "Quick tweak?",
  from: client,
  to: [me],
  cc: [pm],
  dateTimeCreated: new Date("2024-05-01T09:30:00Z"),
  conversationId: "conv-1",
  body: { html: "<p>Can you <b>just</b> add one more page? ASAP</p>", text: "Can you just add one more page? ASAP" },
};

const draft: FakeItem = {
  mode: "compose",
  subject: "RE: Quick tweak?",
  from: me,
  to: [client],
  cc: [],
  conversationId: "conv-1",
  bodyType: "html",
  body: { html: "<p>Hi Dana,</p>", text: "Hi Dana," },
};

const networkError: FakeOfficeError = {
  code: 9041,
  name: "Network error",
  message: "The user is no longer connected to the network.",
};

function setup(options: FakeOfficeOptions = {}) {
  const fake = createFakeOffice({ item: received, ...options });
  return { fake, mailbox: createOfficeMailbox(fake.office) };
}

/** The MailboxError a promise rejects with (fails the test if it resolves or rejects with anything else). */
async function rejection(promise: Promise<unknown>): Promise<MailboxError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MailboxError) return error;
    throw new Error(`Rejected with a non-MailboxError: ${String(error)}`);
  }
  throw new Error("Expected a rejection, but the promise resolved.");
}

describe("createOfficeMailbox", () => {
  it("reports Outlook's display language", () => {
    const { mailbox } = setup({ displayLanguage: "de-DE" });
    expect(mailbox.displayLanguage).toBe("de-DE");
  });

  describe("getOpenItem", () => {
    it("resolves null when no item is open (pinned pane, empty folder)", async () => {
      const { mailbox } = setup({ item: null });
      await expect(mailbox.getOpenItem()).resolves.toBeNull();
    });

    it("reads the read-mode envelope from item properties", async () => {
      const { mailbox, fake } = setup();
      await expect(mailbox.getOpenItem()).resolves.toEqual({
        itemType: "message",
        mode: "read",
        subject: "Quick tweak?",
        from: { name: "Dana Client", address: "dana@client.example" },
        to: [{ name: "Sam Freelancer", address: "sam@studio.example" }],
        cc: [{ name: "Pat PM", address: "pat@client.example" }],
        sentAt: new Date("2024-05-01T09:30:00Z"),
        conversationId: "conv-1",
      });
      expect(fake.calls).toEqual([]);
    });

    it("reads the compose envelope through getAsync, including from (Mailbox 1.7)", async () => {
      const { mailbox, fake } = setup({ item: draft });
      await expect(mailbox.getOpenItem()).resolves.toEqual({
        itemType: "message",
        mode: "compose",
        subject: "RE: Quick tweak?",
        from: { name: "Sam Freelancer", address: "sam@studio.example" },
        to: [{ name: "Dana Client", address: "dana@client.example" }],
        cc: [],
        sentAt: null,
        conversationId: "conv-1",
      });
      expect(fake.calls.map((call) => call.method).sort()).toEqual(["cc.getAsync", "from.getAsync", "subject.getAsync", "to.getAsync"]);
    });

    it.each([false, true])(
      "reports an unknown sender for a draft when Mailbox 1.7 is missing (library defines all APIs: %s)",
      async (definesAllApis) => {
        const { mailbox, fake } = setup({ item: draft, mailboxVersion: "1.6", definesAllApis });
        const item = await mailbox.getOpenItem();
        expect(item?.from).toBeNull();
        expect(fake.callsTo("from.getAsync")).toHaveLength(0);
      },
    );

    it("maps an empty conversation id on a new draft to null", async () => {
      const { mailbox } = setup({ item: { ...draft, conversationId: "" } });
      expect((await mailbox.getOpenItem())?.conversationId).toBeNull();
    });

    it("recognises appointments", async () => {
      const { mailbox } = setup({ item: { ...received, itemType: "appointment" } });
      expect((await mailbox.getOpenItem())?.itemType).toBe("appointment");
    });

    it("rejects with the mapped error when a compose getAsync fails", async () => {
      const { mailbox, fake } = setup({ item: draft });
      fake.failNext("subject.getAsync", networkError);
      const error = await rejection(mailbox.getOpenItem());
      expect(error.code).toBe("host-failed");
      expect(error.officeCode).toBe(9041);
      expect(error.message).toContain("subject.getAsync");
    });

    it("rejects as unsupported outside Outlook (no Office.context.mailbox)", async () => {
      const { mailbox } = setup({ host: "Excel" });
      expect((await rejection(mailbox.getOpenItem())).code).toBe("unsupported");
    });
  });

  describe("getBody", () => {
    it("asks for CoercionType.Html and returns the html", async () => {
      const { mailbox, fake } = setup();
      await expect(mailbox.getBody("html")).resolves.toBe(received.body?.html);
      expect(fake.callsTo("body.getAsync")).toEqual([{ method: "body.getAsync", args: ["html"] }]);
    });

    it("asks for CoercionType.Text and returns the text", async () => {
      const { mailbox, fake } = setup();
      await expect(mailbox.getBody("text")).resolves.toBe(received.body?.text);
      expect(fake.callsTo("body.getAsync")[0]?.args).toEqual(["text"]);
    });

    it("rejects with no-item when nothing is open", async () => {
      const { mailbox } = setup({ item: null });
      expect((await rejection(mailbox.getBody("html"))).code).toBe("no-item");
    });

    it("rejects as unsupported before calling Office on a Mailbox 1.2 host", async () => {
      const { mailbox, fake } = setup({ mailboxVersion: "1.2" });
      const error = await rejection(mailbox.getBody("html"));
      expect(error.code).toBe("unsupported");
      expect(error.message).toContain("Mailbox 1.3");
      expect(fake.calls).toEqual([]);
    });

    const mappings: ReadonlyArray<readonly [FakeOfficeError, MailboxErrorCode]> = [
      [{ code: 9041, name: "Network error", message: "offline" }, "host-failed"],
      [{ code: 5001, name: "Internal Error", message: "An internal error has occurred." }, "host-failed"],
      [{ code: 9016, name: "Permission denied", message: "Access is denied." }, "permission"],
      [{ code: 7000, name: "Permission Denied", message: "You don't have sufficient permissions for this action." }, "permission"],
      [{ code: 5009, name: "Permission Denied", message: "Access Denied" }, "permission"],
      [{ code: 9999, name: "PermissionDenied", message: "The user does not have permission." }, "permission"],
      [{ code: 9999, name: "DataExceedsMaximumSize", message: "Too long." }, "too-large"],
      [{ code: 2009, name: "Data Write Error", message: "The specified data object is too large." }, "too-large"],
      [{ code: 2006, name: "InvalidFormatError", message: "Body is plain text." }, "wrong-mode"],
      [{ code: 9999, name: "ItemNotFound", message: "The item was moved." }, "no-item"],
      [{ code: 5000, name: "Not supported", message: "The operation is not supported." }, "unsupported"],
    ];

    it.each(mappings)("maps Office error %j to %s and keeps the Office code", async (officeError, code) => {
      const { mailbox, fake } = setup();
      fake.failNext("body.getAsync", officeError);
      const error = await rejection(mailbox.getBody("html"));
      expect(error.code).toBe(code);
      expect(error.officeCode).toBe(officeError.code);
      expect(error.message).toContain(officeError.message);
    });

    it("turns a synchronous throw from Office.js into a rejection", async () => {
      const { mailbox, fake } = setup();
      fake.throwNext("body.getAsync", { code: 5001, name: "Internal Error", message: "boom" });
      const pending = mailbox.getBody("html");
      expect((await rejection(pending)).code).toBe("host-failed");
    });
  });

  describe("getComposeBodyType", () => {
    it.each(["html", "text"] as const)("reports a %s draft", async (bodyType) => {
      const { mailbox, fake } = setup({ item: { ...draft, bodyType } });
      await expect(mailbox.getComposeBodyType()).resolves.toBe(bodyType);
      expect(fake.callsTo("body.getTypeAsync")).toHaveLength(1);
    });

    it("rejects with wrong-mode in read mode", async () => {
      const { mailbox, fake } = setup();
      expect((await rejection(mailbox.getComposeBodyType())).code).toBe("wrong-mode");
      expect(fake.calls).toEqual([]);
    });
  });

  describe("insertAtCursor", () => {
    it("passes the html with coercionType Html to setSelectedDataAsync", async () => {
      const { mailbox, fake } = setup({ item: draft });
      await mailbox.insertAtCursor("<p>Happy to quote that separately.</p>", "html");
      expect(fake.callsTo("body.setSelectedDataAsync")).toEqual([
        { method: "body.setSelectedDataAsync", args: ["<p>Happy to quote that separately.</p>", { coercionType: "html" }] },
      ]);
      expect(fake.inserted).toEqual(["<p>Happy to quote that separately.</p>"]);
    });

    it("passes text with coercionType Text", async () => {
      const { mailbox, fake } = setup({ item: { ...draft, bodyType: "text" } });
      await mailbox.insertAtCursor("Happy to quote that separately.", "text");
      expect(fake.callsTo("body.setSelectedDataAsync")[0]?.args).toEqual(["Happy to quote that separately.", { coercionType: "text" }]);
    });

    it("maps Outlook's InvalidFormatError for html into a plain-text draft to wrong-mode", async () => {
      const { mailbox } = setup({ item: { ...draft, bodyType: "text" } });
      const error = await rejection(mailbox.insertAtCursor("<p>Hi</p>", "html"));
      expect(error.code).toBe("wrong-mode");
      expect(error.officeCode).toBe(2006);
    });

    it("rejects with wrong-mode in read mode without calling Office", async () => {
      const { mailbox, fake } = setup();
      expect((await rejection(mailbox.insertAtCursor("x", "text"))).code).toBe("wrong-mode");
      expect(fake.calls).toEqual([]);
    });

    it("rejects text over 1,000,000 characters as too-large before calling Office", async () => {
      const { mailbox, fake } = setup({ item: draft });
      expect((await rejection(mailbox.insertAtCursor("x".repeat(1_000_001), "text"))).code).toBe("too-large");
      expect(fake.calls).toEqual([]);
    });

    it("keeps Office's code when the insert fails", async () => {
      const { mailbox, fake } = setup({ item: draft });
      fake.failNext("body.setSelectedDataAsync", networkError);
      const error = await rejection(mailbox.insertAtCursor("x", "text"));
      expect([error.code, error.officeCode]).toEqual(["host-failed", 9041]);
    });
  });

  describe("openReply", () => {
    const reply = "<p>Thanks, Dana. An extra page is outside the agreed scope; I can quote it separately.</p>";

    it("opens displayReplyFormAsync with the html as htmlBody on Mailbox 1.9", async () => {
      const { mailbox, fake } = setup();
      await mailbox.openReply(reply, { replyAll: false });
      expect(fake.callsTo("displayReplyFormAsync")).toEqual([{ method: "displayReplyFormAsync", args: [{ htmlBody: reply }] }]);
      expect(fake.callsTo("displayReplyForm")).toHaveLength(0);
    });

    it("uses displayReplyAllFormAsync for reply-all", async () => {
      const { mailbox, fake } = setup();
      await mailbox.openReply(reply, { replyAll: true });
      expect(fake.callsTo("displayReplyAllFormAsync")[0]?.args).toEqual([{ htmlBody: reply }]);
      expect(fake.callsTo("displayReplyFormAsync")).toHaveLength(0);
    });

    it.each([
      [false, "displayReplyForm"],
      [true, "displayReplyAllForm"],
    ] as const)("falls back to the Mailbox 1.1 form when 1.9 is absent (replyAll: %s)", async (replyAll, method) => {
      const { mailbox, fake } = setup({ mailboxVersion: "1.8" });
      await mailbox.openReply(reply, { replyAll });
      expect(fake.callsTo(method)).toEqual([{ method, args: [{ htmlBody: reply }] }]);
      expect(fake.calls.filter((call) => call.method.endsWith("FormAsync"))).toEqual([]);
    });

    it("decides by isSetSupported, not by the method existing (Office.js newer than the host)", async () => {
      const { mailbox, fake } = setup({ mailboxVersion: "1.8", definesAllApis: true });
      await mailbox.openReply(reply, { replyAll: false });
      expect(fake.callsTo("displayReplyFormAsync")).toHaveLength(0);
      expect(fake.callsTo("displayReplyForm")).toHaveLength(1);
    });

    it("accepts exactly 32 KB", async () => {
      const { mailbox, fake } = setup();
      await mailbox.openReply("a".repeat(32 * 1024), { replyAll: false });
      expect(fake.callsTo("displayReplyFormAsync")).toHaveLength(1);
    });

    it("rejects one byte over 32 KB as too-large without calling Office", async () => {
      const { mailbox, fake } = setup();
      expect((await rejection(mailbox.openReply("a".repeat(32 * 1024 + 1), { replyAll: false }))).code).toBe("too-large");
      expect(fake.calls).toEqual([]);
    });

    it("counts bytes, not characters: 16,385 two-byte letters exceed 32 KB", async () => {
      const { mailbox, fake } = setup({ mailboxVersion: "1.8" });
      const umlauts = "ä".repeat(16_385);
      expect(umlauts.length).toBeLessThan(32 * 1024);
      expect((await rejection(mailbox.openReply(umlauts, { replyAll: false }))).code).toBe("too-large");
      expect(fake.calls).toEqual([]);
    });

    it("rejects with wrong-mode on a draft", async () => {
      const { mailbox, fake } = setup({ item: draft });
      expect((await rejection(mailbox.openReply(reply, { replyAll: false }))).code).toBe("wrong-mode");
      expect(fake.calls).toEqual([]);
    });

    it("rejects with no-item when nothing is open", async () => {
      const { mailbox } = setup({ item: null });
      expect((await rejection(mailbox.openReply(reply, { replyAll: false }))).code).toBe("no-item");
    });

    it("maps a failed displayReplyFormAsync", async () => {
      const { mailbox, fake } = setup();
      fake.failNext("displayReplyFormAsync", networkError);
      const error = await rejection(mailbox.openReply(reply, { replyAll: false }));
      expect([error.code, error.officeCode]).toEqual(["host-failed", 9041]);
    });

    it("turns an exception from the synchronous fallback into a rejection", async () => {
      const { mailbox, fake } = setup({ mailboxVersion: "1.8" });
      fake.failNext("displayReplyForm", { code: 9999, name: "DataExceedsMaximumSize", message: "too long" });
      expect((await rejection(mailbox.openReply(reply, { replyAll: false }))).code).toBe("too-large");
    });
  });

  describe("categories", () => {
    it("reads the item's categories, treating null as none", async () => {
      const { mailbox } = setup();
      await expect(mailbox.getCategories()).resolves.toEqual([]);
      const tagged = setup({ item: { ...received, categories: ["Scope creep"] } });
      await expect(tagged.mailbox.getCategories()).resolves.toEqual(["Scope creep"]);
    });

    it("adds categories with one addAsync call", async () => {
      const { mailbox, fake } = setup({ masterCategories: ["Scope creep", "Pressure"] });
      await mailbox.addCategories(["Scope creep", "Pressure"]);
      expect(fake.callsTo("categories.addAsync")).toEqual([{ method: "categories.addAsync", args: [["Scope creep", "Pressure"]] }]);
      await expect(mailbox.getCategories()).resolves.toEqual(["Scope creep", "Pressure"]);
    });

    it("does not call Office to add nothing", async () => {
      const { mailbox, fake } = setup();
      await mailbox.addCategories([]);
      expect(fake.calls).toEqual([]);
    });

    it("maps InvalidCategory to host-failed with Office's code", async () => {
      const { mailbox, fake } = setup();
      fake.failNext("categories.addAsync", { code: 9045, name: "InvalidCategory", message: "Invalid categories were provided." });
      const error = await rejection(mailbox.addCategories(["Nope"]));
      expect([error.code, error.officeCode]).toEqual(["host-failed", 9045]);
    });

    it.each([
      ["getCategories", (m: ReturnType<typeof setup>["mailbox"]) => m.getCategories()],
      ["addCategories", (m: ReturnType<typeof setup>["mailbox"]) => m.addCategories(["Scope creep"])],
      ["getMasterCategories", (m: ReturnType<typeof setup>["mailbox"]) => m.getMasterCategories()],
    ] as const)("%s is unsupported below Mailbox 1.8, with the reason", async (_name, call) => {
      const { mailbox, fake } = setup({ mailboxVersion: "1.7" });
      const error = await rejection(call(mailbox));
      expect(error.code).toBe("unsupported");
      expect(error.message).toContain("Mailbox 1.8");
      expect(fake.calls).toEqual([]);
    });

    it("stays unsupported below 1.8 even when the library defines the members", async () => {
      const { mailbox, fake } = setup({ mailboxVersion: "1.7", definesAllApis: true });
      expect((await rejection(mailbox.getCategories())).code).toBe("unsupported");
      expect((await rejection(mailbox.getMasterCategories())).code).toBe("unsupported");
      expect(fake.calls).toEqual([]);
    });

    it("reads the master category list", async () => {
      const { mailbox, fake } = setup({ masterCategories: ["Scope creep", "Red category"] });
      await expect(mailbox.getMasterCategories()).resolves.toEqual(["Scope creep", "Red category"]);
      expect(fake.callsTo("masterCategories.getAsync")).toHaveLength(1);
    });

    it("maps a missing ReadWriteMailbox permission on the master list to permission", async () => {
      const { mailbox, fake } = setup();
      fake.failNext("masterCategories.getAsync", { code: 9016, name: "Permission denied", message: "Access is denied." });
      const error = await rejection(mailbox.getMasterCategories());
      expect([error.code, error.officeCode]).toEqual(["permission", 9016]);
    });
  });

  describe("notifications", () => {
    it("shows an informational message with the manifest icon, not persistent", async () => {
      const { mailbox, fake } = setup();
      await mailbox.showNotification("analysis", "2 signals found", "info");
      expect(fake.callsTo("notificationMessages.replaceAsync")).toEqual([
        {
          method: "notificationMessages.replaceAsync",
          args: ["analysis", { type: "informationalMessage", message: "2 signals found", icon: "Icon.16", persistent: false }],
        },
      ]);
      expect(fake.notifications.get("analysis")?.message).toBe("2 signals found");
    });

    it("shows an error message without icon or persistent, which Office rejects on errors", async () => {
      const { mailbox, fake } = setup();
      await mailbox.showNotification("analysis", "Could not read the message", "error");
      expect(fake.callsTo("notificationMessages.replaceAsync")[0]?.args).toEqual([
        "analysis",
        { type: "errorMessage", message: "Could not read the message" },
      ]);
    });

    it("uses the icon from the options", async () => {
      const fake = createFakeOffice({ item: received });
      const mailbox = createOfficeMailbox(fake.office, { notificationIcon: "Icon.80" });
      await mailbox.showNotification("k", "m", "info");
      expect(fake.notifications.get("k")?.icon).toBe("Icon.80");
    });

    it("truncates messages to 150 characters with an ellipsis", async () => {
      const { mailbox, fake } = setup();
      await mailbox.showNotification("long", "word ".repeat(60), "info");
      const message = fake.notifications.get("long")?.message ?? "";
      expect(message.length).toBeLessThanOrEqual(150);
      expect(message.endsWith("\u2026")).toBe(true);
      expect(message.startsWith("word word")).toBe(true);
    });

    it("never cuts an emoji in half", async () => {
      const { mailbox, fake } = setup();
      await mailbox.showNotification("emoji", `${"a".repeat(148)}😀😀😀`, "info");
      const message = fake.notifications.get("emoji")?.message ?? "";
      expect(message).toBe(`${"a".repeat(148)}\u2026`);
      expect(message.length).toBeLessThanOrEqual(150);
    });

    it("rejects a key over 32 characters before calling Office", async () => {
      const { mailbox, fake } = setup();
      expect((await rejection(mailbox.showNotification("k".repeat(33), "m", "info"))).code).toBe("too-large");
      expect(fake.calls).toEqual([]);
    });

    it("removes a notification by key", async () => {
      const { mailbox, fake } = setup();
      await mailbox.showNotification("analysis", "m", "info");
      await mailbox.removeNotification("analysis");
      expect(fake.callsTo("notificationMessages.removeAsync")[0]?.args).toEqual(["analysis"]);
      expect(fake.notifications.has("analysis")).toBe(false);
    });

    it("maps failures of replaceAsync and removeAsync", async () => {
      const { mailbox, fake } = setup();
      fake.failNext("notificationMessages.replaceAsync", networkError);
      fake.failNext("notificationMessages.removeAsync", { code: 9016, name: "Permission denied", message: "no" });
      expect((await rejection(mailbox.showNotification("k", "m", "info"))).officeCode).toBe(9041);
      expect((await rejection(mailbox.removeNotification("k"))).code).toBe("permission");
    });

    it("needs an open item", async () => {
      const { mailbox } = setup({ item: null });
      expect((await rejection(mailbox.showNotification("k", "m", "info"))).code).toBe("no-item");
    });
  });

  describe("onItemChanged", () => {
    it("registers one Office handler for ItemChanged and fans out to every listener", async () => {
      const { mailbox, fake } = setup();
      const first = jest.fn();
      const second = jest.fn();
      const unsubscribeFirst = await mailbox.onItemChanged(first);
      const unsubscribeSecond = await mailbox.onItemChanged(second);
      expect(fake.callsTo("addHandlerAsync")).toEqual([{ method: "addHandlerAsync", args: ["olkItemSelectedChanged"] }]);

      fake.selectItem(null);
      expect(first).toHaveBeenCalledTimes(1);
      expect(second).toHaveBeenCalledTimes(1);
      await expect(mailbox.getOpenItem()).resolves.toBeNull();

      await unsubscribeFirst();
      expect(fake.callsTo("removeHandlerAsync")).toHaveLength(0);
      fake.selectItem(draft);
      expect(first).toHaveBeenCalledTimes(1);
      expect(second).toHaveBeenCalledTimes(2);

      await unsubscribeSecond();
      expect(fake.callsTo("removeHandlerAsync")).toEqual([{ method: "removeHandlerAsync", args: ["olkItemSelectedChanged"] }]);
      expect(fake.itemChangedHandlers).toBe(0);
    });

    it("ignores a second unsubscribe", async () => {
      const { mailbox, fake } = setup();
      const unsubscribe = await mailbox.onItemChanged(jest.fn());
      await unsubscribe();
      await unsubscribe();
      expect(fake.callsTo("removeHandlerAsync")).toHaveLength(1);
    });

    it("registers again after everyone left", async () => {
      const { mailbox, fake } = setup();
      await (await mailbox.onItemChanged(jest.fn()))();
      const listener = jest.fn();
      await mailbox.onItemChanged(listener);
      fake.selectItem(received);
      expect(listener).toHaveBeenCalledTimes(1);
      expect(fake.callsTo("addHandlerAsync")).toHaveLength(2);
    });

    it("rejects when addHandlerAsync fails, and a later subscribe retries", async () => {
      const { mailbox, fake } = setup();
      fake.failNext("addHandlerAsync", networkError);
      const listener = jest.fn();
      expect((await rejection(mailbox.onItemChanged(listener))).officeCode).toBe(9041);
      fake.selectItem(received);
      expect(listener).not.toHaveBeenCalled();

      await mailbox.onItemChanged(listener);
      fake.selectItem(received);
      expect(listener).toHaveBeenCalledTimes(1);
    });

    it("is unsupported below Mailbox 1.5", async () => {
      const { mailbox, fake } = setup({ mailboxVersion: "1.4" });
      const error = await rejection(mailbox.onItemChanged(jest.fn()));
      expect(error.code).toBe("unsupported");
      expect(error.message).toContain("Mailbox 1.5");
      expect(fake.calls).toEqual([]);
    });

    it("keeps calling the other listeners when one throws, and reports the error on a fresh stack", async () => {
      const { mailbox, fake } = setup();
      const failure = new Error("listener bug");
      const after = jest.fn();
      await mailbox.onItemChanged(() => {
        throw failure;
      });
      await mailbox.onItemChanged(after);

      jest.useFakeTimers();
      try {
        expect(() => fake.selectItem(received)).not.toThrow();
        expect(after).toHaveBeenCalledTimes(1);
        expect(() => jest.runOnlyPendingTimers()).toThrow(failure);
      } finally {
        jest.useRealTimers();
      }
    });
  });
});

describe("themeOfBackground", () => {
  it.each([
    ["#FFFFFF", "light"],
    ["#f3f2f1", "light"],
    ["#262626", "dark"],
    ["#000000", "dark"],
    ["#1F1F1F", "dark"],
    ["not a colour", "light"],
    [undefined, "light"],
  ] as const)("reads %s as %s", (color, theme) => {
    expect(themeOfBackground(color)).toBe(theme);
  });
});
