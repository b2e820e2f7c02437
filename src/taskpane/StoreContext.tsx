import { createContext, useContext } from "react";
import type { KeyValueStore } from "../core/storage/keyValueStore";

const StoreContext = createContext<KeyValueStore | null>(null);

export const StoreProvider = StoreContext.Provider;

/** The settings store: Outlook's roaming settings, or the playground's localStorage. */
export function useStore(): KeyValueStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useStore needs a <StoreProvider> above it.");
  return store;
}
