// The story bank's part of `stats`: stories told and competencies practised, for the same decks
// and --since as the rest of the report.
import { existsSync } from "node:fs";
import { competencyIds } from "../content/competencies.js";
import type { Deck } from "../content/types.js";
import type { CommandContext } from "../context.js";
import { libraryPaths } from "../io/library.js";
import type { AnswerRecord } from "../practice/answer-record.js";
import { storyStats, type StoryStats } from "../stories/practice-stats.js";

/** Stories told and competencies practised, from the answers `stats` counts (history's digest); `inBank`: the stories saved. */
export async function storyBankStats(ctx: CommandContext, answers: Iterable<AnswerRecord>, decks: Deck[], since: Date | undefined): Promise<{ stats: StoryStats; inBank: number }> {
  const paths = libraryPaths(ctx.settings.home.value);
  const from = since?.getTime() ?? -Infinity;
  // The story reader brings yaml and zod: loaded only for a library that has a story bank.
  const stories = existsSync(paths.stories) ? (await (await import("../stories/load-stories.js")).loadStories(paths.stories, competencyIds(ctx.settings.config.competencies))).stories : [];
  return { stats: storyStats({ answers: since ? answersFrom(answers, from) : answers, decks, stories }), inBank: stories.length };
}

/** The answers given at `from` (epoch ms) or later; can be iterated more than once, as `answers` can. */
function answersFrom(answers: Iterable<AnswerRecord>, from: number): Iterable<AnswerRecord> {
  return {
    *[Symbol.iterator]() {
      for (const answer of answers) if (answer.time >= from) yield answer;
    },
  };
}
