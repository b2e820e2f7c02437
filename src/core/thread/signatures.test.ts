import { findSignatureStart, findSignatureStartIn, isDisclaimerStart, isMobileSignature, isSignatureDelimiter, isValediction } from "./signatures";

function lines(text: string) {
  return text.split("\n").map((t) => ({ text: t, signatureMark: false }));
}

describe("signature markers", () => {
  it.each(["--", "-- ", "__", "_______________________________________________"])("%j is a delimiter", (line) => {
    expect(isSignatureDelimiter(line)).toBe(true);
  });
  it.each(["----", "====", "—", "—————", "-- first point needs to be checked", "---"])("%j is not a delimiter", (line) => {
    expect(isSignatureDelimiter(line)).toBe(false);
  });

  it.each([
    "Sent from my iPhone",
    "Sent from my Verizon Wireless BlackBerry",
    "Sent from TypeApp<http://www.typeapp.com/r?b=2621>",
    "Sent from Mail for Windows",
    "Get Outlook for iOS<https://aka.ms/o0ukef>",
    "Von meinem iPhone gesendet",
    "Von meinem Samsung Galaxy Smartphone gesendet.",
    "Gesendet von meinem iPad",
    "Gesendet von Outlook für Android<https://aka.ms/AAb9ysg>",
    "Outlook für iOS beziehen<https://aka.ms/o0ukef>",
    "Envoyé de mon iPhone",
    "Envoyé à partir de Outlook pour iOS<https://aka.ms/o0ukef>",
  ])("%j is a mobile tag line", (line) => {
    expect(isMobileSignature(line)).toBe(true);
  });
  it.each([
    "Sent from my desk, is much easier then my mobile phone.",
    "The notification was sent from my iPhone app to all users.",
    "  // Sent from my custom mailer; do not edit",
    "I sent from my phone yesterday.",
  ])("%j is not a mobile tag line", (line) => {
    expect(isMobileSignature(line)).toBe(false);
  });

  it.each([
    "Best regards,", "Kind regards", "Regards,", "Cheers,", "Best,", "Best wishes!", "Cheers John", "Thanks and regards,",
    "Mit freundlichen Grüßen", "Mit freundlichen Grüssen", "Viele Grüße", "Viele Grüsse, Anna", "LG Tom", "VG", "Liebe Grüße",
    "Freundliche Grüsse", "Beste Grüße", "Gruß", "MfG",
  ])("%j is a valediction", (line) => {
    expect(isValediction(line)).toBe(true);
  });
  it.each([
    "Best Practices", "Cheers 🎉", "Cheers to that", "with regards to the payment processing system.", "Thanks!", "Sincerely,",
    "Grüße an alle im Team, das wird super", "Regardless of the budget",
  ])("%j is not a valediction", (line) => {
    expect(isValediction(line)).toBe(false);
  });

  it.each([
    "CONFIDENTIALITY NOTICE: The information contained in this email is confidential.",
    "This email and any attachments are confidential and intended solely for the addressee.",
    "This message may contain privileged information.",
    "If you are not the intended recipient, please delete this email.",
    "Diese E-Mail enthält vertrauliche Informationen.",
    "Diese Nachricht und alle Anhänge sind vertraulich.",
    "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
    "Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie uns bitte.",
    "Geschäftsführer: Max Mustermann",
    "Amtsgericht Berlin-Charlottenburg HRB 123456",
  ])("%j opens a disclaimer", (line) => {
    expect(isDisclaimerStart(line)).toBe(true);
  });
  it.each(["Please notify me immediately when the files are ready.", "The information you sent is wrong.", "Confidential draft attached."])(
    "%j does not open a disclaimer",
    (line) => {
      expect(isDisclaimerStart(line)).toBe(false);
    },
  );
});

describe("the first-letter shortcut of the marker tests", () => {
  // Each test first looks at the first visible character; white space of any kind
  // before it, and either case, must not hide a marker.
  it.each(["\t-- ", "\u00A0--", "\u2003__"])("%j is still a delimiter", (line) => {
    expect(isSignatureDelimiter(line)).toBe(true);
  });
  it.each(["  Sent from my iPhone", "\u00A0SENT FROM MY IPHONE", "\tlähetetty iPhonesta", "\u3000Télécharger Outlook pour iOS"])(
    "%j is still a mobile tag line",
    (line) => {
      expect(isMobileSignature(line)).toBe(true);
    },
  );
  it.each(["\u00A0Best regards,", "\tVIELE GRÜSSE", " med venlig hilsen", "\u2028Cordialement"])("%j is still a valediction", (line) => {
    expect(isValediction(line)).toBe(true);
  });
  it.each(["\u00A0CONFIDENTIALITY NOTICE: private.", "\tUSt-IdNr. DE123456789"])("%j still opens a disclaimer", (line) => {
    expect(isDisclaimerStart(line)).toBe(true);
  });
  it.each(["", "   ", "\u00A0", "123", "Ünterschrift", "xSent from my iPhone"])("%j is no marker at all", (line) => {
    expect([isSignatureDelimiter(line), isMobileSignature(line), isValediction(line), isDisclaimerStart(line)]).toEqual([false, false, false, false]);
  });
});

describe("findSignatureStartIn", () => {
  it("reads lines through accessors as findSignatureStart reads an array", () => {
    const text = "Thanks for the files.\n\nBest regards,\nAnna Example\nStudio Example\n\nSent from my iPhone";
    const array = lines(text);
    const read = { length: array.length, textAt: (k: number) => array[k]?.text ?? "", markedAt: () => false };
    expect(findSignatureStartIn(read)).toBe(findSignatureStart(array));
    expect(findSignatureStartIn(read)).toBe(2);
  });
});

describe("findSignatureStart", () => {
  it("finds nothing in a message without a signature", () => {
    expect(findSignatureStart(lines("Hello,\n\nplease send the files.\n\nThanks!"))).toBe(-1);
  });

  it("starts at the first marker", () => {
    expect(findSignatureStart(lines("Thanks for your help!\n\nBest regards,\nJohn\n\n--\nJohn Doe\n\nSent from my iPhone"))).toBe(2);
  });

  it("starts at a disclaimer paragraph, not inside a paragraph", () => {
    const text = "Call me. If you have received this email in error, that is fine.\n\nIf you have received this email in error, please notify the sender.";
    expect(findSignatureStart(lines(text))).toBe(2);
  });

  it("does not end the message at a valediction that a postscript follows", () => {
    expect(findSignatureStart(lines("See you.\n\nCheers,\nAnna\n\nP.S. The invoice is still open."))).toBe(-1);
  });

  it("does not end the message at a valediction followed by a long text", () => {
    const long = Array.from({ length: 12 }, (_, i) => `Line ${i} of a long text.`).join("\n");
    expect(findSignatureStart(lines(`Intro\nRegards,\n${long}`))).toBe(-1);
  });

  it("honours a signature block marked in HTML", () => {
    expect(findSignatureStart([{ text: "Hi", signatureMark: false }, { text: "", signatureMark: true }, { text: "Anna", signatureMark: false }])).toBe(1);
  });
});
