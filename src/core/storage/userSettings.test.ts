import { createMemoryStore } from "./keyValueStore";
import { DEFAULT_SETTINGS, readUserSettings, USER_SETTINGS_KEY, validateSettings, writeUserSettings, type UserSettings } from "./userSettings";

const full: UserSettings = {
  ...DEFAULT_SETTINGS,
  name: "Mara Lindqvist",
  businessName: "Lindqvist Studio",
  hourlyRate: 85,
  newRate: 95,
  rateEffectiveDate: "2026-07-01",
  colleagues: [{ name: "Sam Ortiz", email: "sam@ortiz.example", speciality: "WordPress development" }],
  signature: "Mara Lindqvist\nLindqvist Studio",
};

describe("user settings", () => {
  it("round-trip through the store", () => {
    const store = createMemoryStore();
    writeUserSettings(store, full);
    expect(readUserSettings(store)).toEqual(full);
  });

  it("start from sensible defaults, and repair what an older version or a hand edit left", () => {
    expect(readUserSettings(createMemoryStore())).toEqual(DEFAULT_SETTINGS);
    const store = createMemoryStore({
      [USER_SETTINGS_KEY]: { name: 7, currency: "DOGE", hourlyRate: "85", revisionRounds: 3, workingHours: { days: [0, 9], from: "25:00" }, colleagues: [{ name: "" }, "x", { name: "Sam" }], rateEffectiveDate: "soon" },
    });
    expect(readUserSettings(store)).toEqual({ ...DEFAULT_SETTINGS, revisionRounds: 3, colleagues: [{ name: "Sam", email: "", speciality: "" }] });
  });

  it("validate what the user typed, field by field", () => {
    expect(validateSettings(full)).toEqual([]);
    expect(
      validateSettings({
        ...full,
        name: "x".repeat(200),
        hourlyRate: -5,
        rateEffectiveDate: "2026-13-45",
        revisionRounds: 1.5,
        workingHours: { days: [1], from: "18:00", to: "09:00" },
        colleagues: [{ name: "Sam", email: "not-an-email", speciality: "" }],
      }),
    ).toEqual([
      { field: "name", code: "too-long" },
      { field: "hourlyRate", code: "out-of-range" },
      { field: "rateEffectiveDate", code: "bad-date" },
      { field: "revisionRounds", code: "out-of-range" },
      { field: "workingHours", code: "bad-time" },
      { field: "colleagues", code: "bad-email" },
    ]);
    expect(validateSettings({ ...full, workingHours: { days: [], from: "09:00", to: "17:00" } })).toEqual([{ field: "workingHours", code: "no-days" }]);
  });
});
