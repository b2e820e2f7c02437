/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { createMemoryMailbox } from "../office/memoryMailbox";
import { createMemoryStore } from "../core/storage/keyValueStore";
import { USER_SETTINGS_KEY } from "../core/storage/userSettings";

async function openSettings() {
  await userEvent.click(await screen.findByRole("tab", { name: "Settings" }));
  return screen.findByRole("form", { name: "Your details for replies" });
}

describe("the settings view", () => {
  it("refuses a bad value field by field, then saves to the mailbox's settings", async () => {
    const store = createMemoryStore();
    render(<App mailbox={createMemoryMailbox({ item: null })} store={store} />);
    const form = await openSettings();
    await userEvent.type(within(form).getByRole("textbox", { name: "Your name" }), "Mara Lindqvist");
    await userEvent.type(within(form).getByRole("spinbutton", { name: "Hourly rate" }), "0");
    await userEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(within(form).getByText("Enter a number in a sensible range.")).toBeInTheDocument();
    expect(store.saved.get(USER_SETTINGS_KEY)).toBeUndefined();

    await userEvent.clear(within(form).getByRole("spinbutton", { name: "Hourly rate" }));
    await userEvent.type(within(form).getByRole("spinbutton", { name: "Hourly rate" }), "85");
    await userEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Settings saved.")).toBeInTheDocument();
    expect(store.saved.get(USER_SETTINGS_KEY)).toMatchObject({ name: "Mara Lindqvist", hourlyRate: 85 });
  });

  it("says so when the mailbox refuses to save, and keeps the settings for the session", async () => {
    const store = createMemoryStore();
    render(<App mailbox={createMemoryMailbox({ item: null })} store={store} />);
    const form = await openSettings();
    await userEvent.type(within(form).getByRole("textbox", { name: "Your name" }), "Mara");
    store.failNextSave(new Error("the mailbox is offline"));
    await userEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("Your settings could not be saved (the mailbox is offline)");
  });
});
