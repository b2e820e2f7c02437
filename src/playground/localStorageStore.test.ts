import { createLocalStorageStore, SETTINGS_STORAGE_KEY } from "./localStorageStore";

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

describe("localStorageStore", () => {
  it("keeps changes in memory until saved, then writes them as one JSON value", async () => {
    const storage = memoryStorage();
    const store = createLocalStorageStore(storage);
    store.set("a", { b: 1 });
    expect(storage.values.get(SETTINGS_STORAGE_KEY)).toBeUndefined();
    await store.save();
    expect(JSON.parse(storage.values.get(SETTINGS_STORAGE_KEY) ?? "")).toEqual({ a: { b: 1 } });
    expect(createLocalStorageStore(storage).get("a")).toEqual({ b: 1 });
  });

  it("keeps an unreadable stored value aside and starts clean", () => {
    const storage = memoryStorage({ [SETTINGS_STORAGE_KEY]: "{broken" });
    const store = createLocalStorageStore(storage);
    expect(store.get("a")).toBeUndefined();
    expect(storage.values.get(`${SETTINGS_STORAGE_KEY}.unreadable`)).toBe("{broken");
  });

  it("rejects a save the browser refuses, with a sentence", async () => {
    const store = createLocalStorageStore({
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    });
    await expect(store.save()).rejects.toThrow("The browser refused to store the settings (QuotaExceededError).");
  });
});
