import type { KeyValueStore } from "../core/storage/keyValueStore";

/** Where the playground keeps the add-in's settings: the stand-in for Outlook's roaming settings. */
export const SETTINGS_STORAGE_KEY = "clear-lines.settings.v1";

/**
 * The storage port over the browser's localStorage, shaped like roaming settings: all
 * values in one JSON object, changed in memory and written by `save`. An unreadable
 * stored value is kept aside under a backup key rather than overwritten.
 */
export function createLocalStorageStore(storage: Pick<Storage, "getItem" | "setItem">): KeyValueStore {
  const values = new Map<string, unknown>(Object.entries(load(storage)));
  return {
    get: (key) => values.get(key),
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
    async save() {
      try {
        storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(Object.fromEntries(values)));
      } catch (error) {
        // DOMException is not an Error subclass everywhere: read its name directly.
        const name = typeof error === "object" && error !== null && "name" in error ? String(error.name) : "unknown error";
        throw new Error(`The browser refused to store the settings (${name}).`);
      }
    },
  };
}

function load(storage: Pick<Storage, "getItem" | "setItem">): Record<string, unknown> {
  const raw = storage.getItem(SETTINGS_STORAGE_KEY);
  if (raw === null) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Falls through to keeping the raw value aside.
  }
  try {
    storage.setItem(`${SETTINGS_STORAGE_KEY}.unreadable`, raw);
  } catch {
    // Nothing more can be done without storage; start clean in memory.
  }
  return {};
}
