// The `stories add` form, on stderr. Each answer is copied into `answered` as it is typed, so
// an interrupted form can still be saved with everything typed so far, the open part too.
import { competencyLabel } from "../content/competencies.js";
import type { StoryAnswers } from "../stories/story-schema.js";
import { paint } from "./color.js";
import { say } from "./output.js";
import { ask } from "./prompts.js";
import { wrapForTerminal } from "./wrap.js";

export interface StoryFormOptions {
  title: string;
  /** Competency ids to offer, in list order. */
  competencies: readonly string[];
  signal: AbortSignal;
  /** A story stopped part-way, taken up again: its answers are the defaults (Enter keeps one). */
  earlier?: Partial<StoryAnswers>;
}

/** What each part holds, in the words of interview guides' STAR advice. */
const PROMPTS = [
  ["situation", "Situation: where and when, and what was going on"],
  ["task", "Task: what you had to do, or the problem that was yours"],
  ["action", "Action: what you did, step by step (say I, not we)"],
  ["result", "Result: what came of it, with a number if you have one"],
  ["learned", "What you learned, or would do differently"],
] as const;

export async function storyForm(options: StoryFormOptions, answered: Partial<StoryAnswers>): Promise<void> {
  const context = { signal: options.signal };
  const { earlier } = options;
  // Typing over an earlier part replaces it; Tab is how to add to it, and no one guesses that.
  const enter = earlier ? "Enter keeps what you wrote before, Tab puts it in the line to add to it" : "Enter leaves a part empty";
  say(paint.dim(wrapForTerminal(`${options.title}: one real experience in STAR form. A few sentences each; ${enter}.`)));
  // Copied as typed, before Enter too: a form stopped mid-part keeps the half-typed part (or,
  // with nothing typed in it yet, what was written before).
  const typing = (field: "situation" | "task" | "action" | "result" | "learned" | "where") => ({
    ...(earlier?.[field] ? { default: earlier[field] } : {}),
    onText: (text: string) => (answered[field] = text.trim() || earlier?.[field] || ""),
  });
  for (const [field, message] of PROMPTS) answered[field] = (await ask.text({ message, ...typing(field) }, context)).trim();
  // Ticks on screen are kept like typed text: each one is in `answered` as it is made.
  answered.competencies = await ask.ticks<string>(
    {
      message: "Competencies it shows (space to tick, Enter when done)",
      choices: options.competencies.map((id) => ({ name: `${competencyLabel(id)} (${id})`, value: id, checked: earlier?.competencies?.includes(id) ?? false })),
      required: true,
      pageSize: 12,
      onChange: (ticked) => (answered.competencies = ticked),
    },
    context,
  );
  answered.where = (await ask.text({ message: "Where it happened (a rotation, a job; Enter to skip)", ...typing("where") }, context)).trim();
}
