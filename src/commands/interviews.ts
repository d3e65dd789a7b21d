// `interview-coach interviews [add|edit|cancel]`: the season's interviews as records, one note
// each in the library's interviews/ folder. Without a subcommand: the list, soonest first.
// `interviews remove` is a module of its own (interviews-remove.ts).
import { existsSync } from "node:fs";
import type { CommandContext } from "../context.js";
import { filesOf, formatIssue, UsageError } from "../io/errors.js";
import { dayFlag, daysFrom } from "../io/dates.js";
import { displayPath, libraryPaths } from "../io/library.js";
import { startedInterviews, startOnYourClock, startsOnYourClock, unreadableReviews } from "./season-files.js";
import { DEFAULT_KIND, INTERVIEW_KINDS, isPlaceKind, KINDS, type InterviewKind } from "../content/interview-kinds.js";
import { loadReviews } from "../reviews/load-reviews.js";
import { keptEditLines } from "../reviews/kept-edits.js";
import { oneLine } from "../reviews/review.js";
import { lookalikeInterviews, requireInterview } from "../interviews/find.js";
import { loadInterviews, type InterviewEntry } from "../interviews/interview-file.js";
import { checkRecordName } from "../io/slug.js";
import { loadInterviewsFor } from "../interviews/lookup.js";
import { INTERVIEW_FORMATS, type InterviewFormat } from "../content/interview-kinds.js";
import { closest } from "../io/suggest.js";
import { listOf } from "../io/prose.js";
import { checkTime, coordinatorRole, isKnownZone, localZone, nextStep, statusOf, suggestedChecklist, yearTypedWrong, zoneSpelling, type Interview } from "../interviews/interview.js";
import { byWhen } from "../interviews/interview-file.js";
import { renderInterviewList, type InterviewRow } from "../interviews/list.js";
import { draftDay, hasDealBreaker, hasReview, peopleToThank } from "../interviews/unreviewed.js";
import { say, writeDocument, writeMarkdown } from "../ui/output.js";
import { note, wrapForTerminal } from "../ui/wrap.js";
import { startHere, whenHere } from "../interviews/your-clock.js";

export interface InterviewFlags {
  date?: string;
  time?: string;
  tz?: string;
  kind?: string;
  specialty?: string;
  format?: string;
  where?: string;
}

export interface ListFlags {
  json?: boolean;
}

const dirOf = (ctx: CommandContext) => libraryPaths(ctx.settings.home.value).interviews;

export async function list(options: ListFlags, ctx: CommandContext): Promise<void> {
  const loaded = await loadInterviews(dirOf(ctx));
  // One broken file must not hide the others.
  for (const issue of loaded.issues) say(`warning: skipped ${formatIssue(issue)}`);
  const today = ctx.today();
  const reviewsDir = libraryPaths(ctx.settings.home.value).reviews;
  const { reviews, drafts, issues } = await loadReviews(reviewsDir);
  for (const issue of issues) say(`warning: skipped ${formatIssue(issue)}`);
  for (const line of keptEditLines(reviewsDir, reviews, "this list")) note(line);
  const unreadable = await unreadableReviews(reviewsDir, issues, loaded.interviews.map((entry) => entry.interview.program));
  const started = await startedInterviews(loaded.interviews.map((entry) => entry.interview), ctx);
  const yourTimes = await startsOnYourClock(loaded.interviews.map((entry) => entry.interview));
  const rows: InterviewRow[] = loaded.interviews.map(({ interview, file }) => {
    const yourTime = yourTimes.get(interview.program);
    // Days count on the user's calendar: an interview held in a zone ahead may be on their day before.
    const { day } = startHere(interview, yourTime);
    const status = statusOf({ ...interview, date: day }, today, hasReview(interview.program, reviews), started.has(interview.program));
    const next = unreadable.has(interview.program)
      ? `fix its review, ${unreadable.get(interview.program)}`
      : nextStep(interview, status, today, { draft: draftDay(interview.program, [...reviews, ...drafts]), toThank: peopleToThank(interview.program, reviews), day, dealBreaker: hasDealBreaker(interview.program, reviews) });
    return { interview, file, status, next, ...(yourTime ? { yourTime } : {}) };
  });
  rows.sort((a, b) => byWhen(whenHere(a.interview, a.yourTime), whenHere(b.interview, b.yourTime)));
  if (options.json) {
    writeDocument(JSON.stringify(rows.map(({ interview: { extra: _extra, body: _body, ...facts }, file, status, next }) => ({ ...facts, status, next, file })), null, 2));
    return;
  }
  if (rows.length === 0) {
    // Interviews that cannot be read are not "none recorded": that would hide them.
    if (loaded.issues.length) return say("No interview could be read: fix the files above, or move them away.");
    // The folder is named: a mistyped --home must not read as interviews lost.
    say(`No interviews recorded yet in ${displayPath(dirOf(ctx))}. When an invitation comes: interview-coach interviews add "<program>" --date YYYY-MM-DD`);
    return;
  }
  await writeMarkdown(renderInterviewList(rows, today, filesOf(loaded.issues)));
}

