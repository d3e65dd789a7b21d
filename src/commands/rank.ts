// `interview-coach rank`: the rank-order list from every review in the library.
import type { CommandContext } from "../context.js";
import { ContentError, filesOf, formatIssue, UsageError } from "../io/errors.js";
import { displayPath, libraryPaths } from "../io/library.js";
import { allCriteria, applyWeights } from "../reviews/criteria.js";
import { isPlaceKind, PLACE_KINDS } from "../content/interview-kinds.js";
import { listOf } from "../io/prose.js";
import { loadReviews } from "../reviews/load-reviews.js";
import { dealBreakerQuestion, lookAgainLine, MAX_RANKED, renderCsv, renderJson, renderMarkdown, reminders, type RankDocument } from "../reviews/rank-render.js";
import { rankReviews, type RankList, type ReviewFile } from "../reviews/score.js";
import { keptEditLines } from "../reviews/kept-edits.js";
import { describeTableEdits, tableEdits } from "../reviews/table-edits.js";
import { say, writeDocument, writeMarkdown } from "../ui/output.js";
import { recordedSeason, withdrawnReviews } from "./withdrawn.js";
import { note, warning } from "../ui/wrap.js";
import { paint } from "../ui/color.js";

export interface RankOptions {
  weights?: string;
  format?: "md" | "csv" | "json";
  /** --json: the same as --format json, as the other commands that print JSON take it. */
  json?: boolean;
  /** --format was typed, not its default. */
  formatGiven?: boolean;
}

export async function run(options: RankOptions, ctx: CommandContext): Promise<void> {
  if (options.json && options.formatGiven && options.format !== "json") throw new UsageError(`--json and --format ${options.format} ask for two formats; give one`);
  const format = options.json ? "json" : (options.format ?? "md");
  let criteria = allCriteria(ctx.settings.config.review?.criteria);
  if (options.weights) {
    // Loaded only with --weights: YAML is the heaviest import and rank is a start-up budget case.
    const [{ readFlagYamlFile }, { parseWeights }] = await Promise.all([import("../io/flag-file.js"), import("../reviews/weights.js")]);
    const yaml = readFlagYamlFile("--weights", options.weights, displayPath(options.weights));
    const parsed = parseWeights(yaml, criteria);
    if (!parsed.ok) throw new ContentError(parsed.issues);
    criteria = applyWeights(criteria, parsed.weights);
  }

  const home = ctx.settings.home.value;
  const all = await loadReviews(libraryPaths(home).reviews);
  for (const issue of all.issues) say(`warning: skipped ${formatIssue(issue)}`);
  // A networking event is no place to rank: its review is there for the people met and their follow-ups.
  const events = all.reviews.filter((file) => !isPlaceKind(file.review.kind));
  const read = { ...all, reviews: all.reviews.filter((file) => isPlaceKind(file.review.kind)), drafts: all.drafts.filter((file) => isPlaceKind(file.review.kind)) };
  for (const { review } of read.drafts) note(`skipped the draft review of ${review.program}; finish it with: interview-coach review "${review.program}"`);
  // A program withdrawn from is not one to rank: a match is binding.
  // An interviews folder that cannot be read is for the interview commands to report.
  const season = read.reviews.length ? await recordedSeason(libraryPaths(home).interviews).catch(() => undefined) : undefined;
  const withdrawn = withdrawnReviews(read.reviews, season?.interviews ?? []);
  for (const [{ review }, day] of withdrawn) note(`${review.program} is left off the rank-order list: its interview was withdrawn on ${day}.`);
  const loaded = { ...read, reviews: read.reviews.filter((file) => !withdrawn.has(file)) };
  for (const { review, file } of loaded.reviews) {
    const edits = tableEdits(review, criteria[review.kind]);
    if (edits.length) note(`the Scores table of ${file} shows ${describeTableEdits(edits)}; rank reads the front matter. To change a score: interview-coach review "${review.program}"`);
  }
  for (const line of keptEditLines(libraryPaths(home).reviews, loaded.reviews, "rank")) note(line);

  if (loaded.reviews.length === 0) {
    // Unreadable files and nothing else: that is a problem to fix, not an empty season.
    if (loaded.issues.length) throw new ContentError([], "No review could be read; fix the files above.");
    if (read.reviews.length) say("Every program with a finished review was withdrawn: nothing is left to rank.");
    else say(`No ${events.length ? "interview " : ""}reviews yet${loaded.drafts.length ? " (only drafts)" : ""} in ${displayPath(libraryPaths(home).reviews)}${eventsLeftOut(events)}. Right after each interview, run:\n  interview-coach review "<program>"\nthen come back to rank.`);
    const empty: RankDocument = { asOf: ctx.todayDate(), lists: [], reviewCount: 0 };
    if (format !== "md") writeDocument(format === "csv" ? renderCsv(empty) : renderJson(empty, ctx.today()));
    return;
  }

  const lists: RankList[] = PLACE_KINDS.flatMap((kind) => {
    const files = loaded.reviews.filter((r) => r.review.kind === kind);
    if (files.length && criteria[kind].every((c) => c.weight <= 0)) {
      // The weights come from a file (--weights, or the criteria in config.yaml): its problem, 65.
      throw new ContentError([], `${options.weights ?? ctx.settings.configPath}: every ${kind} criterion has weight 0: there is nothing left to rank by; give one a weight above 0`);
    }
    return files.length ? [rankReviews(kind, files, criteria[kind])] : [];
  });
  const unreadable = filesOf(read.issues);
  const drafts = read.drafts.map(({ review }) => review.program);
  const withdrawnFrom = [...withdrawn].map(([{ review }, on]) => ({ program: review.program, on }));
  const doc: RankDocument = { asOf: ctx.todayDate(), lists, reviewCount: loaded.reviews.length, ...(unreadable.length ? { unreadable } : {}), ...(drafts.length ? { drafts } : {}), ...(withdrawnFrom.length ? { withdrawn: withdrawnFrom } : {}), ...(events.length ? { eventsLeftOut: events.length } : {}) };
  for (const list of lists) warnAbout(list, format);

  if (format === "md") await writeMarkdown(renderMarkdown(doc));
  else writeDocument(format === "csv" ? renderCsv(doc) : renderJson(doc, ctx.today()));
  if (process.stderr.isTTY) {
    const { barCharts } = await import("../ui/bar-chart.js");
    const groups = lists.map((list) => ({ ...(lists.length > 1 ? { title: list.kind } : {}), bars: list.ranked.map((r) => ({ label: r.program, value: r.score })) }));
    const chart = barCharts(groups, { columns: process.stderr.columns });
    // Under a heading of its own: after the document's last section, the chart read as part of it.
    if (chart) say(`\n${paint.bold("Scores at a glance")} ${paint.dim("(0 to 100)")}\n${chart}`);
  }
}

