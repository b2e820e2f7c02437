/**
 * The benchmark harness: what a benchmark is, and how one is timed.
 *
 * A file `bench/<topic>.bench.ts` exports `benchmarks: Benchmark[]` and is listed in
 * `bench/run.ts` (which reports a file there that it does not list). Inputs are built in
 * `setup`, outside the timing, and must be deterministic (use {@link seededRandom}), so
 * that two runs measure the same work.
 */

/** One measurement: a name, and a setup that builds the input and returns the timed work. */
export interface Benchmark {
  /** Shown in the table, e.g. "readThread text 10 MB". */
  readonly name: string;
  /**
   * Benchmarks of one group measure the same work on inputs of different sizes; the
   * runner prints the ratio of the largest input's time to the smallest's, to show
   * whether time grows linearly.
   */
  readonly group?: string;
  /** Timed repetitions (the median is reported); defaults to 7. */
  readonly runs?: number;
  /** Builds the input (not timed); returns its size in bytes and the work to time. */
  readonly setup: () => { readonly bytes: number; readonly run: () => unknown };
}

/** What the runner measured for one benchmark. */
export interface Measurement {
  readonly name: string;
  readonly group: string | undefined;
  readonly bytes: number;
  readonly medianMs: number;
  readonly runs: number;
}

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same inputs on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Sink for results, so the engine cannot drop the timed work as unused. */
let sink: unknown;

/** Builds the input, warms the code up twice, then times `runs` repetitions. */
export function measure(benchmark: Benchmark): Measurement {
  const { bytes, run } = benchmark.setup();
  const runs = benchmark.runs ?? 7;
  for (let i = 0; i < 2; i += 1) sink = run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    sink = run();
    times.push(performance.now() - start);
  }
  void sink;
  return { name: benchmark.name, group: benchmark.group, bytes, medianMs: median(times), runs };
}
