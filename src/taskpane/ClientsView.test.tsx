/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { createMemoryMailbox } from "../office/memoryMailbox";
import { createMemoryStore } from "../core/storage/keyValueStore";
import { createClientStore } from "../core/clients/clientStore";
import { exportClients } from "../core/clients/exchange";

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
    await userEvent.type(within(anna).getByRole("textbox", { name: "Note" }), ", 60 days");
    await userEvent.click(within(anna).getByRole("button", { name: "Save" }));
    expect(await within(view).findByText("Note: pays late, 60 days")).toBeInTheDocument();

    await userEvent.click(within(view).getByRole("button", { name: "Remove the flag" }));
    expect(await within(view).findByText(/No client is flagged yet/)).toBeInTheDocument();
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
