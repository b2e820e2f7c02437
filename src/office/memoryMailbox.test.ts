import { MailboxError, type OpenItem } from "./mailbox";
import { createMemoryMailbox, htmlToPlainText, plainTextToHtml, type MemoryItem } from "./memoryMailbox";

const dana = { name: "Dana Client", address: "dana@client.example" };
const pat = { name: "Pat PM", address: "pat@client.example" };
const sam = { name: "Sam Freelancer", address: "sam@studio.example" };

const envelope: OpenItem = {
  itemType: "message",
  mode: "read",
  subject: "Quick tweak?",
  from: dana,
  to: [sam, pat],
  cc: [{ ...sam, address: "SAM@studio.example" }, { name: "Lee", address: "lee@client.example" }],
  sentAt: new Date("2024-05-01T09:30:00Z"),
  conversationId: "conv-1",
};

const received: MemoryItem = {
  envelope,
  html: "<html><head><style>p{color:red}</style></head><body><h1>Hi Sam</h1><p>Can you <b>just</b> add <a href=\"https://x.example\">one</a> more page? ASAP</p><script>alert(1)</script></body></html>",
};

function draftItem(format: "html" | "text", body: string, cursor: number, selection?: { start: number; end: number }): MemoryItem {
  return {
    envelope: { ...envelope, mode: "compose", subject: "RE: Quick tweak?", from: sam, to: [dana], cc: [], sentAt: null },
    draft: { format, body, cursor, ...(selection ? { selection } : {}) },
  };
}

async function rejection(promise: Promise<unknown>): Promise<MailboxError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MailboxError) return error;
    throw error;
  }
  throw new Error("Expected a rejection, but the promise resolved.");
}

