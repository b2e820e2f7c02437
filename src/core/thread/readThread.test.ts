import { readFileSync } from "node:fs";
import path from "node:path";
import { readThread, type ThreadMessage } from "./readThread";

const THREADS = path.resolve(__dirname, "../../../test/fixtures/threads");

interface ExpectedMessage {
  from: string | null;
  sentAt: string | null;
  language: string;
  text: string;
  signature: string | null;
  quoteDepth: number;
  forwarded: boolean;
}

function plain(messages: readonly ThreadMessage[]): ExpectedMessage[] {
  return messages.map((m) => ({ ...m, sentAt: m.sentAt ? m.sentAt.toISOString() : null }));
}

describe("readThread on real-looking threads (test/fixtures/threads)", () => {
  const expected = JSON.parse(readFileSync(path.join(THREADS, "expected.json"), "utf8")) as Record<string, ExpectedMessage[]>;

  it.each(Object.keys(expected))("%s", (name) => {
    const body = readFileSync(path.join(THREADS, name), "utf8");
    const format = name.endsWith(".html") ? "html" : "text";
    expect(plain(readThread(body, { format }))).toEqual(expected[name]);
  });

  it("covers Outlook, Gmail and Apple Mail in English and German, as text and HTML", () => {
    const names = Object.keys(expected);
    for (const client of ["outlook", "gmail", "apple"]) {
      for (const lang of ["en", "de"]) {
        expect(names.some((n) => n.startsWith(client) && n.includes(`-${lang}`) && n.endsWith(".txt"))).toBe(true);
        expect(names.some((n) => n.startsWith(client) && n.includes(`-${lang}`) && n.endsWith(".html"))).toBe(true);
      }
    }
  });
});

