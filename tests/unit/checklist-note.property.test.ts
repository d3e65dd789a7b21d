// A checklist progress note, rendered whole (front matter and body) with whatever the user and
// the content put in it, reads back to the same progress, both from the file (readProgressNote,
// what the command calls) and from its text (readProgressFull, the parser behind it). The body,
// for people and note apps, keeps its shape: one heading per section, one checkbox per item.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readProgressFull, renderProgressNote as noteText } from "../../src/checklists/note-schema.js";
import { parseNote } from "../../src/io/front-matter.js";
import { DEFAULT_PROGRAM, withHandTicks, type ProgressState } from "../../src/checklists/progress.js";
import type { Checklist } from "../../src/content/types.js";
import { readProgressNote, renderProgressDocument } from "../../src/checklists/progress-note.js";

/** The saved note, as the checklist command writes it. */
const renderProgressNote = (checklist: Checklist, state: ProgressState, today: string) => noteText(state, renderProgressDocument(checklist, state, today));
/** What follows the front matter, as the note reader splits it. */
function bodyOf(text: string): string {
  const parsed = parseNote(text, "x.md");
  if (!parsed.ok) throw new Error(parsed.issues[0]!.message);
  return parsed.note.body;
}

const dir = mkdtempSync(join(tmpdir(), "ic-checklist-prop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What broke Markdown notes and YAML front matter elsewhere. */
const HOSTILE = [
  "---", "...", "# Heading", "## 2. Fake", "- [x] fake tick", "- [ ] ", "  - ", "```", "~~~", "`", "<details>", "</div>", "<!--", "&amp;",
  "[x](y)", "| a | b |", "*", "_", "\\", "\"", "'", "a: b", "key: value # comment", "null", "true", "~", "&a", "*a", "!!str", "%YAML",
  "\n", "\r\n", "\r", "\t", "\u2028", "\u2029", "\u0085", "\u00a0", "\uFEFF", "😀", "👩🏽‍⚕️", "é", "e\u0301", "東京病院", "x".repeat(2000),
];
const freeText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 8 }).map((parts) => parts.join("")),
);
/** Content text is trimmed and never empty (the schema); NUL makes a content file binary. */
const contentText = freeText.map((text) => text.replace(/\u0000/g, "").trim()).filter((text) => text !== "");
/** --program folds runs of white space and trims (src/commands/checklist.ts). */
const program = fc.oneof(fc.constant(DEFAULT_PROGRAM), freeText.map((text) => text.replace(/\s+/g, " ").trim()).filter((text) => text !== ""));
const idArb = fc.stringMatching(/^[a-z0-9]{1,5}(?:-[a-z0-9]{1,5}){0,2}$/);
const moment = fc.constantFrom("2026-11-30T09:15:00-05:00", "2026-12-01T23:59:59+13:45", "2024-02-29T00:00:00Z", "2026-11-30T09:15:00.123+01:00");

const checklistArb: fc.Arbitrary<Checklist> = fc
  .record({
    title: contentText,
    sections: fc.array(
      fc.record({
        title: contentText,
        phase: fc.constantFrom("before" as const, "day-of" as const, "after" as const),
        items: fc.array(fc.record({ id: idArb, text: contentText, why: fc.option(contentText, { nil: undefined }), dueDays: fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }) }), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .filter((c) => {
    const ids = c.sections.flatMap((s) => s.items.map((i) => i.id));
    return new Set(ids).size === ids.length;
  })
  .map((c) => ({
    kind: "checklist" as const,
    id: "second-interview",
    title: c.title,
    sections: c.sections.map((s) => ({
      ...s,
      items: s.items.map(({ why, dueDays, ...item }) => ({ ...item, ...(why === undefined ? {} : { why }), ...(dueDays === undefined ? {} : { dueDays }) })),
    })),
  }));

/** A checklist, and progress on it: some items ticked, some ticks for items the checklist lost. */
const scenario = checklistArb.chain((checklist) => {
  const items = checklist.sections.flatMap((s) => s.items);
  return fc
    .record({
      program,
      date: fc.option(fc.constantFrom("2026-12-03", "2028-02-29", "2026-01-01"), { nil: undefined }),
      ticked: fc.subarray(items),
      moments: fc.array(moment, { minLength: items.length, maxLength: items.length }),
      removed: fc.uniqueArray(fc.record({ id: idArb.map((id) => `gone-${id}`), at: moment, text: fc.option(contentText, { nil: undefined }) }), { selector: (e) => e.id, maxLength: 2 }),
    })
    .map(({ program: name, date, ticked, moments, removed }) => {
      const state: ProgressState = {
        checklist: checklist.id,
        program: name,
        ...(date === undefined ? {} : { date }),
        done: [
          ...ticked.map((item, i) => ({ id: item.id, at: moments[i]!, text: item.text })),
          ...removed.map(({ text, ...entry }) => ({ ...entry, ...(text === undefined ? {} : { text }) })),
        ],
      };
      return { checklist, state, removed: removed.length };
    });
});

describe("checklist progress notes round-trip (property)", () => {
  it("render -> readProgressNote and readProgressFull -> the same progress", async () => {
    const file = join(dir, "second-interview--x.md");
    await fc.assert(
      fc.asyncProperty(scenario, async ({ checklist, state }) => {
        const note = renderProgressNote(checklist, state, "2026-12-02");
        writeFileSync(file, note);
        // Read back with the body's checkboxes taken into account, as the commands read it: the
        // boxes the note was written with agree with its front matter, so they change nothing.
        const later = "2026-12-03T08:00:00Z";
        expect(withHandTicks(checklist, (await readProgressNote(file, "x.md", checklist.id))!, later)).toEqual(state);
        const full = readProgressFull(note, "x.md", checklist.id);
        expect(full.ok && withHandTicks(checklist, full.state, later)).toEqual(state);
      }),
      { numRuns: 250 },
    );
  });

  it("the body keeps its shape: one front matter, a heading per section, a checkbox per item", () => {
    fc.assert(
      fc.property(scenario, ({ checklist, state, removed }) => {
        const note = renderProgressNote(checklist, state, "2026-12-02");
        // CommonMark ends a line at LF, CR or CR LF: count lines as a Markdown reader does.
        const lines = bodyOf(note).split(/\r\n|\r|\n/);
        const items = checklist.sections.reduce((n, s) => n + s.items.length, 0);
        const whys = checklist.sections.reduce((n, s) => n + s.items.filter((i) => i.why).length, 0);
        expect(lines.filter((l) => /^# /.test(l))).toHaveLength(1);
        expect(lines.filter((l) => /^## /.test(l))).toHaveLength(checklist.sections.length + (removed ? 1 : 0));
        expect(lines.filter((l) => /^- \[[ x]\] /.test(l))).toHaveLength(items + removed);
        expect(lines.filter((l) => /^ {2}- /.test(l))).toHaveLength(whys);
        expect(lines.filter((l) => /^(---|\.\.\.|```|~~~)/.test(l))).toEqual([]);
        expect(note.split("\n").filter((l) => l === "---")).toHaveLength(2);
      }),
      { numRuns: 250 },
    );
  });
});
