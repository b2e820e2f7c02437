/**
 * The user's choices about findings: rules muted everywhere ("not a problem for me")
 * and single findings dismissed ("not a problem here"). Stored through the storage
 * port; read defensively, because roaming settings can hold anything an older or newer
 * version of the add-in wrote.
 */
import type { KeyValueStore } from "./keyValueStore";

export interface FindingPreferences {
  readonly mutedRuleIds: readonly string[];
  /** Short keys of dismissed findings (see `findingKey`), oldest first. */
  readonly dismissedFindings: readonly string[];
}

export const PREFERENCES_KEY = "findingPreferences";

/**
 * Outlook's roaming settings hold 32 KB for the whole add-in; this many dismissals
 * (9 bytes each) is ample for a working year, and the oldest go first.
 */
export const MAX_DISMISSED = 400;

const EMPTY: FindingPreferences = { mutedRuleIds: [], dismissedFindings: [] };

/** Reads the preferences; a missing or malformed value gives the defaults. */
export function readFindingPreferences(store: KeyValueStore): FindingPreferences {
  const raw = store.get(PREFERENCES_KEY);
  if (typeof raw !== "object" || raw === null) return EMPTY;
  const value = raw as Record<string, unknown>;
  return {
    mutedRuleIds: stringList(value.mutedRuleIds),
    dismissedFindings: stringList(value.dismissedFindings).slice(-MAX_DISMISSED),
  };
}

/** Writes the preferences into the store (in memory; call `store.save()` to persist). */
export function writeFindingPreferences(store: KeyValueStore, preferences: FindingPreferences): void {
  store.set(PREFERENCES_KEY, {
    mutedRuleIds: [...new Set(preferences.mutedRuleIds)],
    dismissedFindings: [...new Set(preferences.dismissedFindings)].slice(-MAX_DISMISSED),
  });
}

/**
 * A short, stable key for one finding in one email: a 32-bit FNV-1a hash of the email's
 * identity, the rule and the evidence position, in 8 hex digits. Collisions only risk
 * hiding a finding the user already saw dismissed in another email: rare and harmless.
 */
export function findingKey(emailIdentity: string, ruleId: string, message: number, start: number): string {
  const text = `${emailIdentity}\u0000${ruleId}\u0000${message}\u0000${start}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : [];
}
