import { useCallback, useSyncExternalStore } from "react";
import type { ClientRecord, ClientStore } from "../core";

/** The stored record of one sender (undefined when never seen), kept current as the store changes. */
export function useClientRecord(clients: ClientStore, address: string | null): ClientRecord | undefined {
  const subscribe = useCallback((listener: () => void) => clients.subscribe(listener), [clients]);
  const get = useCallback(() => (address ? clients.get(address) : undefined), [clients, address]);
  return useSyncExternalStore(subscribe, get);
}
