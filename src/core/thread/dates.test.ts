import { parseMailDate, scanDate } from "./dates";

describe("parseMailDate", () => {
  it.each([
    // English: Gmail, Outlook, Apple Mail, RFC 5322
    ["Mon, Mar 2, 2026 at 9:14 AM", "2026-03-02T09:14:00.000Z"],
    ["Monday, March 2, 2026 9:14 AM", "2026-03-02T09:14:00.000Z"],
    ["Monday, March 2, 2026 at 9:14 PM", "2026-03-02T21:14:00.000Z"],
    ["Thursday, September 26, 2019 11:35:12 AM", "2019-09-26T11:35:12.000Z"],
    ["Thursday, February 09, 2012 1:36 PM", "2012-02-09T13:36:00.000Z"],
    ["Tuesday, 14 May 2013 6:18 AM", "2013-05-14T06:18:00.000Z"],
    ["Mar 2, 2026, at 12:05 AM", "2026-03-02T00:05:00.000Z"],
    ["March 2, 2026 at 12:05 PM", "2026-03-02T12:05:00.000Z"],
    ["Wed, 14 Nov 2018 08:14:43 -0200", "2018-11-14T10:14:43.000Z"],
    ["Mon, 2 Mar 2026 09:14:00 +0100", "2026-03-02T08:14:00.000Z"],
    ["Monday, December 15, 2024, at 3:45:32 PM EST", "2024-12-15T20:45:32.000Z"],
    ["March 2, 2026 at 9:14:00 AM GMT+1", "2026-03-02T08:14:00.000Z"],
    ["2nd March 2026 09:14", "2026-03-02T09:14:00.000Z"],
    // German: Apple Mail, Outlook, Gmail, Thunderbird; Austrian month name
    ["2. März 2026 um 09:14", "2026-03-02T09:14:00.000Z"],
    ["Montag, 2. März 2026 09:14", "2026-03-02T09:14:00.000Z"],
    ["Mo., 2. März 2026 um 09:14 Uhr", "2026-03-02T09:14:00.000Z"],
    ["Donnerstag, 23. März 2023 17:11", "2023-03-23T17:11:00.000Z"],
    ["02.03.2026 09:14", "2026-03-02T09:14:00.000Z"],
    ["02.03.26 um 09:14", "2026-03-02T09:14:00.000Z"],
    ["30.09.2017, 18.30", "2017-09-30T18:30:00.000Z"],
    ["04.07.2024  17.45  (GMT+01:00)", "2024-07-04T16:45:00.000Z"],
    ["15. Jänner 2026 08:00", "2026-01-15T08:00:00.000Z"],
    ["2. Mrz. 2026 09:14 MEZ", "2026-03-02T08:14:00.000Z"],
    // ISO 8601 and numeric forms that are not ambiguous
    ["2026-03-02 09:14", "2026-03-02T09:14:00.000Z"],
    ["2026-03-02T09:14:00Z", "2026-03-02T09:14:00.000Z"],
    ["2026-03-02T09:14:00+02:00", "2026-03-02T07:14:00.000Z"],
    ["2017-11-24 16:32 GMT+01:00", "2017-11-24T15:32:00.000Z"],
    ["23/06/24  10:46  (GMT+01:00)", "2024-06-23T09:46:00.000Z"],
    ["12/31/2025 11:00 PM", "2025-12-31T23:00:00.000Z"],
    ["12/12/2016 13:20", "2016-12-12T13:20:00.000Z"],
    ["11:00 AM, November 17, 2021", "2021-11-17T11:00:00.000Z"],
    // The ways a day is joined to its time in the fixtures' other languages.
    ["2.3.2026 kello 9.14", "2026-03-02T09:14:00.000Z"],
    ["02.03.2026, o godz. 09:14", "2026-03-02T09:14:00.000Z"],
    ["2 mar 2026, alle ore 09:14", "2026-03-02T09:14:00.000Z"],
    ["2 mar 2026, a las 9:14", "2026-03-02T09:14:00.000Z"],
    ["2026-03-02 om 09:14", "2026-03-02T09:14:00.000Z"],
  ])("%s → %s", (value, iso) => {
    expect(parseMailDate(value)?.toISOString()).toBe(iso);
  });

  it.each([
    ["01/03/2011 7:07 PM", "day and month could be swapped"],
    ["03/04/26 10:00", "day and month could be swapped"],
    ["Monday, March 2, 2026", "no time of day"],
    ["2. März 2026", "no time of day"],
    ["Wed, Dec 9", "no year"],
    ["30. Februar 2026 09:14", "no such day"],
    ["2026-02-29 09:14", "2026 is not a leap year"],
    ["March 2, 2026 13:14 PM", "13 PM"],
    ["02.03.2026 25:00", "no such hour"],
    ["jeudi 15 décembre 2016 09:35", "French month names are not read"],
    ["tomorrow at 9", "not a date"],
    ["", "empty"],
  ])("%s → null (%s)", (value) => {
    expect(parseMailDate(value)).toBeNull();
  });

  it("reads where the date ends, so that a header's sender can be read after it", () => {
    const s = "Mon, Mar 2, 2026 at 9:14 AM Anna Example <anna@example.com>";
    const scan = scanDate(s);
    expect(scan?.date?.toISOString()).toBe("2026-03-02T09:14:00.000Z");
    expect(s.slice(scan?.end ?? 0)).toBe(" Anna Example <anna@example.com>");
  });

  it("reads what may follow a time only where it can start (AM/PM, Uhr, a zone), wherever the date ends", () => {
    // Each first character after the time is checked before any pattern runs on it.
    expect(scanDate("2026-03-02 09:14:00.123 +0100 Anna")).toMatchObject({ end: "2026-03-02 09:14:00.123 +0100".length });
    expect(scanDate("March 2, 2026 9:14 p.m. Anna")?.date?.toISOString()).toBe("2026-03-02T21:14:00.000Z");
    expect(scanDate("March 2, 2026 9:14\u00A0PM")?.date?.toISOString()).toBe("2026-03-02T21:14:00.000Z");
    expect(scanDate("02.03.2026 09:14Uhr, Anna")).toMatchObject({ end: "02.03.2026 09:14Uhr".length });
    expect(scanDate("02.03.2026 09:14, Anna")).toMatchObject({ end: "02.03.2026 09:14".length });
    expect(scanDate("02.03.2026 0914")).toEqual({ date: null, end: "02.03.2026".length });
    expect(scanDate("(2026-03-02 09:14)")).toBeNull();
    expect(scanDate("2026-03-02", 10)).toBeNull();
  });

  it("reports a date without time as a date that gives no instant", () => {
    const scan = scanDate("Nov 26, 2013 you");
    expect(scan).toEqual({ date: null, end: "Nov 26, 2013".length });
  });
});
