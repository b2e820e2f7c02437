/**
 * `npm run bench [-- FILTER]`: runs every benchmark in `bench/*.bench.ts` (or those
 * whose name contains FILTER) and prints a table: name, input size, median time,
 * throughput; then, per group, the ratio of the largest input's time to the smallest's
 * next to the ratio of their sizes (equal ratios mean linear time).
 *
 * `npm run bench` runs this file bundled as the pane's code ships (see
 * `webpack.config.js` here); `npx tsx bench/run.ts` runs it from source, slower.
 *
 * Sizes are in MB of 1 000 000 bytes (UTF-8). Times vary with the machine and its
 * load; compare figures taken on the same machine.
 */

import { readdirSync } from "node:fs";
import { type Benchmark, type Measurement, measure } from "./harness";
import { benchmarks as analyzeThreadBenchmarks } from "./analyzeThread.bench";
import { benchmarks as clientStoreBenchmarks } from "./clientStore.bench";
import { benchmarks as readThreadBenchmarks } from "./readThread.bench";

/**
 * Every benchmark file and what it exports. Listed rather than found at run time, so
 * that the bundle holds them; a file missing here is reported (see `unlisted`).
 */
const FILES: Readonly<Record<string, readonly Benchmark[]>> = {
  "analyzeThread.bench.ts": analyzeThreadBenchmarks,
  "clientStore.bench.ts": clientStoreBenchmarks,
  "readThread.bench.ts": readThreadBenchmarks,
};

/** Benchmark files in this folder that `FILES` does not list. */
function unlisted(): string[] {
  return readdirSync(__dirname).filter((file) => file.endsWith(".bench.ts") && !(file in FILES));
}

function formatSize(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${(bytes / 1000).toFixed(1)} kB`;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function run(filter: string | undefined): void {
  const missing = unlisted();
  if (missing.length > 0) {
    process.stderr.write(`bench: not listed in bench/run.ts, so not run: ${missing.join(", ")}\n`);
    process.exitCode = 1;
  }
  const benchmarks = Object.values(FILES)
    .flat()
    .filter((b) => !filter || b.name.includes(filter));
  const rows: Measurement[] = [];
  const header = `${pad("benchmark", 34)} ${pad("size", 9, true)} ${pad("median ms", 10, true)} ${pad("MB/s", 8, true)} ${pad("runs", 5, true)}`;
  process.stdout.write(`${header}\n${"-".repeat(header.length)}\n`);
  for (const benchmark of benchmarks) {
    const m = measure(benchmark);
    rows.push(m);
    const mbps = m.bytes / 1_000_000 / (m.medianMs / 1000);
    process.stdout.write(
      `${pad(m.name, 34)} ${pad(formatSize(m.bytes), 9, true)} ${pad(m.medianMs.toFixed(1), 10, true)} ${pad(mbps.toFixed(2), 8, true)} ${pad(String(m.runs), 5, true)}\n`,
    );
  }
  const groups = new Map<string, Measurement[]>();
  for (const m of rows) {
    if (m.group === undefined) continue;
    groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  }
  if (groups.size > 0) process.stdout.write("\n");
  for (const [group, members] of groups) {
    if (members.length < 2) continue;
    const sorted = [...members].sort((a, b) => a.bytes - b.bytes);
    const small = sorted[0];
    const large = sorted[sorted.length - 1];
    if (!small || !large) continue;
    const timeRatio = large.medianMs / small.medianMs;
    const sizeRatio = large.bytes / small.bytes;
    process.stdout.write(
      `${group}: ${formatSize(large.bytes)} / ${formatSize(small.bytes)} time ratio ${timeRatio.toFixed(2)} (size ratio ${sizeRatio.toFixed(2)}; equal means linear)\n`,
    );
  }
}

try {
  run(process.argv[2]);
} catch (error: unknown) {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
