// The command-line surface. Each action imports its command module only when it runs, so
// `--help` and light commands never load prompts, YAML or the schema.
import { Command, Help, InvalidArgumentError, Option } from "commander";
// The context (settings, catalog) is light and every command needs it: importing it here keeps it
// in the entry chunk instead of a dozen small shared chunks, each a separate file to load.
import { createContext, type CommandContext } from "./context.js";
import type { GlobalOptions } from "./config/settings.js";
import { examples, homeOptionHelp } from "./help.js";
import { interviewSubcommands } from "./cli-interviews.js";
import { closest } from "./io/suggest.js";

declare const __VERSION__: string;
const version = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";

const collect = (value: string, previous: string[] = []) => [...previous, value];
/**
 * A file named after a flag: an empty name (`--weights ""`, a shell variable left unset) is
 * refused, not taken as the flag left out.
 */
const fileName = (value: string) => {
  if (!value.trim()) throw new InvalidArgumentError("A file name is needed.");
  return value;
};

/** Runs a lazily imported command with the effective settings. */
async function withContext(command: Command, run: (ctx: CommandContext) => Promise<void>): Promise<void> {
  await refuseStrayWords(command);
  await run(await createContext(command.optsWithGlobals<GlobalOptions>()));
}

/**
 * A command that runs alone and also has subcommands (`interviews`, `stories`) takes no words of
 * its own, so `interviews ad "Foo" --date 2026-12-15` is a mistyped subcommand: said as such, with
 * the closest names, exit 64, where commander would say "too many arguments" or refuse `--date`
 * (an option of the subcommand meant). Commander lets such words through to here (see
 * typoTolerant); an unknown option with no word before it is refused by commander itself, as for
 * every other command, by parsing the words again with unknown options refused.
 */
async function refuseStrayWords(command: Command): Promise<void> {
  const [word] = command.commands.length ? command.args : [];
  if (word === undefined) return;
  if (word.length > 1 && word.startsWith("-")) {
    await command.allowUnknownOption(false).allowExcessArguments(false).parseAsync(command.args, { from: "user" });
  }
  const names = command.createHelp().visibleCommands(command).map((sub) => sub.name());
  const near = closest(word, names);
  const hint = near.length ? ` (did you mean ${near.join(" or ")}?)` : `; the commands of '${command.name()}' are ${names.join(", ")}`;
  command.error(`error: unknown command '${word}'${hint}`, { code: "commander.unknownCommand", exitCode: 64 });
}

/** Lets words that match no subcommand of `command` through to its action (see refuseStrayWords); set after its subcommands, which would inherit it. */
const typoTolerant = (command: Command) => command.allowUnknownOption().allowExcessArguments();

