import type { ReplyTemplate } from "../types";
import { reply } from "./text";

/**
 * An overdue invoice. The friendly text assumes an oversight and asks when the payment
 * goes out; the firm one sets seven days and says what happens after them (work pauses),
 * nothing more: reminder fees depend on the contract and the country, so they are left
 * to the user. Amount, due date and payment terms are optional stretches, written so the
 * sentence stands without them.
 */
export const PAYMENT_REMINDER: ReplyTemplate = {
  id: "payment-reminder",
  signals: { "money.late_payment": 3 },
  title: { en: "Payment reminder", de: "Zahlungserinnerung" },
  description: {
    en: "When an invoice is overdue or the client puts off paying: a calm reminder with a clear next step.",
    de: "Wenn eine Rechnung überfällig ist oder die Zahlung verschoben wird: eine ruhige Erinnerung mit einem klaren nächsten Schritt.",
  },
  texts: {
    en: {
      friendly: reply("Invoice {invoiceNumber}: a quick reminder", [
        "Hi {clientFirstName},",
        "I hope all is well. I'm just checking in on invoice {invoiceNumber}[[ for {invoiceAmount}]][[, which was due on {dueDate}]]: I haven't received the payment yet.",
        "An invoice can easily get lost in a busy inbox, so I wanted to flag it. Could you check on your side and let me know when the payment will go out? If you need the invoice again, just say so and I'll resend it.",
        "Best,\n{userName}",
      ]),
      firm: reply("Overdue invoice {invoiceNumber}", [
        "Hi {clientFirstName},",
        "Invoice {invoiceNumber}[[ for {invoiceAmount}]][[ was due on {dueDate} and]] is still unpaid.[[ Under our agreement, invoices are payable within {paymentTermsDays} days.]]",
        "Please transfer the amount within the next seven days. If the payment hasn't arrived by then, I'll pause work on your open tasks until it has.",
        "If there's a problem with the invoice itself, let me know straight away so we can sort it out.",
        "Kind regards,\n{userName}",
      ]),
    },
    "de-du": {
      friendly: reply("Kurze Erinnerung: Rechnung {invoiceNumber}", [
        "Hallo {clientFirstName},",
        "ich hoffe, bei dir läuft alles gut. Kurze Erinnerung: Für meine Rechnung {invoiceNumber}[[ über {invoiceAmount}]][[ (fällig am {dueDate})]] ist bei mir noch keine Zahlung eingegangen.",
        "Im Alltag geht so etwas schnell unter, deshalb melde ich mich kurz. Kannst du nachsehen und mir sagen, wann die Zahlung rausgeht? Falls du die Rechnung noch einmal brauchst, schicke ich sie dir gern erneut.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("Offene Rechnung {invoiceNumber}", [
        "Hallo {clientFirstName},",
        "meine Rechnung {invoiceNumber}[[ über {invoiceAmount}]][[ war am {dueDate} fällig und]] ist noch nicht bezahlt.[[ Vereinbart ist ein Zahlungsziel von {paymentTermsDays} Tagen.]]",
        "Bitte überweise den Betrag innerhalb der nächsten sieben Tage. Ist die Zahlung bis dahin nicht eingegangen, pausiere ich die Arbeit an deinen offenen Aufgaben, bis sie da ist.",
        "Falls mit der Rechnung etwas nicht stimmt, sag mir bitte gleich Bescheid, dann klären wir das.",
        "Viele Grüße\n{userName}",
      ]),
    },
    "de-sie": {
      friendly: reply("Freundliche Erinnerung: Rechnung {invoiceNumber}", [
        "Hallo {clientFirstName},",
        "ich hoffe, es geht Ihnen gut. Kurze Erinnerung: Für meine Rechnung {invoiceNumber}[[ über {invoiceAmount}]][[ (fällig am {dueDate})]] ist bei mir noch keine Zahlung eingegangen.",
        "Im Alltag geht so etwas leicht unter, deshalb melde ich mich kurz. Könnten Sie nachsehen und mir mitteilen, wann die Zahlung angewiesen wird? Falls Sie die Rechnung noch einmal benötigen, sende ich sie Ihnen gern erneut zu.",
        "Viele Grüße\n{userName}",
      ]),
      firm: reply("Offene Rechnung {invoiceNumber}", [
        "Guten Tag {clientFirstName},",
        "meine Rechnung {invoiceNumber}[[ über {invoiceAmount}]][[ war am {dueDate} fällig und]] ist noch nicht beglichen.[[ Vereinbart ist ein Zahlungsziel von {paymentTermsDays} Tagen.]]",
        "Bitte überweisen Sie den Betrag innerhalb der nächsten sieben Tage. Ist die Zahlung bis dahin nicht eingegangen, pausiere ich die Arbeit an Ihren offenen Aufgaben, bis der Betrag eingegangen ist.",
        "Falls mit der Rechnung etwas nicht stimmt, geben Sie mir bitte umgehend Bescheid, damit wir das klären können.",
        "Freundliche Grüße\n{userName}",
      ]),
    },
  },
};
