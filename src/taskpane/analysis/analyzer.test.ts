import * as core from "../../core";
import { inPageAnalyzer, workerAnalyzer, type WorkerPort } from "./analyzer";
import type { AnalysisRequest, AnalysisResponse } from "./protocol";

const BODY = "Hi Mara,\n\nCould you also quickly do the flyer while you're at it?\n\nThanks,\nAnna";

/** A worker in this process: answers each request on the next turn, as the real one does, through a structured clone. */
function fakeWorker(answer: (request: AnalysisRequest) => AnalysisResponse = respond): WorkerPort & { requests: AnalysisRequest[]; fail(): void } {
  const port = {
    requests: [] as AnalysisRequest[],
    onmessage: null as WorkerPort["onmessage"],
    onerror: null as WorkerPort["onerror"],
    terminated: false,
    postMessage(request: AnalysisRequest) {
      port.requests.push(request);
      setTimeout(() => port.onmessage?.({ data: structuredClone(answer(structuredClone(request))) } as MessageEvent<AnalysisResponse>), 0);
    },
    terminate() {
      port.terminated = true;
    },
    fail() {
      port.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
    },
  };
  return port;
}

function respond(request: AnalysisRequest): AnalysisResponse {
  const result = request.kind === "read" ? core.readThread(request.body, request.options) : core.analyzeThread(request.messages, request.settings);
  return { id: request.id, ok: true, result };
}

describe("the analyzer", () => {
  it("reads and analyses through the worker exactly as the page would", async () => {
    const port = fakeWorker();
    const analyzer = workerAnalyzer(port, inPageAnalyzer(core));
    const thread = await analyzer.readThread(BODY, { format: "text" });
    const analysis = await analyzer.analyzeThread(thread, { mutedRuleIds: [] });
    expect(port.requests.map((request) => request.kind)).toEqual(["read", "analyze"]);
    expect(thread).toEqual(core.readThread(BODY, { format: "text" }));
    expect(analysis).toEqual(core.analyzeThread(core.readThread(BODY, { format: "text" })));
    expect(analysis.messages[0]?.findings.map((finding) => finding.ruleId)).toContain("en.scope.creep.while-youre-at-it");
  });

  it("answers in the page when the worker fails: what was pending, and everything after", async () => {
    const port = fakeWorker();
    port.postMessage = (request) => void port.requests.push(request); // a worker that never answers
    const analyzer = workerAnalyzer(port, inPageAnalyzer(core));
    const pending = analyzer.readThread(BODY, { format: "text" });
    port.fail();
    expect(await pending).toEqual(core.readThread(BODY, { format: "text" }));
    expect(await analyzer.readThread("Thanks!", { format: "text" })).toEqual(core.readThread("Thanks!", { format: "text" }));
    expect(port.requests).toHaveLength(1);
  });

  it("passes a failure inside the worker on as an error", async () => {
    const analyzer = workerAnalyzer(
      fakeWorker((request) => ({ id: request.id, ok: false, error: "boom" })),
      inPageAnalyzer(core),
    );
    await expect(analyzer.readThread(BODY, { format: "text" })).rejects.toThrow("boom");
  });
});
