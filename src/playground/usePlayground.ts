import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import {
  createMemoryMailbox,
  htmlToPlainText,
  plainTextToHtml,
  type MemoryItem,
  type MemoryMailbox,
  type MemoryMailboxState,
} from "../office/memoryMailbox";
import type { KeyValueStore } from "../core/storage/keyValueStore";
import { createLocalStorageStore } from "./localStorageStore";
import { loadPlaygroundState, savePlaygroundState, type PlaygroundState } from "./playgroundState";
import { PLAYGROUND_USERS, readItemOf, replyItemOf } from "./sampleItems";
import type { SampleEmail } from "./samples";

export interface Playground {
  readonly mailbox: MemoryMailbox;
  /** The add-in's settings, kept in localStorage as Outlook keeps them in roaming settings. */
  readonly store: KeyValueStore;
  readonly mailboxState: MemoryMailboxState;
  readonly prefs: PlaygroundState;
  readonly sample: SampleEmail | null;
  chooseSample(id: string): void;
  setMode(mode: PlaygroundState["mode"]): void;
  setDisplayLanguage(tag: PlaygroundState["displayLanguage"]): void;
  setTheme(theme: PlaygroundState["theme"]): void;
  setPaneWidth(width: PlaygroundState["paneWidth"]): void;
  setDraftFormat(format: "html" | "text"): void;
  editDraft(body: string, selectionStart: number, selectionEnd: number): void;
  moveCursor(selectionStart: number, selectionEnd: number): void;
  resetDraft(): void;
}

/**
 * The playground's state: an in-memory mailbox holding the open sample (read mode) or
 * a reply to it (compose mode), plus the preferences kept in localStorage. The mailbox
 * is the source of truth for the item and the draft, exactly as Outlook is for the
 * real pane; the playground only mirrors the draft into storage.
 */
export function usePlayground(storage: Storage, samples: readonly SampleEmail[]): Playground {
  const [prefs, setPrefs] = useState(() => loadPlaygroundState(storage));
  const sample = samples.find((candidate) => candidate.id === prefs.sampleId) ?? null;

  const mailbox = useMemo(
    () =>
      createMemoryMailbox({
        item: sample ? itemFor(sample, prefs) : null,
        displayLanguage: prefs.displayLanguage,
        theme: prefs.theme,
        // The sender of replies the pane opens; the samples' freelancer.
        user: PLAYGROUND_USERS[sample?.language ?? "en"],
      }),
    // Created once: later changes go through the mailbox's own host controls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const mailboxState = useSyncExternalStore(mailbox.subscribe, mailbox.getState);
  const store = useMemo(() => createLocalStorageStore(storage), [storage]);

  // The pane may open a reply (openReply) or insert into the draft: follow it.
  useEffect(
    () =>
      mailbox.subscribe((state) => {
        const item = state.item;
        if (item) setPrefs((current) => followMailbox(current, item));
      }),
    [mailbox],
  );

  useEffect(() => savePlaygroundState(storage, prefs), [storage, prefs]);

  const chooseSample = useCallback(
    (id: string) => {
      const chosen = samples.find((candidate) => candidate.id === id);
      if (!chosen) return;
      const next = { ...prefs, sampleId: id };
      mailbox.selectItem(itemFor(chosen, next));
      setPrefs(next);
    },
    [mailbox, samples, prefs],
  );

  const setMode = useCallback(
    (mode: PlaygroundState["mode"]) => {
      const next = { ...prefs, mode };
      if (sample) mailbox.selectItem(itemFor(sample, next));
      setPrefs(next);
    },
    [mailbox, sample, prefs],
  );

  const setDisplayLanguage = useCallback(
    (displayLanguage: PlaygroundState["displayLanguage"]) => {
      mailbox.setDisplayLanguage(displayLanguage);
      setPrefs((current) => ({ ...current, displayLanguage }));
    },
    [mailbox],
  );

  const setTheme = useCallback(
    (theme: PlaygroundState["theme"]) => {
      mailbox.setTheme(theme);
      setPrefs((current) => ({ ...current, theme }));
    },
    [mailbox],
  );

  const setPaneWidth = useCallback((paneWidth: PlaygroundState["paneWidth"]) => setPrefs((current) => ({ ...current, paneWidth })), []);

  const setDraftFormat = useCallback(
    (format: "html" | "text") => {
      const draft = mailbox.getState().item?.draft;
      if (!draft || draft.format === format) return;
      const body = format === "text" ? htmlToPlainText(draft.body) : plainTextToHtml(draft.body);
      mailbox.setDraft({ format, body, cursor: 0 });
    },
    [mailbox],
  );

  const editDraft = useCallback(
    (body: string, selectionStart: number, selectionEnd: number) => {
      const draft = mailbox.getState().item?.draft;
      if (!draft) return;
      mailbox.setDraft({ format: draft.format, body, cursor: selectionEnd, selection: { start: selectionStart, end: selectionEnd } });
    },
    [mailbox],
  );

  const moveCursor = useCallback(
    (selectionStart: number, selectionEnd: number) => {
      if (mailbox.getState().item?.draft) mailbox.setSelection(selectionStart, selectionEnd);
    },
    [mailbox],
  );

  const resetDraft = useCallback(() => {
    if (!sample) return;
    const format = prefs.drafts[sample.id]?.format ?? "html";
    const drafts = Object.fromEntries(Object.entries(prefs.drafts).filter(([id]) => id !== sample.id));
    setPrefs({ ...prefs, drafts });
    mailbox.selectItem(replyItemOf(sample, format));
  }, [mailbox, sample, prefs]);

  return { mailbox, store, mailboxState, prefs, sample, chooseSample, setMode, setDisplayLanguage, setTheme, setPaneWidth, setDraftFormat, editDraft, moveCursor, resetDraft };
}

/** The preferences after the mailbox changed: its mode, and the draft mirrored for the open sample. */
function followMailbox(current: PlaygroundState, item: MemoryItem): PlaygroundState {
  const mode = item.envelope.mode;
  const draft = item.draft;
  const saved = current.sampleId ? current.drafts[current.sampleId] : undefined;
  const draftChanged = mode === "compose" && draft !== undefined && (saved?.body !== draft.body || saved.format !== draft.format);
  if (current.mode === mode && !draftChanged) return current;
  return {
    ...current,
    mode,
    drafts:
      draftChanged && current.sampleId ? { ...current.drafts, [current.sampleId]: { format: draft.format, body: draft.body } } : current.drafts,
  };
}

function itemFor(sample: SampleEmail, prefs: PlaygroundState) {
  if (prefs.mode === "read") return readItemOf(sample);
  const saved = prefs.drafts[sample.id];
  return replyItemOf(sample, saved?.format ?? "html", saved?.body);
}
