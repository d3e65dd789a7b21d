// Due-date arithmetic: the day an item is due, as a person counting on a calendar would get it.
import { describe, expect, it } from "vitest";
import { dueDayOf, isOverdue, relativeDay } from "../../src/checklists/due.js";
import { checkDay, daysFrom, shiftDay } from "../../src/io/dates.js";
import { parseDueOffset } from "../../src/io/duration.js";

describe("shiftDay", () => {
  it.each([
    ["2026-12-03", -2, "2026-12-01", "plain days before"],
    ["2026-12-03", 0, "2026-12-03", "on the day"],
    ["2026-12-03", 10, "2026-12-13", "days after"],
    ["2026-03-01", -1, "2026-02-28", "back over the end of February"],
    ["2028-03-01", -1, "2028-02-29", "a leap day"],
    ["2028-02-28", 1, "2028-02-29", "forward onto a leap day"],
    ["2100-03-01", -1, "2100-02-28", "1900-style century year without a leap day"],
    ["2000-03-01", -1, "2000-02-29", "a 400-year leap day"],
    ["2026-01-31", 1, "2026-02-01", "a month end forward"],
    ["2026-05-01", -1, "2026-04-30", "a 30-day month end backward"],
    ["2027-01-02", -7, "2026-12-26", "a week back over the new year"],
    ["2026-12-28", 7, "2027-01-04", "a week forward over the new year"],
    ["2026-03-29", -1, "2026-03-28", "the European DST change"],
    ["2026-11-01", 1, "2026-11-02", "the American DST change"],
  ])("%s %+d -> %s (%s)", (day, days, expected) => {
    expect(shiftDay(day, days)).toBe(expected);
  });
});

describe("dueDayOf with offsets as written in content", () => {
  it.each([
    ["-2d", "2026-12-01"],
    ["0d", "2026-12-03"],
    ["+3d", "2026-12-06"],
    ["-1w", "2026-11-26"],
    ["+2w", "2026-12-17"],
    ["-5d", "2026-11-28"],
  ])("%s before/after an interview on 2026-12-03 is %s", (offset, expected) => {
    expect(dueDayOf({ dueDays: parseDueOffset(offset) }, "2026-12-03")).toBe(expected);
  });

  it("has no due day without an interview date or without an offset", () => {
    expect(dueDayOf({ dueDays: -2 }, undefined)).toBeUndefined();
    expect(dueDayOf({}, "2026-12-03")).toBeUndefined();
  });
});

describe("checkDay", () => {
  it.each(["2026-12-03", "2028-02-29", "2000-02-29", " 2026-12-03 "])("accepts the real date %j", (text) => {
    expect(checkDay(text)).toBe(text.trim());
  });
  it.each(["2026-02-30", "2026-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-12-32", "2026-2-3", "03/12/2026", "tomorrow", "", "0999-01-01"])(
    "refuses %j",
    (text) => {
      expect(checkDay(text)).toBeUndefined();
    },
  );
});

describe("overdue and distances", () => {
  it("is overdue only when due before today and not done", () => {
    expect(isOverdue("2026-11-29", "2026-11-30", false)).toBe(true);
    expect(isOverdue("2026-11-30", "2026-11-30", false)).toBe(false);
    expect(isOverdue("2026-11-29", "2026-11-30", true)).toBe(false);
    expect(isOverdue(undefined, "2026-11-30", false)).toBe(false);
  });

  it("counts whole days across months and years", () => {
    expect(daysFrom("2026-11-30", "2026-12-03")).toBe(3);
    expect(daysFrom("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysFrom("2028-03-01", "2028-02-28")).toBe(-2);
  });

  it.each([
    ["2026-11-30", "today"],
    ["2026-12-01", "tomorrow"],
    ["2026-11-29", "yesterday"],
    ["2026-12-03", "in 3 days"],
    ["2026-11-20", "10 days ago"],
  ])("an interview on %s is %s when today is 2026-11-30", (day, text) => {
    expect(relativeDay(day, "2026-11-30")).toBe(text);
  });
});
