import { htmlToPlainText, replyDraft, type MemoryItem } from "../office/memoryMailbox";
import type { EmailAddress } from "../office/mailbox";
import type { SampleEmail } from "./samples";

/** The playground's freelancer: the recipient of the samples in each language. */
export const PLAYGROUND_USERS: Readonly<Record<SampleEmail["language"], EmailAddress>> = {
  en: { name: "Mara Lindqvist", address: "mara@lindqvist-studio.example" },
  de: { name: "Jonas Becker", address: "jonas@becker-text.example" },
};

/** A sample as Outlook would show it in the reading pane. */
export function readItemOf(sample: SampleEmail): MemoryItem {
  return {
    envelope: {
      itemType: "message",
      mode: "read",
      subject: sample.subject,
      from: sample.from,
      to: sample.to,
      cc: sample.cc,
      sentAt: new Date(sample.sentAt),
      conversationId: sample.conversationId,
    },
    ...(sample.bodyFormat === "html" ? { html: sample.body } : { text: sample.body }),
  };
}

/**
 * A reply to a sample as Outlook opens it: an empty line for the user to write on, then
 * the quoted original. `body` restores a draft the user already worked on.
 */
export function replyItemOf(sample: SampleEmail, format: "html" | "text", body?: string): MemoryItem {
  const reply = replyDraft(readItemOf(sample), "<div><br></div>", { replyAll: false }, PLAYGROUND_USERS[sample.language]);
  const fresh = reply.draft?.body ?? "";
  const draftBody = body ?? (format === "html" ? fresh : htmlToPlainText(fresh));
  return { ...reply, draft: { format, body: draftBody, cursor: 0 } };
}
