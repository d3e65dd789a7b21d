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

/** Answers the question on screen: type, Enter, keep the take, rate, next-time line. */
export async function answerQuestion(t: Terminal, step: ReturnType<typeof stepper>, text: string, { down = 0, nextTime = "" } = {}) {
  step.mark();
  t.write(text);
  await step.until(text.slice(-12));
  t.write(keys.enter);
  await step.until("Keep this take?");
  step.mark();
  t.write(keys.enter);
  await step.until("Rate your answer");
  step.mark();
  t.write(keys.down.repeat(down) + keys.enter);
  await step.until("Next time I will");
  step.mark();
  t.write(`${nextTime}${keys.enter}`);
}
