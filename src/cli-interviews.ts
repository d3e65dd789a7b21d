// The subcommands of `interviews` (add, edit, cancel, remove), apart from src/cli.ts for room.
// Each action imports its command module only when it runs, as every command's does.
import { Option, type Command } from "commander";
import type { CommandContext } from "./context.js";
import { DEFAULT_KIND, INTERVIEW_FORMATS, INTERVIEW_KINDS, kindsHelp, specialtyHelp } from "./content/interview-kinds.js";
import { examples } from "./help.js";

/** What src/cli.ts runs an action with: the effective settings, once stray words are refused. */
type WithContext = (command: Command, run: (ctx: CommandContext) => Promise<void>) => Promise<void>;

const SUBCOMMANDS = {
  add: ["record an interview (an invitation accepted) or a networking event", examples.interviewsAdd],
  edit: ["change an interview's date, time or details", examples.interviewsEdit],
  cancel: ["withdraw: mark the interview cancelled (kept for the record)", examples.interviewsCancel],
  remove: ["delete a record made by mistake, such as a duplicate (refused while a review, ticks or practice notes name it)", examples.interviewsRemove],
} as const;

// `edit` changes only what it is given: the defaults of `add` would mislead there.
const interviewOptions = (command: Command, adding: boolean) =>
  command
    .option("--date <YYYY-MM-DD>", "the day of the interview or event, in its own time zone")
    .option("--time <HH:MM>", "start time, 24-hour, in its own time zone")
    .option("--tz <zone>", `time zone, e.g. America/Chicago (${adding ? "default: this machine's" : "kept as recorded unless given"})`)
    .addOption(new Option("--kind <kind>", `${kindsHelp()} (${adding ? `default ${DEFAULT_KIND}` : "kept as recorded unless given"})`).choices(INTERVIEW_KINDS))
    .option("--specialty <text>", specialtyHelp())
    .addOption(new Option("--format <format>", "how it takes place").choices(INTERVIEW_FORMATS))
    .option("--where <text>", "address or meeting link");

export function interviewSubcommands(interviews: Command, withContext: WithContext): void {
  for (const name of Object.keys(SUBCOMMANDS) as (keyof typeof SUBCOMMANDS)[]) {
    const [about, help] = SUBCOMMANDS[name];
    const sub = interviews.command(name).description(about).argument("<program>", "the program, employer or event").addHelpText("after", help);
    if (name === "add" || name === "edit") interviewOptions(sub, name === "add");
    if (name === "remove") sub.option("-y, --yes", "do not ask for confirmation (needed without a terminal)");
    sub.action((programName: string, options, command: Command) =>
      withContext(command, async (ctx) => (name === "remove" ? (await import("./commands/interviews-remove.js")).remove : (await import("./commands/interviews.js"))[name])(programName, options, ctx)),
    );
  }
}
