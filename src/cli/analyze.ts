/**
 * `npm run --silent analyze -- --json FILE...`: the pane's analysis from the command line.
 *
 * The contract is ../shared/spec/cli-contract.md: standard output is exactly one JSON
 * array, one element per FILE in argument order; a file that cannot be read or parsed
 * becomes `{ file, error }` with a sentence a person understands, never stops the
 * others, and makes the exit status 1. Progress and warnings go to standard error.
 *
 * FILE is an RFC 822 message (`.eml`; any MIME structure, transfer encoding and charset,
 * decoded by postal-mime) or a plain-text body (`.txt`); `-` reads one message from
 * standard input. Other names are sniffed: header lines at the top mean a message.
 * Of a message's parts the HTML body is read when there is one, as Outlook hands the
 * pane HTML; the plain-text part otherwise. The message's From and Date become the
 * newest message's `from` and `sentAt`.
 *
 * `main` takes its I/O as an argument so that tests run it on real files without
 * spawning a process.
 */

import { readFile } from "node:fs/promises";
import PostalMime from "postal-mime";
import { analyzeThread, readThread, type ThreadAnalysis, type ThreadMessage } from "../core";

/** What the command needs from the outside world. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (file: string) => Promise<Uint8Array>;
  readonly readStdin: () => Promise<Uint8Array>;
}

/** One message of the output, as the contract spells it. */
export interface MessageJson {
  readonly from: string | null;
  readonly sentAt: string | null;
  readonly language: ThreadMessage["language"];
  readonly text: string;
  readonly signature: string | null;
  readonly politeness: number;
}

/** One finding of the output: a signal in one message, with the words that caused it. */
export interface SignalJson {
  readonly id: string;
  readonly message: number;
  readonly severity: 1 | 2 | 3;
  /** Added field: the rule that fired, for muting or reporting it. */
  readonly rule: string;
  readonly evidence: readonly { readonly text: string; readonly start: number; readonly end: number }[];
}

/** The element for a file that was analysed. */
export interface ResultJson {
  readonly file: string;
  readonly language: ThreadMessage["language"];
  readonly messages: readonly MessageJson[];
  readonly signals: readonly SignalJson[];
}

/** The element for a file that could not be read or parsed. */
export interface ErrorJson {
  readonly file: string;
  readonly error: string;
}

const USAGE = `Usage: npm run --silent analyze -- --json FILE...

Analyses each FILE (an .eml message or a .txt body; - reads standard input) and
prints one JSON array with one element per FILE. Exit status 1 if any file failed.
`;

/** A failure with a sentence meant for the person running the command. */
class InputError extends Error {}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (file) => readFile(file),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks);
  },
};

