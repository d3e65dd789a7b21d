// Tables and text for a terminal of a given width. Widths are display columns (string-width):
// a Japanese or Korean character takes two, an emoji two, a combining mark none, so rows line
// up whatever the script. Text wraps between words (fast-wrap-ansi); a word is cut only when it
// is wider than its whole column.
import stringWidth from "fast-string-width";
import { wrapAnsi } from "fast-wrap-ansi";
import { SHORT_MONTHS } from "../io/markdown.js";

/** Columns between two table columns. */
const GAP = "  ";
/** No column is squeezed below this many display columns. */
const MIN_COLUMN = 4;
/** A word longer than this (a path, a link) may be cut rather than force the record layout. */
const MAX_FLOOR = 24;

export type Align = "left" | "right";

export interface TableOptions {
  /** The display width the table must fit, in columns (the terminal's width). */
  width: number;
  /** Per column; numbers read better right-aligned. Default left. */
  align?: readonly Align[];
}

/** `text` padded with spaces to `width` display columns (never cut). */
export function padToWidth(text: string, width: number, align: Align = "left"): string {
  const room = Math.max(0, width - stringWidth(text));
  return align === "right" ? `${" ".repeat(room)}${text}` : `${text}${" ".repeat(room)}`;
}

/** `text` cut to at most `width` display columns, with "…" when cut, then padded to exactly `width`. */
export function fitToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return padToWidth(text, width);
  let cut = "";
  for (const char of text) {
    if (stringWidth(`${cut}${char}…`) > width) break;
    cut += char;
  }
  return padToWidth(`${cut}…`, width);
}

/** Chinese and Japanese text has no spaces and may break between any two characters. */
const CJK = /(?<=[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])|(?=[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])/u;

/**
 * What is read at a glance, and so stays on one line as a word does, where "25 / Nov / 2026" or
 * "2026-12- / 02" down a narrow column reads as two cells: a day written out ("25 Nov 2026", as
 * longDate in io/markdown.ts writes it) or as YYYY-MM-DD; a time zone, by its name
 * ("America/Port-au-Prince") or as the user's clock ("your time"); and how far a day is, in
 * parentheses, as relativeDay and startsWhen word it ("(in 8 days)", "(tomorrow night)"). A line
 * breaks only between them: "2026-12-02 09:00 UTC (in 8 days)" before "09:00", "UTC" or "(in".
 */
const WHOLE = [
  `\\d{1,2} (?:${SHORT_MONTHS.join("|")}) \\d{4}(?!\\d)`,
  `\\d{4}-\\d{2}-\\d{2}(?!\\d)`,
  `(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/`,
  `your time\\b`,
  `\\((?:in \\d+ days?|\\d+ days? ago|today|tonight|tomorrow|yesterday)(?: night|, at night)?\\)`,
].join("|");

/** The words of a text, split at spaces, except inside what is kept whole (WHOLE), which may open a parenthesis. */
const WORD = new RegExp(`\\(?(?:${WHOLE})\\S*|\\S+`, "g");
const wordsOf = (text: string) => text.match(WORD) ?? [];
const KEPT_WHOLE = new RegExp(`^\\(?(?:${WHOLE})`);

/**
 * The parts of a word a line may break between: after a hyphen inside it
 * ("residency-|interview-|day"), as in print; none in a word that starts with what is kept whole
 * (WHOLE: "2026-12-02,", "America/Port-au-Prince").
 */
const splitAtHyphens = (word: string) => (KEPT_WHOLE.test(word) ? [word] : word.split(/(?<=[\p{L}\p{N}]-)(?=[\p{L}\p{N}])/u));

/**
 * `text` as lines of at most `width` display columns, broken between words, or after a hyphen
 * inside a word too long for a line; a part wider than the line (or a run of CJK text, which
 * has no spaces) is broken where it must be. The first `hang` characters of `text` (a list
 * marker "- ", an indent) stay on the first line; the lines after it start under the text.
 */
