// Days as people count them. A day is YYYY-MM-DD; arithmetic on days is done on those strings
// in UTC, so neither the time zone nor a DST change can move anything to the wrong day, and such
// strings compare correctly with < and >. A moment belongs to a local day that starts at
// 4 am, as Anki's does: practice at 00:30 still counts for the evening before.
import { UsageError } from "./errors.js";

/** The local hour a new day starts at, for streaks, "today" and what is due. */
export const DAY_STARTS_AT_HOUR = 4;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function utcOf(day: string): number {
  const match = DAY.exec(day);
  if (!match) throw new Error(`not a day: ${day}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function dayOfUtc(time: number): string {
  const date = new Date(time);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** YYYY-MM-DD that names a real calendar day ("2026-02-30" does not), trimmed; else undefined. */
function realDay(text: string): string | undefined {
  const day = text.trim();
  return DAY.test(day) && dayOfUtc(utcOf(day)) === day ? day : undefined;
}

/**
 * The days accepted wherever a day comes in: a flag (--date, --since), a note, an answers file,
 * config.yaml, the fixed clock. Practice, interviews and stories fall well inside; a day outside
 * is a typo (9999-12-31 put items "due 10000-01-01"), refused before anything is computed from it.
 */
export const DAY_RANGE = { first: "2000-01-01", last: "2100-12-31" } as const;

/**
 * What `text` must be when it is not a day in DAY_RANGE, as a phrase that follows "must be" or
 * "Type": "a real date as YYYY-MM-DD" or "a date from 2000-01-01 to 2100-12-31"; undefined when
 * it is one.
 */
export function dayProblem(text: string): string | undefined {
  const day = realDay(text);
  if (day === undefined) return "a real date as YYYY-MM-DD";
  return day < DAY_RANGE.first || day > DAY_RANGE.last ? `a date from ${DAY_RANGE.first} to ${DAY_RANGE.last}` : undefined;
}

/** A real calendar day in DAY_RANGE as YYYY-MM-DD (trimmed), or undefined: "2026-02-30" and "2026-2-3" are not days. */
export function checkDay(text: string): string | undefined {
  return dayProblem(text) === undefined ? realDay(text) : undefined;
}

/** The day a flag gives (see checkDay). Throws UsageError (exit 64), e.g. '--date must be a date from 2000-01-01 to 2100-12-31, got "9999-12-31"'. */
export function dayFlag(flag: string, text: string): string {
  const problem = dayProblem(text);
  if (problem !== undefined) throw new UsageError(`${flag} must be ${problem}, got "${text}"`);
  return realDay(text)!;
}

/** The day `days` after `day` (negative: before). Month ends and leap days fall out of Date.UTC. */
export function shiftDay(day: string, days: number): string {
  return dayOfUtc(utcOf(day) + days * 86_400_000);
}

/** Whole days from `from` to `to`, both YYYY-MM-DD (positive when `to` is later). */
export function daysFrom(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / 86_400_000);
}

/** 2026-11-22: the calendar day of `date` in local time (midnight to midnight). */
export function isoDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The day a moment counts for: its local calendar day, or the one before before 4 am
 * (DAY_STARTS_AT_HOUR). Uses the local clock's hour, so a DST change moves nothing.
 */
export function practiceDay(date: Date): string {
  const day = isoDay(date);
  return date.getHours() < DAY_STARTS_AT_HOUR ? shiftDay(day, -1) : day;
}

/** When the practice day `days` after the one `now` is in starts (local 4 am); 1: tomorrow's start. */
export function practiceDayStart(now: Date, days: number): Date {
  const [year, month, day] = shiftDay(practiceDay(now), days).split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, day, DAY_STARTS_AT_HOUR);
}

/** 2026-11-22T14:05:00-05:00: local time with its offset, as in the note's front matter. */
export function isoLocal(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${isoDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A real calendar date from YYYY-MM-DD (local midnight), or undefined: 2026-02-30 is not one. */
export function parseDay(text: string): Date | undefined {
  const day = realDay(text);
  if (day === undefined) return undefined;
  const year = Number(day.slice(0, 4));
  const date = new Date(year, Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  // new Date() reads years 0-99 as 1900-1999: such a day is not the one written.
  return date.getFullYear() === year ? date : undefined;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later), by their local days. */
export function daysBetween(from: Date, to: Date): number {
  return daysFrom(isoDay(from), isoDay(to));
}
