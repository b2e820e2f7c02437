import { MailboxError } from "./mailbox";
import { connectToOutlook, OFFICE_READY_TIMEOUT_MS, whenOfficeReady } from "./host";
import { createFakeOffice } from "./testing/fakeOffice";

async function rejection(promise: Promise<unknown>): Promise<MailboxError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MailboxError) return error;
    throw error;
  }
  throw new Error("Expected a rejection, but the promise resolved.");
}

describe("connectToOutlook", () => {
  it("resolves with the Office.js gateway when the host is Outlook", async () => {
    const fake = createFakeOffice({ displayLanguage: "de-DE", item: null });
    const mailbox = await connectToOutlook({ getOffice: () => fake.office });
    expect(mailbox.displayLanguage).toBe("de-DE");
    await expect(mailbox.getOpenItem()).resolves.toBeNull();
  });

  it("calls Office.onReady once however often it is asked", async () => {
    const fake = createFakeOffice();
    const options = { getOffice: () => fake.office };
    await Promise.all([connectToOutlook(options), connectToOutlook(options), whenOfficeReady(options)]);
    await connectToOutlook(options);
    expect(fake.onReadyCalls).toBe(1);
  });

  it("passes the mailbox options on", async () => {
    const fake = createFakeOffice({
      item: { mode: "read", subject: "s", body: { html: "", text: "" } },
    });
    const mailbox = await connectToOutlook({ getOffice: () => fake.office, mailbox: { notificationIcon: "Icon.32" } });
    await mailbox.showNotification("k", "m", "info");
    expect(fake.notifications.get("k")?.icon).toBe("Icon.32");
  });

  it("rejects as unsupported when Office.js did not load (no global Office)", async () => {
    // The test runs in Node, where `Office` is undeclared, like a page whose CDN script was blocked.
    const error = await rejection(connectToOutlook());
    expect(error.code).toBe("unsupported");
    expect(error.message).toContain("Office.js is not loaded");
  });

  it("rejects as unsupported when the page is opened in a plain browser", async () => {
    const fake = createFakeOffice({ host: null });
    const error = await rejection(connectToOutlook({ getOffice: () => fake.office }));
    expect(error.code).toBe("unsupported");
    expect(error.message).toContain("opened directly in a browser");
  });

  it("rejects as unsupported in another Office application", async () => {
    const fake = createFakeOffice({ host: "Excel" });
    const error = await rejection(connectToOutlook({ getOffice: () => fake.office }));
    expect(error.code).toBe("unsupported");
    expect(error.message).toContain("not in Excel");
  });

  it("gives up after 10 s instead of waiting forever for Office.onReady", async () => {
    jest.useFakeTimers();
    try {
      const fake = createFakeOffice({ onReady: "never" });
      let settled = false;
      const pending = connectToOutlook({ getOffice: () => fake.office });
      const outcome = rejection(pending).finally(() => {
        settled = true;
      });

      await jest.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS - 1);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      const error = await outcome;
      expect(error.code).toBe("unsupported");
      expect(error.message).toContain("10 s");
    } finally {
      jest.useRealTimers();
    }
  });

  it("wraps an exception from Office.onReady", async () => {
    const fake = createFakeOffice();
    const office = { ...fake.office, onReady: () => Promise.reject(new Error("host crashed")) };
    const error = await rejection(connectToOutlook({ getOffice: () => office }));
    expect(error.code).toBe("unsupported");
    expect(error.message).toContain("host crashed");
  });
});
