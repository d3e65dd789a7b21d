// An interview's start on the user's clock (as start.ts's onYourClock reads it): the day that
// listings, checklists and reviews count from. Apart from interview.ts and free of luxon, so that
// a light command finding an interview's day (`checklist --print`) loads neither.
import { relativeDay } from "../checklists/due.js";
import { DAY_STARTS_AT_HOUR, shiftDay } from "../io/dates.js";
import { thankYouDates, type ThankYouDates, type ThankYouRule } from "../reviews/thank-you-rule.js";
import type { Interview } from "./interview.js";

/**
 * The day (YYYY-MM-DD) and time ("HH:mm") an interview starts on the user's clock, which is what
 * days are counted and interviews ordered by: `yourTime` when given (see onYourClock: "HH:mm", or
 * "YYYY-MM-DD HH:mm" when that is another day than the recorded one), else the record's own.
 * 09:00 in Tokyo on 3 December is an interview of 2 December at 16:00 for a user in Los Angeles.
 * `time` is the clock's; `day` is the user's day it falls in, which starts at 4 am.
 */
export function startHere(interview: Pick<Interview, "date" | "time">, yourTime?: string): { day: string; time: string | undefined } {
  const [day, time] = !yourTime ? [interview.date, interview.time] : yourTime.length > 5 ? [yourTime.slice(0, 10), yourTime.slice(11)] : [interview.date, yourTime];
  if (!time) return { day, time };
  // Before 4 am on the user's clock is still their evening before, as it is for every command's
  // today: 18:00 in Los Angeles on 1 December, 02:00 on the 2nd in London, is the 1st's, and so is
  // 00:30 on the 2nd recorded in the user's own zone (its checklist, review and thank-you days
  // then agree with the "tonight" it is called on the 1st).
  return { day: Number(time.slice(0, 2)) < DAY_STARTS_AT_HOUR ? shiftDay(day, -1) : day, time };
}

/**
 * When an interview starts, in words, on the user's `today` (YYYY-MM-DD): "today", "tomorrow", "in
 * 3 days" (see relativeDay), and "tonight", "tomorrow night" or "last night" for a start before 4 am, which
 * counts as the evening before's but is after midnight: "today 00:00" read at breakfast would
 * look like an interview already missed.
 */
export function startsWhen(interview: Pick<Interview, "date" | "time">, today: string, yourTime?: string): string {
  const { day, time } = startHere(interview, yourTime);
  const when = relativeDay(day, today);
  if (!time || Number(time.slice(0, 2)) >= DAY_STARTS_AT_HOUR) return when;
  // Named by the evening the night follows (startHere's day): 01:00 on the 3rd is "tonight" at
  // 23:30 on the 2nd, and "last night" at breakfast on the 3rd.
  return when === "today" ? "tonight" : when === "tomorrow" ? "tomorrow night" : when === "yesterday" ? "last night" : `${when}, at night`;
}

/** The interview with its start on the user's clock (see startHere), for ordering by it (byWhen). */
export function whenHere<T extends Pick<Interview, "date" | "time">>(interview: T, yourTime?: string): T {
  const { day, time } = startHere(interview, yourTime);
  return { ...interview, date: day, ...(time ? { time } : {}) };
}

/**
 * The day (YYYY-MM-DD) `interview` is on as the season counts it: its start's day on the user's
 * clock (startHere), with `yourTimes` its start there by program where that reads otherwise (see
 * onYourClock), else its recorded date. Checklist due days, "today", the review's default date
 * and the thank-you deadline (interviewThankYou) all count from this day.
 */
export function interviewDay(interview: Pick<Interview, "program" | "date" | "time">, yourTimes?: ReadonlyMap<string, string>): string {
  return startHere(interview, yourTimes?.get(interview.program)).day;
}

/**
 * When the thank-you notes of `interview` are due by `rule` (send-by and last days, YYYY-MM-DD),
 * counted from interviewDay: 09:00 in Tokyo on 3 December, 00:00 UTC, is an interview of the 2nd
 * for a user on UTC, so its notes are due by the 4th in `today`, the checklist and the calendar alike.
 */
export function interviewThankYou(interview: Pick<Interview, "program" | "date" | "time">, rule: ThankYouRule, yourTimes?: ReadonlyMap<string, string>): ThankYouDates {
  return thankYouDates(interviewDay(interview, yourTimes), rule);
}
