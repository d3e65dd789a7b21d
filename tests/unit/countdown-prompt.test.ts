// The answer countdown as a user sees it, under fake timers and an injected clock.
import { render } from "@inquirer/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clockFace, countdownPrompt } from "../../src/ui/countdown-prompt.js";

// Colour made visible as tags, so "yellow in the last quarter" can be asserted on plain text.
const style = {
  clock: (t: string) => `<clock>${t}</clock>`,
  warning: (t: string) => `<yellow>${t}</yellow>`,
  overtime: (t: string) => `<red>${t}</red>`,
  help: (t: string) => t,
  label: (t: string) => t,
};
const now = () => Date.now();

async function start(config: { limitSeconds: number; hard?: boolean; mode?: "typed" | "aloud" }) {
  return render(countdownPrompt, { message: "Answer", now, style, ...config });
}

/** Moves the clock on and lets the prompt redraw. */
async function wait(seconds: number) {
  await vi.advanceTimersByTimeAsync(seconds * 1000);
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("countdown prompt", () => {
  it("shows the full limit at the start and counts down", async () => {
    const { getScreen, events, answer } = await start({ limitSeconds: 90 });
    expect(getScreen()).toContain("Answer [<clock>1:30</clock>]");
    await wait(1);
    expect(getScreen()).toContain("[<clock>1:29</clock>]");
    await wait(29);
    expect(getScreen()).toContain("[<clock>1:00</clock>]");
    events.type("My path into medicine");
    events.keypress("enter");
    await expect(answer).resolves.toMatchObject({ seconds: 30, timedOut: false });
  });

  it("turns yellow in the last quarter of the time", async () => {
    const { getScreen, events, answer } = await start({ limitSeconds: 60 });
    await wait(44);
    expect(getScreen()).toContain("[<clock>0:16</clock>]");
    await wait(1);
    expect(getScreen()).toContain("[<yellow>0:15</yellow>]");
    events.type("done");
    events.keypress("enter");
    await answer;
  });

  it("counts overtime on in red in soft mode and records the real time used", async () => {
    const { getScreen, events, answer } = await start({ limitSeconds: 30 });
    events.type("I led the handover");
    await wait(42.34);
    expect(getScreen()).toContain("[<red>+0:12</red>] I led the handover");
    expect(getScreen()).toContain("overtime counts on");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ text: "I led the handover", seconds: 42.3, timedOut: false });
  });

  it("submits by itself at zero with a hard limit, keeping what was typed", async () => {
    const { events, answer } = await start({ limitSeconds: 20, hard: true });
    events.type("Situation: night shift");
    let settled = false;
    void answer.then(() => (settled = true));
    await wait(19.5);
    expect(settled).toBe(false);
    await wait(1);
    await expect(answer).resolves.toEqual({ text: "Situation: night shift", seconds: 20, timedOut: true });
  });

  it("Enter submits the typed text with the time used to a tenth of a second", async () => {
    const { events, answer, getScreen } = await start({ limitSeconds: 120 });
    events.type("  Because of a patient on my rotation  ");
    await wait(7.26);
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ text: "Because of a patient on my rotation", seconds: 7.3, timedOut: false });
    expect(getScreen()).toContain("0:07 of 2:00");
  });

  it("keeps pasted text with line breaks as one answer instead of submitting at the first break", async () => {
    const { events, answer, getScreen } = await start({ limitSeconds: 120 });
    // A paste: every key, line breaks included, arrives in the same turn of the event loop.
    events.type("Situation: night shift.");
    events.keypress("enter");
    events.type("Action: I called the senior.");
    await wait(1);
    expect(getScreen()).toContain("Action: I called the senior.");
    events.keypress("enter");
    await expect(answer).resolves.toMatchObject({ text: "Situation: night shift.\nAction: I called the senior." });
  });

  it("Enter on an empty answer or on spaces asks again, with the time running on", async () => {
    const { events, answer, getScreen } = await start({ limitSeconds: 60 });
    let settled = false;
    void answer.then(() => (settled = true));
    events.keypress("enter");
    await wait(1);
    expect(getScreen()).toContain("Nothing typed yet: type your answer, or press Esc to skip this question.");
    events.type("   ");
    events.keypress("enter");
    await wait(1);
    expect(settled).toBe(false);
    events.type("Teamwork on nights");
    expect(getScreen()).not.toContain("Nothing typed yet");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ text: "Teamwork on nights", seconds: 2, timedOut: false });
  });

  it("Esc skips the question, keeping what was typed, and says so", async () => {
    const { events, answer, getScreen } = await start({ limitSeconds: 60 });
    expect(getScreen()).toContain("Esc to skip this question.");
    events.type("Half a thought");
    await wait(4);
    events.keypress("escape");
    await expect(answer).resolves.toEqual({ text: "Half a thought", seconds: 4, timedOut: false, skipped: true });
    expect(getScreen()).toContain("skipped after 0:04");
  });

  it("a hard limit reached with nothing typed skips the question", async () => {
    const { answer } = await start({ limitSeconds: 5, hard: true });
    await wait(6);
    await expect(answer).resolves.toEqual({ text: "", seconds: 5, timedOut: true, skipped: true });
  });

  it("in aloud mode shows no text field and Enter ends the answer", async () => {
    const { events, answer, getScreen } = await start({ limitSeconds: 60, mode: "aloud" });
    expect(getScreen()).toContain("Speak your answer now");
    events.type("abc");
    await wait(3);
    expect(getScreen()).not.toContain("abc");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ text: "", seconds: 3, timedOut: false });
  });
});

describe("clock face", () => {
  it.each([
    [0, 90, "1:30", "normal"],
    [0.4, 90, "1:30", "normal"],
    [1, 90, "1:29", "normal"],
    [67.5, 90, "0:23", "warning"],
    [89.9, 90, "0:01", "warning"],
    [90, 90, "0:00", "over"],
    [102.7, 90, "+0:12", "over"],
    [190, 90, "+1:40", "over"],
  ] as const)("after %s s of %s s shows %s (%s)", (elapsed, limit, text, phase) => {
    expect(clockFace(elapsed, limit)).toEqual({ text, phase });
  });
});
