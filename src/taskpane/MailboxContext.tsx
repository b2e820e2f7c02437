import { createContext, useContext } from "react";
import type { Mailbox } from "../office/mailbox";

const MailboxContext = createContext<Mailbox | null>(null);

export const MailboxProvider = MailboxContext.Provider;

/** The gateway to Outlook (or to the playground's in-memory mailbox). */
export function useMailbox(): Mailbox {
  const mailbox = useContext(MailboxContext);
  if (!mailbox) throw new Error("useMailbox needs a <MailboxProvider> above it.");
  return mailbox;
}
