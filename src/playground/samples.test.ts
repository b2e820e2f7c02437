import { analyzeThread, readThread } from "../core";
import { SAMPLE_EMAILS } from "./samples";
import type { SampleEmail, SampleSignalId } from "./samples";

// A Record over the union makes tsc fail when a signal id is added to the type but not here.
const EVERY_SIGNAL: Record<SampleSignalId, true> = {
  "tone.hostile": true,
  "tone.pressure": true,
  "tone.passive_aggressive": true,
  "scope.creep": true,
  "scope.revisions": true,
  "scope.free_work": true,
  "capacity.overload": true,
  "boundary.off_hours": true,
  "money.price_pushback": true,
  "money.late_payment": true,
  "reliability.late_feedback": true,
  "work.dissatisfaction": true,
};
const ALL_SIGNALS = Object.keys(EVERY_SIGNAL) as SampleSignalId[];

const FREELANCER = {
  en: { name: "Mara Lindqvist", address: "mara@lindqvist-studio.example" },
  de: { name: "Jonas Becker", address: "jonas@becker-text.example" },
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Reserved for documentation (RFC 2606, RFC 6761): `.example`, or example.<tld>. */
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example|example\.[a-z]{2,})$/i;
const MAX_BODY_BYTES = 200 * 1024;

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

const addressesOf = (sample: SampleEmail) => [sample.from, ...sample.to, ...sample.cc];

/** Every host named in a body: e-mail domains and URL hosts, minus XML namespace URIs (Word's `xmlns` are names, not links). */
function hostsIn(body: string): string[] {
  const withoutNamespaces = body.replace(/\sxmlns(?::\w+)?="[^"]*"/g, "");
  const mailHosts = [...withoutNamespaces.matchAll(/[\w.%+-]+@([\w-]+(?:\.[\w-]+)+)/g)].map((m) => m[1] ?? "");
  const urlHosts = [...withoutNamespaces.matchAll(/\bhttps?:\/\/([^/\s"'<>:]+)/gi)].map((m) => m[1] ?? "");
  return [...mailHosts, ...urlHosts];
}

describe("SAMPLE_EMAILS", () => {
  it("has at least 20 samples in both languages", () => {
    expect(SAMPLE_EMAILS.length).toBeGreaterThanOrEqual(20);
    expect(SAMPLE_EMAILS.filter((s) => s.language === "en").length).toBeGreaterThanOrEqual(9);
    expect(SAMPLE_EMAILS.filter((s) => s.language === "de").length).toBeGreaterThanOrEqual(8);
  });

  it("has unique, slug-shaped ids prefixed with their language", () => {
    const ids = SAMPLE_EMAILS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sample of SAMPLE_EMAILS) {
      expect(sample.id).toMatch(SLUG);
      expect(sample.id.startsWith(`${sample.language}-`)).toBe(true);
    }
  });

  it("has a distinct conversation per sample", () => {
    const conversations = SAMPLE_EMAILS.map((s) => s.conversationId);
    expect(conversations.every((c) => c.trim().length > 0)).toBe(true);
    expect(new Set(conversations).size).toBe(conversations.length);
  });

  it.each(["en", "de"] as const)("covers every signal at least once in %s", (language) => {
    const covered = new Set(SAMPLE_EMAILS.filter((s) => s.language === language).flatMap((s) => s.signals));
    const missing = ALL_SIGNALS.filter((signal) => !covered.has(signal));
    expect(missing).toEqual([]);
  });

  it("lists only known signals, each at most once per sample", () => {
    for (const sample of SAMPLE_EMAILS) {
      expect(sample.signals.filter((signal) => !(signal in EVERY_SIGNAL))).toEqual([]);
      expect(new Set(sample.signals).size).toBe(sample.signals.length);
    }
  });

  it("includes at least three neutral samples", () => {
    expect(SAMPLE_EMAILS.filter((s) => s.signals.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it("has a valid ISO 8601 sentAt with an explicit offset, in 2026", () => {
    for (const sample of SAMPLE_EMAILS) {
      expect(sample.sentAt).toMatch(ISO_WITH_OFFSET);
      const sent = new Date(sample.sentAt);
      expect(Number.isNaN(sent.getTime())).toBe(false);
      expect(sample.sentAt.slice(0, 4)).toBe("2026");
    }
  });

  it("has bodies that match their declared format", () => {
    for (const sample of SAMPLE_EMAILS) {
      if (sample.bodyFormat === "html") {
        expect(sample.body).toMatch(/<[a-z][a-z0-9]*[\s>]/i);
        expect(sample.body).toMatch(/<\/[a-z][a-z0-9]*>/i);
      } else {
        expect(sample.body.trimStart().toLowerCase().startsWith("<html")).toBe(false);
      }
    }
    const htmlCount = SAMPLE_EMAILS.filter((s) => s.bodyFormat === "html").length;
    expect(htmlCount).toBeGreaterThan(0);
    expect(htmlCount).toBeLessThan(SAMPLE_EMAILS.length);
  });

  it("has non-empty bodies under 200 KB", () => {
    for (const sample of SAMPLE_EMAILS) {
      expect(sample.body.trim().length).toBeGreaterThan(0);
      expect(byteLength(sample.body)).toBeLessThan(MAX_BODY_BYTES);
    }
  });

  it("has non-empty subjects and summaries in both languages", () => {
    for (const sample of SAMPLE_EMAILS) {
      expect(sample.subject.trim()).not.toBe("");
      expect(sample.summary.en.trim()).not.toBe("");
      expect(sample.summary.de.trim()).not.toBe("");
    }
  });

  it("is addressed to the freelancer of its language, from someone else", () => {
    for (const sample of SAMPLE_EMAILS) {
      const freelancer = FREELANCER[sample.language];
      expect(sample.to).toContainEqual(freelancer);
      expect(sample.from.address).not.toBe(freelancer.address);
    }
  });

  it("uses only reserved example domains, in addresses and in bodies", () => {
    for (const sample of SAMPLE_EMAILS) {
      const hosts = [...addressesOf(sample).map((a) => a.address.split("@")[1] ?? ""), ...hostsIn(sample.body)];
      const real = hosts.filter((host) => !EXAMPLE_DOMAIN.test(host));
      expect({ id: sample.id, real }).toEqual({ id: sample.id, real: [] });
    }
  });

  it("includes a hostile-HTML sample, marked as a safety check", () => {
    const hostile = SAMPLE_EMAILS.filter((s) => s.body.includes("<script") && s.body.includes("onerror="));
    expect(hostile.length).toBeGreaterThanOrEqual(1);
    for (const sample of hostile) {
      expect(sample.bodyFormat).toBe("html");
      expect(sample.summary.en).toContain("safety check");
    }
  });
});

/**
 * The playground is the first thing a newcomer sees: each sample says which signals a
 * careful reader finds in its newest message, and the analysis must find exactly those.
 */
describe("the analysis of each sample", () => {
  it.each(SAMPLE_EMAILS.map((sample) => [sample.id, sample] as const))("%s: the newest message shows exactly the signals the sample lists", (_id, sample) => {
    const thread = readThread(sample.body, { format: sample.bodyFormat, from: `${sample.from.name} <${sample.from.address}>`, sentAt: new Date(sample.sentAt) });
    const found = new Set(analyzeThread(thread).messages[0]?.findings.map((finding) => finding.signal));
    expect([...found].sort()).toEqual([...sample.signals].sort());
  });
});