describe("createMemoryMailbox", () => {
  it("starts with nothing open and English UI by default", async () => {
    const mailbox = createMemoryMailbox();
    await expect(mailbox.getOpenItem()).resolves.toBeNull();
    expect(mailbox.displayLanguage).toBe("en-US");
    expect((await rejection(mailbox.getBody("text"))).code).toBe("no-item");
  });

  it("returns the envelope of the open item", async () => {
    const mailbox = createMemoryMailbox({ item: received });
    await expect(mailbox.getOpenItem()).resolves.toEqual(envelope);
  });

  describe("getBody", () => {
    it("returns the html as given", async () => {
      const mailbox = createMemoryMailbox({ item: received });
      await expect(mailbox.getBody("html")).resolves.toBe(received.html);
    });

    it("derives text from an html-only item without running it", async () => {
      const mailbox = createMemoryMailbox({ item: received });
      await expect(mailbox.getBody("text")).resolves.toBe("Hi Sam\n\nCan you just add one more page? ASAP");
    });

    it("derives escaped html from a text-only item", async () => {
      const mailbox = createMemoryMailbox({ item: { envelope, text: "a < b\nc" } });
      await expect(mailbox.getBody("html")).resolves.toBe("a &lt; b<br>c");
      await expect(mailbox.getBody("text")).resolves.toBe("a < b\nc");
    });

    it("reads the draft of a compose item in either format", async () => {
      const mailbox = createMemoryMailbox({ item: draftItem("html", "<p>Hi Dana,</p><p>Thanks</p>", 0) });
      await expect(mailbox.getBody("html")).resolves.toBe("<p>Hi Dana,</p><p>Thanks</p>");
      await expect(mailbox.getBody("text")).resolves.toBe("Hi Dana,\n\nThanks");
    });
  });

  describe("getComposeBodyType", () => {
    it("reports the draft format", async () => {
      await expect(createMemoryMailbox({ item: draftItem("text", "", 0) }).getComposeBodyType()).resolves.toBe("text");
      await expect(createMemoryMailbox({ item: draftItem("html", "", 0) }).getComposeBodyType()).resolves.toBe("html");
    });

    it("rejects with wrong-mode in read mode", async () => {
      expect((await rejection(createMemoryMailbox({ item: received }).getComposeBodyType())).code).toBe("wrong-mode");
    });

    it("gives a compose item without a draft an empty html draft", async () => {
      const mailbox = createMemoryMailbox({ item: { envelope: { ...envelope, mode: "compose" } } });
      expect(mailbox.getState().item?.draft).toEqual({ format: "html", body: "", cursor: 0 });
    });
  });

  describe("insertAtCursor", () => {
    it("inserts at the cursor and moves the cursor after the insert", async () => {
      const mailbox = createMemoryMailbox({ item: draftItem("html", "<p>Hi</p><p>Bye</p>", 9) });
      await mailbox.insertAtCursor("<p>Middle</p>", "html");
      expect(mailbox.getState().item?.draft).toEqual({ format: "html", body: "<p>Hi</p><p>Middle</p><p>Bye</p>", cursor: 22 });
      await mailbox.insertAtCursor("<p>More</p>", "html");
      expect(mailbox.getState().item?.draft?.body).toBe("<p>Hi</p><p>Middle</p><p>More</p><p>Bye</p>");
    });

    it("replaces the selection", async () => {
      const mailbox = createMemoryMailbox({ item: draftItem("text", "Hello WORLD!", 0, { start: 6, end: 11 }) });
      await mailbox.insertAtCursor("Dana", "text");
      expect(mailbox.getState().item?.draft).toEqual({ format: "text", body: "Hello Dana!", cursor: 10 });
    });

    it("inserts text into an html draft as escaped text, as Outlook does", async () => {
      const mailbox = createMemoryMailbox({ item: draftItem("html", "", 0) });
      await mailbox.insertAtCursor("Fee: <€500>\nThanks", "text");
      expect(mailbox.getState().item?.draft?.body).toBe("Fee: &lt;€500&gt;<br>Thanks");
    });

    it("refuses html into a plain-text draft, as setSelectedDataAsync fails with InvalidFormatError", async () => {
      const mailbox = createMemoryMailbox({ item: draftItem("text", "Hi", 2) });
      const error = await rejection(mailbox.insertAtCursor("<b>x</b>", "html"));
      expect(error.code).toBe("wrong-mode");
      expect(error.message).toContain("InvalidFormatError");
      expect(mailbox.getState().item?.draft?.body).toBe("Hi");
    });

    it("rejects in read mode and when over 1,000,000 characters", async () => {
      expect((await rejection(createMemoryMailbox({ item: received }).insertAtCursor("x", "text"))).code).toBe("wrong-mode");
      const mailbox = createMemoryMailbox({ item: draftItem("text", "", 0) });
      expect((await rejection(mailbox.insertAtCursor("x".repeat(1_000_001), "text"))).code).toBe("too-large");
    });

    it("clamps a cursor past the end", async () => {
      const mailbox = createMemoryMailbox({ item: draftItem("text", "ab", 99) });
      await mailbox.insertAtCursor("c", "text");
      expect(mailbox.getState().item?.draft).toEqual({ format: "text", body: "abc", cursor: 3 });
    });
  });

  describe("openReply", () => {
    const reply = "<p>Thanks, Dana. An extra page is a change request.</p>";

    it("switches to a reply draft: the html, then the quoted original, cursor after the html", async () => {
      const mailbox = createMemoryMailbox({ item: received, user: sam });
      await mailbox.openReply(reply, { replyAll: false });
      const item = mailbox.getState().item;
      expect(item?.envelope).toEqual({
        itemType: "message",
        mode: "compose",
        subject: "RE: Quick tweak?",
        from: sam,
        to: [dana],
        cc: [],
        sentAt: null,
        conversationId: "conv-1",
      });
      const body = item?.draft?.body ?? "";
      expect(body.startsWith(reply)).toBe(true);
      expect(item?.draft?.cursor).toBe(reply.length);
      expect(body).toContain("<b>From:</b> Dana Client &lt;dana@client.example&gt;");
      expect(body).toContain("<b>Subject:</b> Quick tweak?");
      expect(body).toContain("<h1>Hi Sam</h1>");
      // The quoted original is the body's content, not a nested document.
      expect(body).not.toContain("<html>");
    });

    it("addresses everyone but the user on reply-all, without duplicates", async () => {
      const mailbox = createMemoryMailbox({ item: received, user: sam });
      await mailbox.openReply(reply, { replyAll: true });
      const item = await mailbox.getOpenItem();
      expect(item?.to).toEqual([dana, pat]);
      expect(item?.cc).toEqual([{ name: "Lee", address: "lee@client.example" }]);
    });

    it("keeps an existing RE: prefix", async () => {
      const mailbox = createMemoryMailbox({ item: { ...received, envelope: { ...envelope, subject: "Re: Quick tweak?" } } });
      await mailbox.openReply(reply, { replyAll: false });
      expect((await mailbox.getOpenItem())?.subject).toBe("Re: Quick tweak?");
    });

    it("fires onItemChanged and clears the info bar", async () => {
      const mailbox = createMemoryMailbox({ item: received });
      const listener = jest.fn();
      await mailbox.onItemChanged(listener);
      await mailbox.showNotification("analysis", "2 signals", "info");
      await mailbox.openReply(reply, { replyAll: false });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(mailbox.getState().notifications.size).toBe(0);
    });

    it("rejects html over 32 KB like Outlook", async () => {
      const mailbox = createMemoryMailbox({ item: received });
      expect((await rejection(mailbox.openReply("a".repeat(32 * 1024 + 1), { replyAll: false }))).code).toBe("too-large");
      expect(mailbox.getState().item).toBe(received);
    });

    it("rejects on a draft and with nothing open", async () => {
      expect((await rejection(createMemoryMailbox({ item: draftItem("html", "", 0) }).openReply(reply, { replyAll: false }))).code).toBe(
        "wrong-mode",
      );
      expect((await rejection(createMemoryMailbox().openReply(reply, { replyAll: false }))).code).toBe("no-item");
    });
  });

  describe("categories", () => {
    it("adds categories from the master list, once each", async () => {
      const mailbox = createMemoryMailbox({ item: received, masterCategories: ["Scope creep", "Pressure"] });
      await mailbox.addCategories(["Scope creep", "Scope creep"]);
      await mailbox.addCategories(["Pressure", "Scope creep"]);
      await expect(mailbox.getCategories()).resolves.toEqual(["Scope creep", "Pressure"]);
      await expect(mailbox.getMasterCategories()).resolves.toEqual(["Scope creep", "Pressure"]);
    });

    it("rejects a category that is not in the master list, as addAsync does (InvalidCategory)", async () => {
      const mailbox = createMemoryMailbox({ item: received, masterCategories: ["Pressure"] });
      const error = await rejection(mailbox.addCategories(["Pressure", "Scope creep"]));
      expect(error.code).toBe("host-failed");
      expect(error.message).toContain("Scope creep");
      await expect(mailbox.getCategories()).resolves.toEqual([]);
    });
  });

  describe("notifications", () => {
    it("keeps notifications by key, truncated to 150 characters", async () => {
      const mailbox = createMemoryMailbox({ item: received });
      await mailbox.showNotification("analysis", "x".repeat(200), "info");
      await mailbox.showNotification("error", "Could not read", "error");
      await mailbox.showNotification("analysis", "2 signals", "info");
      expect([...mailbox.getState().notifications]).toEqual([
        ["analysis", { message: "2 signals", kind: "info" }],
        ["error", { message: "Could not read", kind: "error" }],
      ]);
      await mailbox.removeNotification("analysis");
      await mailbox.removeNotification("never-shown");
      expect([...mailbox.getState().notifications.keys()]).toEqual(["error"]);
    });

    it("truncates like Outlook needs", async () => {
      const mailbox = createMemoryMailbox({ item: received });
      await mailbox.showNotification("long", "x".repeat(200), "info");
      const message = mailbox.getState().notifications.get("long")?.message ?? "";
      expect(message).toHaveLength(150);
      expect(message.endsWith("\u2026")).toBe(true);
    });

    it("rejects long keys and needs an open item", async () => {
      expect((await rejection(createMemoryMailbox({ item: received }).showNotification("k".repeat(33), "m", "info"))).code).toBe(
        "too-large",
      );
      expect((await rejection(createMemoryMailbox().showNotification("k", "m", "info"))).code).toBe("no-item");
    });
  });

  describe("host side", () => {
    it("selectItem switches the item, clears the info bar and fires item-changed listeners until unsubscribed", async () => {
      const mailbox = createMemoryMailbox({ item: received });
      const listener = jest.fn();
      const unsubscribe = await mailbox.onItemChanged(listener);
      await mailbox.showNotification("analysis", "m", "info");

      mailbox.selectItem(null);
      expect(listener).toHaveBeenCalledTimes(1);
      await expect(mailbox.getOpenItem()).resolves.toBeNull();
      expect(mailbox.getState().notifications.size).toBe(0);

      await unsubscribe();
      mailbox.selectItem(received);
      expect(listener).toHaveBeenCalledTimes(1);
    });

    it("notifies subscribers on every change, with a new state object each time", async () => {
      const mailbox = createMemoryMailbox({ item: draftItem("text", "Hi", 2), masterCategories: ["Pressure"] });
      const states: unknown[] = [];
      const unsubscribe = mailbox.subscribe((state) => states.push(state));
      const before = mailbox.getState();
      expect(mailbox.getState()).toBe(before);

      await mailbox.insertAtCursor(" Dana", "text");
      await mailbox.addCategories(["Pressure"]);
      await mailbox.showNotification("k", "m", "info");
      await mailbox.removeNotification("k");
      mailbox.setSelection(0, 2);
      mailbox.setDisplayLanguage("de-DE");
      mailbox.selectItem(received);
      expect(states).toHaveLength(7);
      expect(new Set([before, ...states]).size).toBe(8);
      expect(mailbox.displayLanguage).toBe("de-DE");

      await mailbox.getBody("text");
      await mailbox.getCategories();
      expect(states).toHaveLength(7);

      unsubscribe();
      mailbox.selectItem(null);
      expect(states).toHaveLength(7);
    });

    it("setSelection moves the caret or selects a range (in either direction)", async () => {
      const mailbox = createMemoryMailbox({ item: draftItem("text", "Hello world", 0) });
      mailbox.setSelection(11, 6);
      expect(mailbox.getState().item?.draft).toEqual({ format: "text", body: "Hello world", cursor: 11, selection: { start: 6, end: 11 } });
      mailbox.setSelection(5);
      expect(mailbox.getState().item?.draft).toEqual({ format: "text", body: "Hello world", cursor: 5 });
      await mailbox.insertAtCursor(",", "text");
      expect(mailbox.getState().item?.draft?.body).toBe("Hello, world");
    });

    it("setDraft replaces the draft, clamping the caret", () => {
      const mailbox = createMemoryMailbox({ item: draftItem("html", "", 0) });
      mailbox.setDraft({ format: "html", body: "<p>typed</p>", cursor: 100 });
      expect(mailbox.getState().item?.draft).toEqual({ format: "html", body: "<p>typed</p>", cursor: 12 });
    });

    it("setDraft and setSelection throw without an open draft", () => {
      const mailbox = createMemoryMailbox({ item: received });
      expect(() => mailbox.setSelection(0)).toThrow(MailboxError);
      expect(() => mailbox.setDraft({ format: "text", body: "", cursor: 0 })).toThrow(MailboxError);
    });

    it("failNext makes the next call of one method reject, then recovers", async () => {
      const mailbox = createMemoryMailbox({ item: received });
      const failure = new MailboxError("host-failed", "offline", 9041);
      mailbox.failNext("openReply", failure);
      mailbox.failNext("getBody", new MailboxError("permission", "denied", 9016));
      await expect(mailbox.openReply("<p>x</p>", { replyAll: false })).rejects.toBe(failure);
      expect(mailbox.getState().item).toBe(received);
      await expect(mailbox.getBody("html")).rejects.toMatchObject({ code: "permission", officeCode: 9016 });
      await expect(mailbox.getBody("html")).resolves.toBe(received.html);
      await mailbox.openReply("<p>x</p>", { replyAll: false });
      expect(mailbox.getState().item?.envelope.mode).toBe("compose");
    });

    it("a throwing subscriber does not stop the change or the other subscribers", async () => {
      const mailbox = createMemoryMailbox({ item: received });
      const failure = new Error("render bug");
      const other = jest.fn();
      mailbox.subscribe(() => {
        throw failure;
      });
      mailbox.subscribe(other);
      jest.useFakeTimers();
      try {
        expect(() => mailbox.selectItem(null)).not.toThrow();
        expect(other).toHaveBeenCalledTimes(1);
        expect(mailbox.getState().item).toBeNull();
        expect(() => jest.runOnlyPendingTimers()).toThrow(failure);
      } finally {
        jest.useRealTimers();
      }
    });
  });
});

describe("format helpers", () => {
  it("plainTextToHtml escapes markup and keeps line breaks", () => {
    expect(plainTextToHtml(`<script>"x" & 'y'</script>\r\nz`)).toBe("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;<br>z");
  });

  it("htmlToPlainText drops scripts, styles, images and link targets, and keeps heading case", () => {
    expect(htmlToPlainText('<style>p{}</style><h2>Budget</h2><p>See <a href="https://x">this</a><img src="x" alt="logo"></p><script>alert(1)</script>')).toBe(
      "Budget\n\nSee this",
    );
  });
});
