/**
 * Dates as reply headers print them, in English and German.
 *
 * Mail clients print the date of a quoted message for people, not machines:
 * "Mon, Mar 2, 2026 at 9:14 AM" (Gmail), "Monday, March 2, 2026 9:14 AM" (Outlook),
 * "2. März 2026 um 09:14" (Apple Mail, German), "02.03.2026 09:14", ISO 8601, RFC 5322.
 * The parser reads those shapes and nothing else: a date it is not sure about is
 * null, never a guess. In particular
 *  - a date without a time of day is null (a midnight timestamp would be invented);
 *  - "01/03/2011" is null: it is 1 March or 3 January depending on the sender's locale;
 *  - a date without a time zone is read as UTC. The header was printed in the
 *    sender's local time, which the text does not name, and the core must not depend
 *    on the zone of the machine it runs on (the same thread must give the same result
 *    in the pane, the CLI and CI). UTC keeps the wall-clock figures the header shows,
 *    so a pane that formats the date in UTC shows exactly what the header said.
 *
 * Everything here is a linear scan with anchored, bounded regular expressions on a
 * string the caller has already capped in length.
 */

/** Month names and abbreviations (English and German, Austrian "Jänner" included), lower case. */
const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ["january", 1], ["jan", 1], ["januar", 1], ["jänner", 1], ["jän", 1],
  ["february", 2], ["feb", 2], ["februar", 2], ["feber", 2],
  ["march", 3], ["mar", 3], ["märz", 3], ["maerz", 3], ["mär", 3], ["mrz", 3],
  ["april", 4], ["apr", 4],
  ["may", 5], ["mai", 5],
  ["june", 6], ["jun", 6], ["juni", 6],
  ["july", 7], ["jul", 7], ["juli", 7],
  ["august", 8], ["aug", 8],
  ["september", 9], ["sep", 9], ["sept", 9],
  ["october", 10], ["oct", 10], ["oktober", 10], ["okt", 10],
  ["november", 11], ["nov", 11],
  ["december", 12], ["dec", 12], ["dezember", 12], ["dez", 12],
]);

/** Weekday names that may open a date ("Mon,", "Montag,", "Mo.,"); skipped, never checked against the date. */
const WEEKDAYS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
  "mo", "di", "mi", "do", "fr", "sa", "so",
]);

/** Zone abbreviations a header may end with, in minutes east of UTC (MEZ/MESZ are the German names of CET/CEST). */
const ZONES: ReadonlyMap<string, number> = new Map<string, number>([
  ["z", 0], ["ut", 0], ["utc", 0], ["gmt", 0],
  ["est", -300], ["edt", -240], ["cst", -360], ["cdt", -300],
  ["mst", -420], ["mdt", -360], ["pst", -480], ["pdt", -420],
  ["cet", 60], ["cest", 120], ["mez", 60], ["mesz", 120],
  ["bst", 60], ["eet", 120], ["eest", 180], ["wet", 0], ["west", 60],
]);

/** A date found at the start of a string: `date` is null when the text is a date but not a usable timestamp. */
export interface DateScan {
  /** The instant, or null for a date without a time of day or an ambiguous day/month order. */
  readonly date: Date | null;
  /** Index just past the characters that belong to the date (time and zone included). */
  readonly end: number;
}

interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** False when day and month could be swapped ("01/03/2011"). */
  readonly sure: boolean;
  readonly end: number;
}

interface TimeParts {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC, or null when the text names no zone. */
  readonly offset: number | null;
  readonly end: number;
}

/** White space other than a single space between two other characters. */
const NEEDS_COLLAPSE = /[^\S ]| {2}|^ | $/;

/** A letter at the start (a pair of UTF-16 units for one outside the BMP). */
const LETTER = /^\p{L}/u;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})/;
const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/;
const SLASHED_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/;
const DOTTED_YEAR_FIRST = /^(\d{4})\.(\d{1,2})\.(\d{1,2})\.?/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:\.|st|nd|rd|th)?\s(\p{L}{3,9})\.?,?\s(\d{4})(?!\d)/u;
const MONTH_DAY_YEAR = /^(\p{L}{3,9})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})(?!\d)/u;
const TIME = /^(\d{1,2})([:.])(\d{2})(?:\2(\d{2}))?(?:\.\d{1,6})?/;
/*
 * The next three are sticky (/y): tried at `lastIndex`, they say with `test` where
 * their match ends without building a match. None reads more than a few characters,
 * fewer than the windows they were once given.
 */
