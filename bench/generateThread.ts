/**
 * Deterministic long threads for benchmarks: many messages, as Outlook, Gmail and
 * Apple Mail write them, in English and German, as plain text or HTML.
 *
 * A real thread nests each reply's quote inside the next, so its size grows with the
 * square of the number of messages; a 10 MB thread of that kind would be a few deep
 * messages. To measure many messages, the generated thread is a long run of
 * Outlook-style replies (header block, no quoting) and each of them carries a short
 * Gmail/Apple-style quoted history up to three levels deep: quote depth stays
 * realistic and the number of messages grows with the size.
 */

import { seededRandom } from "./harness";

const WORDS_EN = (
  "the project files deadline invoice draft logo colours revision please could you send today tomorrow " +
  "agreed quote scope budget feedback meeting call design website page text images final version thanks " +
  "we need this by friday and also the business cards while you are at it"
).split(" ");
const WORDS_DE = (
  "die das Projekt Dateien Frist Rechnung Entwurf Logo Farben Korrektur bitte können Sie heute morgen " +
  "vereinbart Angebot Umfang Budget Rückmeldung Termin Anruf Gestaltung Webseite Seite Text Bilder danke " +
  "wir brauchen das bis Freitag und auch noch die Visitenkarten wenn du schon dabei bist"
).split(" ");
const PEOPLE = [
  ["Anna Example", "anna@example.com"],
  ["Jonas Freiberufler", "jonas@freiberufler.example"],
  ["Petra Kundin", "petra.kundin@kunde.example"],
  ["Mark Client", "mark@client.example"],
] as const;

interface Rng {
  next: () => number;
  pick: <T>(items: readonly T[]) => T;
  int: (min: number, max: number) => number;
}

function rng(seed: number): Rng {
  const next = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number] };
}

function sentence(r: Rng, german: boolean): string {
  const words = german ? WORDS_DE : WORDS_EN;
  const n = r.int(6, 16);
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) out.push(r.pick(words));
  const s = out.join(" ");
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function paragraphs(r: Rng, german: boolean): string[] {
  const lines: string[] = [german ? "Hallo," : "Hi,", ""];
  const count = r.int(1, 3);
  for (let p = 0; p < count; p += 1) {
    const sentences = r.int(1, 3);
    for (let s = 0; s < sentences; s += 1) lines.push(sentence(r, german));
    lines.push("");
  }
  return lines;
}

function person(r: Rng): { name: string; email: string } {
  const [name, email] = r.pick(PEOPLE);
  return { name, email };
}

function dateParts(r: Rng): { y: number; m: number; d: number; h: number; min: number } {
  return { y: r.int(2020, 2026), m: r.int(1, 12), d: r.int(1, 28), h: r.int(0, 23), min: r.int(0, 59) };
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const two = (n: number): string => String(n).padStart(2, "0");

function attribution(r: Rng, german: boolean): string {
  const p = person(r);
  const t = dateParts(r);
  return german
    ? `Am ${two(t.d)}.${two(t.m)}.${t.y} um ${two(t.h)}:${two(t.min)} schrieb ${p.name} <${p.email}>:`
    : `On ${EN_MONTHS[t.m - 1]} ${t.d}, ${t.y}, at ${t.h % 12 || 12}:${two(t.min)} ${t.h < 12 ? "AM" : "PM"}, ${p.name} <${p.email}> wrote:`;
}

function headerBlock(r: Rng, german: boolean): string[] {
  const p = person(r);
  const t = dateParts(r);
  return german
    ? ["-----Ursprüngliche Nachricht-----", `Von: ${p.name} <${p.email}>`, `Gesendet: ${t.d}. ${DE_MONTHS[t.m - 1]} ${t.y} ${two(t.h)}:${two(t.min)}`, "An: Kunde <kunde@example.com>", "Betreff: AW: Projekt"]
    : [`From: ${p.name} <${p.email}>`, `Sent: ${EN_MONTHS[t.m - 1]} ${t.d}, ${t.y} ${t.h % 12 || 12}:${two(t.min)} ${t.h < 12 ? "AM" : "PM"}`, "To: Client <client@example.com>", "Subject: RE: Project"];
}

function signature(r: Rng, german: boolean): string[] {
  const p = person(r);
  return [german ? "Viele Grüße" : "Best regards,", p.name, r.next() < 0.3 ? (german ? "Von meinem iPhone gesendet" : "Sent from my iPhone") : "--"];
}

/** A plain-text thread of at least `bytes` UTF-8 bytes. */
export function textThread(bytes: number, seed = 1): string {
  const r = rng(seed);
  const out: string[] = [];
  let size = 0;
  const push = (line: string): void => {
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  };
  while (size < bytes) {
    const german = r.next() < 0.5;
    for (const line of paragraphs(r, german)) push(line);
    for (const line of signature(r, german)) push(line);
    push("");
    // A short quoted history, up to three levels deep.
    const depth = r.int(0, 3);
    for (let level = 1; level <= depth; level += 1) {
      const prefix = "> ".repeat(level - 1);
      push(`${prefix}${attribution(r, german)}`.trimEnd());
      push(prefix.trimEnd());
      for (const line of paragraphs(r, german)) push(`${prefix}> ${line}`.trimEnd());
    }
    push("");
    for (const line of headerBlock(r, german)) push(line);
    push("");
  }
  return out.join("\n");
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function htmlParagraphs(r: Rng, german: boolean): string {
  return paragraphs(r, german)
    .map((line) => (line.length === 0 ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${escapeHtml(line)}<o:p></o:p></p>`))
    .join("\n");
}

/** An HTML thread (Outlook separators, Gmail blockquotes) of at least `bytes` UTF-8 bytes. */
export function htmlThread(bytes: number, seed = 1): string {
  const r = rng(seed);
  const out: string[] = ['<html><head><style>p.MsoNormal{margin:0}</style></head><body lang="DE"><div class="WordSection1">'];
  let size = Buffer.byteLength(out[0] ?? "");
  const push = (html: string): void => {
    out.push(html);
    size += Buffer.byteLength(html) + 1;
  };
  while (size < bytes) {
    const german = r.next() < 0.5;
    push(htmlParagraphs(r, german));
    push(`<div id="Signature">${signature(r, german).map((l) => `<div>${escapeHtml(l)}</div>`).join("")}</div>`);
    const depth = r.int(0, 3);
    let quoted = "";
    for (let level = depth; level >= 1; level -= 1) {
      quoted =
        `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escapeHtml(attribution(r, german))}<br></div>` +
        `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">` +
        `<div dir="ltr">${htmlParagraphs(r, german)}</div>${quoted}</blockquote></div>`;
    }
    push(quoted);
    const block = headerBlock(r, german).filter((l) => !l.startsWith("-----"));
    push(
      `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">` +
        block.map((l) => `<b>${escapeHtml(l.slice(0, l.indexOf(":") + 1))}</b>${escapeHtml(l.slice(l.indexOf(":") + 1))}`).join("<br>") +
        "<o:p></o:p></p></div>",
    );
  }
  push("</div></body></html>");
  return out.join("\n");
}
