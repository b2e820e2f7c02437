import { adviseOnClient } from "./advice";
import { withEmail, withVerdict } from "./clientRecords";
import type { ClientRecord, SignalCounts } from "./clientRecords";

const ADDRESS = "client@example.com";

function client(emails: readonly SignalCounts[], flag?: { reasons: ClientRecord["reasons"] }): ClientRecord {
  let record = emails.reduce<ClientRecord | undefined>(
    (current, counts, index) => withEmail(current, ADDRESS, "Client", counts, new Date(Date.UTC(2025, 0, 1 + index * 3)).toISOString().slice(0, 10)),
    undefined,
  ) as ClientRecord;
  if (flag) record = withVerdict(record, ADDRESS, "", { flagged: true, reasons: flag.reasons, note: "" }, "2025-06-01T09:00:00.000Z");
  return record;
}

describe("keep or part ways", () => {
  it("keeps a client who is only unhappy with the work, however often", () => {
    const advice = adviseOnClient(client(Array.from({ length: 8 }, () => ({ "work.dissatisfaction": 2 }))));
    expect(advice).toEqual({ verdict: "keep", reasons: [{ code: "work-only", emails: 8 }] });
  });

  it("keeps a client with nothing found", () => {
    expect(adviseOnClient(client([{}, {}]))).toEqual({ verdict: "keep", reasons: [{ code: "no-signals", emails: 2 }] });
  });

  it("advises parting ways over pressure and late payment across three emails, with the reasons", () => {
    const advice = adviseOnClient(client([{ "tone.pressure": 1 }, {}, { "money.late_payment": 1, "tone.pressure": 2 }, { "tone.pressure": 1, "work.dissatisfaction": 1 }]));
    expect(advice.verdict).toBe("part-ways");
    expect(advice.reasons).toEqual([
      { code: "recurring-character", signals: ["tone.pressure", "money.late_payment"], emails: 3 },
      { code: "work-also", emails: 1 },
    ]);
  });

  it("watches a client after one pushy email", () => {
    expect(adviseOnClient(client([{}, { "tone.pressure": 3 }]))).toEqual({
      verdict: "watch",
      reasons: [{ code: "some-character", signals: ["tone.pressure"], emails: 1 }],
    });
  });

  it("counts an email once however many findings it had: two pushy emails are not yet a pattern", () => {
    expect(adviseOnClient(client([{ "tone.pressure": 5, "scope.creep": 4 }, { "tone.pressure": 9 }])).verdict).toBe("watch");
  });

  it("parts ways after hostility or late payment in two emails", () => {
    const advice = adviseOnClient(client([{ "money.late_payment": 1 }, {}, { "tone.hostile": 1 }]));
    expect(advice).toEqual({ verdict: "part-ways", reasons: [{ code: "severe-repeated", signals: ["tone.hostile", "money.late_payment"], emails: 2 }] });
  });

  it("parts ways with a flagged client whose behaviour recurs, and watches one whose does not", () => {
    expect(adviseOnClient(client([{ "scope.free_work": 1 }, { "boundary.off_hours": 1 }], { reasons: ["scope.free_work"] }))).toEqual({
      verdict: "part-ways",
      reasons: [{ code: "flagged", reasons: ["scope.free_work"], recurring: true }],
    });
    expect(adviseOnClient(client([{ "work.dissatisfaction": 1 }], { reasons: ["work.dissatisfaction"] }))).toEqual({
      verdict: "watch",
      reasons: [
        { code: "flagged", reasons: ["work.dissatisfaction"], recurring: false },
        { code: "work-also", emails: 1 },
      ],
    });
  });
});
