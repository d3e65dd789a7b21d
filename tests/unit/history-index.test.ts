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
import { schedulesFrom, schedulesOf } from "../../src/practice/schedule.js";

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
  if (replays) expect(schedulesOf(replays, NOW)).toEqual(schedulesFrom(inTimeOrder([...full.answers]), NOW));
}

/** What a full read of the file gives, in the index's terms. */
function fullRead(path: string): { answers: AnswerRecord[]; corrupt: { line: number; message: string }[] } {
  const { entries, corrupt } = readHistory(path);
  return { answers: entries.map(toRecord).filter((r): r is AnswerRecord => r !== undefined), corrupt };
}

describe("readAnswers through the index", () => {
  it("gives the same as a full read, first from scratch and then from the index", () => {
    const { history, index } = fresh();
    writeFileSync(history, [line(1), "{broken\n", line(2), line(3)].join(""));
    expectSameAsFullRead(history, index);
    expectSameAsFullRead(history, index);
    expect(JSON.parse(readFileSync(index, "utf8"))).toMatchObject({ offset: readFileSync(history).length, lines: 4 });
  });

  it("parses only what was appended since the last read", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(1) + line(2));
    readAnswers(history, index);
    // Change what the index holds for line 1 (the history itself is untouched): a re-read
    // that used the index shows the change; one that parsed everything again would not.
    const stored = JSON.parse(readFileSync(index, "utf8"));
    stored.answers[4] = 5;
    writeFileSync(index, JSON.stringify(stored));
    appendFileSync(history, line(3) + "not json\n");
    const read = readAnswers(history, index);
    expect(read.answers.map((a) => a.rating)).toEqual([5, 3, 4]);
    expect(read.corrupt).toEqual([{ line: 4, message: "not valid JSON" }]);
  });

  it("trusts an unchanged, settled history without reading it again", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(1) + line(2));
    const past = new Date(Date.now() - 60_000);
    utimesSync(history, past, past);
    readAnswers(history, index);
    const stored = JSON.parse(readFileSync(index, "utf8"));
    expect(stored.stamp).not.toBe("");
    stored.answers[4] = 5; // line 1 rated 2 in the history; the index now says 5
    writeFileSync(index, JSON.stringify(stored));
    expect(readAnswers(history, index).answers.map((a) => a.rating)).toEqual([5, 3]);
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
    expect(readAnswers(history, index).answers.map((a) => a.rating)).toEqual([4, 3]);
  });

  it("carries the FSRS replay over, and replays only the new answers", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(1) + line(3));
    expect(readAnswers(history, index).replays).toBeDefined();
    const stored = JSON.parse(readFileSync(index, "utf8"));
    expect(stored.cards).toHaveLength(2 * 17);
    stored.cards[3] = Date.UTC(2030, 0, 1); // the first card's due time
    writeFileSync(index, JSON.stringify(stored));
    appendFileSync(history, line(5));
    const schedules = schedulesOf(readAnswers(history, index).replays!, NOW);
    expect(schedules.get("residency")!.get("q1")!.due).toEqual(new Date(Date.UTC(2030, 0, 1)));
    expect(schedules.get("residency")!.get("q5")!.reps).toBe(1);
  });

  it("replays nothing itself when answers are out of time order (the caller sorts them first)", () => {
    const { history, index } = fresh();
    writeFileSync(history, line(3) + line(1));
    expect(readAnswers(history, index).replays).toBeUndefined();
    expect(JSON.parse(readFileSync(index, "utf8")).cards).toBeUndefined();
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
    writeFileSync(index, '{"version":1,"offset":');
    expectSameAsFullRead(history, index);
  });

  it("has nothing to say about a history that does not exist yet", () => {
    const { history, index } = fresh();
    expect(readAnswers(history, index)).toEqual({ answers: [], corrupt: [] });
  });

  it("agrees with a full read after any sequence of appends, crashes mid-write and edits", () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("append" as const) }),
      fc.record({ kind: fc.constant("append-old" as const), i: fc.nat(50) }),
      fc.record({ kind: fc.constant("garbage" as const), text: fc.string({ maxLength: 12 }).map((t) => t.replace(/\n/g, "")) }),
      fc.record({ kind: fc.constant("torn" as const), i: fc.nat(50), cut: fc.integer({ min: 1, max: 60 }) }),
      fc.record({ kind: fc.constant("edit" as const), at: fc.nat(), byte: fc.constantFrom("1", "9", "x", "\n", "}") }),
      fc.record({ kind: fc.constant("read" as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const { history, index } = fresh();
        writeFileSync(history, "");
        let next = 100; // appends in time order, as sessions make them; "append-old" goes back in time
        for (const o of ops) {
          if (o.kind === "append") appendFileSync(history, line(next++));
          else if (o.kind === "append-old") appendFileSync(history, line(o.i));
          else if (o.kind === "garbage") appendFileSync(history, `${o.text}\n`);
          else if (o.kind === "torn") appendFileSync(history, line(o.i).slice(0, o.cut));
          else if (o.kind === "edit") {
            const bytes = readFileSync(history);
            if (bytes.length) {
              bytes.write(o.byte, o.at % bytes.length);
              writeFileSync(history, bytes);
            }
          }
          expectSameAsFullRead(history, index);
        }
      }),
      { numRuns: 150 },
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
