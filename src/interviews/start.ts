// When an interview starts, as an instant: its wall-clock time in its own time zone, converted by
// luxon, so a DST change between today and the interview is accounted for. Loaded only by the
// commands that need an instant (calendar, review), by listings only on an interview's day or
// for an interview timed in another zone than the user's, and by `interviews add/edit` when a
// time, day or zone is given (a time the clocks skip is refused, a zone of one offset noted).
import { DateTime } from "luxon";
import type { Interview } from "./interview.js";
import { whenLabel } from "./interview.js";
import { startHere } from "./your-clock.js";
import { DAY_STARTS_AT_HOUR, shiftDay } from "../io/dates.js";

/** The UTC instant (ISO 8601, ending in Z) of wall-clock `time` on `day` in IANA zone `tz`. */
export function utcInstant(day: string, time: string, tz: string): string {
  return startOf(day, time, tz).toUTC().toISO({ suppressMilliseconds: true })!;
}

function startOf(day: string, time: string, tz: string): DateTime {
  const local = DateTime.fromISO(`${day}T${time}`, { zone: tz });
  if (!local.isValid) throw new Error(`not a time in ${tz}: ${day} ${time} (${local.invalidExplanation ?? local.invalidReason})`);
  return local;
}

/**
 * The time the clocks of IANA zone `tz` show at `time` ("HH:mm") on `day` (YYYY-MM-DD), when they
 * never show `time` itself that day: the hour they skip on the night they go forward ("03:30" for
 * 02:30 in America/Chicago on 2027-03-14, where 02:00 becomes 03:00). Undefined for a time the
 * clocks do show, including one they show twice on the night they go back. Rules from the IANA
 * time zone database, by luxon.
 */
export function skippedTime(day: string, time: string, tz: string): string | undefined {
  const shown = startOf(day, time, tz).toFormat("yyyy-MM-dd HH:mm");
  return shown === `${day} ${time}` ? undefined : shown.slice(day === shown.slice(0, 10) ? 11 : 0);
}

/**
 * The programs, of `interviews`, whose start (recorded in the interview's own zone) is at or
 * before `now` and on `today` (YYYY-MM-DD) on the clock of `here`, the user's IANA zone: the
 * interviews of the user's day that have begun, whatever day it is where they are held (10:00 in
 * Tokyo on 2 December is 19:00 on 1 December in Chicago). An interview without a time is not in
 * it: its start is not known.
 */
export function startedBy(interviews: readonly Pick<Interview, "program" | "date" | "time" | "tz">[], today: string, now: Date, here: string): Set<string> {
  const started = (i: (typeof interviews)[number]) => {
    if (!i.time) return false;
    const start = startOf(i.date, i.time, i.tz);
    return start.toMillis() <= now.getTime() && startHere(i, onYourClock(i, here)).day === today;
  };
  return new Set(interviews.filter(started).map((i) => i.program));
}

/**
 * The start of `interview` on the clock of IANA zone `here` (the user's): "HH:mm", or
 * "YYYY-MM-DD HH:mm" when that is another day there; undefined when the record has no time, or
 * when both clocks read the same at that instant (a DST change in between is accounted for).
 */
export function onYourClock(interview: Pick<Interview, "date" | "time" | "tz">, here: string): string | undefined {
  if (!interview.time) return undefined;
  const start = startOf(interview.date, interview.time, interview.tz);
  const mine = start.setZone(here);
  if (mine.offset === start.offset) return undefined;
  return mine.toISODate() === interview.date ? mine.toFormat("HH:mm") : mine.toFormat("yyyy-MM-dd HH:mm");
}

/** The world's clocks run from 12 hours behind UTC to 14 ahead (Baker Island to Kiritimati). */
const CLOCKS = { behind: -12, ahead: 14 };

/**
 * The days (YYYY-MM-DD) an interview's start falls on, on some clock of the world: the recorded
 * day, and the one before or after it wherever the start is then, each counted as that clock's
 * day starting at 4 am (a start at 01:00 is the evening before's). A review dated one of them may
 * have been written where the day was that one; 08:00 in Los Angeles on the 18th is the 18th or
 * 19th everywhere, never the 17th. Untimed, only the recorded day.
 */
export function daysOnSomeClock(interview: Pick<Interview, "date" | "time" | "tz">): string[] {
  if (!interview.time) return [interview.date];
  const start = startOf(interview.date, interview.time, interview.tz).toUTC().minus({ hours: DAY_STARTS_AT_HOUR });
  const [first, last] = [start.plus({ hours: CLOCKS.behind }).toISODate()!, start.plus({ hours: CLOCKS.ahead }).toISODate()!];
  const days = new Set([interview.date]);
  for (let day = first; day <= last; day = shiftDay(day, 1)) days.add(day);
  return [...days].sort();
}

/**
 * Why a review dated `day` (YYYY-MM-DD) cannot be written at `now`: `day` is the recorded
 * interview's day, where it is held, on the user's calendar or as the user's day (startHere), and
 * its start (date, time and zone) is still to come. `here`: the IANA zone of the user's clock, on
 * which the start is given too when it is not the interview's. One clause, e.g.
 * "the interview recorded for 'Mercy North FM' starts at 2026-11-30 13:00 America/New_York (18:00
 * your time, in 10 h 10 min)"; undefined when it has started, when the record has no time (its day
 * alone is checked against today), or when the review is dated another day.
 */
export function notStartedYet(interview: Pick<Interview, "program" | "date" | "time" | "tz">, day: string, now: Date, here: string): string | undefined {
  if (!interview.time) return undefined;
  const start = startOf(interview.date, interview.time, interview.tz);
  // Its day as the season counts it too (startHere: before 4 am is the evening before), which is
  // the day a review takes by default: 00:00 on the 3rd in UTC is an interview of the 2nd.
  const days = [interview.date, start.setZone(here).toISODate(), startHere(interview, onYourClock(interview, here)).day];
  if (!days.includes(day)) return undefined;
  const minutes = Math.ceil((start.toMillis() - now.getTime()) / 60_000);
  if (minutes <= 0) return undefined;
  // The user's own clock too, when it is not the interview's: "13:00 America/New_York" at 02:50 in Chicago.
  const mine = onYourClock(interview, here);
  const yours = mine ? `${mine} your time, ` : "";
  const wait = minutes >= 60 ? `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ""}` : `${minutes} min`;
  return `the interview recorded for '${interview.program}' starts at ${whenLabel(interview)} (${yours}in ${wait})`;
}

/**
 * Whether `zone` is an abbreviation-like name that keeps one offset all year ("EST", "MST",
 * "Etc/GMT+5"): valid, but an hour off for part of the year wherever clocks change, as a place
 * name ("America/New_York") is not. Names that do change ("PST8PDT", "CET") and UTC or GMT
 * themselves are not. The offsets of mid-January and mid-July are compared, by luxon.
 */
export function keepsOneOffset(zone: string): boolean {
  if (zone.includes("/") && !/^Etc\//i.test(zone)) return false;
  if (/^(?:Etc\/)?(?:UTC|GMT|UCT|Zulu|Universal|Greenwich)$/i.test(zone)) return false;
  const offsetIn = (month: number) => DateTime.fromObject({ year: 2026, month, day: 15 }, { zone }).offset;
  return offsetIn(1) === offsetIn(7);
}
