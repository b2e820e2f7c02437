import { registerRibbonCommands } from "../office/commands";

jest.mock("../office/commands", () => ({
  registerRibbonCommands: jest.fn(() => Promise.resolve()),
}));

describe("function file entry", () => {
  it("starts Office once through the gateway and registers the flagSender command of the manifest", async () => {
    await jest.isolateModulesAsync(async () => {
      await import("./commands");
    });
    expect(registerRibbonCommands).toHaveBeenCalledTimes(1);
    expect(registerRibbonCommands).toHaveBeenCalledWith({ flagSender: expect.any(Function) });
  });

  it("logs, rather than leaving unhandled, a failed registration", async () => {
    const failure = new Error("not in Outlook");
    jest.mocked(registerRibbonCommands).mockReturnValueOnce(Promise.reject(failure));
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await jest.isolateModulesAsync(async () => {
        await import("./commands");
      });
      await Promise.resolve();
      expect(log).toHaveBeenCalledWith(expect.stringContaining("not registered"), failure);
    } finally {
      log.mockRestore();
    }
  });
});
