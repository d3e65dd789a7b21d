// Completion candidates for a partly typed command line. The commands, options and choices are
// read from the commander program itself, so completion can never drift from src/cli.ts.
import type { Command, Option } from "commander";

/** Values that depend on the user's content and library. */
export interface CompletionSource {
  decks(): Promise<string[]>;
  checklists(): Promise<string[]>;
  /** Every program of the season: interviews, reviews, checklist notes. */
  programs(): Promise<string[]>;
  /** The programs `review` can take: not those whose interview is still to come or was withdrawn, unless reviewed already. */
  reviewable(): Promise<string[]>;
  /** The programs that have a review (draft or finished): what followups can work on. */
  reviewed(): Promise<string[]>;
  /** The titles of the stories in the bank. */
  stories(): Promise<string[]>;
  files(prefix: string): string[];
}

/** Which dynamic list a positional argument or option value draws from, by command path. */
const ARGUMENT_VALUES: Record<string, Record<string, keyof CompletionSource | undefined>> = {
  practice: { deck: "decks" },
  "interviews edit": { program: "programs" },
  "interviews cancel": { program: "programs" },
  "interviews remove": { program: "programs" },
  "stories show": { title: "stories" },
  "stories check": { deck: "decks" },
  checklist: { name: "checklists" },
  show: { id: "decks+checklists" as keyof CompletionSource },
  stats: { deck: "decks" },
  review: { program: "reviewable" },
  followups: { program: "reviewed" },
  validate: { paths: "files" },
};
const OPTION_VALUES: Record<string, keyof CompletionSource> = {
  "--program": "programs",
  "--content": "files",
  "--home": "files",
  "--output": "files",
  "--answers": "files",
  "--weights": "files",
};

const takesValue = (option: Option) => option.required || option.optional;

function findOption(options: readonly Option[], flag: string): Option | undefined {
  return options.find((option) => option.long === flag || option.short === flag);
}

/**
 * `words` is the whole line split into words (words[0] is the program name); `index` is the
 * word being completed (it may be one past the end when the cursor follows a space).
 */
export async function complete(program: Command, words: string[], index: number, source: CompletionSource): Promise<string[]> {
  // A word opened with a quote ("Riverside …, as names with spaces are typed): the shell still
  // holds the quote in the word, and what is offered completes what follows it.
  const current = (words[index] ?? "").replace(/^["']/, "");
  const visible = (parent: Command) => parent.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden);
  // The command and the subcommands typed after it ("interviews edit"): options of each apply.
  const path: Command[] = [];
  const command = () => path.at(-1);
  const options = () => [...program.options, ...path.flatMap((c) => c.options)];
  const positionals: string[] = [];

  // Walk the words before the cursor: find the (sub)command and count its positional arguments.
  for (let i = 1; i < index; i++) {
    const word = words[i] ?? "";
    if (word.startsWith("-")) {
      const option = findOption(options(), word.split("=")[0] ?? word);
      if (option && takesValue(option) && !word.includes("=")) i++; // skip the option's value
    } else if (!command()) {
      const found = visible(program).find((c) => c.name() === word);
      if (!found) return []; // after a word that is no command, nothing offered could be right
      path.push(found);
    } else {
      const sub = positionals.length === 0 ? visible(command()!).find((c) => c.name() === word) : undefined;
      if (sub) path.push(sub);
      else positionals.push(word);
    }
  }

  const startsWith = (list: string[]) => list.filter((item) => item.startsWith(current));
  const previous = words[index - 1] ?? "";
  const previousOption = previous.startsWith("-") ? findOption(options(), previous) : undefined;

  if (previousOption && takesValue(previousOption)) {
    if (previousOption.argChoices) return startsWith(previousOption.argChoices);
    const kind = OPTION_VALUES[previousOption.long ?? ""];
    return kind ? values(kind, current, source).then(startsWith) : [];
  }
  if (current.startsWith("-")) {
    return startsWith(options().flatMap((option) => (option.long ? [option.long] : [])).concat(command() ? ["--help"] : ["--help", "--version"]));
  }
  if (!command()) return startsWith(visible(program).map((c) => c.name()));
  // A command of subcommands ("stories", "interviews") offers them in its first place.
  const subcommands = positionals.length === 0 ? visible(command()!).map((c) => c.name()) : [];
  if (subcommands.length) return startsWith(subcommands);

  const args = command()!.registeredArguments;
  const argument = args[Math.min(positionals.length, args.length - 1)];
  if (!argument || (positionals.length >= args.length && !argument.variadic)) return [];
  if (argument.argChoices) return startsWith(argument.argChoices);
  const kind = ARGUMENT_VALUES[path.map((c) => c.name()).join(" ")]?.[argument.name()];
  return kind ? values(kind, current, source).then(startsWith) : [];
}

async function values(kind: string, current: string, source: CompletionSource): Promise<string[]> {
  switch (kind) {
    case "decks":
      return source.decks();
    case "checklists":
      return source.checklists();
    case "decks+checklists":
      return [...new Set([...(await source.decks()), ...(await source.checklists())])];
    case "programs":
      return source.programs();
    case "reviewable":
      return source.reviewable();
    case "reviewed":
      return source.reviewed();
    case "stories":
      return source.stories();
    case "files":
      return source.files(current);
    default:
      return [];
  }
}
