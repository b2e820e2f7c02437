/**
 * The storage port (the shape of zustand's StateStorage): the core and the pane read
 * and write settings through it, never through Outlook or localStorage directly.
 * `roamingSettingsStore` (src/office) implements it over Outlook's roaming settings,
 * `localStorageStore` (src/playground) over the browser's localStorage, and
 * `createMemoryStore` here for tests.
 */
export interface KeyValueStore {
  /** The value stored under `key`, or undefined. Values are JSON-compatible. */
  get(key: string): unknown;
  /** Changes the value in memory; `save` persists it. */
  set(key: string, value: unknown): void;
  remove(key: string): void;
  /** Persists every change since the last save. Rejects with an Error whose message says what failed. */
  save(): Promise<void>;
}

/** An in-memory store; `failNextSave` makes the next save reject, as a full or offline mailbox would. */
export interface MemoryStore extends KeyValueStore {
  /** What `save` last persisted. */
  readonly saved: ReadonlyMap<string, unknown>;
  failNextSave(error: Error): void;
}

/** A store that lives in memory: for tests, and as the fallback when no other storage works. */
export function createMemoryStore(initial: Readonly<Record<string, unknown>> = {}): MemoryStore {
  const values = new Map<string, unknown>(Object.entries(initial));
  let saved = new Map(values);
  const failures: Error[] = [];
  return {
    get: (key) => values.get(key),
    set: (key, value) => void values.set(key, structuredCloneJson(value)),
    remove: (key) => void values.delete(key),
    async save() {
      const failure = failures.shift();
      if (failure) throw failure;
      saved = new Map(values);
    },
    get saved() {
      return saved;
    },
    failNextSave: (error) => void failures.push(error),
  };
}

/** A JSON round trip: what a real store keeps is data, never a shared reference. */
function structuredCloneJson(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}
