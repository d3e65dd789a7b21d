// What commands need from history.jsonl is cached (io/file-cache.ts, history-digest.ts):
// whatever happens to the history (appends, crashes mid-write, hand edits, a restored backup,
// a clock that is off), reading through the cache gives exactly what reading the whole file
// gives. And the cache is really used: only appended lines are parsed again.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readHistoryFile } from "../helpers/history-file.js";
import { inTimeOrder, toRecord, type AnswerRecord } from "../../src/practice/answer-record.js";
import type { AnswerEntry } from "../../src/practice/history.js";
import { storyUses } from "../../src/stories/usage.js";
import { answersInTimeOrder, replaysOf, type HistoryDigest } from "../../src/practice/history-digest.js";
import { digestFile, readDigest } from "../../src/practice/history-load.js";
import { schedulesFrom, schedulesOf } from "../../src/practice/schedule.js";

const dir = mkdtempSync(join(tmpdir(), "ic-history-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  n++;
  return { history: join(dir, `h${n}.jsonl`), cache: join(dir, `cache${n}`) };
};

const answer = (i: number, extra: Partial<AnswerEntry> = {}): AnswerEntry => ({
  type: "answer", session: `s${i % 3}`, deck: i % 2 ? "residency" : "networking", question: `q${i % 7}`, rating: 1 + (i % 5),
  seconds: 10 + i, limit: 60, takes: 1, answer: `answer ${i} "quoted" ünïcode`, mode: "typed", covered: i % 3, points: 2,
  ...(i % 4 === 0 ? { star: { situation: true, task: i % 8 === 0, action: true, result: false }, ...(i % 3 ? { story: `story-${i % 3}` } : {}) } : {}),
  at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(), ...extra,
});
const line = (i: number) => `${JSON.stringify(answer(i))}\n`;
const start = (session: string) => `${JSON.stringify({ type: "start", session, deck: "residency", deckTitle: "Residency", plan: ["q1"], at: "2026-11-01T00:00:00Z" })}\n`;

const NOW = new Date(Date.UTC(2026, 11, 1));
const HOUR_AGO = new Date(Date.now() - 3_600_000);
const ratings = (digest: HistoryDigest) => [...answersInTimeOrder(digest.answers!)].map((a) => a.rating);

/** What a full read of the file gives: its answer records in time order, and its broken lines. */
function fullRead(path: string): { answers: AnswerRecord[]; corrupt: { line: number; message: string }[] } {
  const { entries, corrupt } = readHistoryFile(path);
  return { answers: inTimeOrder(entries.map(toRecord).filter((r): r is AnswerRecord => r !== undefined)), corrupt };
}

/** Both digests read through the cache give what a full read gives, and the open sessions a digest built from nothing gives. */
function expectSameAsFullRead(history: string, cache: string): void {
  const full = fullRead(history);
  const expected = schedulesFrom(full.answers, NOW);
  const scratch = readDigest(history, join(dir, `scratch-${n}-${Math.random()}`), true);
  const digest = readDigest(history, cache, true);
  expect([...answersInTimeOrder(digest.answers!)]).toEqual(full.answers);
  expect(digest.corrupt).toEqual(full.corrupt);
  expect(digest.open).toEqual(scratch.open);
  expect(schedulesOf(replaysOf(digest.cards!), NOW)).toEqual(expected);
  // What practice reads: the digest without answers, whose cards (while it has them) are the same.
  const schedule = readDigest(history, cache, false);
  expect(schedule.answers).toBeUndefined();
  expect(schedule.corrupt).toEqual(full.corrupt);
  expect(schedule.open).toEqual(scratch.open);
  // The stories told, which the story bank shows, from the digest either way.
  const told = Object.fromEntries(storyUses(full.answers));
  expect(digest.stories).toEqual(told);
  expect(schedule.stories).toEqual(told);
  if (schedule.cards) expect(schedulesOf(replaysOf(schedule.cards), NOW)).toEqual(expected);
}

type StoredDigest = { entries: Record<string, { stamp: string; hash: string; value: HistoryDigest; log: { offset: number; lines: number } }> };
/** The cache file of a history's digest, to look at or to tamper with. */
function loadCache(cache: string, history: string, withAnswers = true): StoredDigest {
  return JSON.parse(readFileSync(digestFile(cache, history, withAnswers), "utf8"));
}
function saveCache(cache: string, history: string, stored: StoredDigest, withAnswers = true): void {
  writeFileSync(digestFile(cache, history, withAnswers), JSON.stringify(stored));
}

describe("the history read through the cache", () => {
  it("gives the same as a full read, first from scratch and then from the cache, which holds whole lines only", () => {
    const { history, cache } = fresh();
    writeFileSync(history, [line(1), "{broken\n", line(2), line(3), line(4).slice(0, 30)].join(""));
    expectSameAsFullRead(history, cache);
    expectSameAsFullRead(history, cache);
    const { entries } = loadCache(cache, history);
    expect(entries[history]!.log).toEqual({ offset: readFileSync(history).length - 30, lines: 4 });
    expect(entries[history]!.value.corrupt).toEqual([{ line: 2, message: "not valid JSON" }]);
    expect(readDigest(history, cache, true).corrupt).toEqual([
      { line: 2, message: "not valid JSON" },
      { line: 5, message: "truncated line (the last write did not finish)" },
    ]);
  });

  it("keeps a review dated before 1970 (a year typed as 1026) through later appends", () => {
    // Such a date is negative in epoch ms; once read as "never reviewed", FSRS was handed an invalid date.
    const { history, cache } = fresh();
    writeFileSync(history, `${JSON.stringify(answer(34, { question: "q6", rating: 5, at: "1026-11-01T00:34:00.000Z" }))}\n`);
    expectSameAsFullRead(history, cache);
    appendFileSync(history, `${JSON.stringify(answer(100, { question: "q6", rating: 1 }))}\n`);
    expectSameAsFullRead(history, cache);
    appendFileSync(history, line(101));
    expectSameAsFullRead(history, cache);
  });

  it("parses only what was appended since the last read", () => {
    const { history, cache } = fresh();
    writeFileSync(history, line(1) + line(2));
    readDigest(history, cache, true);
    // Change what the cache holds for line 1 (the history itself is untouched): a re-read that
    // used the cache shows the change; one that parsed everything again would not.
    const stored = loadCache(cache, history);
    stored.entries[history]!.value.answers!.rating[0] = 5;
    saveCache(cache, history, stored);
    appendFileSync(history, line(3) + "not json\n");
    const read = readDigest(history, cache, true);
    expect(ratings(read)).toEqual([5, 3, 4]);
    expect(read.corrupt).toEqual([{ line: 4, message: "not valid JSON" }]);
  });

  it("trusts an unchanged, settled history without reading it again", () => {
    const { history, cache } = fresh();
    writeFileSync(history, line(1) + line(2));
    utimesSync(history, HOUR_AGO, HOUR_AGO);
    for (const withAnswers of [true, false]) {
      readDigest(history, cache, withAnswers);
      const stored = loadCache(cache, history, withAnswers);
      expect(stored.entries[history]!.stamp).not.toBe("");
      const digest = stored.entries[history]!.value;
      if (digest.answers) digest.answers.rating[0] = 5; // line 1 rated 2 in the history; the cache now says 5
      digest.cards!.find((c) => c.question === "q1")!.card.due = Date.UTC(2030, 0, 1); // and its card is due in 2030
      saveCache(cache, history, stored, withAnswers);
    }
    expect(ratings(readDigest(history, cache, true))).toEqual([5, 3]);
    const { cards } = readDigest(history, cache, false);
    expect(schedulesOf(replaysOf(cards!), NOW).get("residency")!.get("q1")!.due).toEqual(new Date(Date.UTC(2030, 0, 1)));
  });

  it("adds a torn last line of an unchanged history every time, without caching it", () => {
    const { history, cache } = fresh();
    writeFileSync(history, line(1) + line(3) + line(5).trimEnd());
    utimesSync(history, HOUR_AGO, HOUR_AGO);
    readDigest(history, cache, false);
    const schedule = readDigest(history, cache, false);
    expect(schedulesOf(replaysOf(schedule.cards!), NOW)).toEqual(schedulesFrom(fullRead(history).answers, NOW));
    expect(schedule.corrupt).toEqual([]);
    expect(loadCache(cache, history, false).entries[history]!.value.lastTime).toBe(Date.parse(answer(3).at));
  });

  it("carries the FSRS cards over, and replays only the new answers", () => {
    const { history, cache } = fresh();
    writeFileSync(history, line(1) + line(3));
    readDigest(history, cache, true);
    const stored = loadCache(cache, history);
    expect(stored.entries[history]!.value.cards!.map((c) => c.question)).toEqual(["q1", "q3"]);
    stored.entries[history]!.value.cards![0]!.card.due = Date.UTC(2030, 0, 1);
    saveCache(cache, history, stored);
    appendFileSync(history, line(5));
    const schedules = schedulesOf(replaysOf(readDigest(history, cache, true).cards!), NOW);
    expect(schedules.get("residency")!.get("q1")!.due).toEqual(new Date(Date.UTC(2030, 0, 1)));
    expect(schedules.get("residency")!.get("q5")!.reps).toBe(1);
  });

  it("replays every answer again in time order once one comes out of order; practice's digest then has no cards", () => {
    const { history, cache } = fresh();
    writeFileSync(history, line(3));
    readDigest(history, cache, false);
    appendFileSync(history, line(1)); // earlier than line 3: another session's answer, or a clock set back
    expect(readDigest(history, cache, false).cards).toBeNull();
    expectSameAsFullRead(history, cache);
    appendFileSync(history, line(5));
    expectSameAsFullRead(history, cache);
  });

  it("keeps the lines of sessions that started and did not end", () => {
    const { history, cache } = fresh();
    writeFileSync(history, start("a") + start("b") + line(1));
    readDigest(history, cache, false);
    appendFileSync(history, `${JSON.stringify({ type: "end", session: "a", at: "2026-11-01T00:05:00Z" })}\n`);
    expect(readDigest(history, cache, false).open.map((entry) => `${entry.type} ${entry.session}`)).toEqual(["start b"]);
  });

  it.each([
    ["edited in place (same length)", (history: string) => writeFileSync(history, readFileSync(history, "utf8").replace('"rating":3', '"rating":1'))],
    ["truncated", (history: string) => truncateSync(history, line(1).length + 10)],
    ["replaced by another file with the same length and time", (history: string) => {
      const other = `${history}.new`;
      writeFileSync(other, line(4) + line(5) + line(6));
      utimesSync(other, HOUR_AGO, HOUR_AGO);
      renameSync(other, history);
    }],
  ])("reads everything again when the history was %s", (_how, change) => {
    const { history, cache } = fresh();
    writeFileSync(history, line(1) + line(2) + line(3));
    utimesSync(history, HOUR_AGO, HOUR_AGO);
    expectSameAsFullRead(history, cache);
    change(history);
    expectSameAsFullRead(history, cache);
  });

  it.each([
    ["changed within the same second it was read", () => new Date(Math.floor(Date.now() / 1000) * 1000)],
    ["dated in the future by a clock that is off", () => new Date(Math.floor(Date.now() / 1000) * 1000 + 86_400_000)],
  ])("notices a history %s, even with the same length, time and inode", (_how, when) => {
    const { history, cache } = fresh();
    writeFileSync(history, line(1) + line(2));
    const time = when(); // whole seconds: set back exactly below
    utimesSync(history, time, time);
    readDigest(history, cache, true);
    writeFileSync(history, readFileSync(history, "utf8").replace('"rating":2', '"rating":4'));
    utimesSync(history, time, time); // an edit within the same clock tick looks just like this
    expect(statSync(history, { bigint: true }).mtimeNs).toBe(BigInt(time.getTime()) * 1_000_000n);
    expect(ratings(readDigest(history, cache, true))).toEqual([4, 3]);
  });

  it("shrugs off a broken or unwritable cache", () => {
    const { history, cache } = fresh();
    writeFileSync(history, line(1) + line(2));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "blocker"), "a file where a folder should be");
    expectSameAsFullRead(history, join(dir, "blocker", "cache"));
    readDigest(history, cache, true);
    const file = digestFile(cache, history, true);
    const stored = readFileSync(file, "utf8");
    writeFileSync(file, stored.slice(0, stored.length / 2)); // cut short
    expectSameAsFullRead(history, cache);
    writeFileSync(file, '{"version":4,"entries":{}}');
    expectSameAsFullRead(history, cache);
  });

  it("has nothing to say about a history that does not exist yet", () => {
    const { history, cache } = fresh();
    expect(readDigest(history, cache, true)).toEqual({ answers: { strings: [], deck: [], question: [], session: [], rating: [], time: [], seconds: [], limit: [], covered: [], points: [], star: [], story: [] }, corrupt: [], open: [], lastTime: null, cards: [], stories: {} });
    expect(readDigest(history, cache, false)).toEqual({ corrupt: [], open: [], lastTime: null, cards: [], stories: {} });
  });

  it("agrees with a full read after any sequence of appends, crashes mid-write and edits", () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("append" as const) }),
      fc.record({ kind: fc.constant("append-old" as const), i: fc.nat(50) }),
      fc.record({ kind: fc.constant("garbage" as const), text: fc.string({ maxLength: 12 }).map((t) => t.replace(/\n/g, "")) }),
      fc.record({ kind: fc.constant("torn" as const), i: fc.nat(50), cut: fc.integer({ min: 1, max: 60 }) }),
      fc.record({ kind: fc.constant("unterminated" as const), i: fc.nat(150) }),
      fc.record({ kind: fc.constant("edit" as const), at: fc.nat(), byte: fc.constantFrom("1", "9", "x", "\n", "}") }),
      fc.record({ kind: fc.constant("read" as const) }),
    );
    // `aged`: every change lands at a later time stamp, well in the past, as when sessions are
    // minutes apart: then an unchanged history is trusted from its stamp without being read.
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 20 }), fc.boolean(), (ops, aged) => {
        const { history, cache } = fresh();
        writeFileSync(history, "");
        let next = 100; // appends in time order, as sessions make them; "append-old" goes back in time
        let clock = Date.now() - 3_600_000;
        for (const o of ops) {
          if (o.kind === "append") appendFileSync(history, line(next++));
          else if (o.kind === "append-old") appendFileSync(history, line(o.i));
          else if (o.kind === "garbage") appendFileSync(history, `${o.text}\n`);
          else if (o.kind === "torn") appendFileSync(history, line(o.i).slice(0, o.cut));
          else if (o.kind === "unterminated") appendFileSync(history, line(o.i).trimEnd()); // whole, but no newline yet
          else if (o.kind === "edit") {
            const bytes = readFileSync(history);
            if (bytes.length) {
              bytes.write(o.byte, o.at % bytes.length);
              writeFileSync(history, bytes);
            }
          }
          if (aged && o.kind !== "read") {
            clock += 1000;
            utimesSync(history, new Date(clock), new Date(clock));
          }
          expectSameAsFullRead(history, cache);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe("digestFile", () => {
  it("gives each history file its own cache files, one per digest", () => {
    const a = digestFile("/cache", "/home/a/history.jsonl", true);
    expect(a).toMatch(/^\/cache\/history-[0-9a-f]{16}\.json$/);
    expect(digestFile("/cache", "/home/a/history.jsonl", false)).toMatch(/^\/cache\/schedule-[0-9a-f]{16}\.json$/);
    expect(digestFile("/cache", "/home/b/history.jsonl", true)).not.toBe(a);
  });
});
