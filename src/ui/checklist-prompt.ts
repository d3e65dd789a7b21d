// One checklist section as a checkbox prompt on stderr: each item with its due day (overdue ones
// marked) and its "why" shown as the description of the item under the cursor.
import { offsetText } from "../content/render.js";
import { wrapAnsi } from "fast-wrap-ansi";
import { paint } from "./color.js";
import { ask } from "./prompts.js";

export interface ItemView {
  id: string;
  text: string;
  why?: string;
  /** YYYY-MM-DD when the interview date is known. */
  due?: string;
  dueDays?: number;
  overdue: boolean;
  done: boolean;
}

export interface SectionView {
  title: string;
  /** "1/3": where this section is among all of them. */
  position: string;
  items: ItemView[];
}

/** A piece of a label that is never broken over two lines: a word, or the due note with its date. */
interface Piece {
  shown: string;
}

const plain = (text: string): Piece[] => text.split(/\s+/).filter(Boolean).map((word) => ({ shown: word }));

/** fast-wrap-ansi breaks lines at spaces only: inside a piece they are no-break spaces while it wraps. */
const NO_BREAK_SPACE = "\u00a0";

/**
 * Word-wraps pieces to `width` display columns (fast-wrap-ansi, which keeps colour codes whole).
 * The prompt itself would cut lines at the terminal edge mid-word ("commun|ity"), which reads
 * badly. A piece wider than the line keeps a line of its own, uncut. Lines after the first start
 * with `indent`, and as many columns are taken before the first line (the "❯◯ " of a checkbox
 * row), so that the text stands in one column.
 */
export function wrapPieces(pieces: Piece[], width: number, { indent = "" } = {}): string {
  // No piece holds a no-break space of its own: plain() splits at every white space, NBSP included.
  const text = pieces.map((piece) => piece.shown.replaceAll(" ", NO_BREAK_SPACE)).join(" ");
  return wrapAnsi(text, width - indent.length)
    .replaceAll(NO_BREAK_SPACE, " ")
    .split("\n")
    .join(`\n${indent}`);
}

/** The label of one item: text, then when it is due; overdue in red so it stands out. */
export function itemLabel(item: ItemView, width = Number.POSITIVE_INFINITY): string {
  const note =
    item.overdue && item.due
      ? { text: `· overdue, was due ${item.due}`, paint: paint.red }
      : item.due
        ? { text: `· due ${item.due}`, paint: paint.dim }
        : item.dueDays !== undefined
          ? { text: `· ${offsetText(item.dueDays)}`, paint: paint.dim }
          : undefined;
  const pieces = plain(item.text);
  // The due note stays in one piece, so a date is never split over two lines.
  if (note) pieces.push({ shown: note.paint(note.text) });
  return wrapPieces(pieces, width, { indent: "   " });
}

/** The first few words: once the section is saved, its ticked items are echoed in one line. */
export function shortText(text: string, words = 4): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : `${parts.slice(0, words).join(" ")}…`;
}

/**
 * Asks which items of the section are done; resolves with their ids (ticked ones stay ticked).
 * `onChange` gets the ids ticked on screen after every change, before Enter; `onStop` is called
 * when q answers instead of Enter, to stop after this section.
 */
export function askSection(view: SectionView, signal: AbortSignal, onChange?: (ticked: string[]) => void, onStop?: () => void): Promise<string[]> {
  const rows = process.stderr.rows ?? 24;
  // One column spare: a line that fills the terminal exactly makes some terminals wrap.
  const width = (process.stderr.columns ?? 80) - 1;
  return ask.ticks<string>(
    {
      message: `${view.title} (${view.position})`,
      choices: view.items.map((item) => ({
        value: item.id,
        name: itemLabel(item, width),
        short: shortText(item.text),
        checked: item.done,
        ...(item.why ? { description: wrapPieces(plain(item.why), width) } : {}),
      })),
      // Lines, not items. Room is left for the message, the description and the key help.
      pageSize: Math.max(5, rows - 8),
      ...(onChange ? { onChange } : {}),
      ...(onStop ? { onStop } : {}),
    },
    { signal },
  );
}
