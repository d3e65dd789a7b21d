// Driving a practice session in a pseudo-terminal, step by step, for the e2e tests.
import { keys, type Terminal } from "./cli.js";

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
