// The history index is a cache: whatever happens to history.jsonl (appends, crashes mid-write,
// hand edits, a restored backup), reading through it gives exactly what reading the whole file
// gives. And it is really used: only appended bytes are parsed again.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { inTimeOrder, toRecord, type AnswerRecord } from "../../src/practice/answer-record.js";
import { readHistory, type AnswerEntry } from "../../src/practice/history.js";
import { historyIndexPath, readAnswers } from "../../src/practice/history-index.js";
import { replayAnswers, schedulesFrom, schedulesOf } from "../../src/practice/schedule.js";

const dir = mkdtempSync(join(tmpdir(), "ic-index-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  n++;
  return { history: join(dir, `h${n}.jsonl`), index: join(dir, "cache", `i${n}.json`) };
};

const answer = (i: number, extra: Partial<AnswerEntry> = {}): AnswerEntry => ({
  type: "answer", session: `s${i % 3}`, deck: i % 2 ? "residency" : "networking", question: `q${i % 7}`, rating: 1 + (i % 5),
  seconds: 10 + i, limit: 60, takes: 1, answer: `answer ${i} "quoted" ünïcode`, mode: "typed", covered: i % 3, points: 2,
  ...(i % 4 === 0 ? { star: { situation: true, task: i % 8 === 0, action: true, result: false } } : {}),
  at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(), ...extra,
});
const line = (i: number) => `${JSON.stringify(answer(i))}\n`;

const NOW = new Date(Date.UTC(2026, 11, 1));

/** Reading through the index gives what a full read gives; and its replay, if it has one, is the one a full replay gives. */
function expectSameAsFullRead(history: string, index: string): void {
  const { answers, corrupt, replays } = readAnswers(history, index);
  const full = fullRead(history);
  expect({ answers, corrupt }).toEqual(full);
  const expected = schedulesFrom(inTimeOrder([...full.answers]), NOW);
  if (replays) expect(schedulesOf(replays, NOW)).toEqual(expected);
  // What practice reads: the schedule only, from the cards when the index has them.
  const scheduleOnly = readAnswers(history, index, { answers: false });
  expect(scheduleOnly.corrupt).toEqual(full.corrupt);
  expect(schedulesOf(scheduleOnly.replays ?? replayAnswers(inTimeOrder([...scheduleOnly.answers!])), NOW)).toEqual(expected);
}

/** The index file's two parts (header, answer records), to look at or to tamper with. */
function loadIndex(index: string): { header: Record<string, unknown> & { cards?: number[] }; body: { strings: string[]; answers: number[] } } {
  const [header, body] = readFileSync(index, "utf8").split("\n");
  return { header: JSON.parse(header!), body: JSON.parse(body!) };
}
function saveIndex(index: string, { header, body }: ReturnType<typeof loadIndex>): void {
  writeFileSync(index, `${JSON.stringify(header)}\n${JSON.stringify(body)}\n`);
}

/** What a full read of the file gives, in the index's terms. */
function fullRead(path: string): { answers: AnswerRecord[]; corrupt: { line: number; message: string }[] } {
  const { entries, corrupt } = readHistory(path);
  return { answers: entries.map(toRecord).filter((r): r is AnswerRecord => r !== undefined), corrupt };
}

describe("readAnswers through the index", () => {
  it("keeps a review dated before 1970 (a year typed as 1026) through later updates of the index", () => {
    // Found by the property below: such a date is negative in epoch ms, and the index once read
    // every negative last-review time as "never reviewed", so FSRS was handed an invalid date.
    const { history, index } = fresh();
    writeFileSync(history, `${JSON.stringify(answer(34, { question: "q6", rating: 5, at: "1026-11-01T00:34:00.000Z" }))}\n`);
    expectSameAsFullRead(history, index);
    appendFileSync(history, `${JSON.stringify(answer(100, { question: "q6", rating: 1 }))}\n`);
    expectSameAsFullRead(history, index);
    appendFileSync(history, line(101));
    expectSameAsFullRead(history, index);
  });

  it("gives the same as a full read, first from scratch and then from the index", () => {
    const { history, index } = fresh();
    writeFileSync(history, [line(1), "{broken\n", line(2), line(3)].join(""));
    expectSameAsFullRead(history, index);
    expectSameAsFullRead(history, index);
    expect(loadIndex(index).header).toMatchObject({ offset: readFileSync(history).length, lines: 4 });
  });

  it("parses only what was appended since the last read", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(1) + line(2));
    readAnswers(history, index);
    // Change what the index holds for line 1 (the history itself is untouched): a re-read
    // that used the index shows the change; one that parsed everything again would not.
    const stored = loadIndex(index);
    stored.body.answers[4] = 5;
    saveIndex(index, stored);
    appendFileSync(history, line(3) + "not json\n");
    const read = readAnswers(history, index);
    expect(read.answers!.map((a) => a.rating)).toEqual([5, 3, 4]);
    expect(read.corrupt).toEqual([{ line: 4, message: "not valid JSON" }]);
  });

  it("trusts an unchanged, settled history without reading it again", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(1) + line(2));
    const past = new Date(Date.now() - 60_000);
    utimesSync(history, past, past);
    readAnswers(history, index);
    const stored = loadIndex(index);
    expect(stored.header.stamp).not.toBe("");
    stored.body.answers[4] = 5; // line 1 rated 2 in the history; the index now says 5
    stored.header.cards![3] = Date.UTC(2030, 0, 1); // and its card is due in 2030
    saveIndex(index, stored);
    expect(readAnswers(history, index).answers!.map((a) => a.rating)).toEqual([5, 3]);
    // practice asks for the schedule only: the cards, without the answer records.
    const scheduleOnly = readAnswers(history, index, { answers: false });
    expect(scheduleOnly.answers).toBeUndefined();
    expect(schedulesOf(scheduleOnly.replays!, NOW).get("residency")!.get("q1")!.due).toEqual(new Date(Date.UTC(2030, 0, 1)));
  });

  it("replays a torn last line of an unchanged history for the schedule too", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(1) + line(3) + line(5).trimEnd());
    const past = new Date(Date.now() - 60_000);
    utimesSync(history, past, past);
    readAnswers(history, index);
    const scheduleOnly = readAnswers(history, index, { answers: false });
    expect(scheduleOnly.answers).toBeUndefined();
    const full = fullRead(history);
    expect(schedulesOf(scheduleOnly.replays!, NOW)).toEqual(schedulesFrom(full.answers, NOW));
    expect(scheduleOnly.corrupt).toEqual([]);
  });

  it("does not trust the file times of a history changed just now (same size, same time stamp)", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(1) + line(2));
    const now = new Date(Math.floor(Date.now() / 1000) * 1000); // whole seconds: set back exactly below
    utimesSync(history, now, now);
    readAnswers(history, index);
    writeFileSync(history, readFileSync(history, "utf8").replace('"rating":2', '"rating":4'));
    utimesSync(history, now, now); // an edit within the same clock tick looks just like this
    expect(statSync(history, { bigint: true }).mtimeNs).toBe(BigInt(now.getTime()) * 1_000_000n);
    expect(readAnswers(history, index).answers!.map((a) => a.rating)).toEqual([4, 3]);
  });

  it("carries the FSRS replay over, and replays only the new answers", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(1) + line(3));
    expect(readAnswers(history, index).replays).toBeDefined();
    const stored = loadIndex(index);
    expect(stored.header.cards).toHaveLength(2 * 17);
    stored.header.cards![3] = Date.UTC(2030, 0, 1); // the first card's due time
    saveIndex(index, stored);
    appendFileSync(history, line(5));
    const schedules = schedulesOf(readAnswers(history, index).replays!, NOW);
    expect(schedules.get("residency")!.get("q1")!.due).toEqual(new Date(Date.UTC(2030, 0, 1)));
    expect(schedules.get("residency")!.get("q5")!.reps).toBe(1);
  });

  it("replays nothing itself when answers are out of time order (the caller sorts them first)", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(3) + line(1));
    expect(readAnswers(history, index).replays).toBeUndefined();
    expect(loadIndex(index).header.cards).toBeUndefined();
  });

  it("reads everything again when the history was edited, replaced or shortened", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(1) + line(2) + line(3));
    readAnswers(history, index);
    writeFileSync(history, readFileSync(history, "utf8").replace('"rating":3', '"rating":1')); // same length
    expectSameAsFullRead(history, index);
    writeFileSync(history, line(4));
    expectSameAsFullRead(history, index);
  });

  it("shrugs off a broken or unwritable index", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(1) + line(2));
    mkdirSync(join(dir, "cache"), { recursive: true });
    writeFileSync(join(dir, "cache", "blocker"), "a file where a folder should be");
    expectSameAsFullRead(history, join(dir, "cache", "blocker", "index.json"));
    readAnswers(history, index);
    writeFileSync(index, '{"version":2,"offset":');
    expectSameAsFullRead(history, index);
    const stored = readFileSync(index, "utf8");
    writeFileSync(index, stored.slice(0, stored.indexOf("\n") + 20)); // answer records cut short
    expectSameAsFullRead(history, index);
  });

  it("has nothing to say about a history that does not exist yet", () => {
    const { history, index } = fresh();
    expect(readAnswers(history, index)).toEqual({ answers: [], corrupt: [], open: [] });
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
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.boolean(), (ops, aged) => {
        const { history, index } = fresh();
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
          expectSameAsFullRead(history, index);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("historyIndexPath", () => {
  it("gives each history file its own index in the cache folder", () => {
    const a = historyIndexPath("/cache", "/home/a/history.jsonl");
    expect(a).toMatch(/^\/cache\/history-[0-9a-f]{16}\.json$/);
    expect(historyIndexPath("/cache", "/home/b/history.jsonl")).not.toBe(a);
  });
});
