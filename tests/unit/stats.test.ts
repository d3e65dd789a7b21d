// `stats` numbers over a fixture history (tests/fixtures/history/basic.jsonl: three sessions
// of the stats-demo deck on 19, 21 and 22 Nov, an answer to a question since removed, and one
// for a deck that no longer exists). Every number here was worked out by hand from that file.
// The fixture's times are mid-morning UTC, so its days are the same local days in any zone
// from UTC-9 to UTC+13.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readHistoryFile } from "../helpers/history-file.js";
import { loadContentFile } from "../../src/content/load.js";
import type { Deck } from "../../src/content/types.js";
import { answerRecords } from "../../src/practice/answer-record.js";
import { computeStats, streak } from "../../src/practice/stats.js";
import { FIXTURES } from "../helpers/cli.js";

const DIR = join(FIXTURES, "history");
const loaded = loadContentFile(join(DIR, "content", "decks", "stats-demo.yaml"), "stats-demo.yaml");
if (!loaded.ok || loaded.content.kind !== "deck") throw new Error("fixture deck does not load");
const deck: Deck = loaded.content;
const answers = answerRecords(readHistoryFile(join(DIR, "basic.jsonl")).entries);
const now = new Date("2026-11-22T12:00:00Z");

describe("computeStats over the fixture history", () => {
  const stats = computeStats({ answers, decks: [deck], now });
  const demo = stats.decks[0]!;

  it("counts sessions, questions practised of total, and answers (a removed question's answer is left out)", () => {
    expect(stats.decks).toHaveLength(1);
    expect(demo).toMatchObject({ deck: "stats-demo", title: "Stats demo", sessions: 3, practised: 5, total: 6, answers: 8, lastPractised: "2026-11-22" });
  });

  it("averages ratings overall and per category, weakest category first", () => {
    expect(demo.average).toBe(3.13); // (2+1+4 + 3+2+5 + 3+5) / 8 = 3.125
    expect(demo.categories).toEqual([
      { category: "motivation", answers: 2, average: 2.5 },
      { category: "behavioural", answers: 4, average: 2.75 },
      { category: "fit", answers: 1, average: 4 },
      { category: "questions", answers: 1, average: 5 },
    ]);
  });

  it("gives the per-session trend, oldest first", () => {
    expect(demo.trend).toEqual([2.33, 3.33, 4]);
  });

  it("measures time, STAR parts and points covered", () => {
    expect(demo.withinTime).toEqual({ share: 0.75, count: 6, of: 8 }); // 75 s and 62 s of 60 s are over; 60 s is within
    expect(demo.star).toEqual({ share: 0.688, count: 11, of: 16, answers: 4 }); // 1 + 3 + 3 + 4 parts of 4 answers
    expect(demo.coverage).toEqual({ share: 0.538, count: 7, of: 13 }); // questions without points do not count
  });

  it("counts due questions today and in the next 7 days, and new ones", () => {
    // Whole days: nothing is due today. Next 7 days: q-conflict (3 today: 26th), q-fit (4 on the
    // 19th: 27th), q-why (3 on the 21st: 28th), q-mistake (5 on the 21st: 29th); q-ask (5 today) is due on the 30th, 8 days on.
    expect(demo).toMatchObject({ dueToday: 0, dueNextWeek: 4, newQuestions: 1 });
  });

  it("lists the weakest questions by recent ratings, then by lowest recall", () => {
    expect(demo.weakest.map((w) => [w.id, w.recentRatings, w.recentAverage])).toEqual([
      ["q-conflict", [1, 2, 3], 2],
      ["q-why", [2, 3], 2.5],
      ["q-fit", [4], 4],
    ]);
    // q-mistake and q-ask, rated 5 each time, have nothing left to work on: not among the weakest.
    expect(demo.weakest[0]).toMatchObject({ text: "Tell me about a conflict in a team.", category: "behavioural", state: "review", due: "2026-11-26T10:02:00.000Z" });
  });

  it("counts the days in a row (21 and 22 Nov; the 20th has no practice) and names decks it cannot show", () => {
    expect(demo.streak).toBe(2);
    expect(stats.streak).toBe(2);
    expect(stats.unknownDecks).toEqual(["gone-deck"]);
    expect(stats.since).toBeNull();
  });
});

describe("computeStats --since", () => {
  it("narrows practice to the days from `since`, but due, weakest and streak still count everything", () => {
    const all = computeStats({ answers, decks: [deck], now }).decks[0]!;
    const since = computeStats({ answers, decks: [deck], now, since: new Date(2026, 10, 21) });
    const demo = since.decks[0]!;
    expect(since.since).toBe("2026-11-21");
    expect(demo).toMatchObject({ sessions: 2, practised: 4, answers: 5, average: 3.6, trend: [3.33, 4] });
    expect(demo.withinTime).toEqual({ share: 0.8, count: 4, of: 5 });
    expect(demo.star).toEqual({ share: 0.833, count: 10, of: 12, answers: 3 });
    expect(demo.coverage).toEqual({ share: 0.667, count: 6, of: 9 });
    expect([demo.dueToday, demo.dueNextWeek, demo.weakest, demo.streak]).toEqual([all.dueToday, all.dueNextWeek, all.weakest, all.streak]);
  });

  it("shows a practised deck with empty numbers when nothing is that recent", () => {
    const demo = computeStats({ answers, decks: [deck], now, since: new Date(2026, 10, 23) }).decks[0]!;
    expect(demo).toMatchObject({ sessions: 0, answers: 0, practised: 0, average: null, trend: [], withinTime: null, star: null, coverage: null, dueNextWeek: 4 });
  });
});

describe("computeStats edge cases", () => {
  it("has nothing to show without history", () => {
    expect(computeStats({ answers: [], decks: [deck], now })).toEqual({ generated: now.toISOString(), since: null, streak: 0, decks: [], unknownDecks: [] });
  });
});

describe("streak", () => {
  const day = (d: number) => `2026-11-${String(d).padStart(2, "0")}`;
  it.each([
    ["today and the two days before", [20, 21, 22], 3],
    ["up to yesterday (today not practised yet)", [19, 20, 21], 3],
    ["a gap yesterday and today", [18, 19, 20], 0],
    ["today only", [22], 1],
    ["nothing", [], 0],
  ])("%s", (_, days, expected) => {
    expect(streak(new Set(days.map(day)), new Date(2026, 10, 22, 12))).toBe(expected);
  });
});