export function wrapWords(text: string, width: number, hang = 0): string[] {
  const marker = text.slice(0, hang);
  const markerWidth = stringWidth(marker);
  const room = Math.max(1, width - markerWidth);
  const lines: string[] = [];
  let line = "";
  let used = 0;
  const breakLine = () => {
    lines.push(line);
    line = "";
    used = 0;
  };
  const place = (piece: string, joined: boolean) => {
    const pieceWidth = stringWidth(piece);
    const space = line === "" || joined ? 0 : 1;
    if (used + space + pieceWidth <= room) {
      line += `${space ? " " : ""}${piece}`;
      used += space + pieceWidth;
      return;
    }
    if (line !== "") breakLine();
    if (pieceWidth <= room) {
      line = piece;
      used = pieceWidth;
      return;
    }
    const chunks = wrapAnsi(piece, room, { hard: true, trim: false }).split("\n");
    lines.push(...chunks.slice(0, -1));
    line = chunks.at(-1) ?? "";
    used = stringWidth(line);
  };
  for (const word of wordsOf(text.slice(hang))) {
    const wordWidth = stringWidth(word);
    // A word that fits on a line of its own moves there whole rather than break at a hyphen.
    if (used + (line === "" ? 0 : 1) + wordWidth <= room || wordWidth <= room) place(word, false);
    else splitAtHyphens(word).forEach((part, i) => place(part, i > 0));
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines.map((text, i) => `${i === 0 ? marker : " ".repeat(markerWidth)}${text}`);
}

/**
 * `head` followed by `rest`, as lines of at most `width` display columns: `rest` wraps between
 * words in the column that starts after `head`, and the lines after the first start with spaces
 * as wide as `head` (a label, a list number, a meter). Unlike wrapWords, the spaces inside `rest`
 * are kept, so figures padded to line up still do. `head` itself is never wrapped; a word wider
 * than the column (at least 10 columns) is cut. Colour codes are kept whole (fast-wrap-ansi).
 */
export function hangingLines(head: string, rest: string, width: number): string[] {
  const indent = stringWidth(head);
  const room = Math.max(10, width - indent);
  return wrapAnsi(rest, room, { hard: true })
    .split("\n")
    .map((line, i) => `${i === 0 ? head : " ".repeat(indent)}${line}`);
}

/**
 * A table as lines of at most `width` display columns: the header, a rule, then the rows, each
 * line the same width; cells wrap by words inside their column. Columns keep their natural width
 * when everything fits; otherwise each keeps at least its longest word (see distribute). When
 * even that does not fit, each row is shown as a record instead, one "header  value" line per
 * column, so that no word is cut.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], { width, align = [] }: TableOptions): string[] {
  const columns = header.length;
  const all = [header, ...rows];
  const cellAt = (row: readonly string[], column: number) => (row[column] ?? "").replace(/\s+/g, " ").trim();
  const natural = header.map((_, c) => Math.max(1, ...all.map((row) => stringWidth(cellAt(row, c)))));
  const room = width - GAP.length * (columns - 1);
  // The narrowest each column may get: its longest word whole if all columns can have theirs,
  // else its longest part of a hyphenated word in running text. A cell that is one hyphenated
  // word is a name to read or type as it stands (a question id, a checklist), so it is not
  // broken: a table that cannot have even those floors is shown as records.
  const floorsBy = (pieces: (cell: string) => string[]) =>
    header.map((_, c) => {
      const longest = Math.max(1, ...all.flatMap((row) => pieces(cellAt(row, c)).map((piece) => stringWidth(piece))));
      return Math.min(natural[c]!, Math.max(MIN_COLUMN, Math.min(MAX_FLOOR, longest)));
    });
  const fits = (floors: number[]) => floors.reduce((sum, w) => sum + w, 0) <= room;
  const wholeWords = floorsBy((cell) => wordsOf(cell).flatMap((word) => word.split(CJK)));
  const hyphenParts = (cell: string) => {
    const words = wordsOf(cell);
    return words.length === 1 ? words : words.flatMap(splitAtHyphens);
  };
  const floors = fits(wholeWords) ? wholeWords : floorsBy((cell) => hyphenParts(cell).flatMap((part) => part.split(CJK)));
  if (!fits(floors)) return records(header, rows, width);
  // The cells' own widths come before the header's: a long header wraps ("Rank if one weight |
  // moves ±1") before a program's name in the rows below it does. When not every column's cells
  // fit, the short ones (a date, a status) still keep theirs whole: "25 Nov 2026" is read at a
  // glance, and a long text column gives up the room.
  const cells = header.map((_, c) => Math.max(floors[c]!, ...rows.map((row) => stringWidth(cellAt(row, c)))));
  const shortCells = cells.map((w, c) => (w <= SHORT_CELL ? w : floors[c]!));
  const widths = distribute(natural, fits(cells) ? cells : fits(shortCells) ? shortCells : floors, room);

  const line = (row: readonly string[]): string[] => {
    const cells = widths.map((w, c) => wrapWords(cellAt(row, c), w));
    const height = Math.max(...cells.map((lines) => lines.length));
    return Array.from({ length: height }, (_, i) => widths.map((w, c) => padToWidth(cells[c]![i] ?? "", w, align[c] ?? "left")).join(GAP));
  };
  const rule = widths.map((w) => "─".repeat(w)).join(GAP);
  return [...line(header), rule, ...rows.flatMap(line)];
}

/** Cells up to this many columns wide (a date, a status, a name) are kept whole while room allows. */
const SHORT_CELL = 20;

/** Rows too wide for columns: one block per row, "header  value" per line, a blank line between. */
function records(header: readonly string[], rows: readonly (readonly string[])[], width: number): string[] {
  const labelWidth = Math.min(Math.max(...header.map((name) => stringWidth(name))), Math.floor(width / 3));
  const out: string[] = [];
  rows.forEach((row, r) => {
    if (r > 0) out.push("");
    header.forEach((name, c) => {
      const value = (row[c] ?? "").replace(/\s+/g, " ").trim();
      if (value === "") return;
      const label = stringWidth(name) > labelWidth ? fitToWidth(name, labelWidth) : padToWidth(name, labelWidth);
      const lines = wrapWords(value, width - labelWidth - GAP.length);
      out.push(`${label}${GAP}${lines[0] ?? ""}`, ...lines.slice(1).map((line) => `${" ".repeat(labelWidth)}${GAP}${line}`));
    });
  });
  return out;
}

/**
 * Column widths that fit `room`: the natural widths when they fit; else every column gets its
 * floor, and the room left is shared in proportion to what each column would still take (as a
 * browser lays out an automatic table), so a long question column grows and a short one keeps
 * its width.
 */
function distribute(natural: readonly number[], floors: readonly number[], room: number): number[] {
  if (natural.reduce((sum, w) => sum + w, 0) <= room) return [...natural];
  const wants = natural.map((w, c) => w - floors[c]!);
  const wanted = wants.reduce((sum, w) => sum + w, 0);
  const spare = room - floors.reduce((sum, w) => sum + w, 0);
  const shares = wants.map((want) => (want * spare) / wanted);
  const widths = floors.map((floor, c) => floor + Math.floor(shares[c]!));
  // The columns left furthest short by rounding down get the last few columns.
  let left = room - widths.reduce((sum, w) => sum + w, 0);
  const byRemainder = shares.map((share, c) => ({ c, rest: share - Math.floor(share) })).sort((a, b) => b.rest - a.rest);
  for (const { c } of byRemainder) {
    if (left <= 0) break;
    if (widths[c]! < natural[c]!) {
      widths[c]!++;
      left--;
    }
  }
  return widths;
}
