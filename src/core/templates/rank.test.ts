import { analyzeThread, readThread } from "../index";
import type { Finding, Severity } from "../signals/types";
import type { SignalId } from "../signals/signalIds";
import { rankTemplates, suggestedTemplateIds } from "./rank";
import { REPLY_TEMPLATES } from "./templates";

let offset = 0;
function finding(signal: SignalId, severity: Severity): Finding {
  offset += 10;
  return { signal, ruleId: `test.${signal}`, severity, evidence: { message: 0, start: offset, end: offset + 5, text: "words" }, note: { en: "", de: "" } };
}

const suggested = (newest: readonly Finding[], earlier: readonly Finding[] = []) => suggestedTemplateIds(rankTemplates(REPLY_TEMPLATES, newest, earlier));

describe("which replies are suggested", () => {
  it("suggests nothing for an email without findings, and lists every template anyway", () => {
    expect(suggested([])).toEqual([]);
    expect(rankTemplates(REPLY_TEMPLATES, []).map((entry) => entry.template.id)).toEqual(REPLY_TEMPLATES.map((template) => template.id));
  });

  it("puts the reply to the most severe problem first", () => {
    expect(suggested([finding("boundary.off_hours", 1), finding("money.late_payment", 3)])[0]).toBe("payment-reminder");
    expect(suggested([finding("boundary.off_hours", 3), finding("money.late_payment", 1)])[0]).toBe("working-hours");
  });

  it("counts a problem once at its strongest, with a little for each repeat: two weekend phrases do not outweigh nine jobs by Monday", () => {
    const weekend = [finding("boundary.off_hours", 2), finding("boundary.off_hours", 2)];
    expect(suggested([finding("capacity.overload", 2), ...weekend]).slice(0, 2)).toEqual(["capacity", "working-hours"]);
    // Repeats still break a tie between problems of the same severity.
    expect(suggested([finding("money.late_payment", 2), ...weekend])[0]).toBe("working-hours");
  });

  it("lets earlier messages count, far less than the newest", () => {
    const earlier = [finding("money.late_payment", 3), finding("money.late_payment", 3)];
    expect(suggested([finding("work.dissatisfaction", 2)], earlier).slice(0, 2)).toEqual(["fix-the-work", "payment-reminder"]);
    expect(suggested([], earlier)[0]).toBe("payment-reminder");
  });

  it("suggests the capacity reply first for a real list of nine jobs by Monday with weekend calls", () => {
    const body =
      "Hi Jonas,\n\nBis Montag früh bräuchten wir:\n\n- 4 Blogartikel\n- 12 Rezept-Intros\n- Landingpage\n- Newsletter\n- 3 Push-Notifications\n- FAQ-Seite\n- Pressemitteilung\n\n" +
      "Wäre super, wenn du Samstag und Sonntag erreichbar bist. Ruf mich einfach an, gern auch abends.\n\nDanke dir!\nSven";
    const [newest] = analyzeThread(readThread(body, { format: "text" })).messages;
    expect(new Set(newest?.findings.map((found) => found.signal))).toEqual(new Set(["capacity.overload", "boundary.off_hours"]));
    expect(suggested(newest?.findings ?? [])[0]).toBe("capacity");
  });
});
