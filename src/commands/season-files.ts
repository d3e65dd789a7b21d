// What `today` and `calendar` both read: the interviews, the reviews and every checklist's
// progress, each broken file warned about once on stderr and skipped, so one bad hand edit
// never hides the rest of the season.
import { join } from "node:path";
import type { CommandContext } from "../context.js";
import type { ProgressState } from "../checklists/progress.js";
import type { Checklist } from "../content/types.js";
import { ContentError, formatIssue, type ContentIssue } from "../io/errors.js";
import { loadInterviews } from "../interviews/interview-file.js";
import { thankYouRule, withThankYouRule, type ThankYouRule } from "../reviews/thank-you-rule.js";
import { progressNotesIn, readProgressNote } from "../checklists/progress-note.js";
import { libraryPaths, type LibraryPaths } from "../io/library.js";
import { loadReviews } from "../reviews/load-reviews.js";
import { say } from "../ui/output.js";

export interface SeasonFiles {
  paths: LibraryPaths;
  rule: ThankYouRule;
  interviews: ReturnType<typeof loadInterviews>;
  reviews: Awaited<ReturnType<typeof loadReviews>>;
  /** Each started checklist with the checklist it follows (undefined when no longer in the content). */
  progress: { state: ProgressState; checklist: Checklist | undefined }[];
}

export async function readSeasonFiles(ctx: CommandContext): Promise<SeasonFiles> {
  const paths = libraryPaths(ctx.settings.home.value);
  const rule = thankYouRule(ctx.settings.config);
  const warn = (issue: ContentIssue) => say(`warning: skipped ${formatIssue(issue)}`);
  const interviews = loadInterviews(paths.interviews);
  interviews.issues.forEach(warn);
  const reviews = await loadReviews(paths.reviews, { label: (name) => join(paths.reviews, name) });
  reviews.issues.forEach(warn);
  const catalog = await ctx.catalog();
  const progress: SeasonFiles["progress"] = [];
  for (const name of progressNotesIn(paths.checklists)) {
    const path = join(paths.checklists, name);
    try {
      const state = await readProgressNote(path, path);
      const checklist = state && catalog.checklists.get(state.checklist);
      if (state) progress.push({ state, checklist: checklist && withThankYouRule(checklist, rule) });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      error.issues.forEach(warn);
    }
  }
  return { paths, rule, interviews, reviews, progress };
}
