/**
 * What a thread says about the client: which signals, how often, character or work,
 * whether they write "du" or "Sie", and the first name they sign with.
 */
import type { ThreadMessage } from "../thread/readThread";
import { SIGNAL_KIND, type SignalId, type SignalKind } from "./signalIds";
import type { Finding, Severity } from "./types";

export interface SignalSummary {
  readonly signal: SignalId;
  readonly kind: SignalKind;
  /** Findings of this signal in the client's messages. */
  readonly count: number;
  readonly maxSeverity: Severity;
  /** Indices of the client's messages it was found in, newest first. */
  readonly messages: readonly number[];
}

export interface ThreadSummary {
  /** Most severe first, then most frequent. */
  readonly signals: readonly SignalSummary[];
  /** Findings about the client's behaviour ("character") and about the work, in the client's messages. */
  readonly character: number;
  readonly work: number;
  /** Indices of the messages written by the client (the sender of the newest message). */
  readonly clientMessages: readonly number[];
  /** How the client addresses the user in German; null when they write no German or it cannot be told. */
  readonly formality: "du" | "sie" | null;
  /** The client's first name, from their sign-off, signature or display name; null when none is clear. */
  readonly clientFirstName: string | null;
}

/**
 * Summarises a thread for its client.
 * @param thread newest first, as readThread returns it
 * @param findings per message, as analyzeMessage returns them (same indices as `thread`)
 */
export function summarizeThread(thread: readonly ThreadMessage[], findings: readonly (readonly Finding[])[]): ThreadSummary {
  const isClient = senderMatcher(thread[0]?.from ?? null);
  const clientMessages = thread.flatMap((message, index) => (index === 0 || isClient(message.from) ? [index] : []));
  const bySignal = new Map<SignalId, { count: number; maxSeverity: Severity; messages: number[] }>();
  let character = 0;
  let work = 0;
  for (const index of clientMessages) {
    for (const finding of findings[index] ?? []) {
      const entry = bySignal.get(finding.signal) ?? { count: 0, maxSeverity: 1 as Severity, messages: [] };
      entry.count++;
      entry.maxSeverity = Math.max(entry.maxSeverity, finding.severity) as Severity;
      if (!entry.messages.includes(index)) entry.messages.push(index);
      bySignal.set(finding.signal, entry);
      if (SIGNAL_KIND[finding.signal] === "work") work++;
      else character++;
    }
  }
  const signals = [...bySignal]
    .map(([signal, entry]) => ({ signal, kind: SIGNAL_KIND[signal], ...entry }))
    .sort((a, b) => b.maxSeverity - a.maxSeverity || b.count - a.count || a.signal.localeCompare(b.signal));
  const clientTexts = clientMessages.map((index) => thread[index]).filter((message): message is ThreadMessage => message !== undefined);
  return {
    signals,
    character,
    work,
    clientMessages,
    formality: germanFormality(clientTexts),
    clientFirstName: clientFirstName(thread[0]),
  };
}

/** Same person: same address when both give one, else the same display name. */
export function sameSender(a: string | null, b: string | null): boolean {
  return senderMatcher(a)(b);
}

/** `sameSender` with its first sender read once, for comparing it with many. */
function senderMatcher(a: string | null): (b: string | null) => boolean {
  if (!a) return () => false;
  const addressA = addressOf(a);
  let nameA: string | null = null;
  return (b) => {
    if (!b) return false;
    const addressB = addressOf(b);
    if (addressA && addressB) return addressA === addressB;
    nameA ??= displayNameOf(a).toLowerCase();
    return nameA === displayNameOf(b).toLowerCase();
  };
}

function addressOf(from: string): string | null {
  const match = /<([^<>\s]+@[^<>\s]+)>/.exec(from) ?? /^\s*([^<>\s]+@[^<>\s]+)\s*$/.exec(from);
  return match?.[1]?.toLowerCase() ?? null;
}

