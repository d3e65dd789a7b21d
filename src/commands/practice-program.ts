// `practice [deck] --program P`: practice for a recorded interview. The session is saved under
// the interview's own name (so notes, stats and today line up), and the deck that fits the
// interview's kind is used when none is given, or suggested when another one is.
import { existsSync } from "node:fs";
import type { CommandContext } from "../context.js";
import { UsageError } from "../io/errors.js";
import { libraryPaths } from "../io/library.js";
import { say } from "../ui/output.js";
import { wrapForTerminal } from "../ui/wrap.js";
import { nearMissError } from "../interviews/find.js";

export interface ProgramChoice {
  deck: string;
  program: string;
}

/**
 * The deck to practise and the program name to record; throws UsageError when no deck can be
 * chosen; NotFoundError (exit 66) for a near miss of a recorded program when the session `saves`.
 */
export async function deckForProgram(deckArg: string | undefined, program: string, ctx: CommandContext, saves: boolean): Promise<ProgramChoice> {
  const dir = libraryPaths(ctx.settings.home.value).interviews;
  const fallback = !deckArg ? "name a deck: interview-coach practice residency --program …" : saves ? "the session is saved under this name" : "nothing is saved";
  // Nothing recorded: no need to load the interview reader (practice start-up is budgeted).
  const found = existsSync(dir) ? await (await import("../interviews/lookup.js")).lookUpInterview(dir, program, fallback, deckArg) : {};
  if (!found.interview) {
    // A session saved under a typo would count apart from the real program's in notes and stats;
    // --plan and --no-save keep nothing, so they still go ahead, with the hint.
    // Without a deck there is nothing to go ahead with either: the way on is the recorded name.
    if (found.near?.length && (saves || !deckArg)) {
      throw nearMissError(program, found.near, "no practice session was started", (name) => `interview-coach practice${deckArg ? ` ${deckArg}` : ""} --program "${name}"`, found.kind);
    }
    if (found.hint) say(wrapForTerminal(found.hint));
    if (!deckArg) throw new UsageError(`practice needs a deck when '${program}' is not a recorded interview: interview-coach practice <deck> --program "${program}"`);
    return { deck: deckArg, program };
  }
  const { suggestedDeck, kindLabel } = await import("../interviews/interview.js");
  const fits = suggestedDeck(found.interview);
  const what = kindLabel(found.interview);
  if (!deckArg) say(wrapForTerminal(`Practising ${fits}, the deck for ${found.interview.program} (${what}).`));
  else if (deckArg !== fits && !/\.ya?ml$/i.test(deckArg)) say(wrapForTerminal(`For ${found.interview.program} (${what}) the deck that fits is ${fits}: interview-coach practice ${fits} --program "${found.interview.program}"`));
  return { deck: deckArg ?? fits, program: found.interview.program };
}