export async function add(programArg: string, flags: InterviewFlags, ctx: CommandContext): Promise<void> {
  const program = programName(programArg);
  if (flags.date === undefined) throw new UsageError(`--date is needed: interview-coach interviews add "${program}" --date YYYY-MM-DD`);
  const dir = dirOf(ctx);
  const loaded = await loadInterviews(dir);
  // The note's format (yaml and zod) loads only for commands that write one: `interviews` lists from the cache.
  const { interviewFile, updateInterview } = await import("../interviews/interview-note.js");
  const path = interviewFile(dir, program);
  const same = loaded.interviews.find((entry) => entry.path === path);
  if (same || existsSync(path)) {
    throw new UsageError(`'${same?.interview.program ?? program}' is already recorded (${same?.file ?? path}); change it with: interview-coach interviews edit "${program}" --date …`);
  }
  const interview = applyFlags(
    { program, date: "", tz: localZone(), kind: DEFAULT_KIND, specialty: "", extra: {}, body: "" },
    flags,
  );
  if (interview.time) refuseSkippedTime(interview, (await import("../interviews/start.js")).skippedTime);
  await updateInterview(path, path, (current) => {
    // Another terminal may have added it since the check above: never replace its record.
    if (current) throw new UsageError(`'${current.program}' is already recorded (${path}); change it with: interview-coach interviews edit "${program}" --date …`);
    return interview;
  });
  say(`Recorded ${program}: ${(await startOnYourClock(interview)).when}, ${KINDS[interview.kind].shown}${interview.specialty ? ` (${interview.specialty})` : ""}, in ${path}.`);
  const sameDay = yearTypedWrong(interview.date, ctx.today());
  if (sameDay) {
    const ago = daysFrom(interview.date, ctx.today());
    note(`${interview.date} is ${ago > 0 ? `${ago} days ago` : `${-ago} days ahead`}; if the year is wrong: interview-coach interviews edit "${program}" --date ${sameDay}`);
  }
  // Residency is the default kind, but no residency has a coordinator's role: most likely --kind job was left out.
  if (flags.kind === undefined && coordinatorRole(interview.specialty)) note(`recorded as a residency interview, the default kind; if '${interview.specialty}' is a job's role: interview-coach interviews edit "${program}" --kind job`);
  // A job with no role is prepared as a physician's second interview: a coordinator would get a checklist written for doctors.
  if (interview.kind === "job" && !interview.specialty) note(`no role given, so it is prepared as a physician's second interview with a health group; for a coordinator's job: interview-coach interviews edit "${program}" --specialty "patient coordinator"`);
  noteLookalike(interview, loaded.interviews);
  await noteFixedOffset(flags, program);
  say(await nextAfterAdd(interview, ctx));
}

/**
 * A name just recorded that is likely a recorded program's spelt otherwise (see
 * lookalikeInterviews), or that starts at the very time another does, is kept, as it may be
 * another program; if it was a slip, the one interview would show twice in today, calendar and
 * rank: the note gives the command that undoes it.
 */
function noteLookalike(added: Interview, entries: readonly InterviewEntry[]): void {
  // Two interviews cannot start at the same minute: whatever the names ("Prairie Health Partners
  // FM", "Lakeshore Medical Grp"), one is most likely the other recorded twice.
  const sameStart = (other: Interview) => added.time !== undefined && !other.withdrawn && other.date === added.date && other.time === added.time && other.tz === added.tz;
  const like = [...new Set([...lookalikeInterviews(entries, added.program), ...entries.filter((entry) => sameStart(entry.interview))])].map((entry) => entry.interview);
  if (!like.length) return;
  const names = like.map((other) => `'${other.program}' (recorded for ${sameStart(other) ? `the same start, ${other.date} ${other.time}` : other.date})`).join(" or ");
  const edits = like.map((other) => `interview-coach interviews edit "${other.program}" --date …`).join(" or ");
  note(`'${added.program}' looks like ${names}; if it is the same program, remove it (today, calendar and rank would show it twice): interview-coach interviews remove "${added.program}" --yes; and give any new day or time to the record: ${edits}`);
}

/**
 * The "Next:" line after `add`: the same status and next step as the list's column, with the
 * commands that do it. An interview added after its day (recorded late) wants its review, not
 * the checklist that prepares for it, nor does one recorded on its day after it started.
 */
