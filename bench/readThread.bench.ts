/**
 * readThread on generated threads of many quoted messages, 1 MB and 10 MB, as plain
 * text and as HTML. The 10 MB / 1 MB time ratio shows whether time grows linearly.
 */

import { readThread } from "../src/core";
import type { Benchmark } from "./harness";
import { htmlThread, textThread } from "./generateThread";

function thread(format: "text" | "html", megabytes: number): Benchmark {
  return {
    name: `readThread ${format} ${megabytes} MB`,
    group: `readThread ${format}`,
    runs: megabytes >= 10 ? 5 : 9,
    setup: () => {
      const body = format === "text" ? textThread(megabytes * 1_000_000) : htmlThread(megabytes * 1_000_000);
      return { bytes: Buffer.byteLength(body), run: () => readThread(body, { format }) };
    },
  };
}

export const benchmarks: Benchmark[] = [thread("text", 1), thread("text", 10), thread("html", 1), thread("html", 10)];
