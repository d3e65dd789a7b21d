// `interview-coach interviews remove <program>`: deletes an interview's record made by mistake (a
// duplicate, a wrong entry), where `interviews cancel` keeps it, withdrawn. Refused while anything
// the user wrote names the interview (see interviews/removal.ts); asked before, unless --yes.
import type { CommandContext } from "../context.js";
import { ContentError, InterruptedError, UsageError } from "../io/errors.js";
import { deleteFile } from "../io/files.js";
import { displayPath, libraryPaths } from "../io/library.js";
import { listOf } from "../io/prose.js";
import { kindPhrase } from "../content/interview-kinds.js";
import type { Checklist } from "../content/types.js";
import { whenLabel } from "../interviews/interview.js";
import type { InterviewEntry } from "../interviews/interview-file.js";
import { checklistNoteHeld, removalRefusal, writingAbout, type Writing } from "../interviews/removal.js";
import { thankYouRule, withThankYouRule } from "../reviews/thank-you-rule.js";
import { say } from "../ui/output.js";
import { wrapForTerminal } from "../ui/wrap.js";
import { readOne } from "./interviews.js";

export interface RemoveOptions {
  yes?: boolean;
}

export async function remove(programArg: string, options: RemoveOptions, ctx: CommandContext): Promise<void> {
  const { entry, interview } = await readOne(programArg, ctx);
  const record = displayPath(entry.path);
  const what = `${interview.program} (${kindPhrase(interview.kind)} on ${whenLabel(interview)})`;
  const checklists = await checklistsAsWritten(ctx);
  const writing = await refuseIfWritten(entry, checklists, ctx);
  if (!options.yes) {
    if (!process.stdin.isTTY) throw new UsageError(`remove asks before it deletes the record of ${interview.program} and needs a terminal for that; add --yes to remove it without asking`);
    if (!(await confirmed(`Delete the record of ${what}${writing.blank.length ? ", with its checklist note that has nothing ticked" : ""}?`, `${interview.program} stays in ${record}`))) {
      say(`Kept ${interview.program} (${record}).`);
      return;
    }
  }
  // The question may have waited while another terminal wrote a review or ticked the checklist.
  const now = options.yes ? writing : await refuseIfWritten(entry, checklists, ctx);
  const { withFileLock, readIfExists } = await import("../io/locked-update.js");
  const { readProgressFull } = await import("../checklists/note-schema.js");
  // Each under its lock, as it is now: a tick saved since the check keeps the note, and the record.
  for (const path of now.blank) {
    await withFileLock(path, () => {
      const text = readIfExists(path);
      if (text === undefined) return;
      const read = readProgressFull(text, displayPath(path));
      const held = read.ok ? checklistNoteHeld(path, read.state, text, checklists.get(read.state.checklist)) : `a checklist note that cannot be read (${displayPath(path)})`;
      if (held) throw new UsageError(removalRefusal(interview, [held], undefined));
      deleteFile(path);
    });
  }
  const { parseInterviewNote, holdsOwnWriting } = await import("../interviews/interview-note.js");
  const gone = await withFileLock(entry.path, () => {
    const text = readIfExists(entry.path);
    if (text === undefined) return true;
    const read = parseInterviewNote(text, entry.file);
    if (!read.ok) throw new ContentError(read.issues);
    if (holdsOwnWriting(read.interview)) throw new UsageError(removalRefusal(read.interview, [], record));
    return !deleteFile(entry.path);
  });
  if (gone) return say(`${interview.program} was removed already: ${record} is gone.`);
  const files = listOf([record, ...now.blank.map((path) => displayPath(path))]);
  say(wrapForTerminal(`Removed ${what}: deleted ${files}. If a calendar you imported holds it, delete its events there too.`));
}

/** What the user wrote about the interview, once it is known that none of it stops the removal (UsageError, exit 64, if some does). */
async function refuseIfWritten(entry: InterviewEntry, checklists: ReadonlyMap<string, Checklist>, ctx: CommandContext): Promise<Writing> {
  const { holdsOwnWriting } = await import("../interviews/interview-note.js");
  const writing = await writingAbout(libraryPaths(ctx.settings.home.value), entry.interview.program, checklists);
  const ownNotes = holdsOwnWriting(entry.interview) ? displayPath(entry.path) : undefined;
  if (writing.held.length || ownNotes) throw new UsageError(removalRefusal(entry.interview, writing.held, ownNotes, writing.ticked));
  return writing;
}

/** The checklists as their notes are written (with the thank-you rule of the config), by id. */
async function checklistsAsWritten(ctx: CommandContext): Promise<Map<string, Checklist>> {
  const rule = thankYouRule(ctx.settings.config);
  return new Map([...(await ctx.catalog()).checklists].map(([id, checklist]) => [id, withThankYouRule(checklist, rule)] as const));
}

/** Asks `question`, No by default; Ctrl-C or a closed terminal ends with 130, saying that `kept`. */
async function confirmed(question: string, kept: string): Promise<boolean> {
  const [{ ask }, { trapInterrupts, isInterrupt }] = await Promise.all([import("../ui/prompts.js"), import("../ui/interrupt.js")]);
  const trap = trapInterrupts();
  try {
    return await ask.confirm({ message: question, default: false }, { signal: trap.signal });
  } catch (error) {
    if (isInterrupt(error)) throw new InterruptedError(`Interrupted: nothing was removed; ${kept}.`);
    throw error;
  } finally {
    trap.dispose();
  }
}
