import { useCallback, useState } from "react";
import type { KeyValueStore } from "../core/storage/keyValueStore";
// Imported from the module itself, not the core's index, so the pane's first paint does
// not wait for the analysis chunk.
import { readFindingPreferences, writeFindingPreferences, type FindingPreferences } from "../core/storage/preferences";

export interface FindingPreferencesApi {
  readonly preferences: FindingPreferences;
  dismiss(key: string): void;
  restore(keys: readonly string[]): void;
  mute(ruleId: string): void;
  unmute(ruleId: string): void;
  /** Why the last save failed, or null; the choice still applies for this session. */
  readonly saveError: string | null;
}

/**
 * The user's muted rules and dismissed findings: applied at once, then saved. A failed
 * save keeps the choice in memory and says so; the next change tries to save again.
 */
export function useFindingPreferences(store: KeyValueStore): FindingPreferencesApi {
  const [preferences, setPreferences] = useState(() => readFindingPreferences(store));
  const [saveError, setSaveError] = useState<string | null>(null);

  const update = useCallback(
    (change: (current: FindingPreferences) => FindingPreferences) => {
      // Re-read first: another Outlook window may have saved since this pane loaded.
      const next = change(readFindingPreferences(store));
      writeFindingPreferences(store, next);
      setPreferences(readFindingPreferences(store));
      store.save().then(
        () => setSaveError(null),
        (error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)),
      );
    },
    [store],
  );

  return {
    preferences,
    saveError,
    dismiss: useCallback((key: string) => update((current) => ({ ...current, dismissedFindings: [...current.dismissedFindings, key] })), [update]),
    restore: useCallback(
      (keys: readonly string[]) => update((current) => ({ ...current, dismissedFindings: current.dismissedFindings.filter((key) => !keys.includes(key)) })),
      [update],
    ),
    mute: useCallback((ruleId: string) => update((current) => ({ ...current, mutedRuleIds: [...current.mutedRuleIds, ruleId] })), [update]),
    unmute: useCallback(
      (ruleId: string) => update((current) => ({ ...current, mutedRuleIds: current.mutedRuleIds.filter((id) => id !== ruleId) })),
      [update],
    ),
  };
}
