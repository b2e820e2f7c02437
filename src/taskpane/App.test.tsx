/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { createMemoryMailbox, replyDraft, type MemoryItem } from "../office/memoryMailbox";
import { MailboxError } from "../office/mailbox";
import { DISPLAY_LIMIT } from "./MessageText";
import { createMemoryStore } from "../core/storage/keyValueStore";

const ANNA = { name: "Anna Example", address: "anna@client.example" };
const MARA = { name: "Mara Lindqvist", address: "mara@studio.example" };

function readItem(body: { html?: string; text?: string }, subject = "Homepage copy"): MemoryItem {
  return {
    envelope: {
      itemType: "message",
      mode: "read",
      subject,
      from: ANNA,
      to: [MARA],
      cc: [],
      sentAt: new Date("2026-03-02T09:14:00Z"),
      conversationId: "conv-1",
    },
    ...body,
  };
}

const GMAIL_THREAD = [
  "Hi Mara,",
  "",
  "while you're at it, could you also redo the About page?",
  "",
  "Anna",
  "",
  "On Mon, Mar 2, 2026 at 9:14 AM Mara Lindqvist <mara@studio.example> wrote:",
  "> Hi Anna, the homepage copy is attached.",
  "> Mara",
].join("\n");

describe("the pane", () => {
  it("shows the client's newest words and folds the quoted history under its sender", async () => {
    const mailbox = createMemoryMailbox({ item: readItem({ text: GMAIL_THREAD }) });
    render(<App store={createMemoryStore()} mailbox={mailbox} />);

    const latest = await screen.findByRole("region", { name: "Latest message" });
    expect(latest).toHaveTextContent("while you're at it, could you also redo the About page?");
    expect(latest).not.toHaveTextContent("homepage copy is attached");

    const earlier = screen.getByRole("region", { name: "1 earlier message" });
    const header = within(earlier).getByRole("button", { name: /Mara Lindqvist/ });
    expect(within(earlier).queryByText(/homepage copy is attached/)).not.toBeInTheDocument();
    await userEvent.click(header);
    expect(within(earlier).getByText(/the homepage copy is attached/)).toBeVisible();
  });

  it("flags the finding with its words marked in the message, and remembers a dismissal and a muted rule", async () => {
    const store = createMemoryStore();
    const mailbox = createMemoryMailbox({ item: readItem({ text: GMAIL_THREAD }) });
    const { unmount } = render(<App store={store} mailbox={mailbox} />);

    const summary = await screen.findByRole("region", { name: "What this email is doing" });
    expect(within(summary).getByText("Scope creep · clear")).toBeInTheDocument();
    const card = screen.getByRole("article", { name: "Scope creep, clear" });
    expect(within(card).getByLabelText("The words that show it")).toHaveTextContent("“while you're at it”");
    const mark = screen.getByTitle("Flagged: Scope creep");
    expect(mark.tagName).toBe("MARK");
    expect(mark).toHaveTextContent(/^while you're at it$/);

    await userEvent.click(within(card).getByRole("button", { name: "Show in the message" }));
    expect(mark).toHaveFocus();

    await userEvent.click(within(card).getByRole("button", { name: "Not a problem here" }));
    expect(screen.queryByRole("article", { name: "Scope creep, clear" })).not.toBeInTheDocument();
    expect(screen.getByText("No warning signs in the client's newest message.")).toBeInTheDocument();
    expect(screen.getByText("1 finding dismissed")).toBeInTheDocument();

    // Dismissals are saved: the same email opened again stays quiet.
    unmount();
    render(<App store={store} mailbox={mailbox} />);
    expect(await screen.findByText("1 finding dismissed")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Show them again" }));
    const again = await screen.findByRole("article", { name: "Scope creep, clear" });

    await userEvent.click(within(again).getByRole("button", { name: "Mute this rule" }));
    expect(screen.queryByRole("article", { name: "Scope creep, clear" })).not.toBeInTheDocument();
    expect(screen.getByText("1 rule muted")).toBeInTheDocument();
    expect(store.saved.get("findingPreferences")).toEqual({ mutedRuleIds: [expect.stringMatching(/^en\.scope\.creep\./)], dismissedFindings: [] });
    await userEvent.click(screen.getByRole("button", { name: "Unmute" }));
    expect(await screen.findByRole("article", { name: "Scope creep, clear" })).toBeInTheDocument();
  });

  it("keeps a choice that could not be saved, and says so", async () => {
    const store = createMemoryStore();
    render(<App store={store} mailbox={createMemoryMailbox({ item: readItem({ text: GMAIL_THREAD }) })} />);
    const card = await screen.findByRole("article", { name: "Scope creep, clear" });
    // Opening the email saved its signal counts to the client's history; the next save fails.
    await waitFor(() => expect(store.saved.get("clientRecords")).toBeDefined());
    store.failNextSave(new Error("the mailbox is offline"));
    await userEvent.click(within(card).getByRole("button", { name: "Not a problem here" }));
    expect(await screen.findByText(/Your choice could not be saved \(the mailbox is offline\)/)).toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "Scope creep, clear" })).not.toBeInTheDocument();
  });

  it("in a reply draft, reads the client's email quoted below the draft, not the user's own words", async () => {
    const reply = replyDraft(readItem({ text: "Could you send the files by Friday?" }), "<p>Hi Anna, sure.</p>", { replyAll: false }, MARA);
    render(<App store={createMemoryStore()} mailbox={createMemoryMailbox({ item: reply })} />);

    expect(await screen.findByText(/You are writing a draft/)).toBeInTheDocument();
    const latest = await screen.findByRole("region", { name: "Latest message" });
    expect(within(latest).getByText("Could you send the files by Friday?")).toBeInTheDocument();
    expect(within(latest).getByText(/Anna Example/)).toBeInTheDocument();
    expect(screen.queryByText(/Hi Anna, sure\./)).not.toBeInTheDocument();
  });

  it("says so when no email is open", async () => {
    render(<App store={createMemoryStore()} mailbox={createMemoryMailbox({ item: null })} />);
    expect(await screen.findByText("No email is open")).toBeInTheDocument();
  });

  it("tells the user what failed and reads again on 'Try again'", async () => {
    const mailbox = createMemoryMailbox({ item: readItem({ text: "Hello Mara, thanks!" }) });
    mailbox.failNext("getOpenItem", new MailboxError("host-failed", "getAsync failed: 9041", 9041));
    render(<App store={createMemoryStore()} mailbox={mailbox} />);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Clear Lines could not read this email");
    expect(alert).toHaveTextContent("Outlook did not answer. Check your connection, then try again.");
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Hello Mara, thanks!")).toBeInTheDocument();
  });

  it("follows the selection when the user opens another email in a pinned pane", async () => {
    const mailbox = createMemoryMailbox({ item: readItem({ text: "First email" }, "First") });
    render(<App store={createMemoryStore()} mailbox={mailbox} />);
    expect(await screen.findByRole("heading", { level: 1, name: "First" })).toBeInTheDocument();

    act(() => mailbox.selectItem(readItem({ text: "Second email" }, "Second")));
    expect(await screen.findByRole("heading", { level: 1, name: "Second" })).toBeInTheDocument();
    expect(await screen.findByText("Second email")).toBeInTheDocument();
  });

  it("speaks German when Outlook does", async () => {
    const mailbox = createMemoryMailbox({ item: null, displayLanguage: "de-AT" });
    render(<App store={createMemoryStore()} mailbox={mailbox} />);
    expect(await screen.findByText("Keine E-Mail geöffnet")).toBeInTheDocument();
  });

  it("quotes the evidence the German way in a German pane", async () => {
    const text = "Hallo Jonas,\n\nkönntest du, wenn du schon dabei bist, auch noch die Visitenkarten machen?\n\nDanke!\nSven";
    render(<App store={createMemoryStore()} mailbox={createMemoryMailbox({ item: readItem({ text }), displayLanguage: "de-DE" })} />);
    const card = await screen.findByRole("article", { name: /^Auftrag wächst, / });
    expect(within(card).getByLabelText("Die Worte, die es zeigen").textContent).toMatch(/^„.+“$/);
  });

  it("shows hostile HTML as text and never puts its markup into the page", async () => {
    const html = '<p>Please check <img src=x onerror="alert(1)"> this</p><script>alert(2)</script>';
    const { container } = render(<App store={createMemoryStore()} mailbox={createMemoryMailbox({ item: readItem({ html }) })} />);
    await screen.findByRole("region", { name: "Latest message" });
    expect(container.querySelector("img, script")).toBeNull();
    expect(screen.getByText(/Please check/)).toBeInTheDocument();
  });

  it("shows the start of a huge message and the rest on request", async () => {
    const text = "word ".repeat(2_100_000); // about 10 MB
    render(<App store={createMemoryStore()} mailbox={createMemoryMailbox({ item: readItem({ text }) })} />);
    // Reading 10 MB of HTML takes about a second here: wait for it rather than time it (that is the bench's job).
    const notice = await screen.findByText(/Showing the first/, undefined, { timeout: 15_000 });
    expect(notice).toHaveTextContent(`Showing the first ${DISPLAY_LIMIT.toLocaleString("en-US")} of`);
    await userEvent.click(screen.getByRole("button", { name: "Show the whole message" }));
    expect(screen.queryByText(/Showing the first/)).not.toBeInTheDocument();
  }, 30_000);
});
