import { splitTextLines } from "./lines";
import { cleanSender, detectReplyHeader, readAttribution, readField } from "./replyHeaders";

function detect(text: string) {
  return detectReplyHeader(splitTextLines(text), 0);
}

describe("readAttribution", () => {
  it.each([
    ["On Mon, Mar 2, 2026 at 9:14 AM Anna Example <anna@example.com> wrote:", "Anna Example <anna@example.com>", "2026-03-02T09:14:00.000Z"],
    ["On Mar 2, 2026, at 09:14, Anna Example <anna@example.com> wrote:", "Anna Example <anna@example.com>", "2026-03-02T09:14:00.000Z"],
    ["On Wed, 14 Nov 2018 08:14:43 -0200 John Doe <john@doe.com> wrote", "John Doe <john@doe.com>", "2018-11-14T10:14:43.000Z"],
    ["---- On Wed, 24 Feb 2021 14:02:50 +0530 john@gmail.com wrote ----", "john@gmail.com", "2021-02-24T08:32:50.000Z"],
    ["On 01/03/11 7:07 PM, Russell Brown wrote:", "Russell Brown", null],
    ["Am 02.03.2026 um 09:14 schrieb Anna Beispiel <anna@beispiel.example>:", "Anna Beispiel <anna@beispiel.example>", "2026-03-02T09:14:00.000Z"],
    ["Am Mo., 2. März 2026 um 09:14 Uhr schrieb Anna Beispiel <anna@beispiel.example>:", "Anna Beispiel <anna@beispiel.example>", "2026-03-02T09:14:00.000Z"],
    ["Anna Beispiel schrieb am 02.03.2026 um 09:14:", "Anna Beispiel", "2026-03-02T09:14:00.000Z"],
    ["Le lun. 15 nov. 2021 à 19:42, John - Acme <john@acme.example> a écrit :", "John - Acme <john@acme.example>", null],
    ["El lun, 2 mar 2026 a las 9:14, Ana <ana@example.es> escribió:", "Ana <ana@example.es>", null],
    ['In data 11 ottobre 2017 21:11:31 "John Doe - Stripe" <s@stripe.example> ha scritto:', "John Doe - Stripe <s@stripe.example>", null],
    ["Em 10 de julho de 2017 às 16:32:35, John Doe (contact@stripe.example) escreveu:", "John Doe <contact@stripe.example>", null],
    ["Op 12 december 2016 19:05 schreef Company Questions <questions@company.example>:", "Company Questions <questions@company.example>", "2016-12-12T19:05:00.000Z"],
    ["W dniu 2017-01-09 11:59:39 użytkownik Company Questions <q@company.example> napisał:", "Company Questions <q@company.example>", "2017-01-09T11:59:39.000Z"],
    ["Dnia 27 grudnia 2016 12:08 Company Questions <q@company.example> napisał(a):", "Company Questions <q@company.example>", null],
    ["Den 2. mar. 2026 kl. 09.14 skrev Anna <anna@example.dk>:", "Anna <anna@example.dk>", "2026-03-02T09:14:00.000Z"],
    ["tir. 18. apr. 2017 kl. 13:09 skrev Test user <test@example.com>:", "Test user <test@example.com>", null],
    ["pe 20. lokakuuta 2017 klo 17.50 John Coe <john@test.example> kirjoitti:", "John Coe <john@test.example>", null],
    ['2013.02.08. 7:31 keltezéssel, "Gyõrvári Eszter" írta:', "Gyõrvári Eszter", "2013-02-08T07:31:00.000Z"],
    ["ср, 30 апр. 2025 г. в 15:19, John Doe <doe@example.com>:", "John Doe <doe@example.com>", null],
    ["2017-11-24 16:32 GMT+01:00 Baptiste - Crisp <b@crisp.example>:", "Baptiste - Crisp <b@crisp.example>", "2017-11-24T15:32:00.000Z"],
    ['30.09.2017, 18.30, "John - Doe" <j@saas.example>:', "John - Doe <j@saas.example>", "2017-09-30T18:30:00.000Z"],
    ['11:00 AM, November 17, 2021, "John - Acme" <john@acme.example>:', "John - Acme <john@acme.example>", "2021-11-17T11:00:00.000Z"],
    ["Wednesday, 17 November 2021, 3:32 PM +0300 from john@acme.example <john@acme.example>:", "john@acme.example", "2021-11-17T12:32:00.000Z"],
  ])("%s", (line, from, sentAt) => {
    const found = readAttribution(line);
    expect(found).not.toBeNull();
    expect(found?.strong).toBe(true);
    expect(found?.from).toBe(from);
    expect(found?.sentAt?.toISOString() ?? null).toBe(sentAt);
  });

  // The attribution lines Gmail and Apple Mail write in the other languages of the
  // reference fixtures, with the sender and, where the date is one we read, the date.
  it.each([
    ["Le lun. 2 mars 2026 à 09:14, Anna Example <anna@example.com> a écrit :", "Anna Example <anna@example.com>", null],
    ["Il giorno lun 2 mar 2026 alle ore 09:14 Anna Example <anna@example.com> ha scritto:", "Anna Example <anna@example.com>", null],
    ["Il giorno 2 mar 2026, alle ore 09:14, Anna Example <anna@example.com> ha scritto:", "Anna Example <anna@example.com>", "2026-03-02T09:14:00.000Z"],
    ["Em seg., 2 de mar. de 2026 às 09:14, Anna Example <anna@example.com> escreveu:", "Anna Example <anna@example.com>", null],
    ["Em 2 de mar. de 2026, à(s) 09:14, Anna Example <anna@example.com> escreveu:", "Anna Example <anna@example.com>", null],
    ["man. 2. mar. 2026 kl. 09:14 skrev Anna Example <anna@example.com>:", "Anna Example <anna@example.com>", null],
    ["2. mar. 2026 kl. 09:14 skrev Anna Example <anna@example.com>:", "Anna Example <anna@example.com>", "2026-03-02T09:14:00.000Z"],
    ["Den mån 2 mars 2026 kl 09:14 skrev Anna Example <anna@example.com>:", "Anna Example <anna@example.com>", null],
    ["Anna Example <anna@example.com> kirjoitti 2.3.2026 kello 9.14:", "Anna Example <anna@example.com>", "2026-03-02T09:14:00.000Z"],
    ["2 марта 2026 г., в 9:14, Anna Example <anna@example.com> написал(а):", "Anna Example <anna@example.com>", null],
    ["Anna Example <anna@example.com> ezt írta (időpont: 2026. márc. 2., H, 9:14):", "Anna Example <anna@example.com>", null],
    ["2026. márc. 2. dátummal, 9:14 időpontban Anna Example <anna@example.com> írta:", "Anna Example <anna@example.com>", null],
    ["Op ma 2 mrt 2026 om 09:14 schreef Anna Example <anna@example.com>:", "Anna Example <anna@example.com>", null],
    ["Op 2 mrt. 2026 om 09:14 heeft Anna Example <anna@example.com> het volgende geschreven:", "Anna Example <anna@example.com>", null],
    ["El lun, 2 mar 2026 a las 9:14, Anna Example (<anna@example.com>) escribió:", "Anna Example <anna@example.com>", null],
    ["El 2 mar 2026, a las 9:14, Anna Example <anna@example.com> escribió:", "Anna Example <anna@example.com>", "2026-03-02T09:14:00.000Z"],
    ["pon., 2 mar 2026 o 09:14 Anna Example <anna@example.com> napisał(a):", "Anna Example <anna@example.com>", null],
    ["W dniu 2.03.2026 o 09:14, Anna Example pisze:", "Anna Example", "2026-03-02T09:14:00.000Z"],
    ["Wiadomość napisana przez Anna Example <anna@example.com> w dniu 02.03.2026, o godz. 09:14:", "Anna Example <anna@example.com>", "2026-03-02T09:14:00.000Z"],
  ])("reads the Gmail / Apple Mail attribution %s", (line, from, sentAt) => {
    const found = readAttribution(line);
    expect(found).toMatchObject({ strong: true, from });
    expect(found?.sentAt?.toISOString() ?? null).toBe(sentAt);
  });

  it.each([
    ["Anna Example <anna@example.com> a écrit :", "Anna Example <anna@example.com>"],
    ["Anna Example <anna@example.com> ha scritto:", "Anna Example <anna@example.com>"],
    ["Anna Example <anna@example.com> escreveu:", "Anna Example <anna@example.com>"],
    ["Anna Example <anna@example.com> skrev:", "Anna Example <anna@example.com>"],
    ["Anna Example <anna@example.com> kirjoitti:", "Anna Example <anna@example.com>"],
    ["Anna Example <anna@example.com> написал(а):", "Anna Example <anna@example.com>"],
    ["Anna Example ezt írta:", "Anna Example"],
    ["Anna Example <anna@example.com> írta:", "Anna Example <anna@example.com>"],
    ["Anna Example <anna@example.com> schreef:", "Anna Example <anna@example.com>"],
    ["Anna Example <anna@example.com> escribió:", "Anna Example <anna@example.com>"],
    ["Anna Example <anna@example.com> napisał(a):", "Anna Example <anna@example.com>"],
  ])("reads the undated %s as a weak header", (line, from) => {
    expect(readAttribution(line)).toEqual({ strong: false, from, sentAt: null });
  });

  it.each([
    "Terms of the 2026 contract are below:",
    "Sex Pistols, 1977, were on the playlist I wrote:",
    "Domain renewal for 2026 costs 12.50 per year:",
    "Ezt írta: a designer 2026-ban",
    "So in 2019 Anna Example <anna@example.com> wrote:",
  ])("does not take the prose line %j for a strong header", (line) => {
    expect(readAttribution(line)?.strong ?? false).toBe(false);
  });

  it("reads 'Anna wrote:' as a weak header: it counts only above a quote", () => {
    expect(readAttribution("Anna Example <anna@example.com> wrote:")).toEqual({ strong: false, from: "Anna Example <anna@example.com>", sentAt: null });
    expect(readAttribution("On Thursday, Anna wrote:")?.strong).toBe(false);
  });

  it.each([
    "On the surface, this looks like a quote header but it's not.",
    "On Thursday:",
    "On a separate note, I wanted to mention that performance is great.",
    "It's interesting how they handled URLs like https://example.com/on-date-someone-wrote-about-parsing",
    "Am Montag habe ich das geschrieben.",
    "Hi, 2017 was a good year for <anna@example.com>",
  ])("is not fooled by %s", (line) => {
    expect(readAttribution(line)?.strong ?? false).toBe(false);
  });
});

