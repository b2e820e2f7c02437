/**
 * Ribbon function commands (the manifest's FunctionFile): registers our handlers with
 * Office and guarantees the one thing Outlook insists on, that every invocation ends with
 * `event.completed()` (docs: Office.AddinCommands.Event.completed, "must be called at the
 * end of a function which was invoked by a function command button"). A command that never
 * completes leaves Outlook's "working on your request" bar up until Outlook kills it.
 */
import type { Mailbox } from "./mailbox";
import type { CommandEventLike } from "./officeApi";
import { MailboxError } from "./mailbox";
import { whenOfficeReady, type ConnectOptions } from "./host";
import { createOfficeMailbox } from "./officeMailbox";

/** What a ribbon command handler receives: which command ran, and the gateway to act through. */
export interface RibbonCommandEvent {
  /** The manifest's action id (FunctionName), e.g. "flagSender". */
  readonly commandId: string;
  readonly mailbox: Mailbox;
}

/** A ribbon command. Its promise settling (either way) completes the Office event. */
export type RibbonCommandHandler = (event: RibbonCommandEvent) => Promise<void>;

/** Options for `registerRibbonCommands`. */
export interface RibbonCommandOptions extends ConnectOptions {
  /** Told about a handler's failure; the event is completed either way. */
  readonly onError?: (commandId: string, error: unknown) => void;
}

/**
 * Waits for Office and associates each handler with its manifest action id through
 * `Office.actions.associate`.
 * @param handlers handlers by action id (the manifest's FunctionName).
 * @param options where Office comes from, and who hears about failures.
 * @returns resolves once every handler is registered; rejects with MailboxError
 *   "unsupported" outside Outlook or when the host lacks `Office.actions`.
 */
export async function registerRibbonCommands(
  handlers: Readonly<Record<string, RibbonCommandHandler>>,
  options: RibbonCommandOptions = {},
): Promise<void> {
  const office = await whenOfficeReady(options);
  const entries = Object.entries(handlers);
  if (entries.length === 0) return;
  const actions = office.actions;
  if (!actions) {
    throw new MailboxError("unsupported", "This Outlook has no Office.actions, so ribbon commands cannot be registered.");
  }
  const mailbox = createOfficeMailbox(office, options.mailbox ?? {});
  for (const [commandId, handler] of entries) {
    actions.associate(commandId, (event) => {
      void runCommand(commandId, handler, event, mailbox, options.onError);
    });
  }
}

async function runCommand(
  commandId: string,
  handler: RibbonCommandHandler,
  event: CommandEventLike,
  mailbox: Mailbox,
  onError: RibbonCommandOptions["onError"],
): Promise<void> {
  try {
    await handler({ commandId, mailbox });
  } catch (error) {
    try {
      onError?.(commandId, error);
    } catch {
      // A broken error reporter must not keep the event from completing.
    }
  } finally {
    event.completed();
  }
}