async function nextAfterAdd(interview: Interview, ctx: CommandContext): Promise<string> {
  const today = ctx.today();
  const { reviews, drafts } = await loadReviews(libraryPaths(ctx.settings.home.value).reviews);
  const started = (await startedInterviews([interview], ctx)).size > 0;
  const { day } = await startOnYourClock(interview);
  const status = statusOf({ ...interview, date: day }, today, hasReview(interview.program, reviews), started);
  if (status === "done") return `Next: ${nextStep(interview, status, today, { draft: draftDay(interview.program, [...reviews, ...drafts]), day })}: interview-coach review "${interview.program}"`;
  if (status === "reviewed") {
    const toThank = peopleToThank(interview.program, reviews);
    // A networking event is not ranked: after its follow-ups, nothing is left.
    const commands = [toThank ? "interview-coach followups" : "", isPlaceKind(interview.kind) ? "interview-coach rank" : ""].filter(Boolean).join(" · ");
    return `Next: ${nextStep(interview, status, today, { toThank, dealBreaker: hasDealBreaker(interview.program, reviews) })}${commands ? `: ${commands}` : "."}`;
  }
  if (status === "started") return `Next: ${nextStep(interview, status, today)}: interview-coach review "${interview.program}"`;
  return `Next: interview-coach checklist ${suggestedChecklist(interview)} --program "${interview.program}" · interview-coach today`;
}

export async function edit(programArg: string, flags: InterviewFlags, ctx: CommandContext): Promise<void> {
  const given = Object.entries(flags).filter(([, value]) => value !== undefined);
  const { entry, interview } = await readOne(programArg, ctx);
  if (given.length === 0) {
    throw new UsageError(`nothing to change: give --date, --time, --tz, --kind, --specialty, --format or --where (or edit ${entry.path} by hand)`);
  }
  // A reviewed interview's kind changes with its review's (see kind-change.ts); the flags are checked first.
  const { kind, date } = applyFlags(interview, flags);
  if (kind !== interview.kind) {
    const refusal = await (await import("../interviews/kind-change.js")).reviewedKindRefusal(libraryPaths(ctx.settings.home.value).reviews, interview.program, kind);
    if (refusal) throw new UsageError(refusal);
  }
  // A reviewed interview cannot move to a day still ahead (see date-change.ts).
  const dateChange = date !== interview.date ? await (await import("../interviews/date-change.js")).reviewedDateChange(libraryPaths(ctx.settings.home.value).reviews, interview.program, date, ctx.today()) : undefined;
  if (dateChange && "refusal" in dateChange) throw new UsageError(dateChange.refusal);
  // Applied to the file as it is now, under its lock: a change saved meanwhile is kept.
  const { updateInterview } = await import("../interviews/interview-note.js");
  // A new day, time or zone may land the time in the hour the clocks skip.
  const start = [flags.date, flags.time, flags.tz].some((value) => value !== undefined) ? await import("../interviews/start.js") : undefined;
  const changed = await updateInterview(entry.path, entry.file, (current) => {
    const next = applyFlags(current ?? interview, flags);
    if (start) refuseSkippedTime(next, start.skippedTime);
    return next;
  });
  say(`Updated ${changed.program}: ${(await startOnYourClock(changed)).when}, ${KINDS[changed.kind].shown}${changed.specialty ? ` (${changed.specialty})` : ""}${changed.format ? `, ${changed.format}` : ""}.`);
  // A new date or place reads as if the interview were back on: say that it is not, and how to undo the withdrawal.
  if (changed.withdrawn) note(`${changed.program} stays withdrawn (since ${changed.withdrawn}); to undo that, delete the line "withdrawn: ${changed.withdrawn}" from ${entry.file}.`);
  if (dateChange) note(dateChange.note);
  await noteFixedOffset(flags, changed.program);
  await noteOtherChecklist(interview, changed, ctx);
}

/**
 * A new kind or role may call for another checklist: ticks saved in the one that fitted before
 * stay in its note, which `checklist --program` no longer opens. Said, with the command that does.
 */
async function noteOtherChecklist(before: Interview, after: Interview, ctx: CommandContext): Promise<void> {
  const [was, now] = [suggestedChecklist(before), suggestedChecklist(after)];
  if (was === now) return;
  const { progressFile } = await import("../checklists/progress-file.js");
  if (!existsSync(progressFile(libraryPaths(ctx.settings.home.value).checklists, was, after.program))) return;
  note(`checklist --program "${after.program}" now opens ${now}; your ticks in ${was} stay in its note: interview-coach checklist ${was} --program "${after.program}"`);
}

