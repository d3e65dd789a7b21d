// The record of what is being typed in practice: on disk within a second of a keystroke (at
// once for the first one and for a new line), gone once saved, and read back by recovery as an
// answer not rated, with the "next time" lines history does not keep.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { describeUnfinished, hasWork, recoverSession, type Unfinished } from "../../src/practice/recovery.js";
import { loadLanguage } from "../../src/practice/language.js";
import { readTyping, TypingRecorder, typingFile } from "../../src/practice/typing-record.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ic-typing-"));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const answer = (text: string) => ({ questionId: "q1", text: "Why this specialty?", answer: text });
const onDisk = (path: string) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined);

describe("TypingRecorder", () => {
  it("writes the first keystroke at once, then at most once a second, the last keystrokes a second later", () => {
    vi.useFakeTimers();
    let clock = 0;
    const path = typingFile(dir, "20261124T180000Z-42-abc");
    const recorder = new TypingRecorder(path, 1000, () => clock);
    recorder.update({ answer: answer("I") });
    expect(onDisk(path).answer.answer).toBe("I");
    clock = 300;
    recorder.update({ answer: answer("I lo") });
    clock = 600;
    recorder.update({ answer: answer("I love") });
    expect(onDisk(path).answer.answer).toBe("I");
    clock = 1000;
    vi.advanceTimersByTime(700);
    expect(onDisk(path).answer.answer).toBe("I love");
    clock = 1100;
    recorder.update({ answer: answer("I love it\nSecond line") });
    expect(onDisk(path).answer.answer).toBe("I love it\nSecond line");
  });

  it("writes at once when asked (an answer just rated leaves the record), and clear removes the file", () => {
    let clock = 0;
    const path = typingFile(dir, "s-1-a");
    const recorder = new TypingRecorder(path, 1000, () => clock);
    recorder.update({ answer: answer("kept") });
    clock = 10;
    recorder.update({ nextTimes: { q1: "Slow down" } }, { now: true });
    expect(onDisk(path)).toEqual({ nextTimes: { q1: "Slow down" } });
    recorder.clear();
    expect(existsSync(path)).toBe(false);
  });

  it("a record edited into something else counts as none; a wrong part is left out", () => {
    const path = typingFile(dir, "s-1-a");
    writeFileSync(path, "not json");
    expect(readTyping(path)).toBeUndefined();
    writeFileSync(path, JSON.stringify({ answer: { questionId: 1 }, nextTimes: { q1: "ok" } }));
    expect(readTyping(path)).toEqual({ nextTimes: { q1: "ok" } });
  });
});

describe("recovering a killed session with what was being typed", () => {
  const start = { type: "start" as const, session: "s-1-a", deck: "residency", deckTitle: "Residency", plan: ["q0", "q1"], at: "2026-11-22T10:00:00.000Z" };
  const rated = { type: "answer" as const, session: "s-1-a", deck: "residency", question: "q0", rating: 4, seconds: 10, limit: 90, takes: 1, answer: "rated one", mode: "typed" as const, covered: 0, points: 0, at: "2026-11-22T10:01:00.000Z" };

  it("the typed answer comes back not rated, and the rated answer gets its next-time line", async () => {
    await loadLanguage();
    const unfinished: Unfinished = { start, answers: [rated], typing: { answer: answer("half an answer"), nextTimes: { q0: "Name the outcome" } } };
    const session = recoverSession(unfinished, undefined);
    expect(session.unrated).toEqual([answer("half an answer")]);
    expect(session.answers.map((a) => [a.answer, a.nextTime])).toEqual([["rated one", "Name the outcome"]]);
    expect(describeUnfinished(unfinished)).toMatch(/: 1 of 2 answered, and one being typed \(not rated\)$/);
  });

  it("takes set aside for a retake come back before the one being typed, and the offer counts them", async () => {
    await loadLanguage();
    const setAside = [
      { ...answer("first whole take"), stage: "retaken" as const },
      { ...answer("second whole take"), stage: "retaken" as const },
    ];
    const unfinished: Unfinished = { start, answers: [rated], typing: { answer: answer("third, half"), setAside } };
    expect(recoverSession(unfinished, undefined).unrated).toEqual([...setAside, answer("third, half")]);
    expect(describeUnfinished(unfinished)).toMatch(/: 1 of 2 answered, 2 takes set aside for a retake and one being typed \(not rated\)$/);
    const aside = { start, answers: [], typing: { setAside: setAside.slice(0, 1) } };
    expect(describeUnfinished(aside)).toMatch(/: 0 of 2 answered, and one take set aside for a retake \(not rated\)$/);
    expect(hasWork(aside)).toBe(true);
  });

  it("a record keeps the takes set aside, each checked: one edited into something else is left out", () => {
    const path = typingFile(dir, "s-1-a");
    const recorder = new TypingRecorder(path, 1000, () => 0);
    const take = { ...answer("a whole take"), stage: "retaken" as const };
    recorder.update({ setAside: [take] }, { now: true });
    expect(readTyping(path)).toEqual({ setAside: [take] });
    writeFileSync(path, JSON.stringify({ setAside: [take, { questionId: "q2", answer: 3 }] }));
    expect(readTyping(path)).toEqual({ setAside: [take] });
  });

  it("a session killed before its first rating is worth offering only when something was typed", () => {
    expect(hasWork({ start, answers: [] })).toBe(false);
    expect(hasWork({ start, answers: [], typing: { answer: answer("   ") } })).toBe(false);
    expect(hasWork({ start, answers: [], typing: { answer: answer("My first words") } })).toBe(true);
  });
});