/** "; a networking event is not ranked, so the review of X is left out": said when nothing else is there to rank. */
function eventsLeftOut(events: readonly ReviewFile[]): string {
  if (events.length === 0) return "";
  const listed = listOf(events.map(({ review }) => review.program));
  return events.length === 1 ? `; a networking event is not ranked, so the review of ${listed} is left out` : `; networking events are not ranked, so the reviews of ${listed} are left out`;
}

/** What the Markdown list says in its text goes to the person on stderr for CSV and JSON. */
function warnAbout(list: RankList, format: string): void {
  for (const { review } of list.unscorable) warning(`${review.program} has no score on any weighted ${list.kind} criterion; left off. Score it with: interview-coach review "${review.program}"`);
  for (const r of list.ranked) {
    if (r.unscored.length) note(`${r.program} has no score for ${r.unscored.join(", ")}; it is ranked on the rest. Score it with: interview-coach review "${r.program}"`);
  }
  if (list.kind === "residency" && list.ranked.length > MAX_RANKED) {
    warning(`${list.ranked.length} programs on the list; a rank-order list holds at most ${MAX_RANKED}.`);
  }
  if (format === "md") return;
  for (const r of list.ranked.filter((x) => x.lookAgain)) say(lookAgainLine(r));
  if (list.dealBreakers.length) {
    say(`Left off for a deal-breaker: ${list.dealBreakers.map((d) => d.program).join(", ")}. ${dealBreakerQuestion(list.kind)}`);
  }
  for (const reminder of reminders(list.kind)) say(`- ${reminder}`);
}
