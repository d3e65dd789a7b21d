// `interview-coach stories`: the story bank. Without a subcommand it lists the stories (or, with
// --format md, prints a one-page story sheet per deck); `add` writes one, `show` prints one,
// `check` shows how the bank covers a deck's questions. Broken story files are reported at
// FILE:LINE:COL and skipped; the command still shows the rest, then exits 65.
import type { CommandContext } from "../context.js";
import { displayPath } from "../io/library.js";
import { cacheDir } from "../io/paths.js";
import { competencyIds } from "../content/competencies.js";
import { findDeck } from "../content/find.js";
import { ContentError, NotFoundError, UsageError } from "../io/errors.js";
import { libraryPaths } from "../io/library.js";
import { recordSlug } from "../io/slug.js";
import { storiesTold } from "../practice/history-load.js";
import { checkStories } from "../stories/check.js";
import { loadStories, type LoadedStories } from "../stories/load-stories.js";
import { loadLanguage } from "../practice/language.js";
import { starEvidence } from "../stories/star-evidence.js";
import { checkMarkdown, storiesListMarkdown, storyMarkdown, storySheetMarkdown } from "../stories/story-markdown.js";
import { findStory, STAR_PARTS } from "../stories/story.js";
import { closest } from "../io/suggest.js";
import { say, stdoutIsTerminal, writeDocument } from "../ui/output.js";
import { renderCheckView, renderStoriesList } from "../ui/stories-view.js";

export interface ListOptions {
  format?: "table" | "md" | "json";
  json?: boolean;
  deck?: string;
}

/** The competency ids a story may name, the library's paths and its stories (through the parsed-file cache). */
export async function storyBank(ctx: CommandContext) {
  const known = competencyIds(ctx.settings.config.competencies);
  const paths = libraryPaths(ctx.settings.home.value);
  const loaded = await loadStories(paths.stories, known, { label: displayPath });
  return { known, paths, loaded };
}

/** storyBank, with how often each story was told in practice. */
async function bank(ctx: CommandContext) {
  const stories = await storyBank(ctx);
  const { history } = stories.paths;
  return { ...stories, uses: storiesTold(history, cacheDir(), say) };
}

/** After the document is out: broken story files end the command with exit 65. */
function failOnBroken(loaded: LoadedStories): void {
  if (!loaded.issues.length) return;
  const files = new Set(loaded.issues.map((issue) => issue.file)).size;
  throw new ContentError(loaded.issues, `${files} story file${files === 1 ? "" : "s"} skipped; fix ${files === 1 ? "it" : "them"} and run again`);
}

/** Aligned text on a terminal (stderr), Markdown on stdout when it is a file or a pipe. */
function show(view: () => string, markdown: () => string): void {
  const screen = process.stderr.isTTY === true;
  if (screen) say(view());
  if (!screen || !stdoutIsTerminal()) writeDocument(markdown());
}

export async function runList(options: ListOptions, ctx: CommandContext): Promise<void> {
  const format = options.json ? "json" : (options.format ?? "table");
  if (options.deck && format !== "md") throw new UsageError("--deck goes with --format md: `interview-coach stories --format md --deck residency`");
  const { loaded, uses } = await bank(ctx);
  const { stories } = loaded;
  if (format === "json") {
    writeDocument(JSON.stringify(stories.map((s) => ({ ...s, used: uses.get(s.slug) ?? 0 })), null, 2));
  } else if (!stories.length) {
    say('No stories yet. Add one with `interview-coach stories add "<title>"`: six to ten real stories answer most behavioural questions.');
  } else if (format === "md") {
    const catalog = await ctx.catalog();
    const decks = options.deck ? [findDeck(catalog, options.deck)] : [...catalog.decks.values()];
    const sheet = storySheetMarkdown(stories, decks);
    if (sheet) writeDocument(sheet);
    else say("No story fits the questions of these decks yet: give your stories the competencies the questions ask for.");
  } else {
    show(() => renderStoriesList(stories, uses), () => storiesListMarkdown(stories, uses));
  }
  failOnBroken(loaded);
}

export async function runShow(title: string, options: { json?: boolean }, ctx: CommandContext): Promise<void> {
  const { loaded, uses } = await bank(ctx);
  const story = findStory(loaded.stories, title);
  if (!story) {
    // The story asked for may be the broken file: its problems say more than "not found".
    const broken = loaded.issues.filter((issue) => issue.file.endsWith(`${recordSlug(title)}.md`));
    if (broken.length) throw new ContentError(broken);
    const near = closest(title, loaded.stories.map((s) => s.title));
    const hint = near.length ? ` Did you mean ${near.map((n) => `'${n}'`).join(" or ")}?` : "";
    throw new NotFoundError(`no story titled '${title}'.${hint} See \`interview-coach stories\`.`);
  }
  for (const issue of loaded.issues) say(`warning: skipped ${issue.file}:${issue.line}:${issue.col}: ${issue.message}`);
  // The STAR check reads the text with the language model that practice feedback uses. It is
  // loaded (a few hundred ms) only once the story is found: a mistyped title fails at once.
  await loadLanguage();
  const star = starEvidence(story);
  const missing = STAR_PARTS.filter((part) => !star[part].found);
  if (options.json) writeDocument(JSON.stringify({ ...story, used: uses.get(story.slug) ?? 0, star }, null, 2));
  else writeDocument(storyMarkdown(story, uses.get(story.slug) ?? 0, missing, star.weOnly));
}

export async function runCheck(deckArg: string | undefined, options: { json?: boolean }, ctx: CommandContext): Promise<void> {
  const { known, loaded, uses } = await bank(ctx);
  const catalog = await ctx.catalog();
  const decks = deckArg ? [findDeck(catalog, deckArg)] : [...catalog.decks.values()];
  // The STAR check reads the text with the language model that practice feedback uses; loaded
  // once the deck is known, so that a mistyped deck name fails at once.
  await loadLanguage();
  const report = checkStories(loaded.stories, decks, known, uses);
  if (options.json) writeDocument(JSON.stringify(report, null, 2));
  else show(() => renderCheckView(report), () => checkMarkdown(report));
  if (!loaded.stories.length) say('No stories yet: add one with `interview-coach stories add "<title>"`.');
  failOnBroken(loaded);
}

