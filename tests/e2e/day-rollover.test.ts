// A day starts at 4 am local time wherever days are counted (streaks, "today", what is due),
// so practice just after midnight counts for the evening before. The binary runs in New York
// (TZ for the spawned process), across midnight and across both DST changes of 2026.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, run, sandbox, type Sandbox } from "../helpers/cli.js";

const CONTENT = ["--content", join(FIXTURES, "history", "content")];
let box: Sandbox | undefined;

/** One rated answer to q-fit at `at` (an ISO time with its offset). */
const answer = (at: string, rating = 3) =>
  JSON.stringify({ type: "answer", session: "s", deck: "stats-demo", question: "q-fit", rating, seconds: 30, limit: 60, takes: 1, answer: "x", mode: "typed", covered: 0, points: 0, at });

/** `stats --json` in New York at `now`, over a history of answers rated `rating` at `times`. */
function statsAt(now: string, times: string[], rating = 3) {
  box = sandbox({ TZ: "America/New_York", INTERVIEW_COACH_NOW: now });
  mkdirSync(box.home, { recursive: true });
  writeFileSync(join(box.home, "history.jsonl"), times.map((t) => answer(t, rating)).join("\n") + "\n");
  const result = run(["stats", "stats-demo", "--json", ...CONTENT], { env: box.env });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { streak: number; decks: { lastPractised: string; dueToday: number }[] };
}

describe("the day rolls over at 4 am local time", () => {
  it("counts 23:40, 00:20 the night after next and 23:50 as three days in a row at 00:30", () => {
    // 27 Nov 23:40, 29 Nov 00:20 (still the 28th's evening), 29 Nov 23:50; asked on 30 Nov at 00:30 (still the 29th).
    const stats = statsAt("2026-11-30T00:30:00-05:00", ["2026-11-27T23:40:00-05:00", "2026-11-29T00:20:00-05:00", "2026-11-29T23:50:00-05:00"]);
    expect(stats.streak).toBe(3);
    expect(stats.decks[0]!.lastPractised).toBe("2026-11-29");
  });

  it("starts the next day at 4 am, not before", () => {
    expect(statsAt("2026-11-30T03:59:00-05:00", ["2026-11-28T12:00:00-05:00"]).streak).toBe(1); // still the 29th: yesterday counts
    expect(statsAt("2026-11-30T04:00:00-05:00", ["2026-11-28T12:00:00-05:00"]).streak).toBe(0); // the 30th: two days ago
  });

  it("keeps the 4 am line on the local clock when summer time starts (8 Mar) and ends (1 Nov)", () => {
    // 04:30 EDT on 8 Mar is 08:30 UTC: four hours earlier is still 7 Mar on the UTC-5 clock, but it is 8 Mar in New York.
    const spring = statsAt("2026-03-08T12:00:00-04:00", ["2026-03-07T10:00:00-05:00", "2026-03-08T04:30:00-04:00"]);
    expect([spring.streak, spring.decks[0]!.lastPractised]).toEqual([2, "2026-03-08"]);
    // 1 Nov: 01:30 happens twice; 03:59 EST is still 31 Oct, 04:00 EST is 1 Nov.
    const autumn = statsAt("2026-11-01T12:00:00-05:00", ["2026-10-30T20:00:00-04:00", "2026-11-01T03:59:00-05:00"]);
    expect([autumn.streak, autumn.decks[0]!.lastPractised]).toEqual([2, "2026-10-31"]);
  });

  it("counts a question due at 02:00 tomorrow as due this evening", () => {
    // Rated 1 at 02:00 on the 29th: due 02:00 on the 30th, which still belongs to the 29th.
    expect(statsAt("2026-11-29T20:00:00-05:00", ["2026-11-29T02:00:00-05:00"], 1).decks[0]!.dueToday).toBe(1);
  });
});
