/**
 * Properties of readThread over random and adversarial input (fast-check).
 *
 * No test here measures time: the adversarial cases must simply finish within jest's
 * default timeout, and `npm run bench` measures speed and linearity.
 */

import fc from "fast-check";
import { readThread, type ThreadMessage } from "./readThread";

const LANGUAGES = new Set(["en", "de", "und"]);

/** What every result must look like, whatever the input (checked in plain code: there may be 100 000 messages). */
function expectWellFormed(messages: readonly ThreadMessage[]): void {
  const problems: string[] = [];
  if (messages.length === 0) problems.push("no message");
  if (messages[0] && messages[0].quoteDepth !== 0) problems.push("newest message is quoted");
  messages.forEach((m, i) => {
    if (!LANGUAGES.has(m.language)) problems.push(`${i}: language ${m.language}`);
    if (m.sentAt !== null && (!(m.sentAt instanceof Date) || Number.isNaN(m.sentAt.getTime()))) problems.push(`${i}: bad date`);
    if (m.signature !== null && m.signature.length === 0) problems.push(`${i}: empty signature instead of null`);
    for (const block of [m.text, m.signature ?? ""]) {
      if (/\r/.test(block)) problems.push(`${i}: carriage return`);
      if (/[ \t]\n|[ \t]$/.test(block)) problems.push(`${i}: trailing white space`);
      if (block.startsWith("\n") || block.endsWith("\n")) problems.push(`${i}: blank line at an end`);
    }
  });
  expect(problems).toEqual([]);
}

/**
 * The newest message's text is made of whole unquoted lines of the input, in input
 * order: readThread cuts and drops lines, it never edits or invents one.
 */
function expectNewestFromUnquotedLines(body: string, newest: ThreadMessage): void {
  const input = body
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""));
  let at = 0;
  for (const line of newest.text.split("\n")) {
    if (line.length === 0) continue;
    while (at < input.length && input[at] !== line) at += 1;
    expect(at).toBeLessThan(input.length);
    expect(input[at]).not.toMatch(/^ {0,3}>/);
    at += 1;
  }
}

/** Fragments that mean something to a reply parser, to make random bodies look like mail. */
const FRAGMENTS = [
  ">", "> ", ">>", "On ", "Am ", "wrote:", "schrieb", " wrote", "From: ", "Von: ", "Sent: ", "Gesendet: ", "To: ", "Subject: ",
  "Betreff: ", "-- ", "--", "__", "----", "-----Original Message-----", "---------- Forwarded message ---------",
  "________________________________", "Sent from my iPhone", "Von meinem iPhone gesendet", "Regards,", "Viele Grüße",
  "Mon, Mar 2, 2026 at 9:14 AM", "02.03.2026 09:14", "2. März 2026 um 09:14", "Anna <anna@example.com>", "<", ">:", ":",
  "CONFIDENTIALITY NOTICE: ", "P.S. ", "hello", "world", "danke", " ", "\t", "\n", "\n", "\n", "\r\n", "\u00A0", "\u0000",
  "\uD800", "\uDC00", "😀", "é",
];
// eslint-disable-next-line no-control-regex -- NUL is one of the characters normalisation removes
const SPECIAL = /[\u0000\uD800-\uDFFF\u00A0]/;
const mailish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 200 }).map((parts) => parts.join(""));

const HTML_FRAGMENTS = [
  "<div>", "</div>", "<p>", "</p>", "<br>", "<blockquote>", "</blockquote>", '<blockquote type="cite">', '<div class="gmail_quote">',
  '<div id="divRplyFwdMsg">', '<div class="gmail_signature">', "<ul>", "<li>", "</li>", "</ul>", "<ol>", "<table>", "<tr>", "<td>",
  "</td>", "<pre>", "</pre>", "<script>", "</script>", "<style>", "<!--", "-->", "&amp;", "&nbsp;", "&#xDC00;", "&#55296;", "&lt;",
  "<b>", "</b>", '<a href="x">', "</a>", "On Mon, Mar 2, 2026 at 9:14 AM Anna <anna@example.com> wrote:", "From: Anna", "Sent: today",
  "hello", "world", " ", "\n", "<", ">", '"', "'", "=",
];
const htmlish = fc.array(fc.constantFrom(...HTML_FRAGMENTS), { maxLength: 200 }).map((parts) => parts.join(""));

