/**
 * End-to-end behaviour of the analysis on real-looking emails: exact findings with
 * offsets, written as golden strings "m<message>:<start>-<end> <signal>" (retext's style).
 */
import fc from "fast-check";
import { readThread } from "../thread/readThread";
import { analyzeThread } from "./analyzeThread";

function golden(body: string, options: Parameters<typeof readThread>[1] = { format: "text" }, muted: string[] = []): string[] {
  const thread = readThread(body, options);
  const analysis = analyzeThread(thread, { mutedRuleIds: muted });
  return analysis.messages.flatMap((message, index) =>
    message.findings.map((finding) => {
      const text = thread[index]?.text ?? "";
      // The contract: offsets point into the message text.
      expect(text.slice(finding.evidence.start, finding.evidence.end)).toBe(finding.evidence.text);
      return `m${index}:${finding.evidence.start}-${finding.evidence.end} ${finding.signal} ${JSON.stringify(finding.evidence.text)}`;
    }),
  );
}

describe("analyzeThread", () => {
  it("blames only the newest message for its own words, with exact offsets", () => {
    const body = [
      "Hi Mara,",
      "",
      "While you're at it, could you also redo the About page? I need it ASAP.",
      "",
      "Anna",
      "",
      "On Mon, Mar 2, 2026 at 9:14 AM Mara Lindqvist <mara@studio.example> wrote:",
      "> Hi Anna, here are the final files.",
    ].join("\n");
    expect(golden(body)).toEqual([`m0:10-28 scope.creep "While you're at it"`, `m0:76-80 tone.pressure "ASAP"`]);
  });

  it("reads a German request in verb-final order", () => {
    const body = "Hallo Jonas,\n\nkönntest du uns noch schnell drei Produkttexte schreiben?\n\nDanke, Petra";
    expect(golden(body)).toEqual([`m0:30-42 scope.creep "noch schnell"`]);
  });

  it("hears shouting, but not acronyms", () => {
    expect(golden("Hi,\n\nI TOLD YOU THIS LAST WEEK. Send the PDF and SVG.\n\nTom")).toEqual([`m0:5-30 tone.hostile "I TOLD YOU THIS LAST WEEK"`]);
    expect(golden("Hi,\n\nOur CEO needs the PDF and the SVG for the SEO audit.\n\nTom")).toEqual([]);
  });

  it("sees a long list of jobs for a near date in an HTML email's bullets and numbers, as in text", () => {
    const bullets = "<p>Hi Jonas,</p><p>Bis Montag früh bräuchten wir:</p><ul><li>4 Blogartikel</li><li>12 Rezept-Intros</li><li>Landingpage</li><li>Newsletter</li><li>Pressemitteilung</li></ul><p>Danke!</p>";
    const numbers = "<p>Here's what we need by Friday:</p><ol><li>the newsletter</li><li>three blog posts</li><li>a landing page</li><li>the brochure</li><li>social posts</li></ol>";
    for (const [html, evidence] of [
      [bullets, "Bis Montag früh bräuchten wir:"],
      [numbers, "Here's what we need by Friday:"],
    ] as const) {
      const thread = readThread(html, { format: "html" });
      const findings = analyzeThread(thread).messages[0]?.findings.filter((finding) => finding.ruleId === "any.capacity.overload.long-list") ?? [];
      expect(findings.map((finding) => finding.evidence.text)).toEqual([evidence]);
      const { start, end } = findings[0]?.evidence ?? { start: 0, end: 0 };
      expect(thread[0]?.text.slice(start, end)).toBe(evidence);
    }
    // Four items are a normal request.
    const short = readThread("<p>Bis Montag bräuchten wir:</p><ul><li>Flyer</li><li>Plakat</li><li>Anzeige</li><li>Banner</li></ul>", { format: "html" });
    expect(analyzeThread(short).messages[0]?.findings.map((finding) => finding.ruleId)).not.toContain("any.capacity.overload.long-list");
  });

  it("lets negation and the user's muted rules silence a finding", () => {
    expect(golden("Hi Mara, no need to rush, and not ASAP either. Anna")).toEqual([]);
    expect(golden("Hi Mara, I need it ASAP. Anna", { format: "text" }, ["en.tone.pressure.asap"])).toEqual([]);
  });

  it("never looks at the signature or a legal disclaimer", () => {
    const body = [
      "Hi Mara,",
      "",
      "thanks, the files look great.",
      "",
      "Anna",
      "",
      "CONFIDENTIALITY NOTICE: If you received this email in error, please notify the sender immediately and delete it ASAP.",
    ].join("\n");
    expect(golden(body)).toEqual([]);
  });

  it("counts pressure as chasing when the same sender writes again within a day", () => {
    const body = ["Any update?? I need it ASAP.", "", "From: Anna Example <anna@client.example>", "Sent: Monday, March 2, 2026 9:00 AM", "To: Mara", "Subject: Logo", "", "Hi Mara, is the logo ready? Anna"].join("\n");
    const thread = readThread(body, { format: "text", from: "Anna Example <anna@client.example>", sentAt: new Date("2026-03-02T13:00:00Z") });
    const analysis = analyzeThread(thread);
    const severities = analysis.messages[0]?.findings.map((finding) => `${finding.ruleId}:${finding.severity}`);
    // Alone: "??" is 1 and "ASAP" is 2, "??" in its sentence makes it 3; chasing adds one, up to 3.
    expect(severities).toEqual(["any.tone.pressure.insistent-punctuation:2", "en.tone.pressure.asap:3"]);
    expect(analysis.summary.clientMessages).toEqual([0, 1]);
  });

  it("summarises the client's signals, formality and first name", () => {
    const body = "Hallo Jonas,\n\nkönntest du noch schnell die Banner machen? Ich brauche sie ASAP.\n\nLiebe Grüße\nPetra\n\nPetra Schulz | Marketing";
    const thread = readThread(body, { format: "text", from: "Petra Schulz <petra@shop.example>" });
    const { summary } = analyzeThread(thread);
    expect(summary.signals.map((entry) => `${entry.signal} x${entry.count} max ${entry.maxSeverity}`)).toEqual(["scope.creep x1 max 2", "tone.pressure x1 max 2"]);
    expect(summary.formality).toBe("du");
    expect(summary.clientFirstName).toBe("Petra");
    expect(summary.character).toBe(2);
    expect(summary.work).toBe(0);
  });

  it("never throws and keeps every offset true on any input", () => {
    fc.assert(
      // Any code units, lone surrogates and astral letters included, besides plain strings.
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: "binary", maxLength: 600 })), fc.constantFrom("text" as const, "html" as const), (body, format) => {
        const thread = readThread(body, { format });
        const analysis = analyzeThread(thread);
        analysis.messages.forEach((message, index) => {
          expect(message.politeness).toBeGreaterThanOrEqual(-1);
          expect(message.politeness).toBeLessThanOrEqual(1);
          for (const finding of message.findings) {
            expect(thread[index]?.text.slice(finding.evidence.start, finding.evidence.end)).toBe(finding.evidence.text);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("stays fast on adversarial repetition", () => {
    for (const unit of ["könntest du noch ", "ASAP!! ", "I TOLD YOU ", "while you're at it ", "?? "]) {
      const text = unit.repeat(20_000);
      const analysis = analyzeThread(readThread(text, { format: "text" }));
      expect(analysis.messages.length).toBeGreaterThan(0);
    }
  });
});
