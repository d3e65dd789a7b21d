// `interview-coach completion bash|zsh|fish` prints the script; the hidden
// `interview-coach __complete INDEX WORDS...` answers it, one candidate a line.
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Command } from "commander";
import { complete, type CompletionSource } from "../completion/complete.js";
import { completionScripts, type Shell } from "../completion/scripts.js";
import type { CommandContext } from "../context.js";
import { DEFAULT_PROGRAM } from "../checklists/progress.js";
import { amongPrograms } from "../interviews/find.js";
import { libraryPaths } from "../io/library.js";
import { writeDocument } from "../ui/output.js";
import { loadProgressNotes } from "../checklists/progress-note.js";
import { startedInterviews, startsOnYourClock } from "./season-files.js";
import { interviewDay } from "../interviews/your-clock.js";
import { loadCatalog, type Catalog } from "../content/catalog.js";
import { packagePath } from "../io/package-root.js";
import { competencyIds } from "../content/competencies.js";

export async function run(shell: Shell): Promise<void> {
  writeDocument(completionScripts[shell]);
}

/**
 * `program`: the running commander program, whose commands and options are completed. `ctx`:
 * undefined when the settings cannot be read; then only the built-in decks and checklists are
 * offered, and no program names (the settings name the library and the user's content folders).
 */
export async function runComplete(program: Command, index: string, words: string[], ctx: CommandContext | undefined): Promise<void> {
  const candidates = await complete(program, words, Number(index), librarySource(ctx));
  if (candidates.length) writeDocument(candidates.join("\n"));
}

const none = async (): Promise<string[]> => [];

function librarySource(ctx: CommandContext | undefined): CompletionSource {
  if (!ctx) {
    let builtIn: Promise<Catalog> | undefined;
    const catalog = () => (builtIn ??= loadCatalog([{ layer: "built-in", dir: packagePath("content") }]));
    return {
      decks: async () => [...(await catalog()).decks.keys()],
      checklists: async () => [...(await catalog()).checklists.keys()],
      programs: none,
      reviewable: none,
      reviewed: none,
      stories: none,
      files: listPaths,
    };
  }
  return {
    decks: async () => [...(await ctx.catalog({ quiet: true })).decks.keys()],
    checklists: async () => [...(await ctx.catalog({ quiet: true })).checklists.keys()],
    programs: async () => programNames(ctx, "all"),
    reviewable: async () => programNames(ctx, "reviewable"),
    reviewed: async () => programNames(ctx, "reviewed"),
    stories: async () => storyTitles(ctx),
    files: listPaths,
  };
}

/** The story bank's titles, through the cached reader `stories` uses; none when it cannot be read. */
async function storyTitles(ctx: CommandContext): Promise<string[]> {
  const { loadStories } = await import("../stories/load-stories.js");
  const loaded = await loadStories(libraryPaths(ctx.settings.home.value).stories, competencyIds(ctx.settings.config.competencies)).catch(() => undefined);
  return (loaded?.stories ?? []).map((story) => story.title).sort();
}

/**
 * Program names as the user typed them, through the same cached readers the commands use:
 * - "all": the season's interviews, reviews and checklist notes;
 * - "reviewable": the same, less programs whose recorded interview was withdrawn or is on a day
 *   after today, where it is held or on the user's clock (see startHere), and has not started,
 *   unless they have a review already, which can be edited;
 * - "reviewed": programs with a review, draft or finished.
 * Completion offers what it can read; the commands themselves report the rest.
 */
async function programNames(ctx: CommandContext, which: "all" | "reviewable" | "reviewed"): Promise<string[]> {
  const { interviews, reviews, checklists } = libraryPaths(ctx.settings.home.value);
  const today = ctx.today();
  const [{ loadInterviews }, { loadReviews }] = await Promise.all([
    import("../interviews/interview-file.js"),
    import("../reviews/load-reviews.js"),
  ]);
  const quietly = <T>(read: Promise<T>) => read.catch(() => undefined);
  const [season, reviewed, progress] = await Promise.all([
    which === "reviewed" ? undefined : quietly(loadInterviews(interviews)),
    quietly(loadReviews(reviews)),
    which === "reviewed" ? undefined : quietly(loadProgressNotes(checklists)),
  ]);
  const withReview = [...(reviewed?.reviews ?? []), ...(reviewed?.drafts ?? [])].map((file) => file.review.program);
  const names = new Set([
    ...(season?.interviews ?? []).map((entry) => entry.interview.program),
    ...withReview,
    ...(progress?.notes ?? []).map((note) => note.state.program),
  ]);
  names.delete(DEFAULT_PROGRAM);
  if (which === "reviewable") {
    const recorded = (season?.interviews ?? []).map((entry) => entry.interview);
    const [started, yourTimes] = await Promise.all([startedInterviews(recorded, ctx), startsOnYourClock(recorded)]);
    for (const interview of recorded) {
      // Still to come where it is held or on the user's clock (see startHere), and not started: review refuses it.
      const days = [interview.date, interviewDay(interview, yourTimes)];
      const ahead = days.some((day) => day > today) && !started.has(interview.program);
      const notReviewable = interview.withdrawn !== undefined || ahead;
      if (notReviewable && !amongPrograms(withReview, interview.program)) names.delete(interview.program);
    }
  }
  return [...names].sort();
}

/** Files and folders starting with the typed prefix; folders end in "/". */
function listPaths(prefix: string): string[] {
  const folder = prefix.endsWith("/") ? prefix : dirname(prefix);
  const start = prefix.endsWith("/") ? "" : basename(prefix);
  try {
    return readdirSync(folder || ".", { withFileTypes: true })
      .filter((entry) => entry.name.startsWith(start) && (start.startsWith(".") || !entry.name.startsWith(".")))
      .map((entry) => {
        const path = folder === "." && !prefix.startsWith("./") ? entry.name : join(folder, entry.name);
        return entry.isDirectory() ? `${path}/` : path;
      });
  } catch {
    return [];
  }
}