const MERIDIEM = /\s?[ap]\.?m\.?(?![\p{L}])/iuy;
const UHR = /\s?uhr(?![\p{L}])/iuy;
const NUMERIC_ZONE = /^\s?(?:(?:gmt|utc)\s?)?([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)/i;
const NAMED_ZONE = /^\s?\(?([a-z]{1,5})\)?(?![\p{L}])/iu;
const PAREN_ZONE = /^\s?\((?:gmt|utc)\s?([+-])(\d{1,2}):?(\d{2})\)/i;
/**
 * What joins a day to its time: ", ", " at ", " um ", " à "/" às " (French, Portuguese),
 * " kl. "/" klo "/" kello " (Nordic, Finnish), " om " (Dutch), " o "/" o godz. " (Polish),
 * " alle ore " (Italian), " a las " (Spanish).
 */
const TIME_LEAD = /(?:,\s?|\s)(?:(?:at|um|à|às|à\(s\)|kl\.?|klo|kello|om|o godz\.|o|alle ore|alle|a las|a la)\s)?/iy;

/** Where the sticky `re` matches from `at` ends, or -1. */
function stickyEnd(re: RegExp, s: string, at: number): number {
  re.lastIndex = at;
  return re.test(s) ? re.lastIndex : -1;
}
const TIME_FIRST_LEAD = /^,?\s/;

function twoDigitYear(year: number, digits: number): number {
  // Mail dates with two-digit years ("02.03.26") are from this century.
  return digits === 2 ? 2000 + year : year;
}

/*
 * Each pattern below is anchored and starts with a digit, a letter, or white space; a
 * look at the first character decides which of them can match at all, so most are
 * skipped without copying a window of the text for them.
 */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for an ASCII character that is neither a letter nor white space (nor a control character, which may be white space). */
function isAsciiNonLetter(c: number): boolean {
  return c > 32 && c < 127 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

function skipWeekday(s: string, start: number): number {
  // The word at `start` (up to 12 letters) is looked up. Weekday names are ASCII
  // letters, so a word with any other letter in it is none of them.
  let end = start;
  while (end < s.length && end - start < 12 && isAsciiLetter(s.charCodeAt(end))) end += 1;
  if (end === start) return start;
  if (end - start < 12 && s.charCodeAt(end) >= 0x80 && LETTER.test(s.slice(end, end + 2))) return start;
  if (!WEEKDAYS.has(s.slice(start, end).toLowerCase())) return start;
  let i = end;
  if (s[i] === ".") i += 1;
  if (s[i] === ",") i += 1;
  if (s[i] === " ") i += 1;
  return i;
}

function readDay(s: string, start: number): DayParts | null {
  const c = s.charCodeAt(start);
  if (Number.isNaN(c)) return null;
  if (!isAsciiDigit(c)) return isAsciiNonLetter(c) ? null : readMonthFirst(s.slice(start, start + 40), start);
  const rest = s.slice(start, start + 40);
  let m = ISO_DAY.exec(rest);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), sure: true, end: start + m[0].length };
  m = DOTTED_YEAR_FIRST.exec(rest);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), sure: true, end: start + m[0].length };
  m = DOTTED_DAY.exec(rest);
  if (m) {
    // "02.03.2026" is day.month.year wherever dots are used (German, Swiss, Austrian, Nordic).
    const y = m[3] ?? "";
    return { year: twoDigitYear(Number(y), y.length), month: Number(m[2]), day: Number(m[1]), sure: true, end: start + m[0].length };
  }
  m = SLASHED_DAY.exec(rest);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = m[3] ?? "";
    const year = twoDigitYear(Number(y), y.length);
    // Slashes are day-first in Europe and month-first in the US: only sure when one
    // reading is impossible or both readings agree.
    if (a > 12 && b <= 12) return { year, month: b, day: a, sure: true, end: start + m[0].length };
    if (b > 12 && a <= 12) return { year, month: a, day: b, sure: true, end: start + m[0].length };
    return { year, month: b, day: a, sure: a === b, end: start + m[0].length };
  }
  m = DAY_MONTH_YEAR.exec(rest);
  if (m) {
    const month = MONTHS.get((m[2] ?? "").toLowerCase());
    if (month !== undefined) return { year: Number(m[3]), month, day: Number(m[1]), sure: true, end: start + m[0].length };
  }
  return null;
}

/** "March 2, 2026" at the start of `rest` (which starts at `start` of the text). */
function readMonthFirst(rest: string, start: number): DayParts | null {
  const m = MONTH_DAY_YEAR.exec(rest);
  if (m) {
    const month = MONTHS.get((m[1] ?? "").toLowerCase());
    if (month !== undefined) return { year: Number(m[3]), month, day: Number(m[2]), sure: true, end: start + m[0].length };
  }
  return null;
}

