// Think time: counts down on a monotonic clock, Enter skips it, and every way of stopping
// becomes the error the practice command saves on.
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { thinkTime } from "../../src/ui/think-time.js";

function fakeInput() {
  const input = new PassThrough() as unknown as NodeJS.ReadStream & PassThrough;
  return Object.assign(input, { isTTY: false });
}
const press = (input: NodeJS.ReadStream, key: { name: string; ctrl?: boolean }) => input.emit("keypress", undefined, key);

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("think time", () => {
  it("ends by itself when the time is up, by the clock rather than by ticks", async () => {
    const input = fakeInput();
    let settled = false;
    const done = thinkTime({ seconds: 20, input, now: () => Date.now() }).then((r) => ((settled = true), r));
    await vi.advanceTimersByTimeAsync(19_500);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    await expect(done).resolves.toBe("done");
    expect(input.listenerCount("keypress")).toBe(0);
  });

  it("Enter skips the rest", async () => {
    const input = fakeInput();
    const done = thinkTime({ seconds: 20, input, now: () => Date.now() });
    await vi.advanceTimersByTimeAsync(2_000);
    press(input, { name: "return" });
    await expect(done).resolves.toBe("skipped");
  });

  it.each([
    ["Ctrl-C", { name: "c", ctrl: true }, "ExitPromptError"],
    ["Ctrl-D", { name: "d", ctrl: true }, "AbortPromptError"],
  ])("%s stops it with %s", async (_, key, name) => {
    const input = fakeInput();
    const done = thinkTime({ seconds: 20, input, now: () => Date.now() });
    press(input, key);
    await expect(done).rejects.toMatchObject({ name });
  });

  it("a signal (SIGTERM, SIGHUP) stops it", async () => {
    const input = fakeInput();
    const controller = new AbortController();
    const done = thinkTime({ seconds: 20, input, signal: controller.signal, now: () => Date.now() });
    controller.abort("SIGTERM");
    await expect(done).rejects.toMatchObject({ name: "AbortPromptError" });
  });

  it("the end of input stops it", async () => {
    const input = fakeInput();
    const done = thinkTime({ seconds: 20, input, now: () => Date.now() });
    input.emit("end");
    await expect(done).rejects.toMatchObject({ name: "AbortPromptError" });
  });
});
