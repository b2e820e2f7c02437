/**
 * What the playground remembers between visits (localStorage): which sample is open,
 * read or compose mode, the UI language and theme, the pane's width, and each sample's draft. Stored
 * values are validated on load: a stale or hand-edited value falls back to defaults
 * instead of breaking the page.
 */
export interface PlaygroundState {
  readonly sampleId: string | null;
  readonly mode: "read" | "compose";
  readonly displayLanguage: "en-US" | "de-DE";
  readonly theme: "light" | "dark";
  /** The task pane's width in pixels: Outlook lets the user narrow it to about 320. */
  readonly paneWidth: PaneWidth;
  /** Draft bodies the user produced in compose mode, by sample id. */
  readonly drafts: Readonly<Record<string, { readonly format: "html" | "text"; readonly body: string }>>;
}

/** The widths the playground offers: Outlook's narrowest pane, its usual one, and a wide one. */
export const PANE_WIDTHS = [320, 360, 450] as const;
export type PaneWidth = (typeof PANE_WIDTHS)[number];

export const STORAGE_KEY = "clear-lines.playground.v1";

export const DEFAULT_STATE: PlaygroundState = {
  sampleId: null,
  mode: "read",
  displayLanguage: "en-US",
  theme: "light",
  paneWidth: 360,
  drafts: {},
};

/** Reads the stored state; anything unreadable gives the defaults for that field. */
export function loadPlaygroundState(storage: Pick<Storage, "getItem">): PlaygroundState {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? "null");
  } catch {
    return DEFAULT_STATE;
  }
  if (typeof raw !== "object" || raw === null) return DEFAULT_STATE;
  const value = raw as Record<string, unknown>;
  return {
    sampleId: typeof value.sampleId === "string" ? value.sampleId : null,
    mode: value.mode === "compose" ? "compose" : "read",
    displayLanguage: value.displayLanguage === "de-DE" ? "de-DE" : "en-US",
    theme: value.theme === "dark" ? "dark" : "light",
    paneWidth: PANE_WIDTHS.find((width) => width === value.paneWidth) ?? DEFAULT_STATE.paneWidth,
    drafts: readDrafts(value.drafts),
  };
}

/** Saves the state; a full or disabled storage only costs persistence, never the page. */
export function savePlaygroundState(storage: Pick<Storage, "setItem">, state: PlaygroundState): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Quota exceeded or storage disabled (private mode): the playground keeps working in memory.
  }
}

function readDrafts(value: unknown): PlaygroundState["drafts"] {
  if (typeof value !== "object" || value === null) return {};
  const drafts: Record<string, { format: "html" | "text"; body: string }> = {};
  for (const [id, draft] of Object.entries(value)) {
    if (typeof draft !== "object" || draft === null) continue;
    const { format, body } = draft as Record<string, unknown>;
    if ((format === "html" || format === "text") && typeof body === "string") drafts[id] = { format, body };
  }
  return drafts;
}