export function buildProgram(): Command {
  const program: Command = new Command("interview-coach")
    .description("A terminal coach for healthcare job interviews: timed practice, checklists, reviews and a rank-order list.\nDocuments (notes, --json, CSV) go to stdout; prompts and progress go to stderr.")
    .version(version, "-V, --version")
    .option("--content <dir>", "add a content folder (repeatable; later folders override earlier ones by id)", collect)
    .option("--home <dir>", homeOptionHelp())
    .option("--no-color", "no colour on the terminal (also NO_COLOR=1 or TERM=dumb)")
    .option("--debug", "show stack traces for unexpected errors")
    .showSuggestionAfterError()
    .exitOverride()
    .configureHelp({
      sortSubcommands: false,
      showGlobalOptions: true,
      // A subcommand's help lists the options every command takes, not those of the command it
      // is under: `stories add` takes no --format, and `interviews add` no --json.
      visibleGlobalOptions(this: Help, command: Command): Option[] {
        return Help.prototype.visibleGlobalOptions.call(this, command).filter((option) => program.options.includes(option));
      },
    })
    .addHelpText("after", examples.program);

  program
    .command("practice")
    .description("timed practice: think time, a live answer countdown, self-rating and feedback; ends in Markdown notes")
    .argument("[deck]", "deck id (see `interview-coach list decks`) or a path to a deck .yaml file; with --program, default: the deck for that interview")
    .option("-n, --count <n>", "how many questions (default 5)")
    .option("--category <name>", "only questions of this category (repeatable: any of them)", collect)
    .option("--exclude-category <name>", "leave out questions of this category (repeatable)", collect)
    .option("--tag <tag>", "only questions with this tag (repeatable)", collect)
    .addOption(new Option("--order <order>", "question order (default: due once the deck has history, else shuffle)").choices(["due", "shuffle", "deck"]))
    .option("--seed <seed>", "make the shuffle repeatable (shuffles unless --order says otherwise)")
    .addOption(new Option("--mode <mode>", "typed answers, or aloud: speak while the clock runs, Enter to stop").choices(["typed", "aloud"]))
    .option("--prep <duration>", "think time before each answer, e.g. 20s (0 for none)")
    .option("--time <duration>", "answer time for every question, e.g. 90s or 2m")
    .option("--hard", "stop the answer when the time is up (default: overtime counts on, in red)")
    .option("--takes <n>", "takes allowed per question, for retakes (default 2)")
    .option("--program <name>", "the interview this practice is for (recorded with `interviews add`: its deck is suggested)")
    .option("-o, --output <file>", "append the notes (with --plan, the plan) to FILE, or - for stdout", fileName)
    .option("--no-save", "do not save the session in the library")
    .option("--plan", "print the questions the session would ask, and exit")
    .option("--json", "with --plan: the plan as JSON; with --answers: the session and its feedback as JSON")
    .option("--answers <file>", "answer from a YAML file (question id: answer) without prompts", fileName)
    .option("--no-stories", "do not show the titles of your stories that fit a STAR question, nor ask which one you told")
    .addHelpText("after", examples.practice)
    .action((deck: string | undefined, options, command: Command) =>
      withContext(command, async (ctx) => (await import("./commands/practice.js")).run(deck, options, ctx)),
    );

  program
    .command("checklist")
    .description("work through a checklist for one interview, with due dates and saved progress")
    .argument("[name]", "checklist id; without it, lists checklists and your progress, or with --program, the checklist for that interview's kind")
    .option("--program <name>", "the interview (program, group or employer) this checklist is for")
    .option("--date <YYYY-MM-DD>", "the interview date, for due dates")
    .option("--print", "print the checklist as Markdown on stdout, no prompts")
    .option("--reset", "start this checklist over for the program")
    .option("-y, --yes", "do not ask for confirmation")
    .option("-o, --output <file>", "with --print: append to FILE, or - for stdout", fileName)
    .addHelpText("after", examples.checklist)
    .action((name: string | undefined, options, command: Command) =>
      withContext(command, async (ctx) => (await import("./commands/checklist.js")).run(name, options, ctx)),
    );

  program
    .command("review")
    .description("right after an interview or a networking event: impressions and people met; for an interview, scores, deal-breakers and gut feeling")
    .argument("<program>", "the program or employer you interviewed with, or the networking event")
    .option("--answers <file>", "fill the review from a YAML file without prompts: date, kind, specialty, people, scores, gut, dealBreakers, redFlags, stillUnknown, notes (left out: earlier answers)", fileName)
    .addHelpText("after", examples.review)
    .action((name: string, options, command: Command) =>
      withContext(command, async (ctx) => (await import("./commands/review.js")).run(name, options, ctx)),
    );

  program
    .command("rank")
    .description("the rank-order list from all reviews: weighted scores, gut rank, deal-breakers apart")
    .option("--weights <file>", "YAML file of criterion: weight (0-10), overriding the config; under residency: or job:, for that list alone", fileName)
    .addOption(new Option("--format <format>", "output format").choices(["md", "csv", "json"]).default("md"))
    // As the other commands that print JSON take it.
    .option("--json", "the same as --format json")
    .addHelpText("after", examples.rank)
    .action((options, command: Command) =>
      withContext(command, async (ctx) => (await import("./commands/rank.js")).run({ ...options, formatGiven: command.getOptionValueSource("format") === "cli" }, ctx)),
    );

  program
    .command("followups")
    .description("thank-you notes due for everyone you met, overdue first (follow-up notes after a networking event)")
    .argument("[program]", "with --draft or --done: the program or networking event")
    .argument("[name]", "with --done: the person the note went to")
    .option("--draft", "print a draft thank-you note (follow-up note after an event) for each person met at <program>")
    .option("--done", "record the note to <name> at <program> as sent")
    .addHelpText("after", examples.followups)
    .action((program: string | undefined, name: string | undefined, options, command: Command) =>
      withContext(command, async (ctx) => (await import("./commands/followups.js")).run(program, name, options, ctx)),
    );

  const interviews = program
    .command("interviews")
    .description("the season's interviews as records: date, time zone, kind; each command uses them")
    .option("--json", "as JSON")
    .addHelpText("after", examples.interviews)
    .action((options, command: Command) => withContext(command, async (ctx) => (await import("./commands/interviews.js")).list(options, ctx)));
  interviewSubcommands(interviews, withContext);
  typoTolerant(interviews);

  program
    .command("today")
    .description("the agenda for today and the next 7 days: interviews, due items, thank-you notes, reviews to write")
    .option("--json", "as JSON")
    .addHelpText("after", examples.today)
    .action((options, command: Command) => withContext(command, async (ctx) => (await import("./commands/today.js")).run(options, ctx)));

  program
    .command("calendar")
    .description("an iCalendar (.ics) file of interviews, due items, thank-you deadlines and the rank-order list deadline")
    .option("-o, --output <file>", "write to FILE, replacing an earlier calendar export (default: stdout, when it is not a terminal)", fileName)
    .addHelpText("after", examples.calendar)
    .action((options, command: Command) => withContext(command, async (ctx) => (await import("./commands/calendar.js")).run(options, ctx)));
  const stories = program
    .command("stories")
    .description("the story bank: your STAR stories, the competencies they show and how often you told them")
    .addOption(new Option("--format <format>", "table (aligned on a terminal, Markdown when piped), md (a one-page story sheet per deck) or json").choices(["table", "md", "json"]))
    .option("--json", "as JSON (same as --format json)")
    .option("--deck <id>", "with --format md: the sheet for this deck only")
    .addHelpText("after", examples.stories)
    .action((options, command: Command) => withContext(command, async (ctx) => (await import("./commands/stories.js")).runList(options, ctx)));
  stories
    .command("add")
    .description("write a story in STAR form (a form on the terminal, or --answers FILE)")
    .argument("<title>", "a short title you will recognise, e.g. \"Night shift handover\"")
    .option("--answers <file>", "the story from a YAML file: situation, task, action, result, learned, competencies, where", fileName)
    .addHelpText("after", examples.storiesAdd)
    .action((title: string, options, command: Command) =>
      withContext(command, async (ctx) => (await import("./commands/stories-add.js")).runAdd(title, options, ctx)),
    );
  stories
    .command("show")
    .description("print one story as Markdown, with its STAR check")
    .argument("<title>", "the story's title (any case) or file name")
    .option("--json", "as JSON")
    .addHelpText("after", examples.storiesShow)
    .action((title: string, _options, command: Command) =>
      // optsWithGlobals: `--json` after the subcommand is read by the `stories` command too.
      withContext(command, async (ctx) => (await import("./commands/stories.js")).runShow(title, command.optsWithGlobals(), ctx)),
    );
  stories
    .command("check")
    .description("per competency, your stories and the questions that ask for it; gaps, missing STAR parts, near-duplicates")
    .argument("[deck]", "only this deck's questions (default: every deck)")
    .option("--json", "as JSON")
    .addHelpText("after", examples.storiesCheck)
    .action((deck: string | undefined, _options, command: Command) =>
      withContext(command, async (ctx) => (await import("./commands/stories.js")).runCheck(deck, command.optsWithGlobals(), ctx)),
    );
  typoTolerant(stories);

  program
    .command("list")
    .description("list decks and checklists, with counts and where each comes from")
    .addArgument(new Command().createArgument("[kind]", "decks or checklists").choices(["decks", "checklists"]))
    .option("--json", "as JSON")
    .addHelpText("after", examples.list)
    .action((kind: "decks" | "checklists" | undefined, options, command: Command) =>
      withContext(command, async (ctx) => (await import("./commands/list.js")).run(kind, options, ctx)),
    );

  program
    .command("show")
    .description("print a deck as a Markdown study sheet, or a checklist as Markdown")
    .argument("<id>", "deck or checklist id (deck/ID or checklist/ID when both exist), or a path to a .yaml file")
    .option("--json", "as JSON")
    .addHelpText("after", examples.show)
    .action((id: string, options, command: Command) =>
      withContext(command, async (ctx) => (await import("./commands/show.js")).run(id, options, ctx)),
    );

  program
    .command("validate")
    .description("check content files and report every problem as FILE:LINE:COL")
    .argument("[paths...]", "files or folders (default: all content in every layer)")
    .addHelpText("after", examples.validate)
    .action((paths: string[], _options, command: Command) =>
      withContext(command, async (ctx) => (await import("./commands/validate.js")).run(paths, ctx)),
    );

  program
    .command("stats")
    .description("where you stand: ratings, trends, due questions, weakest questions, streak")
    .argument("[deck]", "only this deck: its id, or a path to a deck .yaml file")
    .option("--json", "as JSON")
    .option("--since <YYYY-MM-DD>", "only practice from this date on")
    .addHelpText("after", examples.stats)
    .action((deck: string | undefined, options, command: Command) =>
      withContext(command, async (ctx) => (await import("./commands/stats.js")).run(deck, options, ctx)),
    );

  program
    .command("config")
    .description("print the effective settings and where each one came from")
    .option("--json", "as JSON")
    .addHelpText("after", examples.config)
    .action((options, command: Command) => withContext(command, async (ctx) => (await import("./commands/config.js")).run(options, ctx)));

  program
    .command("completion")
    .description("print a shell completion script")
    .addArgument(new Command().createArgument("<shell>", "bash, zsh or fish").choices(["bash", "zsh", "fish"]))
    .addHelpText("after", examples.completion)
    // The script is the same whatever the settings: a broken config.yaml must not keep it from the shell.
    .action(async (shell: "bash" | "zsh" | "fish") => (await import("./commands/completion.js")).run(shell));

  // Called by the completion scripts: prints the candidates for word INDEX of WORDS.
  program
    .command("__complete", { hidden: true })
    .argument("<index>")
    .argument("[words...]")
    .allowUnknownOption()
    .helpOption(false)
    .action(async (index: string, words: string[], _options, command: Command) => {
      // Tab must still offer the commands and options when config.yaml is broken (the command
      // the user then runs says what is wrong with it): without settings, only the library's
      // names are left out.
      const ctx = await createContext(command.optsWithGlobals<GlobalOptions>()).catch(() => undefined);
      await (await import("./commands/completion.js")).runComplete(command.parent!, index, words, ctx);
    });

  return program;
}
