/**
 * Reads the dates certutil prints after NotBefore/NotAfter: the user's short date and short time, in the
 * user's locale, local time (docs/formats.md "CA key health" §H2). `3/16/2018 12:00 AM` (en-US),
 * `19.07.2021 12:47` (de-DE), `16.04.2009. 11:04` (lv-LV), `27/02/2018 22:42` (fr-FR), `08/01/2016 10:53`
 * (it-IT), `2026/7/18 0:13` (zh-CN), `2018-03-16 12:00` (ISO), with `:ss` after `-seconds` and `GMT` after `-gmt`.
 * The order of day and month in `a/b/yyyy` is not in the text: it comes from the dump's other dates or its
 * language, and when neither decides, the date is reported as ambiguous with both readings, never guessed.
 */

/** How the day, month and year stand in a date. */
export type DateOrder = 'mdy' | 'dmy' | 'ymd';

/** The pieces of one printed date, before the order of day and month is known. */
export interface DateParts {
  /** First and second number of a day-first or month-first date, or month and day of a year-first one. */
  a: number;
  b: number;
  year: number;
  /** Minutes since midnight, AM/PM applied. */
  minutes: number;
  /** `.` or `-` dates, and year-first dates, have a fixed order; `/` dates need evidence. */
  fixed?: DateOrder;
  /** A 12-hour clock (`AM`/`PM`, or their Chinese forms) was printed. */
  twelveHour: boolean;
}

// Anchored, with bounded repetitions only: no backtracking over a long line.
const DAY_FIRST_OR_MONTH_FIRST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})\.?$/;
const YEAR_FIRST = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})\.?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const MERIDIEM = /^(AM|PM|A\.M\.|P\.M\.|上午|下午)$/i;

/** Splits a printed date into its pieces, or undefined when it is not a date certutil prints. */
export function readDateParts(raw: string): DateParts | undefined {
  const tokens = raw
    .trim()
    .split(/[\s\u00a0]+/)
    .slice(0, 5);
  if (tokens.length === 0 || tokens[0].length > 12) return undefined;
  let meridiem: string | undefined;
  let time: RegExpExecArray | null = null;
  let date: { a: number; b: number; year: number; fixed?: DateOrder } | undefined;
  for (const token of tokens) {
    let m: RegExpExecArray | null;
    if (!date && (m = YEAR_FIRST.exec(token))) date = { year: Number(m[1]), a: Number(m[3]), b: Number(m[4]), fixed: 'ymd' };
    else if (!date && (m = DAY_FIRST_OR_MONTH_FIRST.exec(token))) {
      date = { a: Number(m[1]), b: Number(m[3]), year: Number(m[4]) };
      // Every locale that writes `19.07.2021` or `16.04.2009.` puts the day first (de, lv, ru, pl ...).
      if (m[2] === '.') date.fixed = 'dmy';
    } else if (!time && (m = TIME.exec(token))) time = m;
    else if (!meridiem && MERIDIEM.test(token)) meridiem = token.toUpperCase();
    else if (token.toUpperCase() === 'GMT' || token.toUpperCase() === 'UTC') continue;
    else return undefined;
  }
  if (!date || !time) return undefined;
  let hours = Number(time[1]);
  const minutes = Number(time[2]);
  if (minutes > 59 || hours > 23) return undefined;
  const twelveHour = meridiem !== undefined;
  if (twelveHour) {
    if (hours < 1 || hours > 12) return undefined;
    const pm = meridiem === 'PM' || meridiem === 'P.M.' || meridiem === '下午';
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  const parts: DateParts = { a: date.a, b: date.b, year: date.year, minutes: hours * 60 + minutes, twelveHour };
  if (date.fixed) parts.fixed = date.fixed;
  return parts;
}

/** The orders a date's numbers allow: one when fixed or when a number above 12 decides, else both. */
export function possibleOrders(parts: DateParts): DateOrder[] {
  if (parts.fixed) return [parts.fixed];
  const orders: DateOrder[] = [];
  if (validDay(parts.year, parts.a, parts.b)) orders.push('mdy');
  if (validDay(parts.year, parts.b, parts.a)) orders.push('dmy');
  return orders;
}

/** The time of the date in `order` as milliseconds since 1970 (read as UTC: certutil prints local time without zone). */
export function dateValue(parts: DateParts, order: DateOrder): number | undefined {
  const [month, day] = order === 'dmy' ? [parts.b, parts.a] : [parts.a, parts.b];
  if (!validDay(parts.year, month, day)) return undefined;
  return Date.UTC(parts.year, month - 1, day) + parts.minutes * 60_000;
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the day exists in the month of the year, as dateValue's Date.UTC reads them (without a Date for each). */
function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || !Number.isFinite(year)) return false;
  // Date.UTC takes a year of 0 to 99 as 1900 to 1999.
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]);
}

/** A date as read with the dump's order: one value, or two when the order could not be decided. */
export type ReadDate = { kind: 'date'; value: number } | { kind: 'ambiguous'; values: [mdy: number, dmy: number] } | { kind: 'invalid' };

/** Reads `parts` with the dump's order, when known; without it, a date only one order allows is still read. */
export function readDate(parts: DateParts, dumpOrder: DateOrder | undefined): ReadDate {
  const orders = possibleOrders(parts);
  if (orders.length === 0) return { kind: 'invalid' };
  const order = orders.length === 1 ? orders[0] : dumpOrder !== undefined && orders.includes(dumpOrder) ? dumpOrder : undefined;
  if (order) {
    const value = dateValue(parts, order);
    return value === undefined ? { kind: 'invalid' } : { kind: 'date', value };
  }
  return { kind: 'ambiguous', values: [dateValue(parts, 'mdy')!, dateValue(parts, 'dmy')!] };
}

/**
 * The order of `a/b/yyyy` dates in one dump. Every date of a dump is printed in the same locale format, so a
 * date whose first number is above 12 settles it for all; otherwise the language of the labels: French and
 * Italian put the day first, and an English dump with a 12-hour clock is en-US (month first). An English dump
 * with a 24-hour clock (en-GB, en-AU ...) and only small numbers stays undecided.
 */
export function dumpDateOrder(dates: readonly DateParts[], language: string | undefined): DateOrder | undefined {
  let order: DateOrder | undefined;
  let twelveHour = false;
  for (const parts of dates) {
    if (parts.fixed) continue;
    twelveHour ||= parts.twelveHour;
    const orders = possibleOrders(parts);
    if (orders.length === 1) {
      if (order !== undefined && order !== orders[0]) return undefined;
      order = orders[0];
    }
  }
  if (order) return order;
  if (language === 'fr' || language === 'it' || language === 'de') return 'dmy';
  if (language === 'en' && twelveHour) return 'mdy';
  return undefined;
}

const DAY_MS = 86_400_000;

/** Whole days from `today` to `value` (negative when past), counted by calendar day. */
export function daysFrom(today: number, value: number): number {
  return Math.floor(value / DAY_MS) - Math.floor(today / DAY_MS);
}
