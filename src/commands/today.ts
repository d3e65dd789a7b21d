// `interview-coach today`: the agenda for today and the next 7 days across the whole season.
// On a terminal it is aligned text (on stderr, with colour, like stats); piped or redirected it
// is a Markdown document on stdout; --json for scripts. Nothing to do: one line on a terminal,
// nothing when piped.
import { filesOf } from "../io/errors.js";
import { existsSync } from "node:fs";
import { cacheDir } from "../io/paths.js";
import type { CommandContext } from "../context.js";
import { readSeasonFiles, startedInterviews } from "./season-files.js";
import { AGENDA_DAYS, buildAgenda, isQuiet, type AgendaPractice } from "../interviews/agenda.js";
import { recordCommand } from "../interviews/find.js";
import { agendaSections, renderAgendaMarkdown } from "../interviews/agenda-render.js";
import { say, stdoutIsTerminal, writeDocument } from "../ui/output.js";
import { note, wrapForTerminal } from "../ui/wrap.js";
import { keptEditLines } from "../reviews/kept-edits.js";
import { notOnThisList } from "../io/markdown.js";

export interface TodayOptions {
  json?: boolean;
}

export async function run(options: TodayOptions, ctx: CommandContext): Promise<void> {
  const { paths, rule, interviews, reviews, unreadable, unreadableChecklists, progress, yourTimes } = await readSeasonFiles(ctx);
  const now = ctx.now();
  const catalog = await ctx.catalog();
  // Said before the agenda, which reads each review as saved.
  for (const line of keptEditLines(paths.reviews, reviews.reviews, "today")) note(line);

  const practice: AgendaPractice[] = [];
  if (existsSync(paths.history)) {
    const [{ loadDeckSchedule }, { dueCounts }] = await Promise.all([import("../practice/history-load.js"), import("../practice/due.js")]);
    for (const deck of catalog.decks.values()) {
      const { schedule } = loadDeckSchedule(paths.history, cacheDir(), deck, now, say);
      // Counted as stats counts them: the deck's questions due today, then those due in the rest of the agenda's days.
      const counts = dueCounts(deck.questions, schedule, now, AGENDA_DAYS);
      if (counts.today || counts.later) {
        practice.push({ deck: deck.id, title: deck.title, due: counts.today, later: counts.later, ...(counts.firstLater ? { firstLater: counts.firstLater } : {}) });
      }
    }
  }

  const rankDeadline = ctx.settings.config.season?.rankDeadline;
  const agenda = buildAgenda({
    today: ctx.today(),
    interviews: interviews.interviews,
    reviews: [...reviews.reviews, ...reviews.drafts],
    unreadableReviews: unreadable,
    unreadableChecklists,
    progress,
    practice,
    ...(rankDeadline ? { rankDeadline } : {}),
    rule,
    started: await startedInterviews(interviews.interviews.map((entry) => entry.interview), ctx),
    yourTimes,
  });
  if (options.json) {
    writeDocument(JSON.stringify(agenda, null, 2));
    return;
  }
  // An interview whose note cannot be read is missing from the agenda: said in it, as interviews
  // and rank say theirs, so that a saved or piped agenda does not pass for the whole season.
  const missing = filesOf(interviews.issues);
  const missingLine = missing.length ? notOnThisList(missing, "interview note", "run today again") : undefined;
  if (isQuiet(agenda) && !missingLine) {
    // Said to a person at a terminal only: piped, nothing to do stays silence, as a script expects.
    if (stdoutIsTerminal()) {
      const quiet = interviews.interviews.length
        ? `Nothing to do today or in the next ${AGENDA_DAYS} days.`
        : `Nothing to do yet: no interview is recorded. Record one with: ${recordCommand("Program")}`;
      say(wrapForTerminal(quiet));
    }
    return;
  }
  if (stdoutIsTerminal()) {
    const { renderAgendaView } = await import("../ui/agenda-view.js");
    say(renderAgendaView(agenda.today, agendaSections(agenda), undefined, missingLine).trimEnd());
  } else {
    writeDocument(renderAgendaMarkdown(agenda, missingLine));
  }
}
