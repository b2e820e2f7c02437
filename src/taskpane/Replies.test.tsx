/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { createMemoryMailbox, htmlToPlainText, replyDraft, type MemoryItem } from "../office/memoryMailbox";
import { MailboxError } from "../office/mailbox";
import { createMemoryStore } from "../core/storage/keyValueStore";
import { DEFAULT_SETTINGS, USER_SETTINGS_KEY } from "../core/storage/userSettings";

const ANNA = { name: "Anna Example", address: "anna@client.example" };
const MARA = { name: "Mara Lindqvist", address: "mara@studio.example" };

const PUSHY = [
  "Hi Mara,",
  "",
  "while you're at it, could you also design three menu boards for the new shop? Should only take an hour.",
  "",
  "Thanks,",
  "Anna",
].join("\n");

function readItem(text: string): MemoryItem {
  return {
    envelope: { itemType: "message", mode: "read", subject: "Menu boards", from: ANNA, to: [MARA], cc: [], sentAt: new Date("2026-03-02T09:14:00Z"), conversationId: "c1" },
    text,
  };
}

const settings = createMemoryStore({
  [USER_SETTINGS_KEY]: { ...DEFAULT_SETTINGS, name: "Mara Lindqvist", hourlyRate: 85, signature: "Mara Lindqvist · Lindqvist Studio" },
});

async function openReplyTab() {
  // The tab opens once the email has been read.
  await screen.findByRole("region", { name: "Latest message" });
  await userEvent.click(screen.getByRole("tab", { name: "Reply" }));
  return screen.findByRole("region", { name: "Reply" });
}

describe("the replies", () => {
  it("suggest the change-request reply for scope creep, ask for what is missing, and open a reply with exactly the edited text", async () => {
    const mailbox = createMemoryMailbox({ item: readItem(PUSHY) });
    render(<App mailbox={mailbox} store={settings} />);
    await screen.findByRole("article", { name: /Scope creep/ });
    const panel = await openReplyTab();

    expect(within(panel).getByRole("button", { name: "Extra work, with a quote", pressed: true })).toBeInTheDocument();
    const preview = within(panel).getByRole("textbox", { name: "Your reply (you can edit it)" });
    expect((preview as HTMLTextAreaElement).value).toMatch(/^Hi Anna,/);
    expect((preview as HTMLTextAreaElement).value).toContain("€85 per hour");
    expect((preview as HTMLTextAreaElement).value).toMatch(/Mara Lindqvist · Lindqvist Studio$/);

    const insert = within(panel).getByRole("button", { name: "Open a reply with this text" });
    expect(insert).toBeDisabled();
    await userEvent.type(within(panel).getByRole("textbox", { name: "What the client asked for" }), "three menu boards");
    await userEvent.type(within(panel).getByRole("textbox", { name: "Your quote or estimate" }), "6 hours");
    expect(insert).toBeEnabled();

    const text = (preview as HTMLTextAreaElement).value.replace("Hi Anna,", "Dear Anna,");
    await userEvent.clear(preview);
    await userEvent.click(preview);
    await userEvent.paste(text);
    expect((preview as HTMLTextAreaElement).value).toBe(text);
    await userEvent.click(insert);

    // The in-memory mailbox, like Outlook, opens the reply as a draft.
    await screen.findByText(/You are writing a draft/);
    const draft = mailbox.getState().item?.draft;
    expect(draft?.body.startsWith("<p>Dear Anna,</p>")).toBe(true);
    expect(draft?.body).toContain("three menu boards");
    expect(draft?.body).toContain("6 hours");
  });

  it("insert at the cursor of a plain-text draft as text, and keep the text when Outlook refuses", async () => {
    const reply = replyDraft(readItem(PUSHY), "", { replyAll: false }, MARA);
    const quoted = htmlToPlainText(reply.draft?.body ?? "");
    const mailbox = createMemoryMailbox({ item: { ...reply, draft: { format: "text", body: `\n\n${quoted}`, cursor: 0 } } });
    render(<App mailbox={mailbox} store={settings} />);
    const panel = await openReplyTab();
    await userEvent.type(within(panel).getByRole("textbox", { name: "What the client asked for" }), "menu boards");
    await userEvent.type(within(panel).getByRole("textbox", { name: "Your quote or estimate" }), "6 hours");

    mailbox.failNext("insertAtCursor", new MailboxError("host-failed", "setSelectedDataAsync failed: 9041", 9041));
    await userEvent.click(within(panel).getByRole("button", { name: "Insert at the cursor" }));
    expect(await within(panel).findByRole("alert")).toHaveTextContent("Outlook did not take the text: Outlook did not answer. Check your connection, then try again. Your text is still here");
    const previewText = (within(panel).getByRole("textbox", { name: "Your reply (you can edit it)" }) as HTMLTextAreaElement).value;
    expect(previewText).toContain("menu boards");

    await userEvent.click(within(panel).getByRole("button", { name: "Insert at the cursor" }));
    expect(await within(panel).findByText("Done: the text is in your draft.")).toBeInTheDocument();
    expect(mailbox.getState().item?.draft?.body).toBe(`${previewText}\n\n${quoted}`);
  });

  it("name the colleague the user picks in a capacity reply", async () => {
    const store = createMemoryStore({
      [USER_SETTINGS_KEY]: {
        ...DEFAULT_SETTINGS,
        name: "Mara Lindqvist",
        colleagues: [
          { name: "Sam Ortiz", email: "sam@ortiz.example", speciality: "WordPress" },
          { name: "Lea Brandt", email: "lea@brandt.example", speciality: "illustration" },
        ],
      },
    });
    render(<App mailbox={createMemoryMailbox({ item: readItem(PUSHY) })} store={store} />);
    const panel = await openReplyTab();
    await userEvent.selectOptions(within(panel).getByRole("combobox", { name: "All replies" }), "capacity");
    const preview = () => (within(panel).getByRole("textbox", { name: "Your reply (you can edit it)" }) as HTMLTextAreaElement).value;
    expect(preview()).toContain("Sam Ortiz");
    await userEvent.selectOptions(within(panel).getByRole("combobox", { name: "Colleague to suggest" }), "1");
    expect(preview()).toContain("Lea Brandt");
    expect(preview()).toContain("illustration");
    expect(preview()).not.toContain("Sam Ortiz");
  });
});
