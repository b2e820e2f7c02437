import { MailboxError } from "../office/mailbox";
import type { Strings } from "./i18n/strings";

/** What to tell the user about a failed gateway call: what happened and what to do. */
export function errorMessage(error: unknown, strings: Strings): string {
  if (error instanceof MailboxError) return strings.errors[error.code];
  return strings.errors.unknown;
}
