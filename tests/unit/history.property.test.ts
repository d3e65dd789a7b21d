// history.jsonl is appended to by a program that can be killed mid-write, and edited by hand.
// Whatever the file holds, readHistoryFile returns; every line appendHistory wrote is read back
// exactly; every broken line is reported once, at its own line number.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readHistoryFile } from "../helpers/history-file.js";
import { appendHistory, type HistoryEntry } from "../../src/practice/history.js";

const dir = mkdtempSync(join(tmpdir(), "ic-history-prop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;
const freshFile = () => join(dir, `h${fileCount++}`, "history.jsonl");

const userText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("line\nbreak", "cr\r\nlf", "\u2028", "\u0000", '"}', "\\", '{"type":"end"}\n{"type":"start"}', "x".repeat(5000)),
);
const id = fc.string({ minLength: 1, maxLength: 12 });
const at = fc.constantFrom("2026-11-22T14:05:00-05:00", "2026-11-22T19:05:00.000Z");
const entryArb: fc.Arbitrary<HistoryEntry> = fc.oneof(
  fc.record({ type: fc.constant("start" as const), session: id, deck: id, deckTitle: userText, program: userText, plan: fc.array(id, { maxLength: 4 }), at }, { requiredKeys: ["type", "session", "deck", "deckTitle", "plan", "at"] }),
  fc.record(
    {
      type: fc.constant("answer" as const),
      session: id,
      deck: id,
      question: id,
      rating: fc.integer({ min: 1, max: 5 }),
      seconds: fc.integer({ min: 0, max: 36_000 }).map((t) => t / 10),
      limit: fc.integer({ min: 1, max: 3600 }),
      takes: fc.integer({ min: 1, max: 9 }),
      answer: userText,
      mode: fc.constantFrom("typed" as const, "aloud" as const),
      covered: fc.nat(5),
      points: fc.nat(5),
      nextTime: userText,
      category: userText,
      at,
    },
    { requiredKeys: ["type", "session", "deck", "question", "rating", "seconds", "limit", "takes", "answer", "mode", "covered", "points", "at"] },
  ),
  fc.record({ type: fc.constant("end" as const), session: id, note: userText, interrupted: fc.boolean(), at }, { requiredKeys: ["type", "session", "at"] }),
);

/** What can happen to the file between two reads. */
type Step =
  | { kind: "append"; entry: HistoryEntry }
  | { kind: "garbage"; text: string } // a hand edit: not JSON
  | { kind: "not-entry"; json: string } // JSON, but not a history entry
  | { kind: "blank"; text: string } // blank lines are nothing, not corrupt
  | { kind: "torn"; entry: HistoryEntry; cut: number }; // killed mid-write: a prefix of the bytes, no newline
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: entryArb.map((entry) => ({ kind: "append" as const, entry })), weight: 5 },
  // No quote or brace: glued onto a torn line, garbage must not complete it into valid JSON.
  { arbitrary: fc.string({ maxLength: 20 }).map((text) => ({ kind: "garbage" as const, text: `x${text.replace(/[\n"}]/g, "")}` })), weight: 1 },
  {
    arbitrary: fc
      .constantFrom(
        "42", "null", '"answer"', "[]", '[{"type":"answer"}]', "{}", '{"type":"other"}', '{"type":"ANSWER"}', '{"type":null}', "true",
        // The right type, the wrong fields: taken as entries, these crashed the recovery of unfinished sessions.
        '{"type":"answer"}', '{"type":"start","session":"zz","deck":"residency","plan":"x","at":"2026-11-22T09:00:00Z"}',
        '{"type":"answer","session":"zz","deck":"residency","question":"a","rating":3,"seconds":"5","limit":60,"takes":1,"answer":5,"mode":"typed","covered":0,"points":0,"at":"2026-11-22T09:01:00Z"}',
        '{"type":"end","session":7,"at":"2026-11-22T09:02:00Z"}',
      )
      .map((json) => ({ kind: "not-entry" as const, json })),
    weight: 1,
  },
  { arbitrary: fc.constantFrom("", " ", "\t", "\r", "  \r").map((text) => ({ kind: "blank" as const, text })), weight: 1 },
  { arbitrary: fc.tuple(entryArb, fc.nat()).map(([entry, cut]) => ({ kind: "torn" as const, entry, cut })), weight: 1 },
);