describe("readThread never throws and always answers in shape", () => {
  it("on any string, as text and as HTML", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (body) => {
        expectWellFormed(readThread(body, { format: "text" }));
        expectWellFormed(readThread(body, { format: "html" }));
      }),
      { numRuns: 300 },
    );
  });

  it("on mail-like text, and the newest text is whole unquoted input lines in order", () => {
    fc.assert(
      fc.property(mailish, (body) => {
        const messages = readThread(body, { format: "text" });
        expectWellFormed(messages);
        const newest = messages[0];
        // Bodies with characters that normalisation removes or replaces are left out: there the lines differ on purpose.
        if (newest && !SPECIAL.test(body)) expectNewestFromUnquotedLines(body, newest);
      }),
      { numRuns: 500 },
    );
  });

  it("on HTML-like soup", () => {
    fc.assert(
      fc.property(htmlish, (body) => {
        expectWellFormed(readThread(body, { format: "html" }));
      }),
      { numRuns: 300 },
    );
  });
});

/** A generated thread: its body and what readThread should find in it. */
interface Generated {
  body: string;
  expected: { text: string; from: string | null; sentAt: string | null; quoteDepth: number }[];
}

const WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "kilo", "lima", "mike", "oscar", "papa", "romeo", "sierra", "tango"];
const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((l) => l.join("\n"));
const body = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((p) => p.join("\n\n"));
const person = fc.constantFrom(
  { name: "Anna Example", email: "anna@example.com" },
  { name: "Jonas Freiberufler", email: "jonas@freiberufler.example" },
  { name: "Petra Kundin", email: "petra.kundin@kunde.example" },
);
const instant = fc
  .record({
    year: fc.integer({ min: 2000, max: 2035 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map((p) => new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)));
const style = fc.constantFrom("gmail-en", "apple-de", "outlook-en", "outlook-de");

const EN_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DE_DAYS = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function twelveHour(d: Date): string {
  const h = d.getUTCHours();
  return `${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())} ${h < 12 ? "AM" : "PM"}`;
}

/** The header a client writes above an earlier message, and whether it quotes that message with ">". */
function header(kind: string, who: { name: string; email: string }, d: Date): { text: string; quoted: boolean } {
  const from = `${who.name} <${who.email}>`;
  const day = d.getUTCDate();
  const month = d.getUTCMonth();
  const year = d.getUTCFullYear();
  switch (kind) {
    case "gmail-en":
      return { text: `On ${EN_DAYS[d.getUTCDay()]?.slice(0, 3)}, ${EN_MONTHS[month]?.slice(0, 3)} ${day}, ${year} at ${twelveHour(d)} ${from} wrote:\n\n`, quoted: true };
    case "apple-de":
      return { text: `Am ${pad(day)}.${pad(month + 1)}.${year} um ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} schrieb ${from}:\n\n`, quoted: true };
    case "outlook-en":
      return {
        text: `From: ${from}\nSent: ${EN_DAYS[d.getUTCDay()]}, ${EN_MONTHS[month]} ${day}, ${year} ${twelveHour(d)}\nTo: Client <client@example.com>\nSubject: RE: Project\n\n`,
        quoted: false,
      };
    default:
      return {
        text: `-----Ursprüngliche Nachricht-----\nVon: ${from}\nGesendet: ${DE_DAYS[d.getUTCDay()]}, ${day}. ${DE_MONTHS[month]} ${year} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}\nAn: Kunde <kunde@example.com>\nBetreff: AW: Projekt\n\n`,
        quoted: false,
      };
  }
}

const thread: fc.Arbitrary<Generated> = fc
  .tuple(body, fc.array(fc.record({ own: body, who: person, when: instant, kind: style }), { maxLength: 5 }))
  .map(([newest, earlier]) => {
    // Built from the oldest message up, as a real thread grows: each reply puts its own
    // words above a header and (">"-quoted or not, by the replying client's style) the
    // whole thread so far.
    let text = "";
    for (let k = earlier.length - 1; k >= 0; k -= 1) {
      const message = earlier[k];
      if (!message) continue;
      const below = text;
      text = message.own;
      if (k + 1 < earlier.length) {
        const older = earlier[k + 1];
        if (older) text += "\n\n" + wrapBelow(older, below);
      }
    }
    const first = earlier[0];
    const full = first ? `${newest}\n\n${wrapBelow(first, text)}` : newest;

    const expected: Generated["expected"] = [{ text: newest, from: null, sentAt: null, quoteDepth: 0 }];
    let depth = 0;
    for (const m of earlier) {
      if (header(m.kind, m.who, m.when).quoted) depth += 1;
      expected.push({ text: m.own, from: `${m.who.name} <${m.who.email}>`, sentAt: m.when.toISOString(), quoteDepth: depth });
    }
    return { body: full, expected };
  });

/** The header for `message` followed by the thread from `message` down, quoted if the style quotes. */
function wrapBelow(message: { who: { name: string; email: string }; when: Date; kind: string }, below: string): string {
  const h = header(message.kind, message.who, message.when);
  const content = h.quoted ? below.split("\n").map((l) => (l.length > 0 ? `> ${l}` : ">")).join("\n") : below;
  return h.text + content;
}

describe("readThread on generated threads", () => {
  it("finds every message with its own words, sender, date and quote depth", () => {
    fc.assert(
      fc.property(thread, ({ body: generated, expected }) => {
        const messages = readThread(generated, { format: "text" });
        expect(
          messages.map((m) => ({ text: m.text, from: m.from, sentAt: m.sentAt ? m.sentAt.toISOString() : null, quoteDepth: m.quoteDepth })),
        ).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

/** Lines quoted one level deeper each: "> x", ">> x", … */
function stairs(levels: number): string {
  return Array.from({ length: levels }, (_, i) => ">".repeat(i + 1) + " x").join("\n");
}

describe("readThread on adversarial input finishes (well within the default timeout)", () => {
  const cases: Array<[string, () => string, "text" | "html"]> = [
    ["100 000 '>' on one line", () => ">".repeat(100_000), "text"],
    ["100 000 lines of '>'", () => ">\n".repeat(100_000), "text"],
    ["'On ' 100 000 times on one line", () => "On ".repeat(100_000), "text"],
    ["'On ' on 100 000 lines", () => "On \n".repeat(100_000), "text"],
    ["100 000 attribution lines", () => "On Mon, Mar 2, 2026 Anna wrote:\n".repeat(100_000), "text"],
    ["100 000 wrapped attribution starts", () => "On 2026 Anna <\n".repeat(100_000), "text"],
    ["100 000 'From:' lines", () => "From: a\n".repeat(100_000), "text"],
    ["100 000 valedictions", () => "Regards,\n\n".repeat(100_000), "text"],
    ["a 1 000 000-character line of spaces", () => " ".repeat(1_000_000) + "x", "text"],
    // Shapes that made unanchored patterns around "@" backtrack quadratically per line.
    ["20 000 dated lines full of 'a@'", () => ("1 2026 " + "a@".repeat(195) + ":\n").repeat(20_000), "text"],
    ["20 000 dated lines without '@'", () => ("1 2026 " + "a".repeat(390) + ":\n").repeat(20_000), "text"],
    ["20 000 attributions with a '(a@a@…' sender", () => ("On 2026 x(" + "a@".repeat(190) + "a wrote:\n").repeat(20_000), "text"],
    ["20 000 attributions with a sender of commas", () => ("On 2026 " + ",".repeat(380) + " wrote:\n").repeat(20_000), "text"],
    ["2 000 lines quoted ever deeper", () => Array.from({ length: 2000 }, (_, i) => "> ".repeat(i) + "x").join("\n"), "text"],
    // Every quote level reaches from the top of the body to its bottom: a reader that
    // walked each level's whole stretch would do levels × lines of work.
    ["1 500 quote levels above and below 150 000 unquoted lines", () => stairs(1500) + "\n" + "unquoted line\n".repeat(150_000) + stairs(1500), "text"],
    ["100 000 nested <blockquote>", () => "<blockquote>".repeat(100_000) + "x", "html"],
    ["100 000 unclosed <div>", () => "<div>".repeat(100_000) + "x", "html"],
    ["100 000 <td> in one row", () => "<table><tr>" + "<td>x".repeat(100_000), "html"],
    ["100 000 '<'", () => "<".repeat(100_000), "html"],
    ["100 000 unterminated attributes", () => '<div title="'.repeat(100_000), "html"],
  ];
  it.each(cases)("%s", (_name, make, format) => {
    expectWellFormed(readThread(make(), { format }));
  });

  it("on random repetitions of parser-sensitive fragments", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1_000, max: 20_000 }), (a, b, n) => {
        expectWellFormed(readThread((a + b).repeat(n), { format: "text" }));
      }),
      { numRuns: 20 },
    );
  });
});
