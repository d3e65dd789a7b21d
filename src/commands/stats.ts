// `interview-coach stats [deck] [--json] [--since DATE]`: where the user stands, from
// history.jsonl. A terminal on stderr gets meters and a sparkline; stdout gets Markdown when it
// is not a terminal (a file, a pipe, a script), so `stats > progress.md` shows and saves.
import { cacheDir } from "../io/paths.js";
import { deckFromArg } from "./content-arg.js";
import type { CommandContext } from "../context.js";
import { dayFlag, parseDay } from "../io/dates.js";
import { UsageError } from "../io/errors.js";
import { displayPath, libraryPaths } from "../io/library.js";
import { renderStatsMarkdown } from "../practice/stats-report.js";
import { loadAnswers } from "../practice/history-load.js";
import { computeStats } from "../practice/stats.js";
import { say, stdoutIsTerminal, writeDocument, writeMarkdown } from "../ui/output.js";
import { note, wrapForTerminal } from "../ui/wrap.js";
import { storyStatsMarkdown } from "../stories/practice-stats.js";
import { storyBankStats } from "./stats-stories.js";

export interface StatsOptions {
  json?: boolean;
  since?: string;
}

export async function run(deckArg: string | undefined, options: StatsOptions, ctx: CommandContext): Promise<void> {
  const sinceDay = options.since === undefined ? undefined : dayFlag("--since", options.since);
  // A day still to come would count nothing, and read as "no practice at all".
  if (sinceDay !== undefined && sinceDay > ctx.today()) throw new UsageError(`--since ${sinceDay} is after today (${ctx.today()}): nothing could be counted from then; give a day up to today`);
  const since = sinceDay === undefined ? undefined : parseDay(sinceDay);
  const catalog = await ctx.catalog();
  const decks = deckArg ? [await deckFromArg(deckArg, ctx)] : [...catalog.decks.values()];
  const history = libraryPaths(ctx.settings.home.value).history;
  const loaded = loadAnswers(history, cacheDir(), say);
  const now = ctx.now();
  const stats = computeStats({ ...loaded, decks, now, ...(since ? { since } : {}) });
  const { stats: stories, inBank } = await storyBankStats(ctx, loaded.answers, decks, since);

  if (!deckArg && stats.unknownDecks.length) {
    const names = stats.unknownDecks.map((id) => `'${id}'`).join(", ");
    note(`history for ${names} is not shown: no such deck in your content now (see \`interview-coach list decks\`; for a deck practised from its file, name the file: interview-coach stats FILE.yaml).`);
  }
  if (stats.decks.length === 0) {
    const deck = deckArg ? decks[0]!.id : "<deck>";
    say(wrapForTerminal(`No practice recorded${deckArg ? ` for '${deck}'` : ""} yet. Start a session with \`interview-coach practice ${deck}\`${deckArg ? "" : " (see `interview-coach list decks`)"}; stats shows your progress after it. (Library: ${displayPath(ctx.settings.home.value)})`));
  }
  if (options.json) {
    writeDocument(JSON.stringify({ ...stats, stories }, null, 2));
    return;
  }
  if (stats.decks.length === 0) return;
  const screen = process.stderr.isTTY === true;
  if (screen) {
    // The terminal views measure display widths (string-width): loaded only for a terminal.
    const [{ renderStatsView }, { renderStoryStats }] = await Promise.all([import("../ui/stats-view.js"), import("../ui/stories-view.js")]);
    say(`${renderStatsView(stats, now)}\n${renderStoryStats(stories, inBank)}`);
  }
  if (!screen || !stdoutIsTerminal()) await writeMarkdown(`${renderStatsMarkdown(stats, now)}\n${storyStatsMarkdown(stories, inBank)}`);
}
