import { registerRibbonCommands, type RibbonCommandEvent } from "./commands";
import { MailboxError } from "./mailbox";
import { createFakeOffice } from "./testing/fakeOffice";

/** Lets the command's promise chain (handler, then completed()) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

describe("registerRibbonCommands", () => {
  it("waits for Office, then associates each handler with its action id", async () => {
    const fake = createFakeOffice({ item: { mode: "read", subject: "Urgent!!", body: { html: "", text: "" } } });
    const seen: RibbonCommandEvent[] = [];
    await registerRibbonCommands(
      {
        flagSender: async (event) => {
          seen.push(event);
        },
      },
      { getOffice: () => fake.office },
    );
    expect(fake.onReadyCalls).toBe(1);
    expect([...fake.commands.keys()]).toEqual(["flagSender"]);

    const event = fake.invokeCommand("flagSender");
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.commandId).toBe("flagSender");
    await expect(seen[0]?.mailbox.getOpenItem()).resolves.toMatchObject({ subject: "Urgent!!" });
    expect(event.completedCalls).toBe(1);
  });

  it("completes the event only after the handler has finished", async () => {
    const fake = createFakeOffice();
    let finish: () => void = () => undefined;
    await registerRibbonCommands({ slow: () => new Promise<void>((resolve) => (finish = resolve)) }, { getOffice: () => fake.office });
    const event = fake.invokeCommand("slow");
    await settle();
    expect(event.completedCalls).toBe(0);
    finish();
    await settle();
    expect(event.completedCalls).toBe(1);
  });

  it.each([
    ["rejects", async () => Promise.reject(new MailboxError("permission", "denied"))],
    [
      "throws before returning a promise",
      (() => {
        throw new Error("sync bug");
      }) as () => Promise<void>,
    ],
  ])("completes the event and reports the error when the handler %s", async (_how, handler) => {
    const fake = createFakeOffice();
    const onError = jest.fn();
    await registerRibbonCommands({ broken: handler }, { getOffice: () => fake.office, onError });
    const event = fake.invokeCommand("broken");
    await settle();
    expect(event.completedCalls).toBe(1);
    expect(onError).toHaveBeenCalledWith("broken", expect.any(Error));
  });

  it("completes the event even when the error reporter throws", async () => {
    const fake = createFakeOffice();
    await registerRibbonCommands(
      { broken: () => Promise.reject(new Error("x")) },
      {
        getOffice: () => fake.office,
        onError: () => {
          throw new Error("reporter bug");
        },
      },
    );
    const event = fake.invokeCommand("broken");
    await settle();
    expect(event.completedCalls).toBe(1);
  });

  it("with no handlers only starts Office, even on a host without Office.actions", async () => {
    const fake = createFakeOffice({ hasActions: false });
    await registerRibbonCommands({}, { getOffice: () => fake.office });
    expect(fake.onReadyCalls).toBe(1);
  });

  it("rejects as unsupported when handlers exist but Office.actions does not", async () => {
    const fake = createFakeOffice({ hasActions: false });
    await expect(registerRibbonCommands({ x: async () => undefined }, { getOffice: () => fake.office })).rejects.toMatchObject({
      code: "unsupported",
    });
  });

  it("rejects outside Outlook", async () => {
    const fake = createFakeOffice({ host: null });
    await expect(registerRibbonCommands({}, { getOffice: () => fake.office })).rejects.toMatchObject({ code: "unsupported" });
  });
});