function readZone(s: string, start: number): { offset: number | null; end: number } {
  const rest = s.slice(start, start + 16);
  let m = NUMERIC_ZONE.exec(rest);
  if (m) {
    const sign = m[1] === "-" ? -1 : 1;
    const hours = Number(m[2]);
    const minutes = m[3] === undefined ? 0 : Number(m[3]);
    // "+0530" arrives as hours "05" and minutes "30"; "+5" as hours only.
    if (hours > 14 || minutes > 59) return { offset: null, end: start };
    return { offset: sign * (hours * 60 + minutes), end: start + m[0].length };
  }
  m = PAREN_ZONE.exec(rest);
  if (m) {
    const sign = m[1] === "-" ? -1 : 1;
    return { offset: sign * (Number(m[2]) * 60 + Number(m[3])), end: start + m[0].length };
  }
  m = NAMED_ZONE.exec(rest);
  if (m) {
    const zone = ZONES.get((m[1] ?? "").toLowerCase());
    if (zone !== undefined) return { offset: zone, end: start + m[0].length };
  }
  return { offset: null, end: start };
}

function readTime(s: string, start: number): TimeParts | null {
  if (!isAsciiDigit(s.charCodeAt(start))) return null;
  const rest = s.slice(start, start + 12);
  const m = TIME.exec(rest);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[3]);
  const second = m[4] === undefined ? 0 : Number(m[4]);
  let end = start + m[0].length;
  // "AM", " p.m.", " Uhr": nothing else can follow the time here.
  const after = s.charCodeAt(end);
  const suffix = !(isAsciiNonLetter(after) || Number.isNaN(after));
  const meridiemEnd = suffix ? stickyEnd(MERIDIEM, s, end) : -1;
  if (meridiemEnd >= 0) {
    if (hour < 1 || hour > 12) return null;
    // The letter is "a" or "p" (either case), after at most one white-space character.
    const letter = s.charCodeAt(isAsciiLetter(s.charCodeAt(end)) ? end : end + 1) | 0x20;
    hour = (hour % 12) + (letter === 112 /* p */ ? 12 : 0);
    end = meridiemEnd;
  } else {
    const uhrEnd = suffix ? stickyEnd(UHR, s, end) : -1;
    if (uhrEnd >= 0) end = uhrEnd;
  }
  if (hour > 23 || minute > 59 || second > 60) return null;
  const zone = readZone(s, end);
  return { hour, minute, second, offset: zone.offset, end: zone.end };
}

/** Days in `month` (1 to 12) of `year`, Gregorian leap years included. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function build(day: DayParts, time: TimeParts): Date | null {
  if (!day.sure) return null;
  if (day.year < 1970 || day.year > 2100 || day.month < 1 || day.month > 12 || day.day < 1) return null;
  // Date.UTC would roll 30 February over to 2 March: a day the month does not have is no date.
  if (day.day > daysInMonth(day.year, day.month)) return null;
  const ms = Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute, Math.min(time.second, 59));
  return new Date(ms - (time.offset ?? 0) * 60_000);
}

/**
 * Reads a date (and time) at `start` of `s`, the way reply headers print them.
 *
 * Takes the text and where to start; returns null when no date starts there, or the
 * end of the date text and the instant (null when the text is a date but no sure
 * instant: no time of day, ambiguous day/month order, impossible day).
 */
export function scanDate(s: string, start = 0): DateScan | null {
  let i = skipWeekday(s, start);
  const day = readDay(s, i);
  if (day) {
    i = day.end;
    // The lead starts with a comma or white space.
    const first = s.charCodeAt(i);
    const leadEnd = first === 44 || !(isAsciiNonLetter(first) || isAsciiDigit(first)) ? stickyEnd(TIME_LEAD, s, i) : -1;
    const time = leadEnd >= 0 ? readTime(s, leadEnd) : readTime(s, i);
    if (!time) {
      // "2026-03-02T09:14:00Z": ISO joins date and time with a T.
      if (s[i] === "T") {
        const iso = readTime(s, i + 1);
        if (iso) return { date: build(day, iso), end: iso.end };
      }
      return { date: null, end: day.end };
    }
    return { date: build(day, time), end: time.end };
  }
  // "11:00 AM, November 17, 2021": a few clients print the time first.
  const time = readTime(s, i);
  if (!time) return null;
  const lead = TIME_FIRST_LEAD.exec(s.slice(time.end, time.end + 3));
  if (!lead) return null;
  const after = skipWeekday(s, time.end + lead[0].length);
  const later = readDay(s, after);
  if (!later) return null;
  return { date: build(later, time), end: later.end };
}

/**
 * Parses the value of a "Sent:" / "Date:" / "Gesendet:" / "Datum:" header line.
 *
 * Takes the value as printed; returns the instant, or null when the value is not a
 * date this module is sure about (see the module comment for what counts as sure).
 */
export function parseMailDate(value: string): Date | null {
  // Most values are already single-spaced: no copy for those.
  const s = (NEEDS_COLLAPSE.test(value) ? value.replace(/\s+/g, " ").trim() : value).slice(0, 120);
  const scan = scanDate(s, 0);
  return scan ? scan.date : null;
}
