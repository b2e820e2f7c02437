import { DEFAULT_SETTINGS } from "../storage/userSettings";
import { formatDate, formatMoney, formatWorkingHours, settingsFieldValues } from "./fields";
import { emailFieldValues, registerFor } from "./emailFacts";
import type { ThreadMessage } from "../thread/readThread";

describe("formatting settings for a reply", () => {
  it("writes money, dates and working hours as each language does", () => {
    expect(formatMoney(85, "EUR", "en")).toBe("€85");
    expect(formatMoney(85.5, "EUR", "de-sie")).toBe("85,50\u00a0€");
    expect(formatMoney(1200, "CHF", "de-du")).toBe("1.200\u00a0CHF");
    expect(formatDate("2026-07-01", "en")).toBe("1 July 2026");
    expect(formatDate("2026-07-01", "de-sie")).toBe("1. Juli 2026");
    expect(formatWorkingHours({ days: [1, 2, 3, 4, 5], from: "09:00", to: "17:30" }, "en")).toBe("Monday to Friday, 9:00–17:30");
    expect(formatWorkingHours({ days: [1, 3, 5], from: "08:00", to: "12:00" }, "de-du")).toBe("Montag, Mittwoch, Freitag, 8:00–12:00 Uhr");
  });

  it("fills the settings fields it knows and leaves the rest out", () => {
    const values = settingsFieldValues({ ...DEFAULT_SETTINGS, name: "Mara Lindqvist", hourlyRate: 85, colleagues: [{ name: "Sam", email: "sam@x.example", speciality: "WordPress" }] }, "en");
    expect(values).toMatchObject({ userName: "Mara Lindqvist", hourlyRate: "€85 per hour", colleagueName: "Sam", colleagueSpeciality: "WordPress", revisionRounds: "2" });
    expect(values.newRate).toBeUndefined();
  });
});

describe("facts from the email", () => {
  const message = (text: string): ThreadMessage => ({ from: null, sentAt: null, language: "en", text, signature: null, quoteDepth: 0, forwarded: false });

  it.each([
    ["Invoice INV-2026-014 for €1,250.00 is attached", "INV-2026-014", "€1,250.00"],
    ["Re your invoice #1042 (EUR 980): we pay next month", "1042", "EUR 980"],
    ["Die Rechnung Nr. 2026/17 über 1.250,00 € ist untergegangen", "2026/17", "1.250,00 €"],
    ["RE-2026-003 über CHF 3'400 zahlen wir später", "RE-2026-003", "CHF 3'400"],
  ])("reads the invoice number and amount from %j", (text, invoiceNumber, invoiceAmount) => {
    expect(emailFieldValues([message(text)], "RE: AW: Invoice", "Anna")).toEqual({ clientFirstName: "Anna", subject: "Invoice", invoiceNumber, invoiceAmount });
  });

  it("finds nothing where nothing is written", () => {
    expect(emailFieldValues([message("Thanks for the logo!")], "", null)).toEqual({});
  });

  it("answers in the client's language and form of address", () => {
    expect(registerFor("en", null, "de")).toBe("en");
    expect(registerFor("de", "du", "en")).toBe("de-du");
    expect(registerFor("de", null, "en")).toBe("de-sie");
    expect(registerFor("und", null, "de")).toBe("de-sie");
  });
});
