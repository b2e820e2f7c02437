import type { ClientStore } from "../core";
import type { KeyValueStore } from "../core/storage/keyValueStore";
import type { Core } from "./loadCore";

const stores = new WeakMap<KeyValueStore, ClientStore>();

/**
 * One client store per settings store for the life of the pane: every email view and
 * the clients view share its records, its pending saves and its subscribers.
 */
export function clientStoreFor(core: Core, store: KeyValueStore): ClientStore {
  let clients = stores.get(store);
  if (!clients) {
    clients = core.createClientStore(store);
    stores.set(store, clients);
  }
  return clients;
}