/** A --tz that keeps one offset all year ("EST") is kept as given, with a note on the place name to use instead. */
async function noteFixedOffset(flags: InterviewFlags, program: string): Promise<void> {
  const zone = flags.tz?.trim();
  if (!zone) return;
  const { keepsOneOffset } = await import("../interviews/start.js");
  if (!keepsOneOffset(zone)) return;
  note(`"${zone}" keeps one offset all year, with no summer time; a place name such as America/New_York follows the clocks there: interview-coach interviews edit "${program}" --tz <Area/City>`);
}

export async function cancel(programArg: string, _options: unknown, ctx: CommandContext): Promise<void> {
  const { entry, interview } = await readOne(programArg, ctx);
  if (interview.withdrawn) {
    say(`${interview.program} is already withdrawn (since ${interview.withdrawn}).`);
    return;
  }
  const { updateInterview } = await import("../interviews/interview-note.js");
  const day = ctx.today();
  await updateInterview(entry.path, entry.file, (current) => ({ ...(current ?? interview), withdrawn: day }));
  say(wrapForTerminal(`Withdrawn: ${interview.program}. It stays in ${entry.file} for your records; today leaves it out, and calendar marks its event cancelled (importing the calendar again updates it). To undo it, delete the line "withdrawn: ${day}" from that file.`));
}

/** The interview named on the command line; a broken file is exit 65, a miss 66 (with the closest names). */
export async function readOne(programArg: string, ctx: CommandContext) {
  const program = programName(programArg);
  // The file this name maps to may be the broken one: say what is wrong with it, not "unknown".
  const entry = requireInterview((await loadInterviewsFor(dirOf(ctx), program)).interviews, program);
  return { entry, interview: entry.interview };
}

function programName(text: string): string {
  const name = oneLine(checkRecordName(text, "the program name"));
  if (!name) throw new UsageError('the program name is empty; e.g. interview-coach interviews add "Lakeside IM" --date 2026-12-04');
  return name;
}

/**
 * An interview timed in the hour its zone's clocks skip (the night they go forward) has no start:
 * a calendar would put it an hour off. Refused (exit 64) with the time the clocks show then, so the
 * user checks the invitation rather than finding the hour moved for them.
 */
function refuseSkippedTime(interview: Interview, skippedTime: (day: string, time: string, tz: string) => string | undefined): void {
  if (!interview.time) return;
  const shown = skippedTime(interview.date, interview.time, interview.tz);
  if (shown === undefined) return;
  throw new UsageError(
    `${interview.date} ${interview.time} is not a time in ${interview.tz}: the clocks go forward that night and never show ${interview.time} (that moment reads ${shown}); check the invitation and give the right --date, --time or --tz`,
  );
}

/** The interview with the flags given applied, each checked; a bad value is exit 64. */
function applyFlags(base: Interview, flags: InterviewFlags): Interview {
  const next: Interview = { ...base };
  if (flags.date !== undefined) {
    next.date = dayFlag("--date", flags.date);
  }
  if (flags.time !== undefined) {
    if (flags.time.trim() === "") delete next.time;
    else {
      const time = checkTime(flags.time);
      if (!time) throw new UsageError(`--time must be a time as HH:MM (24-hour), got "${flags.time}"`);
      next.time = time;
    }
  }
  if (flags.tz !== undefined) {
    // "America/Newyork": the one zone nearest in spelling among the names this Node knows (several
    // would name neighbours of no use: "America/Dawson" for New York).
    const [near] = isKnownZone(flags.tz.trim()) ? [] : closest(flags.tz.trim(), Intl.supportedValuesOf("timeZone"), 1);
    if (!isKnownZone(flags.tz.trim())) throw new UsageError(`--tz must be a time zone name like America/Chicago or Europe/London, got "${flags.tz}"${near ? ` (did you mean ${near}?)` : ""}`);
    next.tz = zoneSpelling(flags.tz.trim());
  }
  if (flags.kind !== undefined) {
    if (!(INTERVIEW_KINDS as readonly string[]).includes(flags.kind)) throw new UsageError(`--kind must be ${listOf(INTERVIEW_KINDS, "or")}, got "${flags.kind}"`);
    next.kind = flags.kind as InterviewKind;
  }
  if (flags.format !== undefined) {
    if (!(INTERVIEW_FORMATS as readonly string[]).includes(flags.format)) throw new UsageError(`--format must be ${INTERVIEW_FORMATS.join(", ")}, got "${flags.format}"`);
    next.format = flags.format as InterviewFormat;
  }
  if (flags.specialty !== undefined) next.specialty = oneLine(flags.specialty);
  if (flags.where !== undefined) {
    const where = oneLine(flags.where);
    if (where) next.where = where;
    else delete next.where;
  }
  return next;
}
