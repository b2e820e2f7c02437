/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { createMemoryMailbox } from "../office/memoryMailbox";
import { createMemoryStore } from "../core/storage/keyValueStore";
import { createClientStore } from "../core/clients/clientStore";
import { withVerdict } from "../core/clients/clientRecords";
import { exportClients } from "../core/clients/exchange";
import { CLIENTS_KEY, compactClients } from "../core/clients/schema";

async function openClientsTab() {
  await userEvent.click(await screen.findByRole("tab", { name: "Clients" }));
  return screen.findByRole("region", { name: "Flagged clients" });
}

describe("the clients view", () => {
  it("lists flagged clients, edits and removes a flag", async () => {
    const store = createMemoryStore();
    await createClientStore(store).flag("anna@client.example", "Anna Example", ["money.late_payment"], "pays late");
    render(<App mailbox={createMemoryMailbox({ item: null })} store={store} />);
    const view = await openClientsTab();
    const anna = await within(view).findByRole("listitem", { name: "Anna Example" });
    expect(anna).toHaveTextContent("Reasons: Late payment");
    expect(anna).toHaveTextContent("Note: pays late");

    await userEvent.click(within(anna).getByRole("button", { name: "Edit" }));
    const note = within(anna).getByRole("textbox", { name: "Note" });
    expect(note).toHaveAttribute("maxLength", "200");
    expect(within(anna).getByText("9 of 200 characters")).toBeInTheDocument();
    await userEvent.type(note, ", 60 days");
    expect(within(anna).getByText("18 of 200 characters")).toBeInTheDocument();
    await userEvent.click(within(anna).getByRole("button", { name: "Save" }));
    expect(await within(view).findByText("Note: pays late, 60 days")).toBeInTheDocument();

    await userEvent.click(within(view).getByRole("button", { name: "Remove the flag" }));
    expect(await within(view).findByText(/No client is flagged yet/)).toBeInTheDocument();
  });

  it("keeps a note saved before the 200-character limit as it is, and saves a change to it only once it is short enough", async () => {
    const long = "Zahlt grundsätzlich erst nach der zweiten Mahnung, ruft sonntags an. ".repeat(4).trim();
    const record = withVerdict(undefined, "alt@client.example", "Alt Kunde", { flagged: true, reasons: ["money.late_payment"], note: long }, "2024-05-01T10:00:00.000Z");
    const store = createMemoryStore({ [CLIENTS_KEY]: { v: 1, clients: compactClients([record]) } });
    render(<App mailbox={createMemoryMailbox({ item: null })} store={store} />);
    const view = await openClientsTab();
    const alt = await within(view).findByRole("listitem", { name: "Alt Kunde" });
    await userEvent.click(within(alt).getByRole("button", { name: "Edit" }));
    expect(within(alt).getByText(`${long.length} of 200 characters`)).toBeInTheDocument();
    expect(within(alt).getByText(/saved before that limit/)).toBeInTheDocument();
    expect(within(alt).getByRole("button", { name: "Save" })).toBeEnabled();

    const note = within(alt).getByRole("textbox", { name: "Note" });
    await userEvent.type(note, "{Backspace}");
    expect(within(alt).getByRole("button", { name: "Save" })).toBeDisabled();
    await userEvent.clear(note);
    await userEvent.type(note, "Zahlt erst nach der zweiten Mahnung.");
    await userEvent.click(within(alt).getByRole("button", { name: "Save" }));
    expect(await within(view).findByText("Note: Zahlt erst nach der zweiten Mahnung.")).toBeInTheDocument();
  });

  it("imports an exported file, and refuses a malformed one without changing anything", async () => {
    const source = createMemoryStore();
    await createClientStore(source).flag("ben@client.example", "Ben Example", ["tone.hostile"], "");
    const exported = exportClients(createClientStore(source).list());

    const store = createMemoryStore();
    render(<App mailbox={createMemoryMailbox({ item: null })} store={store} />);
    const view = await openClientsTab();
    const input = within(view).getByLabelText("Import from a file", { selector: "input" });

    await userEvent.upload(input, new File(['{"format":"something else"}'], "bad.json", { type: "application/json" }));
    expect(await within(view).findByRole("alert")).toBeInTheDocument();
    expect(within(view).getByText(/No client is flagged yet/)).toBeInTheDocument();

    await userEvent.upload(input, new File([exported], "clients.json", { type: "application/json" }));
    expect(await within(view).findByText("Imported: 1 new, 0 updated.")).toBeInTheDocument();
    expect(within(view).getByRole("listitem", { name: "Ben Example" })).toHaveTextContent("Reasons: Hostile tone");
  });
});
