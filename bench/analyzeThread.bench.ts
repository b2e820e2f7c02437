/**
 * The whole pipeline (readThread + analyzeThread) and analyzeThread alone, on threads
 * made of real-looking client emails: the labelled set's emails, stacked as an Outlook
 * reply chain. Unlike random words, these trigger the rules as real mail does, so the
 * figures include the cost of matching, not only of scanning.
 *
 * Targets (issue: signals): a typical 20-message thread read and analysed in at most
 * 5 ms (median); at least 20 MB/s for the pipeline on large threads; 10 MB / 1 MB time
 * close to 10. The "generated" rows run the pipeline on readThread's bench threads too.
 */
import { analyzeThread, readThread } from "../src/core";
import { loadLabelledSet } from "../test/fixtures/labelled/loadLabelledSet";
import type { Benchmark } from "./harness";
import { textThread } from "./generateThread";

const emails = [...loadLabelledSet("en"), ...loadLabelledSet("de")].map((email) => email.body.split(/\n(?:From:|Von:|On .* wrote:|Am .* schrieb)/)[0] ?? email.body);

/** An Outlook-style reply chain of about `bytes` bytes (or `messages` messages), newest first. */
function replyChain(limit: { bytes?: number; messages?: number }): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; (limit.messages === undefined || i < limit.messages) && (limit.bytes === undefined || size < limit.bytes); i++) {
    const body = emails[i % emails.length] ?? "";
    const day = 1 + (i % 28);
    const header = i === 0 ? "" : `\nFrom: Client ${i % 7} <client${i % 7}@example.com>\nSent: Monday, March ${day}, 2026 9:${String(i % 60).padStart(2, "0")} AM\nTo: Mara Lindqvist <mara@studio.example>\nSubject: RE: Project\n\n`;
    parts.push(header + body);
    size += header.length + body.length;
  }
  return parts.join("\n");
}

function pipeline(megabytes: number): Benchmark {
  return {
    name: `read + analyze ${megabytes} MB`,
    group: "read + analyze",
    runs: megabytes >= 10 ? 5 : 9,
    setup: () => {
      const body = replyChain({ bytes: megabytes * 1_000_000 });
      return { bytes: Buffer.byteLength(body), run: () => analyzeThread(readThread(body, { format: "text" })) };
    },
  };
}

function analyzeOnly(megabytes: number): Benchmark {
  return {
    name: `analyzeThread ${megabytes} MB`,
    group: "analyzeThread",
    runs: megabytes >= 10 ? 5 : 9,
    setup: () => {
      const thread = readThread(replyChain({ bytes: megabytes * 1_000_000 }), { format: "text" });
      const bytes = thread.reduce((sum, message) => sum + Buffer.byteLength(message.text), 0);
      return { bytes, run: () => analyzeThread(thread) };
    },
  };
}

/** The pipeline on readThread's own generated threads (word salad from client vocabulary, quoted up to three deep). */
function generated(megabytes: number): Benchmark {
  return {
    name: `read + analyze generated ${megabytes} MB`,
    group: "read + analyze generated",
    runs: megabytes >= 10 ? 5 : 9,
    setup: () => {
      const body = textThread(megabytes * 1_000_000);
      return { bytes: Buffer.byteLength(body), run: () => analyzeThread(readThread(body, { format: "text" })) };
    },
  };
}

const typical: Benchmark = {
  name: "read + analyze 20 messages",
  runs: 201,
  setup: () => {
    const body = replyChain({ messages: 20 });
    return { bytes: Buffer.byteLength(body), run: () => analyzeThread(readThread(body, { format: "text" })) };
  },
};

export const benchmarks: Benchmark[] = [typical, pipeline(1), pipeline(10), analyzeOnly(1), analyzeOnly(10), generated(1), generated(10)];
