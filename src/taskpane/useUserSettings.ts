import { useCallback, useState } from "react";
import type { KeyValueStore } from "../core/storage/keyValueStore";
// From the module itself, so the pane's first paint does not wait for the analysis chunk.
import { readUserSettings, validateSettings, writeUserSettings, type SettingsProblem, type UserSettings } from "../core/storage/userSettings";

export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly problems: readonly SettingsProblem[]; readonly error: string | null };

export interface UserSettingsApi {
  readonly settings: UserSettings;
  /** Validates, applies and saves; on a failed save the settings still apply for this session. */
  save(next: UserSettings): Promise<SaveResult>;
}

/** The user's settings, shared by the replies and the settings view. */
export function useUserSettings(store: KeyValueStore): UserSettingsApi {
  const [settings, setSettings] = useState(() => readUserSettings(store));
  const save = useCallback(
    async (next: UserSettings): Promise<SaveResult> => {
      const problems = validateSettings(next);
      if (problems.length > 0) return { ok: false, problems, error: null };
      writeUserSettings(store, next);
      setSettings(next);
      try {
        await store.save();
        return { ok: true };
      } catch (error) {
        return { ok: false, problems: [], error: error instanceof Error ? error.message : String(error) };
      }
    },
    [store],
  );
  return { settings, save };
}
