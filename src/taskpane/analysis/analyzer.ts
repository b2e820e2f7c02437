/**
 * Reads and analyses the open email in a Web Worker where the browser has one, so a
 * 10 MB thread never freezes the pane; in the page itself where it has none (the jsdom
 * tests) or when the worker cannot start or fails (then for good, so nothing is lost:
 * the request that failed is answered in the page).
 */
import type { AnalysisSettings, ReadThreadOptions, ThreadAnalysis, ThreadMessage } from "../../core";
import type { Core } from "../loadCore";
import type { AnalysisRequest, AnalysisResponse } from "./protocol";

export interface Analyzer {
  readThread(body: string, options: ReadThreadOptions): Promise<readonly ThreadMessage[]>;
  analyzeThread(messages: readonly ThreadMessage[], settings: AnalysisSettings): Promise<ThreadAnalysis>;
}

/** The core, called in the page. */
export function inPageAnalyzer(core: Core): Analyzer {
  return {
    readThread: async (body, options) => core.readThread(body, options),
    analyzeThread: async (messages, settings) => core.analyzeThread(messages, settings),
  };
}

/** What the analyzer needs of a worker: a port to talk through (a real Worker in the pane). */
export interface WorkerPort {
  postMessage(message: AnalysisRequest): void;
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * Answers through the worker; the page answers instead when the worker reports an error
 * (a script that did not load, a crash): the pending requests are answered in the page,
 * and so is every later one.
 */
export function workerAnalyzer(port: WorkerPort, fallback: Analyzer): Analyzer {
  let nextId = 1;
  let failed = false;
  const pending = new Map<number, { request: AnalysisRequest; resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  const answerInPage = (request: AnalysisRequest): Promise<unknown> =>
    request.kind === "read" ? fallback.readThread(request.body, request.options) : fallback.analyzeThread(request.messages, request.settings);

  port.onmessage = ({ data: response }) => {
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response.result);
    else waiting.reject(new Error(response.error));
  };
  port.onerror = (event) => {
    // Handled here: the page answers instead, so the console need not report it.
    event.preventDefault();
    failed = true;
    port.terminate();
    for (const [id, waiting] of pending) {
      pending.delete(id);
      answerInPage(waiting.request).then(waiting.resolve, waiting.reject);
    }
  };

  const ask = (request: AnalysisRequest): Promise<unknown> => {
    if (failed) return answerInPage(request);
    return new Promise((resolve, reject) => {
      pending.set(request.id, { request, resolve, reject });
      port.postMessage(request);
    });
  };

  return {
    readThread: (body, options) => ask({ id: nextId++, kind: "read", body, options }) as Promise<readonly ThreadMessage[]>,
    analyzeThread: (messages, settings) => ask({ id: nextId++, kind: "analyze", messages, settings }) as Promise<ThreadAnalysis>,
  };
}

let analyzer: Promise<Analyzer> | undefined;

/** The pane's analyzer, made once: in a worker when the browser has them. */
export function analyzerFor(core: Core): Promise<Analyzer> {
  analyzer ??= (async () => {
    const inPage = inPageAnalyzer(core);
    if (typeof Worker !== "function") return inPage;
    try {
      const { startAnalysisWorker } = await import(/* webpackMode: "eager" */ "./startWorker");
      return workerAnalyzer(startAnalysisWorker(), inPage);
    } catch {
      // A browser that refuses the worker (policy, sandbox): the page does the work.
      return inPage;
    }
  })();
  return analyzer;
}
