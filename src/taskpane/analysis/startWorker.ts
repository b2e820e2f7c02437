/**
 * Starts the analysis worker. Webpack bundles `analysis.worker.ts` as its own file from
 * this `new URL(…, import.meta.url)` (hashed in production); kept apart from
 * `analyzer.ts` so that environments without workers (the jsdom tests) never load it.
 */
export function startAnalysisWorker(): Worker {
  return new Worker(new URL("./analysis.worker.ts", import.meta.url), { name: "analysis-worker" });
}
