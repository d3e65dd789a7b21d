// `stories add`: a new story in STAR form, from a form on the terminal or an answers file. Kept
// apart from the other story commands, which read the bank without yaml once it is cached.
import type { CommandContext } from "../context.js";
import { ContentError, InterruptedError, UsageError } from "../io/errors.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { replaceFile, writeNewFile } from "../io/files.js";
import { displayPath } from "../io/library.js";
import { checkRecordName, recordSlug } from "../io/slug.js";
import { readFlagYamlFile } from "../io/flag-file.js";
import { loadLanguage, startLoadingLanguage } from "../practice/language.js";
import { WE_ONLY_HINT } from "../practice/star-hints.js";
import { wrapForTerminal } from "../ui/wrap.js";
import { starEvidence } from "../stories/star-evidence.js";
import { newStory, storyFromAnswers } from "../stories/story-answers.js";
import { renderStoryNote, type NewStory } from "../stories/story-note.js";
import type { StoryAnswers } from "../stories/story-schema.js";
import { findStory, SECTION_TITLES, STAR_PARTS, STORY_FIELDS, type Story } from "../stories/story.js";
import { say } from "../ui/output.js";
import { requireTerminal } from "../ui/terminal.js";
import { storyBank } from "./stories.js";

export async function runAdd(titleArg: string, options: { answers?: string }, ctx: CommandContext): Promise<void> {
  const title = checkRecordName(titleArg, "the story title").replace(/\s+/g, " ").trim();
  if (!title) throw new UsageError('the story needs a title, e.g. interview-coach stories add "Night shift handover"');
  const { known, paths, loaded } = await storyBank(ctx);
  const today = ctx.todayDate();
  const existing = findStory(loaded.stories, title);
  // A story stopped part-way in the form, and not edited since, goes on in the form.
  const resumed = existing && !options.answers ? stoppedPartWay(existing, paths.stories) : undefined;
  const named = resumed?.story.title ?? title;
  if (existing && !resumed) throw new UsageError(`a story titled '${existing.title}' is already in the bank (${existing.file}); edit that file, or choose another title`);

  if (options.answers) {
    const yaml = readFlagYamlFile("--answers", options.answers, displayPath(options.answers));
    const result = storyFromAnswers(yaml, title, known, today);
    if (!result.ok) throw new ContentError(result.issues);
    await loadLanguage();
    save(paths.stories, result.story);
    return;
  }

  requireTerminal("stories add", "or write the story in a YAML file and pass --answers FILE (see `interview-coach stories add --help`)");
  const [{ storyForm }, { trapInterrupts, isInterrupt }] = await Promise.all([import("../ui/story-form.js"), import("../ui/interrupt.js")]);
  // The STAR check after the form reads the story with the language model: it loads while the
  // form is filled in, as in practice while a question is read.
  startLoadingLanguage();
  const interruption = trapInterrupts();
  const earlier = resumed ? answersOf(resumed.story) : undefined;
  const answered: Partial<StoryAnswers> = { ...earlier };
  // Taken up again, the story keeps its title as written and the day it was begun.
  const story = () => ({ ...newStory(named, answered, today), ...(resumed?.story.created ? { created: resumed.story.created } : {}) });
  try {
    await storyForm({ title: named, competencies: known, signal: interruption.signal, ...(earlier ? { earlier } : {}) }, answered);
  } catch (error) {
    if (!isInterrupt(error) && !interruption.signal.aborted) throw error;
    const typed = Object.values(answered).some((value) => (Array.isArray(value) ? value.length : value));
    if (!typed) throw new InterruptedError("Interrupted: nothing was typed, so no story was saved.");
    const file = save(paths.stories, story(), { quiet: true, over: resumed?.path });
    throw new InterruptedError(`Interrupted: what you typed is saved in ${file}; finish it in any editor. Or go on in the form: interview-coach stories add "${named}"`);
  } finally {
    interruption.dispose();
  }
  await loadLanguage();
  save(paths.stories, story(), { over: resumed?.path });
}

/**
 * A story left part-way (a STAR part, the lesson or its competencies missing) whose file in `dir`
 * is just as the form saved it, with that file's path; undefined otherwise. A story changed in an
 * editor since is the editor's: the form would write over what was added there.
 */
function stoppedPartWay(story: Story, dir: string): { story: Story; path: string } | undefined {
  const unfinished = STORY_FIELDS.some((field) => !story[field].trim()) || story.competencies.length === 0;
  if (!unfinished) return undefined;
  const path = join(dir, `${story.slug}.md`);
  return readFileSync(path, "utf8") === renderStoryNote(story) ? { story, path } : undefined;
}

function answersOf(story: Story): Partial<StoryAnswers> {
  const { situation, task, action, result, learned, competencies, where } = story;
  return { situation, task, action, result, learned, competencies, where };
}

/**
 * Writes the story as a new file (never over another), or `over` the file of the story it takes
 * up again, and says what the STAR check finds; unless `quiet`, the language model must be
 * loaded (`await loadLanguage()`).
 */
function save(dir: string, story: NewStory, { quiet = false, over }: { quiet?: boolean; over?: string | undefined } = {}): string {
  const text = renderStoryNote(story);
  const file = displayPath(over ? (replaceFile(over, text), over) : writeNewFile(dir, recordSlug(story.title), text));
  if (quiet) return file;
  say(`Saved ${file}.`);
  const star = starEvidence(story);
  const missing = STAR_PARTS.filter((part) => !star[part].found).map((part) => SECTION_TITLES[part]);
  // Wrapped between words on a terminal: a narrow one would cut them anywhere.
  if (missing.length) say(wrapForTerminal(`STAR check: no ${missing.join(", no ")} found in its text; a story lands better with all four parts.`));
  if (star.weOnly) say(wrapForTerminal(WE_ONLY_HINT));
  if (!story.competencies.length) say(wrapForTerminal("It shows no competency yet: add some under 'competencies' in the file, so it fits questions."));
  say(wrapForTerminal("See how your stories cover what the decks ask: interview-coach stories check (or name one: stories check DECK)"));
  return file;
}
