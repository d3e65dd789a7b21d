// Lines a user writes into the parts of a note that the program rewrites (a review's scores and
// people, a checklist's items) are the user's: each is kept after the program line it followed,
// across every rewrite. The program's lines are told apart by a key that finds them again after
// their text changed (a score, a tick, a due day), so a hand-written block follows its line.

/** A line the program writes, with its key; "" as the line means "one blank line here". */
export type KeyedLine = readonly [key: string, line: string];

/** Hand-written lines by the key of the program line they follow ("" for the top). */
export type HandWritten = Record<string, string[]>;

/**
 * The lines of a part of a note the program writes that it did not write, by the key of the
 * program line they follow ("" before the first); `own` gives a program line's key. Blank lines between two program lines are the layout's;
 * blank lines next to a hand-written line are the user's and stay with it. Undefined when none.
 */
export function handLinesOf(lines: readonly string[], own: (line: string) => string | undefined): HandWritten | undefined {
  const hand: HandWritten = {};
  let anchor = "";
  let blanks: string[] = [];
  let afterHand = false;
  for (const line of lines) {
    if (line.trim() === "") {
      blanks.push(line);
      continue;
    }
    const key = own(line);
    if (key === undefined) (hand[anchor] ??= []).push(...blanks, line);
    else {
      if (afterHand) hand[anchor]!.push(...blanks);
      anchor = key;
    }
    afterHand = key === undefined;
    blanks = [];
  }
  if (afterHand) hand[anchor]!.push(...blanks);
  return Object.keys(hand).length ? hand : undefined;
}

/**
 * Appends the program's `lines` to `out`, each followed by the hand-written lines that followed it
 * (`hand`), those of the top first. Hand lines whose program line is gone (a person removed, an
 * item no longer in the checklist) come at the end: no hand-written line is ever dropped, but for
 * one the program now writes itself, word for word. A blank
 * line of the layout is not doubled when a hand-written block already ends with one.
 */
export function withHandLines(out: string[], lines: readonly KeyedLine[], hand: HandWritten = {}): void {
  const keys = new Set(lines.map(([key]) => key));
  // A line written by hand that the program now writes itself (a person added by hand under
  // "People met", then entered in the form the same way) would stand twice: it goes, and so do
  // blank lines that were there only for it.
  const written = new Set(lines.map(([, line]) => line).filter(Boolean));
  const handBlock = (key: string) => {
    const block = (hand[key] ?? []).filter((line) => !written.has(line));
    return block.some(Boolean) ? block : [];
  };
  out.push(...handBlock(""));
  for (const [key, line] of lines) {
    if (line !== "") out.push(line);
    else if (out.at(-1) !== "") out.push("");
    out.push(...handBlock(key));
  }
  for (const key of Object.keys(hand)) if (key !== "" && !keys.has(key)) out.push(...handBlock(key));
}
