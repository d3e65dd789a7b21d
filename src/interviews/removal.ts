// What keeps an interview's record from being removed (`interviews remove`, for a record made by
// mistake: a duplicate, a wrong entry). What the user wrote about an interview names it by its
// program (its review or a draft of it, with the people met and the thank-you notes sent; the
// ticks of its checklist; practice notes saved for it) and is read through the record, which
// gives it its day and kind: removed, the record would leave those pointing at no interview. So
// the record stays while any of them is there, and `interviews cancel` takes it off the season
// instead. A checklist note with nothing ticked or written in it holds nothing of the user's and
// goes with the record: left, it would keep the interview's items due in today and the calendar.
import { basename, join } from "node:path";
import type { Checklist } from "../content/types.js";
import type { ProgressState } from "../checklists/progress.js";
import { progressFile } from "../checklists/progress-file.js";
import { loadProgressNotes } from "../checklists/progress-note.js";
import { hasHandLines } from "../checklists/progress-hand-lines.js";
import { reviewFile } from "../reviews/review-note.js";
import { loadReviews } from "../reviews/load-reviews.js";
import { displayPath, type LibraryPaths } from "../io/library.js";
import { readNoteFolder } from "../io/note-folder.js";
import { parseNote } from "../io/front-matter.js";
import { readIfExists } from "../io/read-file.js";
import { listOf } from "../io/prose.js";
import { slugify } from "../io/slug.js";
import { sameProgram } from "./find.js";
import type { Interview } from "./interview.js";

export interface Writing {
  /** What the user wrote that names the interview, each with its file ("your review (reviews/x.md)"): the record stays. */
  held: string[];
  /** The checklists (ids) of those that are only ticks: a duplicate's ticks may be slips too, which the refusal says how to clear. */
  ticked: string[];
  /** Its checklist notes with nothing of the user's in them (see blankChecklistNote): removed with the record. */
  blank: string[];
}

/**
 * What the library holds about `program` (see above). `checklists`: the checklists as the notes
 * were written from (with the thank-you rule), to tell the lines written by hand.
 */
export async function writingAbout(paths: LibraryPaths, program: string, checklists: ReadonlyMap<string, Checklist>): Promise<Writing> {
  const writing: Writing = { held: [], ticked: [], blank: [] };
  const reviews = await loadReviews(paths.reviews, { label: (name) => displayPath(join(paths.reviews, name)) });
  for (const { review, file } of [...reviews.reviews, ...reviews.drafts]) {
    if (sameProgram(review.program, program)) writing.held.push(`your ${review.draft ? "draft " : ""}review (${file})`);
  }
  const ownReview = displayPath(reviewFile(paths.reviews, program));
  if (reviews.issues.some((issue) => issue.file === ownReview)) writing.held.push(`a review that cannot be read (${ownReview})`);

  const progress = await loadProgressNotes(paths.checklists);
  for (const { path, state } of progress.notes.filter((note) => sameProgram(note.state.program, program))) {
    const text = readIfExists(path);
    if (text === undefined) continue; // deleted since it was listed
    const checklist = checklists.get(state.checklist);
    const held = checklistNoteHeld(path, state, text, checklist);
    if (held) writing.held.push(held);
    else writing.blank.push(path);
    if (held && hasTicks(state) && checklist && !hasHandLines(checklist, text, state)) writing.ticked.push(state.checklist);
  }
  const broken = new Set(progress.issues.map((issue) => issue.file));
  for (const id of progress.issues.length ? checklists.keys() : []) {
    const file = progressFile(paths.checklists, id, program);
    if (broken.has(file)) writing.held.push(`a checklist note that cannot be read (${displayPath(file)})`);
  }

  const practice = await practiceNotesAbout(paths.sessions, program);
  if (practice.length) writing.held.push(practice.length === 1 ? `your practice note (${practice[0]})` : `${practice.length} practice notes of yours (${practice[0]} and ${practice.length - 1} more)`);
  return writing;
}

/**
 * What the user wrote into the checklist note at `path` (`text`, whose ticks are `state`), as a
 * phrase naming it; undefined for a note with nothing ticked and no line of theirs. A note whose
 * checklist is gone from the content cannot be told apart from one written in: it counts as theirs.
 */
export function checklistNoteHeld(path: string, state: ProgressState, text: string, checklist: Checklist | undefined): string | undefined {
  const file = displayPath(path);
  if (hasTicks(state)) return `your ticks in checklist ${state.checklist} (${file})`;
  if (!checklist || hasHandLines(checklist, text, state)) return `your note on checklist ${state.checklist} (${file})`;
  return undefined;
}

const hasTicks = (state: ProgressState) => state.done.length > 0 || state.marks?.some((mark) => mark.ticked) === true;

/**
 * The practice notes in `sessionsDir` saved for `program` (their front matter's `program`), as
 * shown. One that cannot be read counts when its file name ends in the program's, as practice
 * names the notes it saves for a program.
 */
async function practiceNotesAbout(sessionsDir: string, program: string): Promise<string[]> {
  const folder = await readNoteFolder<string>(sessionsDir, {
    cacheName: "practice-programs.json",
    // Read for this rare command only: no cache of its own to keep.
    cacheFile: null,
    version: 1,
    kind: "practice note",
    label: displayPath,
    parser: async () => (text, file) => {
      const parsed = parseNote(text, file);
      if (!parsed.ok) return parsed;
      const tagged = parsed.note.data.program;
      return { ok: true, value: typeof tagged === "string" ? tagged : "" };
    },
  });
  const slug = slugify(program, "");
  const namedFor = new RegExp(`-${slug}(-\\d+)?\\.md$`);
  const unreadable = slug ? folder.issues.map((issue) => issue.file).filter((file) => namedFor.test(basename(file))) : [];
  const tagged = folder.notes.filter((note) => note.value && sameProgram(note.value, program)).map((note) => displayPath(note.path));
  return [...new Set([...tagged, ...unreadable])];
}

/**
 * The one line that refuses the removal: what the user wrote that names the interview (`held`),
 * and whether its own note holds their notes (`ownNotes`, the record's file), with what to do instead.
 */
export function removalRefusal(interview: Interview, held: readonly string[], ownNotes: string | undefined, ticked: readonly string[] = []): string {
  const { program, withdrawn } = interview;
  // Only ticks hold it: for a record made by mistake, they were most likely ticked by mistake too.
  const clear = !ownNotes && ticked.length === held.length && ticked.length > 0
    ? ` If the ticks were a slip as well, clear them first (${ticked.map((id) => `interview-coach checklist ${id} --program "${program}" --reset`).join("; ")}) and remove it again.`
    : "";
  const reasons = [...(ownNotes ? [`its record (${ownNotes}) holds notes of your own`] : []), ...(held.length ? [`what you wrote refers to it: ${listOf(held)}`] : [])];
  const copied = !held.length && ownNotes ? " (once you have them elsewhere, delete that file by hand)" : "";
  const instead = withdrawn
    ? `It is withdrawn (since ${withdrawn}), so today, calendar and rank leave it out already${copied}.`
    : `To take it off the season and keep what you wrote: interview-coach interviews cancel "${program}"${copied}`;
  return `${program} stays recorded, as ${reasons.join(" and ")}.${clear} ${instead}`;
}
