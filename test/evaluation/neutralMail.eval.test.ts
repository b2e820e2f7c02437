/**
 * Ordinary mail must stay quiet. The reference reply parser's 90 fixtures
 * (../shared/fixtures/reply-parser) are everyday messages between developers, support
 * desks and friends, in several languages: none of them is a client pushing a
 * freelancer, so a finding in their newest message is a false alarm.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeThread, readThread } from "../../src/core";

const DIR = path.resolve(__dirname, "../../../shared/fixtures/reply-parser");

describe("everyday mail that is not about a client", () => {
  const files = readdirSync(DIR).filter((file) => file.endsWith(".txt"));

  it("is the reference parser's 90 emails", () => {
    expect(files).toHaveLength(90);
  });

  it("raises no signal in any newest message", () => {
    const alarms = files.flatMap((file) => {
      const [newest] = analyzeThread(readThread(readFileSync(path.join(DIR, file), "utf8"), { format: "text" })).messages;
      return (newest?.findings ?? []).map((finding) => `${file}: ${finding.ruleId} "${finding.evidence.text}"`);
    });
    expect(alarms).toEqual([]);
  });
});
