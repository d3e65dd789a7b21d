// The one writer of notes' front matter reads back, character for character, whatever text the
// user gave it: the yaml library alone lost the spaces of a line holding nothing else.
import { describe, expect, it } from "vitest";
import { parseNote, renderNote } from "../../src/io/front-matter.js";

describe("renderNote", () => {
  // Texts of 40 characters or more, which yaml would fold over several quoted lines.
  const long = ["## 2. Fake question (1m of 2m)\n \n---", `${"Lakeside Community Health Partners".repeat(2)}\n\t\nnotes`, `a\n \n${"b".repeat(60)}`];
  it.each([["  \n\n"], ["  \n"], ["\t\nx"], ["a\n  \nb"], ["x\n \t"], ["   "], [" x\n\n"], ["plain"], ...long.map((text) => [text])])("%j reads back as it was", (text) => {
    const note = renderNote({ program: text, people: [{ name: text }] }, "Body\n");
    const parsed = parseNote(note, "note.md");
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join("; "));
    expect(parsed.note.data).toEqual({ program: text, people: [{ name: text }] });
    expect(parsed.note.body).toBe("Body\n");
  });
});