describe("history.jsonl (property)", () => {
  it("any file content: readHistoryFile returns entries and numbered corrupt lines, never throws", () => {
    const content = fc.oneof(
      fc.string({ unit: "binary", maxLength: 400 }),
      fc.array(fc.oneof(fc.constantFrom("{", "}", '"type":', '"answer"', '"start"', '"end"', ",", ":", "\n", "\r\n", "null", "[", "]", "\\", '"', "\u2028", "\uFEFF"), fc.string({ maxLength: 5 })), { maxLength: 60 }).map((p) => p.join("")),
      fc.uint8Array({ maxLength: 300 }),
    );
    fc.assert(
      fc.property(content, (data) => {
        const file = join(dir, "any.jsonl");
        writeFileSync(file, data);
        const text = typeof data === "string" ? data : Buffer.from(data).toString("utf8");
        const lines = text.split("\n").length;
        const { entries, corrupt } = readHistoryFile(file);
        for (const entry of entries) expect(["start", "answer", "end"]).toContain(entry.type);
        const numbers = corrupt.map((c) => c.line);
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        for (const bad of corrupt) {
          expect(bad.line).toBeGreaterThanOrEqual(1);
          expect(bad.line).toBeLessThanOrEqual(lines);
          expect(bad.message).toMatch(/^(not valid JSON|not a history entry|truncated line \(the last write did not finish\))$/);
        }
        // Each non-blank line is either an entry or reported: nothing vanishes silently.
        expect(entries.length + corrupt.length).toBe(text.split("\n").filter((l) => l.trim()).length);
      }),
      { numRuns: 800 },
    );
  });

  it("every entry appendHistory wrote is read back, in order, whatever happened between the writes", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
        const file = freshFile();
        mkdirSync(dirname(file), { recursive: true });
        const written: HistoryEntry[] = [];
        const broken: { line: number; message: string }[] = [];
        let line = 0; // lines complete so far
        let openLine: "torn" | undefined; // the file ends inside this line
        for (const s of steps) {
          if (s.kind === "append") {
            // appendHistory ends a torn line first: the torn bytes become a line of their own.
            if (openLine) broken.push({ line: ++line, message: "not valid JSON" });
            openLine = undefined;
            appendHistory(file, s.entry);
            written.push(s.entry);
            line++;
            continue;
          }
          // Hand edits and torn writes go straight to the file, as an editor or a crash would.
          if (openLine) {
            // Text written after a torn line continues that line: one corrupt line.
            appendFileSync(file, s.kind === "torn" ? "" : s.kind === "garbage" ? s.text : s.kind === "not-entry" ? s.json : s.text);
            if (s.kind === "torn") continue;
            appendFileSync(file, "\n");
            broken.push({ line: ++line, message: "not valid JSON" });
            openLine = undefined;
            continue;
          }
          if (s.kind === "torn") {
            const bytes = Buffer.from(JSON.stringify(s.entry), "utf8");
            appendFileSync(file, bytes.subarray(0, 1 + (s.cut % (bytes.length - 1))));
            openLine = "torn";
            continue;
          }
          appendFileSync(file, `${s.kind === "not-entry" ? s.json : s.text}\n`);
          line++;
          if (s.kind === "garbage") broken.push({ line, message: "not valid JSON" });
          if (s.kind === "not-entry") broken.push({ line, message: "not a history entry" });
        }
        if (openLine) broken.push({ line: line + 1, message: "truncated line (the last write did not finish)" });

        const { entries, corrupt } = readHistoryFile(file);
        expect(entries).toEqual(written);
        expect(corrupt).toEqual(broken);
      }),
      { numRuns: 400 },
    );
  });
});
