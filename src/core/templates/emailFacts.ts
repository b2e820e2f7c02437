/**
 * What a reply can take from the email itself: the client's first name (from the
 * analysis summary), the subject, and an invoice number and amount where the client
 * wrote them.
 */
import type { ThreadMessage } from "../thread/readThread";
import type { FieldValues } from "./render";
import type { Register } from "./types";

// "INV-2026-014", "invoice #1042", "Rechnung Nr. 2026/17", "RE-2026-003", "Rechnungsnummer 4711".
const INVOICE = /(?<![\p{L}\p{N}])(?:(?:invoice|rechnung|rg)(?:\s*(?:no\.?|number|nr\.?|nummer|#))?\s*[:#]?\s*(\d[\d/-]{1,15}\d|[A-Z]{2,5}-[\dA-Z][\dA-Z/-]{1,15}\d)|([A-Z]{2,4}-\d{2,4}(?:[-/]\d{1,6})+))(?![\p{L}\p{N}])/iu;
// "€1,250.00", "EUR 980", "1.250,00 €", "CHF 3'400", "£600".
const AMOUNT = /(?:(?:€|EUR|CHF|£|GBP|\$|USD)\s?\d{1,3}(?:[.,' \u00a0]\d{3})*(?:[.,]\d{1,2})?|\d{1,3}(?:[.,' \u00a0]\d{3})*(?:[.,]\d{1,2})?\s?(?:€|EUR|CHF|Fr\.|£|GBP|USD|Euro|Franken))(?![\p{L}\p{N}])/u;

/**
 * Facts for the reply from the client's messages, newest first.
 * @param messages the client's messages (newest first); the first match wins
 */
export function emailFieldValues(messages: readonly ThreadMessage[], subject: string, clientFirstName: string | null): FieldValues {
  let invoiceNumber: string | undefined;
  let invoiceAmount: string | undefined;
  for (const message of messages) {
    const text = message.text.slice(0, 20_000);
    invoiceNumber ??= (() => {
      const match = INVOICE.exec(text);
      return match ? (match[1] ?? match[2]) : undefined;
    })();
    invoiceAmount ??= AMOUNT.exec(text)?.[0].replace(/\u00a0/g, " ");
  }
  const cleanSubject = subject.replace(/^\s*((re|aw|fw|fwd|wg|sv|antw)\s*:\s*)+/i, "").trim();
  return {
    ...(clientFirstName ? { clientFirstName } : {}),
    ...(cleanSubject ? { subject: cleanSubject } : {}),
    ...(invoiceNumber ? { invoiceNumber } : {}),
    ...(invoiceAmount ? { invoiceAmount } : {}),
  };
}

/** The register to answer in: the client's language, and in German their du or Sie (Sie when unknown). */
export function registerFor(language: "en" | "de" | "und", formality: "du" | "sie" | null, fallback: "en" | "de"): Register {
  const lang = language === "und" ? fallback : language;
  if (lang === "en") return "en";
  return formality === "du" ? "de-du" : "de-sie";
}