describe("the end-of-line shortcut of readAttribution", () => {
  // Only a line that ends in ":" or "wrote", once white space, dashes and stars are
  // stripped from its end, is read further; stripping must see every kind of white space.
  it.each([
    "On Mon, Mar 2, 2026 at 9:14 AM Anna <anna@example.com> WROTE",
    "---- On Wed, 24 Feb 2021 14:02:50 +0530 john@gmail.com wrote ----\u00A0",
    "On Mon, Mar 2, 2026 at 9:14 AM Anna <anna@example.com> wrote:\u2003*\t",
    "*On Mon, Mar 2, 2026 at 9:14 AM Anna <anna@example.com> wrote:*",
  ])("still reads %j", (line) => {
    expect(readAttribution(line)?.strong).toBe(true);
  });
  it.each(["On Mon, Mar 2, 2026 at 9:14 AM Anna <anna@example.com> wrote:x", "wrote", "-:", "\u00A0", "", "On Monday Anna rewrote."])(
    "turns %j away",
    (line) => {
      expect(readAttribution(line)).toBeNull();
    },
  );
});

describe("readField", () => {
  it.each([
    ["From: Anna <anna@example.com>", "from", "Anna <anna@example.com>"],
    ["*Sent:* Monday, March 2, 2026 9:14 AM", "date", "Monday, March 2, 2026 9:14 AM"],
    ["Envoyé le :lundi 2 mars 2026 09:14", "date", "lundi 2 mars 2026 09:14"],
    ["Subject: Re: Logo: final", "subject", "Re: Logo: final"],
  ])("reads %j", (line, cls, value) => {
    expect(readField(line)).toEqual({ cls, value });
  });
  it.each([":From: Anna", "From Anna: hello", "The data comes from our database, not from: elsewhere", "Reply-To-And-Some-More-Words: x"])(
    "finds no field in %j",
    (line) => {
      expect(readField(line)).toBeNull();
    },
  );
});

