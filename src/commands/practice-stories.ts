// The story bank in a practice session: on a STAR question, one line with the titles of the
// stories that fit, and after the answer a one-key "which story did you tell?" that history
// records. Off with --no-stories or `practice: { stories: false }` in config.yaml.
import { existsSync } from "node:fs";
import type { CommandContext } from "../context.js";
import { displayPath } from "../io/library.js";
import { cacheDir } from "../io/paths.js";
import { competencyIds, competencyLabel } from "../content/competencies.js";
import type { Question } from "../content/types.js";
import { formatIssue } from "../io/errors.js";
import { libraryPaths } from "../io/library.js";
import { storiesTold } from "../practice/history-load.js";
import { storiesFor } from "../stories/check.js";
import type { Story } from "../stories/story.js";
import { paint } from "../ui/color.js";
import { say } from "../ui/output.js";
import { pickStory, STORY_KEYS } from "../ui/story-pick.js";
import { wrapForTerminal } from "../ui/wrap.js";

const ADD_COMMAND = "interview-coach stories add";
const NO_BREAK = "\u00a0";

export interface StoryCoach {
  /** Before think time on a STAR question: the stories that fit, on one line. */
  hint(question: Question): void;
  /** After the answer to a STAR question: the slug of the story told, or undefined. */
  pick(question: Question, context: { signal?: AbortSignal }): Promise<string | undefined>;
}

/** Undefined when turned off or the bank is empty: then practice looks as it always did. */
export async function storyCoach(ctx: CommandContext, enabled: boolean): Promise<StoryCoach | undefined> {
  const paths = libraryPaths(ctx.settings.home.value);
  // The story reader brings yaml and zod: loaded only for a library that has a story bank.
  if (!enabled || !existsSync(paths.stories)) return undefined;
  const known = competencyIds(ctx.settings.config.competencies);
  const { loadStories } = await import("../stories/load-stories.js");
  const { stories, issues } = await loadStories(paths.stories, known, { label: displayPath });
  for (const issue of issues) say(`warning: story skipped: ${formatIssue(issue)}`);
  if (!stories.length) return undefined;
  const uses = storiesTold(paths.history, cacheDir(), () => {});
  const fitting = (q: Question) => storiesFor(q.competencies ?? [], stories, uses);
  return {
    hint(question) {
      if (question.format !== "star") return;
      const fits = fitting(question);
      const width = Math.max(40, (process.stderr.columns ?? 100) - 1);
      if (fits.length) {
        // Every title is shown, none cut: the line wraps between titles, each kept whole by
        // no-break spaces while it is wrapped (a title wider than the terminal breaks anyway).
        const titles = fits.map((s) => s.title.replace(/ /g, NO_BREAK)).join(" · ");
        say(paint.cyan(wrapForTerminal(`Stories that fit: ${titles}`).replaceAll(NO_BREAK, " ")));
      } else if (question.competencies?.length) {
        // The command is never cut: when the line does not fit, the command gets a line of its
        // own (whole, to copy) and the words before it wrap between words.
        const gap = `No story yet for ${question.competencies.map(competencyLabel).join(", ").toLowerCase()}:`;
        const line = `${gap} ${ADD_COMMAND}`;
        say(paint.cyan(line.length <= width ? line : `${wrapForTerminal(gap)}\n  ${ADD_COMMAND}`));
      }
    },
    async pick(question, context) {
      if (question.format !== "star") return undefined;
      const fits = fitting(question);
      // Fitting stories get the first keys; the rest follow, as any story can be bent to a question.
      const offered: Story[] = [...fits, ...stories.filter((s) => !fits.includes(s))].slice(0, STORY_KEYS.length);
      const index = await pickStory(offered.map((s) => s.title), context);
      return index === undefined ? undefined : offered[index]!.slug;
    },
  };
}