describe("readThread", () => {
  it("gives the newest message the sender and date of the open item", () => {
    const sentAt = new Date("2026-03-02T10:00:00Z");
    const [newest] = readThread("Hello", { format: "text", from: "Anna <anna@example.com>", sentAt });
    expect(newest).toMatchObject({ from: "Anna <anna@example.com>", text: "Hello", quoteDepth: 0 });
    expect(newest?.sentAt).toBe(sentAt);
  });

  it("ignores an invalid date for the newest message", () => {
    const [newest] = readThread("Hello", { format: "text", sentAt: new Date("nonsense") });
    expect(newest?.sentAt).toBeNull();
  });

  it("returns one empty message for an empty body", () => {
    for (const format of ["text", "html"] as const) {
      expect(readThread("", { format })).toEqual([
        { from: null, sentAt: null, language: "und", text: "", signature: null, quoteDepth: 0, forwarded: false },
      ]);
    }
  });

  it("keeps an empty newest message when the body is only a quote", () => {
    const messages = readThread("> On Mon, Mar 2, 2026 at 9:14 AM Anna <anna@example.com> wrote:\n> Please send it today.", {
      format: "text",
    });
    expect(messages.map((m) => m.text)).toEqual(["", "Please send it today."]);
    expect(messages[1]?.from).toBe("Anna <anna@example.com>");
  });

  it("keeps an empty newest message when the body is only a forwarded message", () => {
    const body = "---------- Forwarded message ---------\nFrom: Anna <anna@example.com>\nDate: Mon, Mar 2, 2026 at 9:14 AM\nSubject: Logo\n\nHi!";
    const messages = readThread(body, { format: "text" });
    expect(messages.map((m) => [m.text, m.forwarded])).toEqual([
      ["", false],
      ["Hi!", true],
    ]);
  });

  it("normalises line endings and trailing white space, and trims blank lines at both ends", () => {
    const [newest] = readThread("\r\n\r\nFirst line   \r\nsecond\rthird\t\r\n\r\n", { format: "text" });
    expect(newest?.text).toBe("First line\nsecond\nthird");
  });

  it("puts one blank line where a quoted passage was cut out of an inline answer", () => {
    const body = "Answer one.\n\n> question one\n\n\n\nAnswer two.";
    expect(readThread(body, { format: "text" })[0]?.text).toBe("Answer one.\n\nAnswer two.");
  });

  it("keeps the author's own blank lines", () => {
    const body = "Para one.\n\n\nPara two.";
    expect(readThread(body, { format: "text" })[0]?.text).toBe("Para one.\n\n\nPara two.");
  });

  it("never blames a quoted line on the newest message", () => {
    const body = [
      "Fine, thanks.",
      "",
      "On Mon, Mar 2, 2026 at 9:14 AM Anna <anna@example.com> wrote:",
      "> I NEED THIS TODAY, NO EXCUSES.",
      ">> On Sun, Mar 1, 2026 at 8:00 PM Jonas <jonas@example.com> wrote:",
      ">> Please notify the sender immediately.",
    ].join("\n");
    const messages = readThread(body, { format: "text" });
    expect(messages[0]?.text).toBe("Fine, thanks.");
    expect(messages.slice(1).map((m) => m.text)).toEqual(["I NEED THIS TODAY, NO EXCUSES.", "Please notify the sender immediately."]);
    expect(messages.map((m) => m.quoteDepth)).toEqual([0, 1, 2]);
  });

  it("splits a confidentiality disclaimer into the signature", () => {
    const body = "Please send the files.\n\nCONFIDENTIALITY NOTICE: This email is confidential. If you received it in error, please notify the sender immediately.";
    const [newest] = readThread(body, { format: "text" });
    expect(newest?.text).toBe("Please send the files.");
    expect(newest?.signature).toMatch(/^CONFIDENTIALITY NOTICE/);
  });

  it("reads a German Outlook reply with a wrapped Von: line and a German date", () => {
    const body = [
      "Bitte bis morgen.",
      "",
      "Von: Anna Beispiel",
      "<anna@beispiel.example>",
      "Gesendet: Donnerstag, 23. März 2023 17:11",
      "An: Jonas <jonas@example.com>",
      "Betreff: AW: Logo",
      "",
      "Hallo Jonas, anbei das Briefing.",
    ].join("\n");
    const messages = readThread(body, { format: "text" });
    expect(messages[1]).toMatchObject({ from: "Anna Beispiel <anna@beispiel.example>", text: "Hallo Jonas, anbei das Briefing.", language: "de" });
    expect(messages[1]?.sentAt?.toISOString()).toBe("2023-03-23T17:11:00.000Z");
  });

  it.each([
    ["Polish Gmail", "pon., 2 mar 2026 o 09:14 Marta Klientka <marta@klient.example> napisał(a):"],
    ["Hungarian Gmail", "Marta Klientka <marta@klient.example> ezt írta (időpont: 2026. márc. 2., H, 9:14):"],
    ["Finnish Apple Mail", "Marta Klientka <marta@klient.example> kirjoitti 2.3.2026 kello 9.14:"],
    ["Dutch Apple Mail", "Op 2 mrt. 2026 om 09:14 heeft Marta Klientka <marta@klient.example> het volgende geschreven:"],
    ["Italian Gmail", "Il giorno lun 2 mar 2026 alle ore 09:14 Marta Klientka <marta@klient.example> ha scritto:"],
  ])("splits a reply whose quote is introduced by %s's attribution line", (_client, header) => {
    const body = [
      "Hi Marta,",
      "",
      "the second round of changes is outside the agreed scope; I will send a quote.",
      "",
      header,
      "",
      "> Can you just quickly redo the logo in green? Should be five minutes.",
      ">",
      "> Marta",
    ].join("\n");
    const messages = readThread(body, { format: "text" });
    expect(messages[0]?.text).toBe("Hi Marta,\n\nthe second round of changes is outside the agreed scope; I will send a quote.");
    expect(messages[1]).toMatchObject({ from: "Marta Klientka <marta@klient.example>", quoteDepth: 1 });
    expect(messages[1]?.text).toMatch(/^Can you just quickly redo the logo/);
  });

  it("ends the newest message at a dated attribution in another language even without a quote below it", () => {
    const body = [
      "Bedankt, ik kijk ernaar.",
      "",
      "Op 2 mrt. 2026 om 09:14 heeft Marta Klientka <marta@klient.example> het volgende geschreven:",
      "",
      "Kunt u de factuur nog even aanpassen?",
    ].join("\n");
    const messages = readThread(body, { format: "text" });
    expect(messages.map((m) => m.text)).toEqual(["Bedankt, ik kijk ernaar.", "Kunt u de factuur nog even aanpassen?"]);
    expect(messages[1]?.from).toBe("Marta Klientka <marta@klient.example>");
  });

  it("leaves the line a wrapped header took out of the quote below it, at any depth", () => {
    // The mailer wrapped "<test@example.com>:" so that ">:" now looks like a quoted line.
    const top = "Thanks!\n\ntir. 18. apr. 2017 kl. 13:09 skrev Test user <test@example.com\n>:\n\n> Hi, please send the invoice.";
    expect(readThread(top, { format: "text" }).map((m) => [m.text, m.from])).toEqual([
      ["Thanks!", null],
      ["Hi, please send the invoice.", "Test user <test@example.com>"],
    ]);
    const nested = [
      "Fine.",
      "",
      "> Thanks!",
      ">",
      "> tir. 18. apr. 2017 kl. 13:09 skrev Test user <test@example.com",
      ">> :",
      ">",
      ">> Hi, please send the invoice.",
      ">> Today.",
      "",
      "Bye",
    ].join("\n");
    expect(readThread(nested, { format: "text" }).map((m) => [m.text, m.from, m.quoteDepth])).toEqual([
      ["Fine.\n\nBye", null, 0],
      ["Thanks!", null, 1],
      ["Hi, please send the invoice.\nToday.", "Test user <test@example.com>", 2],
    ]);
  });

  it("reads answers written between the quoted passages of three levels in body order", () => {
    const body = [
      "Top answer.",
      "> First quoted question?",
      "Answer to the first.",
      ">> Older line one",
      "> Back at level one",
      ">> Older line two",
      ">>> Oldest line",
      "Last answer.",
    ].join("\n");
    expect(readThread(body, { format: "text" }).map((m) => [m.text, m.quoteDepth])).toEqual([
      ["Top answer.\n\nAnswer to the first.\n\nLast answer.", 0],
      ["First quoted question?\n\nBack at level one", 1],
      ["Older line one\n\nOlder line two", 2],
      ["Oldest line", 3],
    ]);
  });

  it("does not take a sentence starting with 'On' for a header", () => {
    const body = "On the other hand, we could meet on Monday.\nOn Tuesday I am away.";
    expect(readThread(body, { format: "text" })).toHaveLength(1);
  });

  it("reads entities, line breaks, lists and tables of an HTML body naturally", () => {
    const html =
      "<p>Caf&eacute; &amp; Bar &lt;3<br>second line</p><ul><li>one</li><li>two<ol><li>nested</li></ol></li></ul>" +
      "<table><tr><th>Item</th><th>Price</th></tr><tr><td>Logo</td><td>900&nbsp;&euro;</td></tr></table>";
    expect(readThread(html, { format: "html" })[0]?.text).toBe(
      "Café & Bar <3\nsecond line\n\n- one\n- two\n  1. nested\n\nItem | Price\nLogo | 900 €",
    );
  });

  it("does not run or show scripts and styles", () => {
    const html = "<style>p{color:red}</style><script>alert('x')</script><p>Hello</p><img src=x onerror=alert(1)>";
    expect(readThread(html, { format: "html" })[0]?.text).toBe("Hello");
  });

  it("reads unbalanced HTML", () => {
    const messages = readThread("<div><p>Hello <b>there<blockquote>quoted</div></b>", { format: "html" });
    expect(messages[0]?.text).toBe("Hello there");
    expect(messages[1]?.text).toBe("quoted");
  });

  it("reads a body that is binary junk without throwing", () => {
    let junk = "";
    for (let i = 0; i < 5000; i += 1) junk += String.fromCharCode((i * 7919) % 65536);
    for (const format of ["text", "html"] as const) {
      const messages = readThread(junk, { format });
      expect(messages.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("reads a 10 MB body", () => {
    const unit = "Hello Anna, this is a line of a very long message that goes on.\n> and a quoted line\n";
    const body = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const messages = readThread(body, { format: "text" });
    expect(messages[0]?.text.length).toBeGreaterThan(1_000_000);
  });

  // Not a timing assertion: the HTML parser simply needs more than jest's default 5 s
  // on a slow machine for 10 MB (npm run bench measures it).
  it("reads a 10 MB HTML body", () => {
    const unit = "<div>Hello Anna, this is a line of a very long message.</div><blockquote><p>a quoted line &amp; more</p></blockquote>\n";
    const body = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const messages = readThread(body, { format: "html" });
    expect(messages[0]?.text.length).toBeGreaterThan(1_000_000);
    expect(messages[1]?.text.startsWith("a quoted line & more")).toBe(true);
  }, 60_000);
});
