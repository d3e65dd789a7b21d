// Driving a practice session in a pseudo-terminal, step by step, for the e2e tests.
import { expect } from "vitest";
import { keys, terminal, type Terminal } from "./cli.js";

/** Waits for `pattern` in what the terminal printed after `mark()`. */
export function stepper(t: Terminal) {
  let from = 0;
  return {
    mark: () => (from = t.output().length),
    until: (pattern: RegExp | string) => t.waitFor(pattern, { from, timeout: 15_000 }),
  };
}

/** Answers the question on screen: type, then keep the take, rate it and give a next-time line. */
export async function answerQuestion(t: Terminal, step: ReturnType<typeof stepper>, text: string, options: { down?: number; nextTime?: string } = {}) {
  step.mark();
  t.write(text);
  await step.until(text.slice(-12));
  await keepAndRate(t, step, options);
}

/**
 * With the answer typed: Enter, keep the take, rate it (`down` steps from the default 3) and
 * answer "Next time I will" with `nextTime` (empty: Enter).
 */
export async function keepAndRate(t: Terminal, step: ReturnType<typeof stepper>, { down = 0, nextTime = "" } = {}) {
  await keepTake(t, step);
  step.mark();
  t.write(keys.down.repeat(down) + keys.enter);
  await step.until("Next time I will");
  step.mark();
  t.write(`${nextTime}${keys.enter}`);
}

/** With the answer typed: Enter and keep the take; resolves when the rating menu is on screen. */
export async function keepTake(t: Terminal, step: ReturnType<typeof stepper>) {
  step.mark();
  t.write(keys.enter);
  await step.until("Keep this take?");
  step.mark();
  t.write(keys.enter);
  await step.until("Rate your answer");
}

/**
 * Runs practice again after a kill -9: waits for each line of `offer` and the offer to save the
 * killed session, takes it, and stops with Ctrl-C once `stopAt` (the first question) shows.
 * Resolves with the saved note's path.
 */
export async function saveKilledSession(args: string[], env: NodeJS.ProcessEnv, { offer = [], stopAt = "Tell me about yourself." }: { offer?: string[]; stopAt?: string } = {}): Promise<string> {
  const second = terminal(args, { env });
  const next = stepper(second);
  for (const line of offer) await next.until(line);
  await next.until("Save it as a note now?");
  next.mark();
  second.write(keys.enter);
  await next.until(/Saved the unfinished session to (\S+\.md)/);
  const saved = second.output().match(/Saved the unfinished session to (\S+\.md)/)![1]!;
  await next.until(stopAt);
  second.write(keys.ctrlC);
  expect((await second.exited).exitCode).toBe(130);
  return saved;
}
