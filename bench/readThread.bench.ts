/**
 * readThread on generated threads of many quoted messages, 1 MB and 10 MB, as plain
 * text and as HTML. The 10 MB / 1 MB time ratio shows whether time grows linearly.
 * The adversarial rows (5 to 9 MB each) are shapes that once made a pattern backtrack
 * or the splitter recurse; a regression shows as a drop by orders of magnitude.
 */

import { readThread } from "../src/core/thread/readThread";
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

function adversarial(name: string, format: "text" | "html", make: () => string): Benchmark {
  return {
    name: `adversarial: ${name}`,
    runs: 3,
    setup: () => {
      const body = make();
      return { bytes: Buffer.byteLength(body), run: () => readThread(body, { format }) };
    },
  };
}

export const benchmarks: Benchmark[] = [
  thread("text", 1),
  thread("text", 10),
  thread("html", 1),
  thread("html", 10),
  adversarial("'a@a@…' lines", "text", () => ("1 2026 " + "a@".repeat(195) + ":\n").repeat(20_000)),
  adversarial("'>' x 8 000 000", "text", () => ">".repeat(8_000_000)),
  // 2 000 000 lines of four bytes: the fixed cost per line dominates, so MB/s is low here.
  adversarial("'On ' x 2 000 000 lines", "text", () => "On \n".repeat(2_000_000)),
  // 2 000 quote levels that each reach from the top of the body to its bottom, around
  // 200 000 unquoted lines: a reader that walked each level's whole stretch would do
  // 400 million steps here.
  adversarial("quote stairs around 200 000 lines", "text", () => {
    const stairs = Array.from({ length: 2000 }, (_, i) => ">".repeat(i + 1) + " x").join("\n");
    return `${stairs}\n${"unquoted line of text\n".repeat(200_000)}${stairs}`;
  }),
  adversarial("unclosed <div> x 1 000 000", "html", () => "<div>".repeat(1_000_000)),
];
