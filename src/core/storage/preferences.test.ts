import { createMemoryStore } from "./keyValueStore";
import { findingKey, MAX_DISMISSED, PREFERENCES_KEY, readFindingPreferences, writeFindingPreferences } from "./preferences";

describe("finding preferences", () => {
  it("round-trips through the store", async () => {
    const store = createMemoryStore();
    writeFindingPreferences(store, { mutedRuleIds: ["en.tone.pressure.asap"], dismissedFindings: ["0badf00d"] });
    await store.save();
    expect(store.saved.get(PREFERENCES_KEY)).toEqual({ mutedRuleIds: ["en.tone.pressure.asap"], dismissedFindings: ["0badf00d"] });
    expect(readFindingPreferences(store)).toEqual({ mutedRuleIds: ["en.tone.pressure.asap"], dismissedFindings: ["0badf00d"] });
  });

  it("reads junk as the defaults, and drops entries of the wrong type", () => {
    expect(readFindingPreferences(createMemoryStore({ [PREFERENCES_KEY]: "junk" }))).toEqual({ mutedRuleIds: [], dismissedFindings: [] });
    expect(readFindingPreferences(createMemoryStore({ [PREFERENCES_KEY]: { mutedRuleIds: ["a", 3, null], dismissedFindings: "x" } }))).toEqual({
      mutedRuleIds: ["a"],
      dismissedFindings: [],
    });
  });

  it("keeps only the newest dismissals, so the roaming budget holds", () => {
    const store = createMemoryStore();
    const many = Array.from({ length: MAX_DISMISSED + 50 }, (_, index) => findingKey("mail", "rule", 0, index));
    writeFindingPreferences(store, { mutedRuleIds: [], dismissedFindings: many });
    const kept = readFindingPreferences(store).dismissedFindings;
    expect(kept).toHaveLength(MAX_DISMISSED);
    expect(kept[kept.length - 1]).toBe(many[many.length - 1]);
    expect(JSON.stringify(store.get(PREFERENCES_KEY)).length).toBeLessThan(5_000);
  });

  it("gives every finding a short key that depends on the email, rule and position", () => {
    const key = findingKey("conv-1", "en.scope.creep.while-youre-at-it", 0, 10);
    expect(key).toMatch(/^[0-9a-f]{8}$/);
    expect(findingKey("conv-1", "en.scope.creep.while-youre-at-it", 0, 10)).toBe(key);
    expect(new Set([key, findingKey("conv-2", "en.scope.creep.while-youre-at-it", 0, 10), findingKey("conv-1", "other", 0, 10), findingKey("conv-1", "en.scope.creep.while-youre-at-it", 1, 10)]).size).toBe(4);
  });
});
