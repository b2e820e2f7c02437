import { DEFAULT_STATE, loadPlaygroundState, savePlaygroundState, STORAGE_KEY, type PlaygroundState } from "./playgroundState";

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

describe("playground state", () => {
  it("round-trips what it saved", () => {
    const storage = memoryStorage();
    const state: PlaygroundState = {
      sampleId: "scope-creep-website",
      mode: "compose",
      displayLanguage: "de-DE",
      theme: "dark",
      paneWidth: 320,
      drafts: { "scope-creep-website": { format: "html", body: "<p>Hallo</p>" } },
    };
    savePlaygroundState(storage, state);
    expect(loadPlaygroundState(storage)).toEqual(state);
  });

  it("starts from the defaults when nothing or junk is stored", () => {
    expect(loadPlaygroundState(memoryStorage())).toEqual(DEFAULT_STATE);
    expect(loadPlaygroundState(memoryStorage({ [STORAGE_KEY]: "{not json" }))).toEqual(DEFAULT_STATE);
    expect(loadPlaygroundState(memoryStorage({ [STORAGE_KEY]: "42" }))).toEqual(DEFAULT_STATE);
  });

  it("keeps the valid fields of a partly broken value and drops the rest", () => {
    const stored = JSON.stringify({
      sampleId: 7,
      mode: "compose",
      displayLanguage: "fr-FR",
      theme: "dark",
      paneWidth: 300,
      drafts: { good: { format: "text", body: "hi" }, bad: { format: "rtf", body: "x" }, worse: null },
    });
    expect(loadPlaygroundState(memoryStorage({ [STORAGE_KEY]: stored }))).toEqual({
      sampleId: null,
      mode: "compose",
      displayLanguage: "en-US",
      theme: "dark",
      paneWidth: 360,
      drafts: { good: { format: "text", body: "hi" } },
    });
  });

  it("survives a storage that refuses to write", () => {
    const refusing = {
      setItem: () => {
        throw new DOMException("quota", "QuotaExceededError");
      },
    };
    expect(() => savePlaygroundState(refusing, DEFAULT_STATE)).not.toThrow();
  });
});
