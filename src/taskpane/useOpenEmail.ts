import { useCallback, useEffect, useState } from "react";
import type { ThreadMessage } from "../core";
import { loadCore, type Core } from "./loadCore";
import { analyzerFor } from "./analysis/analyzer";
import { MailboxError, type Mailbox, type OpenItem } from "../office/mailbox";

/** What the pane shows, derived from the open item. */
export type OpenEmailState =
  | { readonly status: "loading" }
  | { readonly status: "no-item" }
  | { readonly status: "not-message" }
  | {
      readonly status: "ready";
      readonly item: OpenItem;
      readonly thread: readonly ThreadMessage[];
      /** The loaded core, for analysing the thread with the user's current preferences. */
      readonly core: Core;
    }
  | { readonly status: "failed"; readonly error: unknown };

/**
 * Reads the open email through the gateway and splits it into its thread; reads again
 * when the user selects another email in a pinned pane, or asks to try again. A slow
 * read that finishes after a newer one started is discarded, so the pane never shows
 * the wrong email.
 */
export function useOpenEmail(mailbox: Mailbox): { state: OpenEmailState; reload: () => void } {
  const [state, setState] = useState<OpenEmailState>({ status: "loading" });
  // Bumped to read again; each read belongs to one value of it.
  const [generation, setGeneration] = useState(0);

  const reload = useCallback(() => {
    setState({ status: "loading" });
    setGeneration((value) => value + 1);
  }, []);

  useEffect(() => {
    let current = true;
    readOpenEmail(mailbox).then(
      (next) => current && setState(next),
      (error: unknown) => current && setState({ status: "failed", error }),
    );
    return () => {
      current = false;
    };
  }, [mailbox, generation]);

  useEffect(() => {
    let unsubscribe: (() => Promise<void>) | undefined;
    let unmounted = false;
    mailbox.onItemChanged(reload).then(
      (off) => {
        if (unmounted) void off().catch(() => undefined);
        else unsubscribe = off;
      },
      // Without the event the pane still works; it just won't follow a new selection
      // while pinned (Mailbox 1.5 is missing), so there is nothing to tell the user.
      () => undefined,
    );
    return () => {
      unmounted = true;
      void unsubscribe?.().catch(() => undefined);
    };
  }, [mailbox, reload]);

  return { state, reload };
}

async function readOpenEmail(mailbox: Mailbox): Promise<OpenEmailState> {
  const item = await mailbox.getOpenItem();
  if (!item) return { status: "no-item" };
  if (item.itemType !== "message") return { status: "not-message" };
  const [{ body, format }, core] = await Promise.all([readBody(mailbox), loadCore()]);
  const analyzer = await analyzerFor(core);
  const thread = await analyzer.readThread(body, {
    format,
    from: item.mode === "read" && item.from ? formatAddress(item.from) : null,
    sentAt: item.mode === "read" ? item.sentAt : null,
  });
  return { status: "ready", item, thread, core };
}

/**
 * HTML keeps the markers that tell quoted history apart (Gmail's gmail_quote, Outlook's
 * divRplyFwdMsg, blockquote), so it is read first; plain text is the fallback when a
 * host refuses the HTML coercion.
 */
async function readBody(mailbox: Mailbox): Promise<{ body: string; format: "html" | "text" }> {
  try {
    return { body: await mailbox.getBody("html"), format: "html" };
  } catch (error) {
    if (error instanceof MailboxError && (error.code === "no-item" || error.code === "permission")) throw error;
    return { body: await mailbox.getBody("text"), format: "text" };
  }
}

function formatAddress(address: { name: string; address: string }): string {
  if (address.name && address.address && address.name !== address.address) return `${address.name} <${address.address}>`;
  return address.name || address.address;
}