function displayNameOf(from: string): string {
  return from.replace(/<[^<>]*>/g, "").replace(/"/g, "").trim();
}

/**
 * "du" or "Sie" from the client's German: the forms of address they use count most;
 * where they use none, their greeting and sign-off tell ("Sehr geehrter", "Mit
 * freundlichen Grüßen" against "Hey", "LG").
 */
function germanFormality(messages: readonly ThreadMessage[]): "du" | "sie" | null {
  let du = 0;
  let sie = 0;
  for (const message of messages) {
    if (message.language !== "de") continue;
    const text = message.text;
    const all = `${text}\n${message.signature ?? ""}`;
    du += 2 * (text.match(/(?<![\p{L}])(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|kannst|könntest|koenntest|hast|bist|würdest|wuerdest|schick|meld dich)(?![\p{L}])/giu) ?? []).length;
    // Capitalised "Sie"/"Ihnen"/"Ihr…" mid-sentence is the polite form; at a sentence start it could be "they".
    sie += 2 * (text.match(/(?<=[\p{L},;:]\s{1,3})(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}])/gu) ?? []).length;
    sie += 2 * (text.match(/(?<![\p{L}])(?:Ihnen|Ihren|Ihrem)(?![\p{L}])/gu) ?? []).length;
    sie += (all.match(/(?<![\p{L}])(?:sehr geehrte[rn]?|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|guten tag|gr(?:ü|ue)ezi|grüß gott|gruess gott|hochachtungsvoll)(?![\p{L}])/giu) ?? []).length;
    du += (all.match(/(?<![\p{L}])(?:hey|hi|moin|servus|lg|liebe gr(?:ü|ue)(?:ß|ss)e|bis dann|ciao|tschüss|dein[e]?)(?![\p{L}])/giu) ?? []).length;
  }
  if (du === 0 && sie === 0) return null;
  return du > sie ? "du" : "sie";
}

/** Sign-offs, longest first so "best regards" is not read as "best"; German spellings folded below. */
const CLOSING_WORDS = [
  "mit freundlichen grüßen",
  "freundliche grüße",
  "herzliche grüße",
  "sonnige grüße",
  "kind regards",
  "schöne grüße",
  "best regards",
  "thanks again",
  "all the best",
  "warm regards",
  "liebe grüße",
  "best wishes",
  "many thanks",
  "viele grüße",
  "vielen dank",
  "beste grüße",
  "speak soon",
  "thank you",
  "take care",
  "talk soon",
  "herzlich",
  "tschüss",
  "regards",
  "warmly",
  "servus",
  "thanks",
  "cheers",
  "danke",
  "grüße",
  "merci",
  "gruß",
  "best",
  "ciao",
  "mfg",
  "vg",
  "lg",
];
const CLOSINGS = new RegExp(
  `^(?:${CLOSING_WORDS.map((words) => words.replace(/ß/g, "(?:ß|ss)").replace(/ü/g, "(?:ü|ue)").replace(/ö/g, "(?:ö|oe)")).join("|")})(?![\\p{L}])[\\s,!.]*`,
  "iu",
);
// A name alone on its line, perhaps after a dash and before kisses or an emoji ("Lucy xx").
const NAME = /^(?:[-–—~]\s*)?(\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:\s+x{1,3})?(?:\s|[!.]|\p{Extended_Pictographic}|\u200d|\ufe0f)*$/u;

/** The first name the client signs with, or the first word of their display name. */
function clientFirstName(message: ThreadMessage | undefined): string | null {
  if (!message) return null;
  const lines = [message.text, message.signature ?? ""]
    .join("\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  // Sign-offs sit near the end of the own words or at the top of the signature block.
  const textLines = message.text.split("\n").map((line) => line.trim()).filter(Boolean);
  const lookAt = lines.slice(Math.max(0, textLines.length - 8), textLines.length + 3);
  for (let i = 0; i < lookAt.length; i++) {
    const line = lookAt[i] ?? "";
    const closing = CLOSINGS.exec(line);
    if (!closing) continue;
    const rest = line.slice(closing[0].length).trim();
    const candidate = rest || lookAt[i + 1] || "";
    const name = NAME.exec(candidate)?.[1];
    if (name && !CLOSINGS.test(candidate)) return name;
  }
  // No sign-off: a name alone on one of the last lines ("Chris" above the company name).
  for (const line of textLines.slice(-3).reverse()) {
    const alone = line.length <= 30 && !CLOSINGS.test(line) ? NAME.exec(line)?.[1] : undefined;
    if (alone) return alone;
  }
  const display = message.from ? displayNameOf(message.from) : "";
  const first = /^(\p{Lu}[\p{Ll}'’-]+)(?:\s|$)/u.exec(display)?.[1];
  return first ?? null;
}
