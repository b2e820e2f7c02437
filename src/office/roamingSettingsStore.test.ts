import { createRoamingSettingsStore } from "./roamingSettingsStore";
import { MailboxError } from "./mailbox";
import type { AsyncResultLike, OfficeApi, OfficeCallback, RoamingSettingsApi } from "./officeApi";

function fakeOffice(roamingSettings: RoamingSettingsApi | undefined): OfficeApi {
  return {
    context: { displayLanguage: "en-US", requirements: { isSetSupported: () => true }, ...(roamingSettings ? { roamingSettings } : {}) },
    AsyncResultStatus: { Succeeded: "succeeded" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    MailboxEnums: {
      ItemType: { Appointment: "appointment" },
      ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage" },
    },
  };
}

/** Roaming settings as Outlook keeps them: values in memory, saved asynchronously (or not). */
function fakeRoamingSettings(failure?: AsyncResultLike<void>["error"]) {
  const values = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  const api: RoamingSettingsApi = {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    remove: (name) => void values.delete(name),
    saveAsync(callback: OfficeCallback<void>) {
      setTimeout(() => {
        if (failure) {
          callback({ status: "failed", value: undefined, error: failure });
        } else {
          for (const [key, value] of values) saved.set(key, value);
          callback({ status: "succeeded", value: undefined });
        }
      }, 0);
    },
  };
  return { api, saved };
}

describe("roamingSettingsStore", () => {
  it("gets, sets, removes and saves through Office's roaming settings", async () => {
    const { api, saved } = fakeRoamingSettings();
    const store = createRoamingSettingsStore(fakeOffice(api));
    store.set("findingPreferences", { mutedRuleIds: ["x"] });
    store.set("other", 1);
    store.remove("other");
    expect(store.get("findingPreferences")).toEqual({ mutedRuleIds: ["x"] });
    expect(store.get("other")).toBeUndefined();
    await store.save();
    expect(saved.get("findingPreferences")).toEqual({ mutedRuleIds: ["x"] });
  });

  it("rejects a failed save with a MailboxError that keeps Office's code", async () => {
    const { api } = fakeRoamingSettings({ code: 9041, name: "NetworkError", message: "The network is down" });
    const store = createRoamingSettingsStore(fakeOffice(api));
    await expect(store.save()).rejects.toMatchObject({ name: "MailboxError", code: "host-failed", officeCode: 9041 });
  });

  it("says so when the host has no roaming settings", () => {
    expect(() => createRoamingSettingsStore(fakeOffice(undefined))).toThrow(MailboxError);
  });
});
