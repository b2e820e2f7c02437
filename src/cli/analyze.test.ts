import { readFile } from "node:fs/promises";
import path from "node:path";
import { type CliIo, type ErrorJson, main, type ResultJson } from "./analyze";

const EML = path.resolve(__dirname, "../../test/fixtures/eml");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  output: (ResultJson | ErrorJson)[];
}

async function run(argv: string[], stdin = ""): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (file) => readFile(path.resolve(EML, file)),
    readStdin: async () => Buffer.from(stdin, "utf8"),
  };
  const code = await main(argv, io);
  const output = stdout.length > 0 ? (JSON.parse(stdout) as (ResultJson | ErrorJson)[]) : [];
  return { code, stdout, stderr, output };
}

function result(r: Run, index: number): ResultJson {
  const element = r.output[index];
  if (!element || "error" in element) throw new Error(`element ${index} is not a result: ${JSON.stringify(element)}`);
  return element;
}

describe("analyze --json", () => {
  it("reads a multipart/alternative message from its HTML part, with the message's From and Date", async () => {
    const r = await run(["--json", "multipart-alternative.eml"]);
    expect(r.code).toBe(0);
    const out = result(r, 0);
    expect(out.file).toBe("multipart-alternative.eml");
    expect(out.language).toBe("de");
    // The client's newest message puts the payment off; the user's own reminder below it is quiet.
    expect(out.signals.map((signal) => `${signal.id} m${signal.message} severity ${signal.severity} ${JSON.stringify(signal.evidence[0]?.text)}`)).toEqual([
      'money.late_payment m0 severity 2 "nächsten Monat begleichen"',
    ]);
    for (const signal of out.signals) {
      for (const evidence of signal.evidence) expect(out.messages[signal.message]?.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
    expect(out.messages.map((message) => message.politeness)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(out.messages).toEqual([
      {
        from: "Petra Kundin <petra.kundin@kunde.example>",
        sentAt: "2026-03-02T09:30:00.000Z",
        language: "de",
        text: "Hallo Herr Freiberufler,\n\ndie Rechnung vom 15.02. werden wir leider erst nächsten Monat begleichen können.",
        signature: "Mit freundlichen Grüßen\nPetra Kundin",
        politeness: expect.any(Number),
      },
      {
        from: "Jonas Freiberufler <jonas@freiberufler.example>",
        sentAt: "2026-03-02T09:14:00.000Z",
        language: "de",
        text: "Guten Tag Frau Kundin,\n\ndie Rechnung 2026-017 ist seit dem 1. März fällig.",
        signature: "Viele Grüße\nJonas Freiberufler",
        politeness: expect.any(Number),
      },
    ]);
  });

  it("prefers the HTML part to the plain-text part", async () => {
    const eml = [
      "From: Anna <anna@example.com>",
      "Date: Mon, 2 Mar 2026 09:14:00 +0000",
      'Content-Type: multipart/alternative; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "from the plain part",
      "--b",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>from the <b>HTML</b> part</p>",
      "--b--",
      "",
    ].join("\r\n");
    const out = result(await run(["--json", "-"], eml), 0);
    expect(out.messages[0]?.text).toBe("from the HTML part");
  });

  it("decodes quoted-printable (soft line breaks, UTF-8 bytes)", async () => {
    const out = result(await run(["--json", "quoted-printable.eml"]), 0);
    expect(out.messages[0]).toMatchObject({
      from: "Anna Example <anna@example.com>",
      sentAt: "2026-03-02T19:02:17.000Z",
      text: "Thanks, looks good! Just one more quick thing while you're at it: could you also redo the business cards? Shouldn't take long, and surely it's included.",
    });
    expect(out.messages[1]?.text).toBe("Hi Anna,\n\nthe flyer is done, see the attached PDF. The price is 450 € as agreed.");
  });

  it("decodes a base64 HTML part and ignores attachments", async () => {
    const out = result(await run(["--json", "base64.eml"]), 0);
    expect(out.messages.map((m) => m.text)).toEqual([
      "Ich brauche das bis Samstag, auch wenn Wochenende ist. Ruf mich heute Abend noch an!",
      "Hallo Tom,\n\ndie überarbeitete Fassung schicke ich dir wie besprochen am Montag.",
    ]);
    expect(out.messages[0]?.signature).toBe("Von meinem iPhone gesendet");
  });

  it("decodes an ISO-8859-1 body and encoded-word headers", async () => {
    const out = result(await run(["--json", "iso-8859-1.eml"]), 0);
    expect(out.messages[0]).toMatchObject({
      from: "Reto Müller <reto@kunde.example>",
      text: "Grüezi Herr Freiberufler\n\nKönnten Sie uns beim Stundensatz noch entgegenkommen? 20 % weniger wären für uns angemessen.",
      signature: "Freundliche Grüsse\nReto Müller",
    });
    expect(out.messages[1]?.sentAt).toBe("2026-02-27T16:02:00.000Z");
  });

  it("reads a .txt file as a plain-text body", async () => {
    const out = result(await run(["--json", "plain.txt"]), 0);
    expect(out.messages.map((m) => [m.from, m.text])).toEqual([
      [null, "Hi Jonas,\n\nno rush at all, next week is fine."],
      ["Jonas Freelancer <jonas@freelancer.example>", "The illustrations will be ready by Friday."],
    ]);
  });

  it("gives a forward without a word of its own the language of the forwarded message", async () => {
    const eml = "From: Anna <anna@example.com>\r\nSubject: WG: Angebot\r\n\r\n-------- Weitergeleitete Nachricht --------\r\nVon: Petra <petra@example.de>\r\nBetreff: Angebot\r\n\r\nKönnen Sie uns bitte bis Freitag ein Angebot schicken?\r\n";
    const out = result(await run(["--json", "-"], eml), 0);
    expect(out.messages.map((m) => m.text)).toEqual(["", "Können Sie uns bitte bis Freitag ein Angebot schicken?"]);
    expect(out.language).toBe("de");
  });

  it("reads one message from standard input for '-'", async () => {
    const eml = await readFile(path.join(EML, "quoted-printable.eml"), "utf8");
    const r = await run(["--json", "-"], eml);
    expect(r.code).toBe(0);
    expect(result(r, 0)).toMatchObject({ file: "-", language: "en" });
  });

  it("reports a broken file in its element, keeps going, and exits 1", async () => {
    const r = await run(["--json", "broken.eml", "plain.txt", "missing.eml"]);
    expect(r.code).toBe(1);
    expect(r.output.map((e) => e.file)).toEqual(["broken.eml", "plain.txt", "missing.eml"]);
    expect(r.output[0]).toEqual({
      file: "broken.eml",
      error: "This is not an email message: it does not start with header lines such as From: or Subject:.",
    });
    expect("messages" in (r.output[1] ?? {})).toBe(true);
    expect(r.output[2]).toEqual({ file: "missing.eml", error: "The file does not exist." });
    expect(r.stderr).toContain("broken.eml");
  });

  it("prints exactly one JSON array on standard output and nothing else", async () => {
    const r = await run(["--json", "plain.txt", "broken.eml"]);
    expect(r.stdout.trimEnd().startsWith("[")).toBe(true);
    expect(r.stdout.trimEnd().endsWith("]")).toBe(true);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });

  it("keeps every piece of the contract's message shape", async () => {
    const out = result(await run(["--json", "multipart-alternative.eml"]), 0);
    for (const m of out.messages) {
      expect(Object.keys(m).sort()).toEqual(["from", "language", "politeness", "sentAt", "signature", "text"]);
      expect(m.politeness).toBeGreaterThanOrEqual(-1);
      expect(m.politeness).toBeLessThanOrEqual(1);
    }
    expect(Object.keys(out).sort()).toEqual(["file", "language", "messages", "signals"]);
  });

  it("explains its usage when no file is given", async () => {
    const r = await run(["--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Usage:/);
  });
});
