import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { matchInterview, nearMissError, recordCommand, unmatchedHint } from "../../src/interviews/find.js";
import { atNamed, theNamed } from "../../src/content/interview-kinds.js";
import { parseInterviewNote, renderInterviewNote } from "../../src/interviews/interview-note.js";
import { checkTime, isKnownZone, kindPreparedBy, statusOf, suggestedChecklist, suggestedDeck, yearTypedWrong, zoneSpelling, type Interview } from "../../src/interviews/interview.js";
import { isThankYouItem, thankYouDates, thankYouRule, thankYouState } from "../../src/reviews/thank-you-rule.js";
import { keepsOneOffset, notStartedYet, onYourClock, skippedTime, startedBy, utcInstant, daysOnSomeClock } from "../../src/interviews/start.js";
import { startHere, startsWhen } from "../../src/interviews/your-clock.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "interviews");
const interview = (extra: Partial<Interview> = {}): Interview => ({
  program: "Lakeside IM",
  date: "2026-12-04",
  time: "09:00",
  tz: "America/Chicago",
  kind: "residency",
  specialty: "internal medicine",
  extra: {},
  body: "",
  ...extra,
});

describe("interview notes", () => {
  it("parse back to the same record, with keys added by hand and the body kept", () => {
    const original = interview({ format: "virtual", where: "https://meet.example/abc: room 2", extra: { tags: ["season"] }, body: "# Mine\n\nAsk about --- nights\n" });
    const parsed = parseInterviewNote(renderInterviewNote(original), "x.md");
    expect(parsed).toEqual({ ok: true, interview: original });
  });

  it("says a bad start time must be a clock time, not a duration", () => {
    const result = parseInterviewNote("---\ntype: interview\nprogram: Lakeside IM\ndate: 2026-12-04\ntime: 9am\ntz: America/Chicago\nkind: residency\n---\n", "x.md");
    expect(result.ok ? [] : result.issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual(["5:7: 'time': must be a time as HH:MM (24-hour), like 09:30"]);
  });

  it.each([
    ["broken-date.md", "broken-date.md:4:7: 'date': must be a real date as YYYY-MM-DD"],
    ["broken-yaml.md", "broken-yaml.md:3:10: the quoted text that starts here has no closing \""],
    ["bad-zone.md", "bad-zone.md:6:5: 'tz': must be a time zone name like America/Chicago or Europe/London"],
  ])("a hand-broken %s is reported at its line and column", (name, expected) => {
    const result = parseInterviewNote(readFileSync(join(FIXTURES, name), "utf8"), name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { file, line, col, message } = result.issues[0]!;
    expect(`${file}:${line}:${col}: ${message}`).toContain(expected);
  });

  it("reads a time typed as 9:30 as 09:30 and refuses 24:00", () => {
    expect(checkTime("9:30")).toBe("09:30");
    expect(checkTime("24:00")).toBeUndefined();
    expect(checkTime("9.30")).toBeUndefined();
  });

  it("tells a name with one offset all year ('EST', 'Etc/GMT+5') from one that changes ('PST8PDT', 'CET') and from a place name, and leaves UTC and GMT be", () => {
    for (const zone of ["EST", "MST", "Etc/GMT+5"]) expect(keepsOneOffset(zone), zone).toBe(true);
    for (const zone of ["PST8PDT", "CET", "America/New_York", "Asia/Kolkata", "UTC", "GMT", "Etc/UTC"]) expect(keepsOneOffset(zone), zone).toBe(false);
  });

  it("takes a day over half a year past or over a year ahead for a year typed wrong, and offers the same day in this season", () => {
    expect(yearTypedWrong("2025-12-05", "2026-12-01")).toBe("2026-12-05");
    // This year's 1 January is over half a year past too: next year's is offered.
    expect(yearTypedWrong("2025-01-01", "2026-12-01")).toBe("2027-01-01");
    expect(yearTypedWrong("2036-01-01", "2026-12-01")).toBe("2027-01-01");
    expect(yearTypedWrong("2027-11-10", "2026-11-20")).toBeUndefined();
    expect(yearTypedWrong("2027-12-05", "2026-11-20")).toBe("2026-12-05");
    expect(yearTypedWrong("2028-12-05", "2026-11-20")).toBe("2026-12-05");
    expect(yearTypedWrong("2026-06-01", "2026-12-01")).toBeUndefined();
    expect(yearTypedWrong("2026-12-05", "2026-12-01")).toBeUndefined();
    expect(yearTypedWrong("2024-02-29", "2025-12-01")).toBeUndefined();
  });

  it("knows a zone by its IANA name, an alias of one, or UTC, and refuses a made-up or blank one", () => {
    for (const zone of ["America/Chicago", "Asia/Kolkata", "UTC", "US/Central", "utc", "europe/london"]) expect(isKnownZone(zone), zone).toBe(true);
    for (const zone of ["Mars/Olympus_Mons", "America/Chicag", "", "  ", "Central Time"]) expect(isKnownZone(zone), JSON.stringify(zone)).toBe(false);
  });

  it("spells a zone typed in another case as the database does, and keeps an alias as typed", () => {
    expect(["utc", "america/chicago", "EUROPE/LONDON", "America/Chicago", "US/Eastern"].map(zoneSpelling)).toEqual(["UTC", "America/Chicago", "Europe/London", "America/Chicago", "US/Eastern"]);
  });
});

describe("status through the season", () => {
  it.each([
    ["2026-12-05", false, undefined, "scheduled"],
    ["2026-12-04", false, undefined, "scheduled"],
    ["2026-12-03", false, undefined, "done"],
    ["2026-12-03", true, undefined, "reviewed"],
    ["2026-12-03", true, "2026-11-30", "withdrawn"],
  ] as const)("an interview on %s, reviewed %s, withdrawn %s, is %s on 2026-12-04", (date, reviewed, withdrawn, status) => {
    expect(statusOf({ date, ...(withdrawn ? { withdrawn } : {}) }, "2026-12-04", reviewed)).toBe(status);
  });

  it("suggests the deck that fits the kind of interview", () => {
    expect(suggestedDeck({ kind: "residency", specialty: "" })).toBe("residency");
    expect(suggestedDeck({ kind: "job", specialty: "Patient Coordinator" })).toBe("patient-coordinator");
    expect(suggestedDeck({ kind: "job", specialty: "hospitalist" })).toBe("second-interview");
  });

  it.each([
    ["residency", "", "residency", "residency-interview-day"],
    ["job", "Patient Coordinator", "patient-coordinator", "patient-coordinator"],
    ["job", "hospitalist", "second-interview", "second-interview"],
    ["networking", "", "networking", "networking-event"],
    // A coordinator's role named for an event is still an event: the rule for coordinators is a job's.
    ["networking", "patient coordinator leadership", "networking", "networking-event"],
  ] as const)("a %s interview with role '%s' is prepared with the %s deck and the %s checklist", (kind, specialty, deck, checklist) => {
    expect(suggestedDeck({ kind, specialty })).toBe(deck);
    expect(suggestedChecklist({ kind, specialty })).toBe(checklist);
  });
});

describe("finding an interview by the name typed", () => {
  const entries = [interview(), interview({ program: "Valley Health Hospitalists" })].map((i) => ({ interview: i, file: "f", path: "p" }));
  it("matches ignoring case and spacing, and offers the near miss", () => {
    expect(matchInterview(entries, "  lakeside   im ").found?.interview.program).toBe("Lakeside IM");
    const miss = matchInterview(entries, "Lakesid IM");
    expect(miss.found).toBeUndefined();
    expect(unmatchedHint("Lakesid IM", "near" in miss ? miss.near : [], "using today")).toBe("No interview recorded for 'Lakesid IM' (did you mean 'Lakeside IM'?); using today.");
    expect(unmatchedHint("Mercy", [], "using today")).toContain('To record it: interview-coach interviews add "Mercy" --date YYYY-MM-DD');
  });

  it("says how to record a name with the kind it most likely is: the closest recorded name's, or that of the command's deck or checklist", () => {
    const season = [...entries, { interview: interview({ program: "Boston Physician Leaders Mixer", kind: "networking" }), file: "f", path: "p" }];
    const miss = matchInterview(season, "Bostn Physician Leaders Mixer");
    expect("nearKind" in miss && miss.nearKind).toBe("networking");
    expect(recordCommand("Bostn Physician Leaders Mixer", "networking")).toBe('interview-coach interviews add "Bostn Physician Leaders Mixer" --date YYYY-MM-DD --kind networking');
    // Residency is what `interviews add` records without --kind: not said.
    expect(recordCommand("Lakesid IM", "residency")).toBe('interview-coach interviews add "Lakesid IM" --date YYYY-MM-DD');
    expect(unmatchedHint("Denver Mixer", [], "nothing is saved", "networking")).toBe(
      "No networking event recorded for 'Denver Mixer'; nothing is saved. To record it: interview-coach interviews add \"Denver Mixer\" --date YYYY-MM-DD --kind networking",
    );
    expect(nearMissError("Bostn Mixer", ["Boston Mixer"], "no review was started", (name) => `interview-coach review "${name}"`, "networking").message).toBe(
      "no networking event recorded for 'Bostn Mixer' (did you mean 'Boston Mixer'?), so no review was started. Use the recorded name: interview-coach review \"Boston Mixer\"; or, for another networking event, record it first: interview-coach interviews add \"Bostn Mixer\" --date YYYY-MM-DD --kind networking",
    );
    expect([kindPreparedBy("networking-event"), kindPreparedBy("networking"), kindPreparedBy("patient-coordinator"), kindPreparedBy("residency"), kindPreparedBy("after-interview")]).toEqual(["networking", "networking", "job", "residency", undefined]);
  });
});

describe("naming a recorded interview or event in a sentence", () => {
  it("is with a program, at a program; an event named for what it is ('Mixer') takes 'the', any other follows the kind's noun", () => {
    expect([theNamed("residency", "Lakeside IM"), atNamed("job", "Valley Health")]).toEqual(["the interview with Lakeside IM", "at Valley Health"]);
    expect([theNamed("networking", "Boston Mixer"), atNamed("networking", "Boston Mixer")]).toEqual(["the Boston Mixer", "at the Boston Mixer"]);
    // A name that does not say what it is follows the kind's noun: it may or may not want "the".
    expect([theNamed("networking", "HIMSS"), atNamed("networking", "HIMSS 2026")]).toEqual(["the networking event HIMSS", "at the networking event HIMSS 2026"]);
  });
});

describe("the thank-you rule", () => {
  it("defaults to sending within 2 days, overdue after the 3rd, and reads config", () => {
    const rule = thankYouRule({});
    expect(thankYouDates("2026-12-30", rule)).toEqual({ sendBy: "2027-01-01", lastDay: "2027-01-02" });
    expect(thankYouState("2026-12-30", "2027-01-02", rule)).toBe("due");
    expect(thankYouState("2026-12-30", "2027-01-03", rule)).toBe("overdue");
    expect(thankYouRule({ season: { thankYou: { sendWithinDays: 1, overdueAfterDays: 5 } } })).toEqual({ sendWithinDays: 1, overdueAfterDays: 5 });
    // Overdue never starts before the send-by day.
    expect(thankYouRule({ season: { thankYou: { sendWithinDays: 4 } } })).toEqual({ sendWithinDays: 4, overdueAfterDays: 4 });
  });

  it("knows the checklist items about thank-you notes by their ids", () => {
    expect(["thank-each-person", "send-thank-you", "send-thank-yous", "send-thanks", "thank-coordinator-residents"].every((id) => isThankYouItem({ id }))).toBe(true);
    expect(["thankful-moment", "write-impressions", "gut-check"].some((id) => isThankYouItem({ id }))).toBe(false);
  });
});

describe("interview instants across time zones and DST", () => {
  it.each([
    ["2026-12-04", "09:00", "America/Chicago", "2026-12-04T15:00:00Z"], // CST, UTC-6
    ["2026-03-09", "09:00", "America/New_York", "2026-03-09T13:00:00Z"], // the day after DST starts: EDT, UTC-4
    ["2026-03-07", "09:00", "America/New_York", "2026-03-07T14:00:00Z"], // the day before: EST, UTC-5
    ["2026-10-26", "14:30", "Europe/London", "2026-10-26T14:30:00Z"], // the day after BST ends
    ["2026-10-23", "14:30", "Europe/London", "2026-10-23T13:30:00Z"], // BST, UTC+1
    ["2026-12-10", "08:00", "Asia/Kolkata", "2026-12-10T02:30:00Z"], // a half-hour zone
  ])("%s %s in %s is %s", (day, time, tz, utc) => {
    expect(utcInstant(day, time, tz)).toBe(utc);
  });
});

describe("times the clocks skip", () => {
  it.each([
    ["2027-03-14", "02:30", "America/Chicago", "03:30"], // 02:00 CST becomes 03:00 CDT
    ["2027-03-14", "02:00", "America/Chicago", "03:00"],
    ["2027-03-28", "01:15", "Europe/London", "02:15"], // 01:00 GMT becomes 02:00 BST
    ["2027-10-03", "02:10", "Australia/Lord_Howe", "02:40"], // a half-hour change
  ])("%s %s in %s never shows: the clocks read %s", (day, time, tz, shown) => {
    expect(skippedTime(day, time, tz)).toBe(shown);
  });

  it.each([
    ["2027-03-14", "01:59", "America/Chicago"], // the last minute before the change
    ["2027-03-14", "03:00", "America/Chicago"],
    ["2027-11-07", "01:30", "America/Chicago"], // shown twice as the clocks go back: a real time
    ["2027-03-13", "02:30", "America/Chicago"], // the day before
    ["2027-03-14", "02:30", "UTC"],
  ])("%s %s in %s is a time the clocks show", (day, time, tz) => {
    expect(skippedTime(day, time, tz)).toBeUndefined();
  });
});

describe("an interview's start on the user's clock", () => {
  it("is given where the clocks differ (a day apart too, and across a DST change), and not where they agree", () => {
    expect(onYourClock({ date: "2026-11-28", time: "09:00", tz: "America/Chicago" }, "UTC")).toBe("15:00");
    expect(onYourClock({ date: "2026-11-30", time: "13:00", tz: "America/New_York" }, "Asia/Tokyo")).toBe("2026-12-01 03:00");
    // London is on UTC in December, an hour ahead in June.
    expect(onYourClock({ date: "2026-12-16", time: "14:30", tz: "Europe/London" }, "UTC")).toBeUndefined();
    expect(onYourClock({ date: "2026-06-16", time: "14:30", tz: "Europe/London" }, "UTC")).toBe("13:30");
    expect(onYourClock({ date: "2026-12-16", time: undefined, tz: "Europe/London" }, "UTC")).toBeUndefined();
  });
});

describe("the day an interview starts on the user's clock", () => {
  it("is the day it falls in there, which starts at 4 am, for a record in the user's own zone too", () => {
    const northgate = { date: "2026-12-01", time: "18:00", tz: "America/Los_Angeles" };
    // 02:00 in London on the 2nd: the evening of the 1st, as for every command's today.
    expect(startHere(northgate, onYourClock(northgate, "Europe/London"))).toEqual({ day: "2026-12-01", time: "02:00" });
    // 05:00 in Tokyo (UTC+9) on the 2nd is past 4 am: the 2nd's.
    expect(startHere({ ...northgate, time: "12:00" }, onYourClock({ ...northgate, time: "12:00" }, "Asia/Tokyo"))).toEqual({ day: "2026-12-02", time: "05:00" });
    expect(startHere({ date: "2026-12-02", time: "02:00" })).toEqual({ day: "2026-12-01", time: "02:00" });
    expect(startHere({ date: "2026-12-02", time: "04:00" })).toEqual({ day: "2026-12-02", time: "04:00" });
    expect(startHere({ date: "2026-12-02" })).toEqual({ day: "2026-12-02", time: undefined });
  });
});

describe("an interview not started yet cannot be reviewed", () => {
  const mercy = { program: "Mercy North FM", date: "2026-11-30", time: "13:00", tz: "America/New_York" };
  it("gives the start as recorded, on the user's clock when that is another zone (another day too), and the time left", () => {
    expect(notStartedYet(mercy, "2026-11-30", new Date("2026-11-30T07:50:00Z"), "UTC")).toBe(
      "the interview recorded for 'Mercy North FM' starts at 2026-11-30 13:00 America/New_York (18:00 your time, in 10 h 10 min)",
    );
    expect(notStartedYet(mercy, "2026-11-30", new Date("2026-11-30T17:15:00Z"), "America/New_York")).toBe(
      "the interview recorded for 'Mercy North FM' starts at 2026-11-30 13:00 America/New_York (in 45 min)",
    );
    expect(notStartedYet(mercy, "2026-11-30", new Date("2026-11-30T07:50:00Z"), "Asia/Tokyo")).toContain("(2026-12-01 03:00 your time, in 10 h 10 min)");
  });
  it("counts the user's day too, which starts at 4 am: 00:00 UTC on the 3rd is the 2nd's", () => {
    const tokyo = { program: "Tokyo Bay Medical", date: "2026-12-03", time: "09:00", tz: "Asia/Tokyo" };
    expect(notStartedYet(tokyo, "2026-12-02", new Date("2026-12-02T06:37:00Z"), "UTC")).toContain("starts at 2026-12-03 09:00 Asia/Tokyo (00:00 your time, in 17 h 23 min)");
    expect(notStartedYet(tokyo, "2026-12-01", new Date("2026-12-02T06:37:00Z"), "UTC")).toBeUndefined();
  });
  it("says nothing once it has started, for a review dated another day, or for a record without a time", () => {
    expect(notStartedYet(mercy, "2026-11-30", new Date("2026-11-30T18:00:00Z"), "UTC")).toBeUndefined();
    expect(notStartedYet(mercy, "2026-11-29", new Date("2026-11-30T07:50:00Z"), "UTC")).toBeUndefined();
    expect(notStartedYet({ ...mercy, time: undefined }, "2026-11-30", new Date("2026-11-30T07:50:00Z"), "UTC")).toBeUndefined();
  });
});

describe("interviews that have started", () => {
  const mercy = { program: "Mercy North FM", date: "2026-11-30", time: "13:00", tz: "America/New_York" };
  const others = [
    { program: "No Time", date: "2026-11-30", tz: "UTC" },
    { program: "Yesterday", date: "2026-11-29", time: "09:00", tz: "UTC" },
    // 00:30 on 1 December in UTC+14 is 10:30 UTC on 30 November; 20:00 there is 06:00 UTC on 1 December.
    { program: "Kiritimati Early", date: "2026-12-01", time: "00:30", tz: "Pacific/Kiritimati" },
    { program: "Kiritimati Late", date: "2026-12-01", time: "20:00", tz: "Pacific/Kiritimati" },
  ];
  it("are those whose start, in their own zone, is at or before now and on the user's day", () => {
    expect(startedBy([mercy, ...others], "2026-11-30", new Date("2026-11-30T17:59:00Z"), "UTC")).toEqual(new Set(["Kiritimati Early"]));
    expect(startedBy([mercy, ...others], "2026-11-30", new Date("2026-11-30T18:00:00Z"), "UTC")).toEqual(new Set(["Mercy North FM", "Kiritimati Early"]));
  });
  it("count summer time on the day itself: 13:00 in New York is 17:00 UTC in July", () => {
    expect(startedBy([{ ...mercy, date: "2026-07-01" }], "2026-07-01", new Date("2026-07-01T17:00:00Z"), "UTC")).toEqual(new Set(["Mercy North FM"]));
  });
  it("go by the user's clock: 09:00 in Tokyo on 3 December began at 16:00 on 2 December in Los Angeles, and is past there the next day", () => {
    const tokyo = { program: "Tokyo IM", date: "2026-12-03", time: "09:00", tz: "Asia/Tokyo" };
    const here = "America/Los_Angeles";
    expect(startedBy([tokyo], "2026-12-02", new Date("2026-12-02T23:59:00Z"), here)).toEqual(new Set());
    expect(startedBy([tokyo], "2026-12-02", new Date("2026-12-03T00:00:00Z"), here)).toEqual(new Set(["Tokyo IM"]));
    expect(startedBy([tokyo], "2026-12-03", new Date("2026-12-03T17:00:00Z"), here)).toEqual(new Set());
    // The other way round, Los Angeles seen from Tokyo: its 16:00 on 2 December is 09:00 on the 3rd there.
    const la = { program: "LA IM", date: "2026-12-02", time: "16:00", tz: here };
    expect(startedBy([la], "2026-12-03", new Date("2026-12-03T00:00:00Z"), "Asia/Tokyo")).toEqual(new Set(["LA IM"]));
  });
  it("count an interview after midnight in the user's own zone as begun that night (the 2nd until 4 am), and past the next morning", () => {
    const night = { program: "Harbor IM", date: "2026-12-03", time: "01:00", tz: "UTC" };
    expect(startedBy([night], "2026-12-02", new Date("2026-12-03T00:59:00Z"), "UTC")).toEqual(new Set());
    expect(startedBy([night], "2026-12-02", new Date("2026-12-03T01:30:00Z"), "UTC")).toEqual(new Set(["Harbor IM"]));
    expect(startedBy([night], "2026-12-03", new Date("2026-12-03T09:00:00Z"), "UTC")).toEqual(new Set());
  });
  it("make an interview dated tomorrow in a zone ahead today's once it has started, reviewed or not", () => {
    const tokyo = { date: "2026-12-02", withdrawn: undefined };
    expect(statusOf(tokyo, "2026-12-01", false)).toBe("scheduled");
    expect(statusOf(tokyo, "2026-12-01", false, true)).toBe("started");
    expect(statusOf(tokyo, "2026-12-01", true, true)).toBe("reviewed");
    // Not started yet, a review dated ahead by mistake leaves it on the agenda.
    expect(statusOf(tokyo, "2026-12-01", true)).toBe("scheduled");
  });
});

describe("startsWhen names a start before 4 am by the evening the night follows", () => {
  const night = { date: "2026-12-03", time: "01:00" };
  it.each([
    ["2026-12-01", "tomorrow night"],
    ["2026-12-02", "tonight"],
    ["2026-12-03", "last night"],
    ["2026-12-04", "2 days ago, at night"],
  ])("recorded in the user's own zone for 01:00 on the 3rd, on the %s: %s", (today, words) => {
    expect(startsWhen(night, today)).toBe(words);
  });
  it("on another zone's clock, by the day startHere gives it: 02:00 on the 2nd your time is tonight on the 1st", () => {
    expect(startsWhen({ date: "2026-12-01", time: "18:00" }, "2026-12-01", "2026-12-02 02:00")).toBe("tonight");
    expect(startsWhen({ date: "2026-12-01", time: "18:00" }, "2026-12-02", "2026-12-02 02:00")).toBe("last night");
  });
  it("names a start after 4 am by its day", () => {
    expect(startsWhen({ date: "2026-12-03", time: "09:00" }, "2026-12-02")).toBe("tomorrow");
  });
});

describe("daysOnSomeClock", () => {
  it("gives the days a start falls on somewhere in the world, each clock's day starting at 4 am", () => {
    expect(daysOnSomeClock({ date: "2026-12-18", time: "08:00", tz: "America/Los_Angeles" })).toEqual(["2026-12-18", "2026-12-19"]);
    expect(daysOnSomeClock({ date: "2026-12-02", time: "10:00", tz: "Asia/Tokyo" })).toEqual(["2026-12-01", "2026-12-02"]);
    // 23:00 in London is the next day from New Zealand eastward.
    expect(daysOnSomeClock({ date: "2026-12-02", time: "23:00", tz: "Europe/London" })).toEqual(["2026-12-02", "2026-12-03"]);
    expect(daysOnSomeClock({ date: "2026-12-02", tz: "Europe/London" })).toEqual(["2026-12-02"]);
  });
});
