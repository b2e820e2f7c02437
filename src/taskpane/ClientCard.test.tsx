/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { createMemoryMailbox, type MemoryItem } from "../office/memoryMailbox";
import { createMemoryStore } from "../core/storage/keyValueStore";
import { CLIENTS_KEY } from "../core/clients/schema";

const ANNA = { name: "Anna Example", address: "Anna@Client.example" };
const MARA = { name: "Mara Lindqvist", address: "mara@studio.example" };

function email(text: string, subject: string, sentAt: string): MemoryItem {
  return {
    envelope: { itemType: "message", mode: "read", subject, from: ANNA, to: [MARA], cc: [], sentAt: new Date(sentAt), conversationId: subject },
    text,
  };
}

describe("difficult clients", () => {
  it("flags the sender with reasons and a note, reminds on their next email, tags the category, and unflags", async () => {
    const store = createMemoryStore();
    const mailbox = createMemoryMailbox({ item: email("Hi Mara, I need the logo ASAP. Anna", "Logo", "2026-03-02T09:00:00Z"), masterCategories: ["Difficult client"] });
    render(<App mailbox={mailbox} store={store} />);

    const client = await screen.findByRole("region", { name: "This client" });
    await userEvent.click(within(client).getByRole("button", { name: "Flag as difficult client" }));
    // The form suggests what this email shows.
    expect(within(client).getByRole("checkbox", { name: "Pressure" })).toBeChecked();
    await userEvent.click(within(client).getByRole("checkbox", { name: "Late payment" }));
    await userEvent.type(within(client).getByRole("textbox", { name: "Note" }), "Pays 60 days late <b>always</b>");
    await userEvent.click(within(client).getByRole("button", { name: "Save" }));

    const banner = await within(client).findByText(/Anna Example is flagged as a difficult client/);
    expect(banner.closest("[role=status]")).toHaveTextContent("Reasons: Pressure, Late payment");
    expect(banner.closest("[role=status]")).toHaveTextContent("Note: Pays 60 days late <b>always</b>");
    expect([...mailbox.getState().notifications.values()]).toEqual([
      { message: "Anna Example is flagged as a difficult client: Pressure, Late payment.", kind: "info" },
    ]);

    await userEvent.click(within(client).getByRole("button", { name: "Tag this email “Difficult client”" }));
    expect(await within(client).findByText("Tagged.")).toBeInTheDocument();
    expect(await mailbox.getCategories()).toEqual(["Difficult client"]);

    // A later email from the same address, written in another case, shows the reminder at once.
    act(() => mailbox.selectItem(email("Hi Mara, any news on the flyer? Anna", "Flyer", "2026-03-05T09:00:00Z")));
    await screen.findByRole("heading", { level: 1, name: "Flyer" });
    const next = await screen.findByRole("region", { name: "This client" });
    expect(await within(next).findByText(/Anna Example is flagged as a difficult client/)).toBeInTheDocument();
    expect(within(next).getByText("2 emails analysed")).toBeInTheDocument();

    await userEvent.click(within(next).getByRole("button", { name: "Remove the flag" }));
    expect(within(next).queryByText(/is flagged as a difficult client/)).not.toBeInTheDocument();
    expect(mailbox.getState().notifications.size).toBe(0);
  });

  it("explains how to create the category when Outlook does not have it", async () => {
    const store = createMemoryStore();
    const mailbox = createMemoryMailbox({ item: email("Hi Mara, thanks. Anna", "Thanks", "2026-03-02T09:00:00Z") });
    render(<App mailbox={mailbox} store={store} />);
    const client = await screen.findByRole("region", { name: "This client" });
    await userEvent.click(within(client).getByRole("button", { name: "Flag as difficult client" }));
    await userEvent.click(within(client).getByRole("button", { name: "Save" }));
    await userEvent.click(await within(client).findByRole("button", { name: "Tag this email “Difficult client”" }));
    expect(await within(client).findByText(/Create it once/)).toBeInTheDocument();
  });

  it("advises parting ways after recurring character signals, and drafts the parting-ways email", async () => {
    const store = createMemoryStore();
    const mailbox = createMemoryMailbox({ item: email("Hi Mara, I need this ASAP. We will pay next month. Anna", "One", "2026-03-02T09:00:00Z") });
    render(<App mailbox={mailbox} store={store} />);
    await screen.findByRole("region", { name: "This client" });
    act(() => mailbox.selectItem(email("Hi Mara, I need the banner ASAP. The invoice got lost. Anna", "Two", "2026-03-09T09:00:00Z")));
    await screen.findByRole("heading", { level: 1, name: "Two" });
    await screen.findByText("2 emails analysed");
    act(() => mailbox.selectItem(email("Hi Mara, I need the flyer ASAP!! We can only pay once our client pays us. Anna", "Three", "2026-03-16T09:00:00Z")));
    await screen.findByRole("heading", { level: 1, name: "Three" });
    const client = await screen.findByRole("region", { name: "This client" });
    expect(await within(client).findByText("Consider parting ways")).toBeInTheDocument();
    await userEvent.click(within(client).getByRole("button", { name: "Draft the parting-ways email" }));
    const panel = await screen.findByRole("region", { name: "Reply" });
    expect(within(panel).getByRole("combobox", { name: "All replies" })).toHaveValue("parting-ways");
  });

  it("says so when the client list was saved by a newer add-in, on the email's client card and on the client list, and offers no change to it", async () => {
    const store = createMemoryStore({ [CLIENTS_KEY]: { v: 99, clients: [] } });
    render(<App mailbox={createMemoryMailbox({ item: email("Hi Mara, the logo is fine. Anna", "Logo", "2026-03-02T09:00:00Z") })} store={store} />);
    const card = await screen.findByRole("region", { name: "This client" });
    expect(await within(card).findByText(/saved by a newer version of Clear Lines/)).toBeInTheDocument();
    const flag = within(card).getByRole("button", { name: "Flag as difficult client" });
    expect(flag).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(flag);
    expect(within(card).queryByRole("group", { name: "Reasons" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("tab", { name: "Clients" }));
    const list = await screen.findByRole("region", { name: "Flagged clients" });
    expect(within(list).getByText(/saved by a newer version of Clear Lines/)).toBeInTheDocument();
    expect(within(list).queryByText(/No client is flagged yet/)).not.toBeInTheDocument();
    expect(within(list).queryByText(/KB used/)).not.toBeInTheDocument();
    expect(within(list).getByRole("button", { name: "Import from a file" })).toHaveAttribute("aria-disabled", "true");
    expect(store.get(CLIENTS_KEY)).toEqual({ v: 99, clients: [] });
  });
});