/**
 * Runs the command. Takes the arguments after the script name and the I/O to use;
 * resolves to the exit status (0 all analysed, 1 some file failed, 2 usage error).
 */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const files: string[] = [];
  let optionsDone = false;
  for (const arg of argv) {
    if (!optionsDone && arg === "--") optionsDone = true;
    else if (!optionsDone && arg === "--json") continue;
    else if (!optionsDone && (arg === "--help" || arg === "-h")) {
      io.stdout(USAGE);
      return 0;
    } else if (!optionsDone && arg.startsWith("--")) {
      io.stderr(`analyze: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.stderr(USAGE);
    return 2;
  }

  const results: (ResultJson | ErrorJson)[] = [];
  let stdinRead = false;
  for (const file of files) {
    try {
      let bytes: Uint8Array;
      if (file === "-") {
        if (stdinRead) throw new InputError("Standard input was already read for an earlier '-'.");
        stdinRead = true;
        bytes = await io.readStdin();
      } else {
        bytes = await readInput(io, file);
      }
      results.push(await analyze(file, bytes));
    } catch (error) {
      const message = error instanceof InputError ? error.message : `Could not analyse the file: ${describe(error)}.`;
      io.stderr(`analyze: ${file}: ${message}\n`);
      results.push({ file, error: message });
    }
  }
  io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  return results.some((r) => "error" in r) ? 1 : 0;
}

async function readInput(io: CliIo, file: string): Promise<Uint8Array> {
  try {
    return await io.readFile(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT") throw new InputError("The file does not exist.");
    if (code === "EISDIR") throw new InputError("This is a folder, not a file.");
    if (code === "EACCES" || code === "EPERM") throw new InputError("The file cannot be read: permission denied.");
    throw new InputError(`The file cannot be read: ${describe(error)}.`);
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\.$/, "");
}

/** Reads one input (a message or a body) and analyses it. */
export async function analyze(file: string, bytes: Uint8Array): Promise<ResultJson> {
  if (bytes.length === 0) throw new InputError("The file is empty.");
  const kind = kindOf(file, bytes);
  const messages =
    kind === "eml"
      ? await readMessage(bytes)
      : readThread(decodeText(bytes), { format: "text" });
  // The email's language is its newest message's; a forward without a word of its own
  // takes the language of the first message that has text.
  const language = messages.find((m) => m.text.length > 0)?.language ?? messages[0]?.language ?? "und";
  const analysis = analyzeThread(messages);
  return { file, language, messages: messages.map((message, index) => toJson(message, analysis.messages[index]?.politeness ?? 0)), signals: signalsJson(analysis) };
}

function signalsJson(analysis: ThreadAnalysis): SignalJson[] {
  return analysis.messages.flatMap((message, index) =>
    message.findings.map((finding) => ({
      id: finding.signal,
      message: index,
      severity: finding.severity,
      rule: finding.ruleId,
      evidence: [{ text: finding.evidence.text, start: finding.evidence.start, end: finding.evidence.end }],
    })),
  );
}

function toJson(message: ThreadMessage, politeness: number): MessageJson {
  return {
    from: message.from,
    sentAt: message.sentAt ? message.sentAt.toISOString() : null,
    language: message.language,
    text: message.text,
    signature: message.signature,
    politeness,
  };
}

/** An RFC 5322 header field name followed by a colon (mbox's "From " line may come first). */
const HEADER_LINE = /^(?:From [^\r\n]*\r?\n)?[!-9;-~]{1,76}:/;

function kindOf(file: string, bytes: Uint8Array): "eml" | "txt" {
  const lower = file.toLowerCase();
  if (lower.endsWith(".eml")) return "eml";
  if (lower.endsWith(".txt")) return "txt";
  return HEADER_LINE.test(latin1(bytes.subarray(0, 1024))) ? "eml" : "txt";
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** A body file is UTF-8 (a byte-order mark is dropped); one that is not valid UTF-8 is read as Windows-1252, the usual alternative. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

async function readMessage(bytes: Uint8Array): Promise<ThreadMessage[]> {
  const head = latin1(bytes.subarray(0, 4096));
  if (!HEADER_LINE.test(head)) {
    throw new InputError("This is not an email message: it does not start with header lines such as From: or Subject:.");
  }
  const headerEnd = head.search(/\r?\n\r?\n/);
  if (head.slice(0, headerEnd === -1 ? head.length : headerEnd).includes("\u0000")) {
    throw new InputError("This is not an email message: its header contains binary data.");
  }
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    throw new InputError(`The message could not be parsed: ${describe(error)}.`);
  }
  const from = email.from && "address" in email.from ? formatAddress(email.from.name, email.from.address) : null;
  const date = email.date ? new Date(email.date) : null;
  const sentAt = date && !Number.isNaN(date.getTime()) ? date : null;
  const html = email.html?.trim() ? email.html : null;
  const body = html ?? email.text ?? "";
  return readThread(body, { format: html !== null ? "html" : "text", from, sentAt });
}

function formatAddress(name: string | undefined, address: string | undefined): string | null {
  const n = name?.trim() ?? "";
  const a = address?.trim() ?? "";
  if (n && a) return `${n} <${a}>`;
  return a || n || null;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`analyze: ${describe(error)}\n`);
      process.exitCode = 1;
    },
  );
}
