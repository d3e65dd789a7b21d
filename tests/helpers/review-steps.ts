// Driving the review form in a pseudo-terminal, prompt by prompt, for the e2e tests.
import { join } from "node:path";
import { expect } from "vitest";
import { FIXTURES, keys, run, type Sandbox, type Terminal } from "./cli.js";

export const WAIT = { timeout: 15_000 };

/** Waits for `prompt` after everything answered so far, then types `text` and Enter. */
export function form(term: Terminal) {
  let from = 0;
  return async (prompt: string, text = "") => {
    await term.waitFor(prompt, { ...WAIT, from });
    from = term.output().length;
    term.write(text + keys.enter);
  };
}

/** A review of Lakeside as `review --answers` saves it; returns its path. */
export function lakeside(box: Sandbox): string {
  const result = run(["review", "Lakeside", "--answers", join(FIXTURES, "reviews", "answers", "lakeside.yaml")], { env: box.env });
  expect(result.code, result.stderr).toBe(0);
  return join(box.home, "reviews", "lakeside.md");
}

/** Goes through the edit form of Lakeside, Enter everywhere except a new culture score or gut. */
export async function editForm(term: Terminal, change: { culture?: string; gut?: string }) {
  const answer = form(term);
  await answer("? Interview date (YYYY-MM-DD) (2026-11-20)");
  await answer("? Kind of interview");
  await answer("? Specialty");
  await answer("? People you met (untick anyone to remove)");
  await answer("? Edit someone's name, role or topic?");
  await answer("? Name (empty when done)");
  await answer("? Training");
  await answer("? Resident culture and wellness (1-5) (4)", change.culture ? `${keys.backspace}${change.culture}` : "");
  for (const criterion of ["Faculty", "Location", "Schedule", "Career outcomes"]) await answer(`? ${criterion}`);
  for (let i = 0; i < 3; i++) await answer("? Deal-breaker:");
  await answer("? Another deal-breaker that applies");
  await answer("? Red flags noted before");
  await answer("? A red flag (empty when done)");
  await answer("? Gut feeling: could this be home? (1-5) (4)", change.gut ? `${keys.backspace}${change.gut}` : "");
  await answer("? Still unknown from before");
  await answer("? Something still unknown");
  await answer("? Add to your notes (empty to keep them as they are)");
  expect((await term.exited).exitCode).toBe(0);
}

