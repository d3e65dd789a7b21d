// The entry point: parse argv, run the command, and turn whatever happened into one line on
// stderr and an exit code. This is the only place that decides how the process ends.
import { CommanderError } from "commander";
import { buildProgram } from "./cli.js";
import { firstControl, terminalSafe } from "./io/control-chars.js";
import { CoachError, ExitCode, UsageError } from "./io/errors.js";
import { settleTerminalSize } from "./ui/terminal.js";
import { wrapForTerminal } from "./ui/wrap.js";

export async function main(argv: string[]): Promise<void> {
  // `interview-coach show residency | head -1`: the reader left; that is a normal ending.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(ExitCode.ok);
    // The terminal itself closed (stdout was the terminal): the command has saved its work and
    // is ending with 130; a write to the dead terminal must not turn that into a crash.
    if (error.code === "EIO" && process.stdout.isTTY) return;
    throw error;
  });
  // `interview-coach practice … 2>&1 | head -1`: the reader of our messages left. The work is
  // saved all the same; the messages have nowhere to go, which is no reason to fail.
  process.stderr.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    if (error.code === "EIO" && process.stderr.isTTY) return;
    throw error;
  });
  settleTerminalSize();
  const debug = argv.includes("--debug");
  try {
    refuseControlCharacters(argv.slice(2));
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.exitCode = report(error, debug);
  }
}

/**
 * A name typed with a terminal escape code in it (a program, a deck, a category) would be
 * written into notes and echoed in messages; no name needs one, so the call is refused.
 */
function refuseControlCharacters(args: string[]): void {
  args.forEach((arg, i) => {
    const control = firstControl(arg);
    if (control) {
      throw new UsageError(`argument ${i + 1} contains the control character ${control.name} at character ${control.index + 1}; type it without terminal escape codes`);
    }
  });
}

function report(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message (or the help); only the code is left to set.
    const quiet = ["commander.helpDisplayed", "commander.help", "commander.version"];
    return quiet.includes(error.code) ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof Error && error.name === "ExitPromptError") {
    // Ctrl-C at a prompt that no command caught: nothing was in progress to save.
    process.stderr.write("Interrupted.\n");
    return ExitCode.interrupted;
  }
  if (error instanceof CoachError) {
    // Messages quote names from arguments and files: shown escaped, never obeyed by the terminal.
    // An error of the user's input or surroundings, said in full: a stack, even with --debug, would
    // only bury the line that says what to fix.
    // On a terminal it is wrapped between words, as every message is, so that the terminal does
    // not cut a name or a command at its edge; piped, it stays one line for whatever reads it.
    process.stderr.write(`${wrapForTerminal(`${prefix(error)}${terminalSafe(error.message)}`)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`interview-coach: unexpected error: ${terminalSafe(message)}\n`);
  process.stderr.write(debug && error instanceof Error ? `${error.stack}\n` : "Run again with --debug to see where it happened.\n");
  return ExitCode.unexpected;
}

/** Content errors already start with FILE:LINE:COL; everything else is prefixed with "error:". */
function prefix(error: CoachError): string {
  return error.exitCode === ExitCode.badContent || error.exitCode === ExitCode.interrupted ? "" : "error: ";
}
