// Which recorded interview a checklist's --program names, and the checklist that fits it: a
// name that is a near miss of a recorded one is refused rather than started as a second note.
import { existsSync } from "node:fs";
import type { CommandContext } from "../context.js";
import { UsageError } from "../io/errors.js";
import { libraryPaths } from "../io/library.js";
import { DEFAULT_PROGRAM } from "../checklists/progress.js";
import { nearMissError } from "../interviews/find.js";
import type { Lookup } from "../interviews/lookup.js";
import type { InterviewKind } from "../content/interview-kinds.js";
import { say } from "../ui/output.js";
import { wrapForTerminal as wrap } from "../ui/wrap.js";

/** The interview recorded for the program, or the hint and near misses when there is none; `checklist`: the one it is for, if named. */
export async function recordedInterview(program: string, ctx: CommandContext, checklist?: string): Promise<Lookup> {
  const dir = libraryPaths(ctx.settings.home.value).interviews;
  // No interviews recorded at all: nothing to look up (the checklist already says how to give a
  // date), and --print stays on its fast path, without yaml or zod.
  if (program === DEFAULT_PROGRAM || !existsSync(dir)) return {};
  const { lookUpInterview } = await import("../interviews/lookup.js");
  return lookUpInterview(dir, program, "the checklist keeps its saved date, or --date gives one", checklist);
}

/** The checklist that fits the interview recorded as `program` (said on stderr); UsageError when none is recorded, NotFoundError for a near miss. */
export async function checklistForProgram(program: string, ctx: CommandContext): Promise<string> {
  const { interview, near, kind } = await recordedInterview(program, ctx);
  // A near miss of a recorded name is that interview mistyped: the way on is its name, not a checklist's.
  if (near?.length) throw nearMissError(program, near, "no checklist was chosen", (name) => `interview-coach checklist --program "${name}"`, kind);
  if (!interview) throw new UsageError(`name the checklist when '${program}' is not a recorded interview, e.g. interview-coach checklist second-interview --program "${program}"`);
  const { suggestedChecklist, kindLabel } = await import("../interviews/interview.js");
  const fits = suggestedChecklist(interview);
  say(wrap(`Checklist ${fits}, the one for ${interview.program} (${kindLabel(interview)}).`));
  return fits;
}

/**
 * A --program that is a near miss of a recorded interview (a typo, most likely) starts no note:
 * one would stay in the overview forever beside the real one. Exit 66 with the way on. A note
 * already saved under the name opens as before, so it can still be ticked or reset. `kind`: what
 * the program most likely is (see recordCommand).
 */
export async function refuseNearMiss(checklist: string, program: string, near: readonly string[], dir: string, kind?: InterviewKind): Promise<void> {
  const { progressFile } = await import("../checklists/progress-file.js");
  if (existsSync(progressFile(dir, checklist, program))) return;
  throw nearMissError(program, near, "no checklist was started", (name) => `interview-coach checklist ${checklist} --program "${name}"`, kind);
}
