/**
 * The analysis worker: reads and analyses threads off the pane's main thread, so a
 * 10 MB email never freezes the pane. It runs the same pure core as the page.
 */
import { analyzeThread, prepareAnalysis, readThread } from "../../core";
import { compileOrder } from "./compileOrder";
import type { AnalysisRequest, AnalysisResponse } from "./protocol";

/** The worker's global scope; the DOM typings this project compiles with describe a window instead. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
  readonly navigator: { readonly language: string };
};

scope.onmessage = ({ data: request }) => {
  try {
    const result = request.kind === "read" ? readThread(request.body, request.options) : analyzeThread(request.messages, request.settings);
    scope.postMessage({ id: request.id, ok: true, result });
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};

// Compile the rules while the page asks Outlook for the email: here it blocks nobody.
// Not at once: a request the page sent with the worker's start (the body to read, which
// needs no rules) is answered first rather than after a second or more of compiling.
// One language per turn, the likelier first (see `compileOrder`), the second queued only
// once the first is done, so a request that arrives meanwhile waits for one language at most.
const START_DELAY_MS = 100;
const [firstLanguage, secondLanguage] = compileOrder(scope.navigator.language);
setTimeout(() => {
  prepareAnalysis(firstLanguage);
  setTimeout(() => prepareAnalysis(secondLanguage), 0);
}, START_DELAY_MS);
