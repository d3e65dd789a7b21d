// A checklist progress note's body is rewritten on every save (the ticks and due days change),
// but it is the user's file too: a line written under an item, a section or the title stays
// where it was (see io/hand-lines.ts). Loaded with the note reader, never on `--print`'s path.
import type { Checklist } from "../content/types.js";
import { parseNote } from "../io/front-matter.js";
import { handLinesOf, withHandLines, type KeyedLine } from "../io/hand-lines.js";
import { inline } from "../io/markdown.js";
import { REMOVED_HEADING } from "../content/render.js";
import { allItems, boxMarkOf, mergeProgress, type ProgressState } from "./progress.js";
import { INTERVIEW_KINDS, KINDS } from "../content/interview-kinds.js";
import { capitalised } from "../io/prose.js";

/**
 * The progress line under the title, as the program writes it: "Interview 2026-12-04 · 3/12
 * done…" or, timed, "Interview 2026-12-04 09:30 America/Chicago · 3/12 done…"; the day named by
 * any kind's noun (a note keeps its line when the kind or the time is corrected).
 */
const INTRO = new RegExp(`^((?:${[...new Set(INTERVIEW_KINDS.map((k) => capitalised(KINDS[k].noun)))].join("|")}) \\d{4}-\\d{2}-\\d{2}[^·]* · )?\\d+/\\d+ done`);

/**
 * `document` (renderProgressDocument of `state`) with the lines the user wrote into `previous`,
 * the note as it is on disk (whose ticks are `previousState`), each after the line it followed.
 * The document as it is when there is no previous note or nothing was written into it.
 */
export function keepHandLines(checklist: Checklist, previous: string | undefined, previousState: ProgressState | undefined, state: ProgressState, document: string): string {
  if (previous === undefined || previousState === undefined) return document;
  const parsed = parseNote(previous, "");
  if (!parsed.ok) return document;
  const hand = handLinesOf(parsed.note.body.split("\n"), lineKeys(checklist, previousState));
  if (!hand) return document;
  const own = lineKeys(checklist, state);
  const lines = document
    .replace(/\n$/, "")
    .split("\n")
    .map((line, i): KeyedLine => [line === "" ? `blank:${i}` : (own(line) ?? `line:${i}`), line]);
  const out: string[] = [];
  withHandLines(out, lines, hand);
  return `${out.join("\n").trimEnd()}\n`;
}

/** Whether the progress note `text` (whose ticks are `state`) holds lines the user wrote into it; a note with no readable front matter counts as theirs. */
export function hasHandLines(checklist: Checklist, text: string, state: ProgressState): boolean {
  const parsed = parseNote(text, "");
  return !parsed.ok || handLinesOf(parsed.note.body.split("\n"), lineKeys(checklist, state)) !== undefined;
}

/**
 * The key of each line the checklist document writes for `state` (title, progress line, section
 * headings, items whether ticked or not and whatever their due day, their "why" lines, items no
 * longer in the checklist), undefined for a line written by hand. A key seen again gets a number,
 * so two equal lines keep their own hand-written lines. Call once per pass over a document.
 */
function lineKeys(checklist: Checklist, state: ProgressState): (line: string) => string | undefined {
  const starts: [start: string, key: string][] = [[REMOVED_HEADING, "removed"]];
  for (const section of checklist.sections) starts.push([`## ${inline(section.title)}`, `section:${section.title}`]);
  for (const item of allItems(checklist)) {
    starts.push([`- [ ] ${inline(item.text)}`, `item:${item.id}`], [`- [x] ${inline(item.text)}`, `item:${item.id}`]);
    if (item.why) starts.push([`  - ${inline(item.why)}`, `why:${item.id}`]);
  }
  for (const entry of mergeProgress(checklist, state).removed) starts.push([`- [x] ${inline(entry.text ?? entry.id)}`, `removed:${entry.id}`]);
  // The longest first: "- [ ] Pack (CV)" is not "- [ ] Pack" with a due day.
  starts.sort((a, b) => b[0].length - a[0].length);
  const seen = new Map<string, number>();
  return (written) => {
    // A box ticked by hand as "- [X]" or "- [x]Pack" is the program's line for that item still.
    const mark = boxMarkOf(written);
    const line = mark ? `- [${mark.ticked ? "x" : " "}] ${mark.text}` : written;
    const key = /^# /.test(line) ? "title" : INTRO.test(line) ? "intro" : starts.find(([start]) => line === start || line.startsWith(`${start} (`))?.[1];
    if (key === undefined) return undefined;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  };
}
