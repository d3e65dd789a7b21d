// Driving the review form in a pseudo-terminal, prompt by prompt, for the e2e tests.
import { join } from "node:path";
import { expect } from "vitest";
import { FIXTURES, keys, run, type Sandbox, type Terminal } from "./cli.js";

export const WAIT = { timeout: 15_000 };

/** The form's score prompts for a residency review, in order (each shown as "? <name> ..."). */
export const RESIDENCY_CRITERIA = ["Training", "Resident culture", "Faculty", "Location", "Schedule", "Career outcomes"];
/** The form's y/N deal-breaker prompts for a residency review, in order. */
export const RESIDENCY_DEAL_BREAKERS = ["? Deal-breaker: No visa sponsorship", "? Deal-breaker: A location", "? Deal-breaker: Accreditation"];

/**
 * Waits for `prompt` after everything answered so far, types `text` and Enter, and waits until the
 * prompt shows as answered ("✔ ..."). A list asks the same question again ("? A red flag (empty
 * when done)" twice in a row): without that last wait, the first prompt redrawn with the typed
 * text would pass for the second, and the next Enter would go out before the second was asked.
 * `answer.from()` is where the next prompt is looked for: just after this one's "✔", as the next
 * prompt is often drawn in the same write.
 */
export function form(term: Terminal) {
  let from = 0;
  const answer = async (prompt: string, text = "") => {
    await term.waitFor(prompt, { ...WAIT, from });
    const typedAt = term.output().length;
    term.write(text + keys.enter);
    // The first "✔" after the keys is this prompt's: no other prompt is open to be answered.
    await term.waitFor("✔ ", { ...WAIT, from: typedAt });
    from = term.output().indexOf("✔ ", typedAt);
  };
  return Object.assign(answer, { from: () => from });
}

/** A review of Lakeside as `review --answers` saves it; returns its path. */
export function lakeside(box: Sandbox): string {
  const result = run(["review", "Lakeside", "--answers", join(FIXTURES, "reviews", "answers", "lakeside.yaml")], { env: box.env });
  expect(result.code, result.stderr).toBe(0);
  return join(box.home, "reviews", "lakeside.md");
}

/** The prompts of the edit form of Lakeside (as `lakeside` saves it), in order. */
const EDIT_PROMPTS = [
  "? Interview date (YYYY-MM-DD) (2026-11-20)",
  "? Kind of interview",
  "? Specialty",
  "? People you met (untick anyone to remove)",
  "? Edit someone's name, role or topic?",
  "? Name (empty when done)",
  "? Training",
  "? Resident culture and wellness (1-5) (4)",
  "? Faculty",
  "? Location",
  "? Schedule",
  "? Career outcomes",
  "? Deal-breaker:",
  "? Deal-breaker:",
  "? Deal-breaker:",
  "? Another deal-breaker that applies",
  "? Red flags noted before",
  "? A red flag (empty when done)",
  "? Gut feeling: could this be home? (1-5) (4)",
  "? Still unknown from before",
  "? Something still unknown",
  "? Add to your notes (empty to keep them as they are)",
];

/**
 * Goes through the edit form of Lakeside, Enter everywhere except a new culture score or gut,
 * and waits for it to exit; with `stopAt`, only up to that prompt, which it waits for and leaves open.
 */
export async function editForm(term: Terminal, change: { culture?: string; gut?: string }, stopAt?: string) {
  const answer = form(term);
  for (const prompt of EDIT_PROMPTS) {
    if (stopAt && prompt.startsWith(stopAt)) {
      await term.waitFor(prompt, { ...WAIT, from: answer.from() });
      return;
    }
    // Builds from before the people editor (run to show a test fails there) go straight to names.
    if (prompt.startsWith("? Edit someone's")) {
      await term.waitFor(/\? Edit someone's|\? Name \(empty when done\)/, { ...WAIT, from: answer.from() });
      if (!/\? Edit someone's/.test(term.output().slice(answer.from()))) continue;
    }
    const text = prompt.startsWith("? Resident culture") ? change.culture : prompt.startsWith("? Gut feeling") ? change.gut : undefined;
    await answer(prompt, text ? `${keys.backspace}${text}` : "");
  }
  expect((await term.exited).exitCode).toBe(0);
}