describe("detectReplyHeader", () => {
  it("joins an attribution wrapped over two lines", () => {
    const h = detect("On Mon, Aug 26, 2019 at 4:37 PM The Hiring Engine <\nhr@example.com> wrote:\n\n> Test");
    expect(h).toMatchObject({ end: 2, strong: true, from: "The Hiring Engine <hr@example.com>" });
  });

  it("joins an attribution wrapped over three lines", () => {
    const h = detect("On Dec 16, 2011, at 12:47 PM, Corey Donohoe\n<reply@reply.github.com>\nwrote:\n\n> Was this");
    expect(h).toMatchObject({ end: 3, from: "Corey Donohoe <reply@reply.github.com>" });
    expect(h?.sentAt?.toISOString()).toBe("2011-12-16T12:47:00.000Z");
  });

  it("joins an address whose '>' was wrapped onto a line that now looks quoted", () => {
    const h = detect("tir. 18. apr. 2017 kl. 13:09 skrev Test user <test@example.com\n>:\n");
    expect(h).toMatchObject({ end: 2, from: "Test user <test@example.com>" });
  });

  it("does not join a greeting into the header below it", () => {
    const lines = splitTextLines("Hi,\n2017-11-24 16:32 GMT+01:00 Anna <anna@example.com>:\n\nText");
    expect(detectReplyHeader(lines, 0)).toBeNull();
    expect(detectReplyHeader(lines, 1)).toMatchObject({ end: 2, from: "Anna <anna@example.com>" });
  });

  it.each([
    ["From: Anna <anna@example.com>\nSent: Monday, March 2, 2026 9:14 AM\nTo: Jonas\nSubject: RE: Logo", "Anna <anna@example.com>"],
    ["Von: Anna <anna@example.com>\nGesendet: Montag, 2. März 2026 09:14\nAn: Jonas\nBetreff: AW: Logo", "Anna <anna@example.com>"],
    ["*From:* Anna [mailto:anna@example.com]\n*Sent:* Monday, March 2, 2026 9:14 AM\n*To:* Jonas\n*Subject:* Logo", "Anna <anna@example.com>"],
    ["   De : Anna<mailto:anna@example.com>\n   Envoyé le :lundi 2 mars 2026 09:14\n   À : Jonas\n   Objet :Logo", "Anna <anna@example.com>"],
    ["Van: Anna [mailto:anna@example.com]\nVerzonden: maandag 2 maart 2026 09:14\nAan: Jonas\nOnderwerp: Logo", "Anna <anna@example.com>"],
    ["Da: Anna<mailto:anna@example.com>\nInviato: lunedì 2 marzo 2026 09:14\nA: Jonas\nOggetto: Logo", "Anna <anna@example.com>"],
    ["From: Human Resources\n<hr@example.com>\nSent: Monday, August 26, 2019 4:37 PM\nTo: Jonas\nSubject: Hello", "Human Resources <hr@example.com>"],
    ["Betreff: \tWG: Angebot\nDatum: \tMon, 2 Mar 2026 09:14:00 +0100\nVon: \tAnna <anna@example.com>\nAn: \tJonas", "Anna <anna@example.com>"],
  ])("reads the header block %#", (text, from) => {
    const h = detect(text);
    expect(h).toMatchObject({ strong: true, from, end: text.split("\n").length });
  });

  it("reads the date of a header block", () => {
    expect(detect("Von: Anna <anna@example.com>\nGesendet: Montag, 2. März 2026 09:14\nAn: Jonas\nBetreff: AW: Logo")?.sentAt?.toISOString()).toBe(
      "2026-03-02T09:14:00.000Z",
    );
  });

  it("marks a forward by its subject prefix (WG:, Fwd:, FW:)", () => {
    expect(detect("Von: Anna <a@example.com>\nGesendet: Montag, 2. März 2026 09:14\nAn: Jonas\nBetreff: WG: Angebot")?.forwarded).toBe(true);
    expect(detect("From: Anna <a@example.com>\nSent: Monday, March 2, 2026 9:14 AM\nTo: Jonas\nSubject: Fwd: Offer")?.forwarded).toBe(true);
    expect(detect("From: Anna <a@example.com>\nSent: Monday, March 2, 2026 9:14 AM\nTo: Jonas\nSubject: RE: Offer")?.forwarded).toBe(false);
  });

  it.each([
    ["-----Original Message-----\nFrom: a@example.com\nSent: Monday, December 15, 2024 3:00 PM", false, "a@example.com"],
    ["-----Ursprüngliche Nachricht-----\nVon: Max <max@example.de>\nAn: Erika", false, "Max <max@example.de>"],
    ["----- Original Message -----", false, null],
    ["-------- Oprindelig besked --------\nFra: A B C <abc@abc.example>", false, "A B C <abc@abc.example>"],
    ["---------- Forwarded message ---------\nFrom: John <john@example.com>\nDate: Mon, Dec 15, 2024 at 3:00 PM", true, "John <john@example.com>"],
    ["-------- Weitergeleitete Nachricht --------\nBetreff: Angebot\nVon: Anna <anna@example.com>", true, "Anna <anna@example.com>"],
    ["Begin forwarded message:\n\nFrom: Jonas <jonas@example.com>\nSubject: Invoice", true, "Jonas <jonas@example.com>"],
    ["Anfang der weitergeleiteten Nachricht:\n\nVon: Jonas <jonas@example.com>\nBetreff: Rechnung", true, "Jonas <jonas@example.com>"],
    ["________________________________\nFrom: Anna <anna@example.com>\nSent: Thursday, September 26, 2019 11:35:12 AM", false, "Anna <anna@example.com>"],
  ])("reads the separator %#", (text, forwarded, from) => {
    expect(detect(text)).toMatchObject({ strong: true, forwarded, from });
  });

  it.each([
    "From: our database, not from external sources.",
    "From: Berlin\nTo: Munich",
    "Date: tomorrow",
    "________________________________",
    "--------------------------------------------------------------\nRegistration Jun 27, 2018 github.com",
    "The data comes From: our database",
  ])("finds no header in %j", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("the sender in an attribution", () => {
  // After the date, in whatever language, come connecting words and commas, then the name.
  it.each([
    ["tir. 18. apr. 2017 kl. 13:09 SKREV Test user <test@example.com>:", "Test user <test@example.com>"],
    ["2017-11-24 16:32 GMT+01:00, skrev Anna <anna@example.com>:", "Anna <anna@example.com>"],
    ["2017-11-24 16:32 GMT+01:00 ,Anna Example <anna@example.com>:", "Anna Example <anna@example.com>"],
    ["Dnia 27 grudnia 2016 12:08 użytkownik Team 42 <q@company.example> napisał(a):", "Team 42 <q@company.example>"],
    ["On Tuesday, Doe, John <john@example.com> wrote:", "John <john@example.com>"],
    ["Em 10 de julho de 2017 às 16:32:35 escreveu:", null],
  ])("%s names %s", (line, from) => {
    expect(readAttribution(line)?.from ?? null).toBe(from);
  });
});

describe("header blocks with fields that do not count", () => {
  it("needs a sender and two more kinds of field, whatever else the block holds", () => {
    const block = (text: string) => detectReplyHeader(splitTextLines(text), 0);
    expect(block("From: Anna <anna@example.com>\nReply-To: x@example.com\nImportance: High\nTo: Jonas")).toBeNull();
    expect(block("From: Anna <anna@example.com>\nReply-To: x@example.com\nTo: Jonas\nSubject: Logo")).toMatchObject({ end: 4, from: "Anna <anna@example.com>" });
    expect(block("From: Anna <anna@example.com>\nFrom: Bert <bert@example.com>\nTo: Jonas\nTo: Petra")).toBeNull();
  });
});

describe("cleanSender", () => {
  it.each([
    ["Anna [mailto:anna@example.com]", "Anna <anna@example.com>"],
    ["Anna<mailto:anna@example.com>", "Anna <anna@example.com>"],
    ['"Anna Example" <anna@example.com>', "Anna Example <anna@example.com>"],
    ["Valerian <test@gmail.com<mailto:test@gmail.com>>", "Valerian <test@gmail.com>"],
    ["<anna@example.com>", "anna@example.com"],
    ["anna@example.com <anna@example.com>", "anna@example.com"],
    ["Anna ( anna@example.com)", "Anna <anna@example.com>"],
    ["Anna (<anna@example.com>)", "Anna <anna@example.com>"],
    ["Anna\tExample  <anna@example.com>", "Anna Example <anna@example.com>"],
    ["\u00A0Anna Example\u2003<anna@example.com> ", "Anna Example <anna@example.com>"],
    ["Anna Example <ANNA@EXAMPLE.COM<MAILTO:ANNA@EXAMPLE.COM>>", "Anna Example <ANNA@EXAMPLE.COM>"],
    ["you", null],
    ["YOU", null],
    ["Sie", null],
    ["anna@example.com\t<anna@example.com>", "anna@example.com"],
    ["anna@example.com <anna@example.org>", "anna@example.com <anna@example.org>"],
    ["Anna Example <anna@example.com> <anna@example.com>", "Anna Example <anna@example.com><anna@example.com>"],
    ["  ", null],
  ])("%s → %s", (raw, clean) => {
    expect(cleanSender(raw)).toBe(clean);
  });
});
