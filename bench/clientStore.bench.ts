/**
 * The work of saving and reading the client records, on 300 realistic flagged clients
 * with 40 analysed emails each (test/fixtures/clients.ts). A save packs the whole value
 * (zlib and base64) at least once, and again for each trial when history must be trimmed
 * to the budget. Sizes are those of the clients' uncompressed JSON.
 *
 * Target (issue: difficult clients): a whole save of 300 clients under 50 ms.
 * - "one more email": the everyday save, a store at the budget gains one entry;
 * - "trim to budget": the worst one, half of 12 000 history entries must go;
 * - "read a stored value": unpack, parse and decode, when the stored value is
 *   not the one this window saved.
 */
import { fitToBudget } from "../src/core/clients/budget";
import { withEmail } from "../src/core/clients/clientRecords";
import type { ClientRecord } from "../src/core/clients/clientRecords";
import { compactClients, decodeClients } from "../src/core/clients/schema";
import { realisticFlaggedClients } from "../test/fixtures/clients";
import type { Benchmark } from "./harness";

function clients(): Map<string, ClientRecord> {
  return new Map(realisticFlaggedClients({ count: 300, emails: [40, 40] }).map((record) => [record.address, record]));
}

function jsonBytes(records: ReadonlyMap<string, ClientRecord>): number {
  return Buffer.byteLength(JSON.stringify(compactClients(records.values())));
}

export const benchmarks: Benchmark[] = [
  {
    name: "clients: save one more email",
    runs: 15,
    setup: () => {
      const full = fitToBudget(clients()).records;
      const [address, record] = [...full][0] ?? [];
      if (!address || !record) throw new Error("no clients");
      const next = new Map(full).set(address, withEmail(record, address, record.name, { "tone.pressure": 1 }, "2026-06-01"));
      return { bytes: jsonBytes(next), run: () => fitToBudget(next) };
    },
  },
  {
    name: "clients: trim to budget",
    runs: 9,
    setup: () => {
      const records = clients();
      return { bytes: jsonBytes(records), run: () => fitToBudget(records) };
    },
  },
  {
    name: "clients: read a stored value",
    runs: 15,
    setup: () => {
      const fitted = fitToBudget(clients());
      const stored = JSON.parse(JSON.stringify(fitted.value)) as unknown;
      return { bytes: jsonBytes(fitted.records), run: () => decodeClients(stored) };
    },
  },
];
