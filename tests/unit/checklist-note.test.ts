// The progress note: written without yaml, read back fast, and read by the real YAML parser to
// the same data; a note edited by hand into something invalid is reported at FILE:LINE:COL.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { readProgressFull, renderProgressNote as noteText } from "../../src/checklists/note-schema.js";
import { parseNote } from "../../src/io/front-matter.js";
import type { ProgressState } from "../../src/checklists/progress.js";
import type { Checklist } from "../../src/content/types.js";
import { readProgressNote, renderProgressDocument } from "../../src/checklists/progress-note.js";
import { progressFile } from "../../src/checklists/progress-file.js";
import { ContentError } from "../../src/io/errors.js";

/** The saved note, as the checklist command writes it. */
const renderProgressNote = (checklist: Checklist, state: ProgressState, today: string) => noteText(state, renderProgressDocument(checklist, state, today));
/** What follows the front matter, as the note reader splits it. */
function bodyOf(text: string): string {
  const parsed = parseNote(text, "x.md");
  if (!parsed.ok) throw new Error(parsed.issues[0]!.message);
  return parsed.note.body;
}
/** Just the front matter (an empty body). */
const renderFrontMatter = (state: ProgressState) => noteText(state, "");
/** The progress the note's front matter holds (the body's checkboxes left aside). */
const readFrontMatter = (text: string) => {
  const result = readProgressFull(text, "x.md");
  if (!result.ok) return undefined;
  const { marks: _marks, ...state } = result.state;
  return state;
};

const lakeside: ProgressState = {
  checklist: "second-interview",
  program: "Lakeside Health",
  date: "2026-12-03",
  done: [{ id: "know-values", at: "2026-11-30T09:15:00-05:00", text: "Read the group's mission" }],
};

const yamlOf = (text: string) => YAML.parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

describe("front matter", () => {
  it("is readable YAML with the fields a note app shows", () => {
    const text = renderFrontMatter(lakeside);
    expect(text).toBe(
      [
        "---",
        "type: checklist",
        "checklist: second-interview",
        'program: "Lakeside Health"',
        "date: 2026-12-03",
        "done:",
        "  - id: know-values",
        "    at: 2026-11-30T09:15:00-05:00",
        `    text: "Read the group's mission"`,
        "---",
        "",
      ].join("\n"),
    );
    expect(yamlOf(text)).toEqual({ type: "checklist", ...lakeside });
  });

  it("reads back what it wrote, with or without a date or ticks", () => {
    for (const state of [lakeside, { checklist: "x", program: "default", done: [] }]) {
      expect(readFrontMatter(renderFrontMatter(state) + "# body\n")).toEqual(state);
    }
  });

  it("quotes names YAML would turn into something else, and any user text", () => {
    const tricky: ProgressState = {
      checklist: "null",
      program: '---\n# "Clínica"\u2028| `x` <b>: yes',
      done: [{ id: "true", at: "2026-11-30T09:15:00Z", text: "a: b # not a comment\n---\u2028\u2029\u0085" }],
    };
    const text = renderFrontMatter(tricky);
    expect(yamlOf(text)).toEqual({ type: "checklist", ...tricky });
    expect(readFrontMatter(text)).toEqual(tricky);
  });

  it("agrees with the YAML parser on any names and texts (property)", () => {
    const word = fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== "");
    const state = fc.record({
      checklist: word,
      program: word,
      date: fc.option(fc.constantFrom("2026-12-03", "2028-02-29"), { nil: undefined }),
      done: fc.uniqueArray(fc.record({ id: word, at: fc.constant("2026-11-30T09:15:00+01:00"), text: fc.string({ unit: "binary" }) }), {
        selector: (entry) => entry.id,
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(state, (raw) => {
        const value: ProgressState = { ...raw, ...(raw.date === undefined ? { date: undefined } : {}) };
        if (value.date === undefined) delete value.date;
        const text = renderFrontMatter(value);
        expect(yamlOf(text)).toEqual({ type: "checklist", ...value });
        expect(readFrontMatter(text)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the full parser, for notes edited by hand", () => {
  const full = (text: string) => readProgressFull(text, "lakeside.md", "second-interview");

  it("accepts valid YAML written another way", () => {
    const text = "---\n# edited in Obsidian\nchecklist: 'second-interview'\nprogram: Lakeside Health\ndate: '2026-12-03'\ndone:\n- {id: know-values, at: '2026-11-30T09:15:00-05:00'}\n---\nbody\n";
    expect(full(text)).toEqual({ ok: true, state: { ...lakeside, done: [{ id: "know-values", at: "2026-11-30T09:15:00-05:00" }] } });
  });

  it.each([
    ["date: 2026-02-30", "lakeside.md:5:7: 'date': must be a real date as YYYY-MM-DD"],
    ["dates: 2026-12-03", "lakeside.md:5:1: unknown key 'dates'. Did you mean 'date'?"],
    ["date: [2026", "lakeside.md:5:7: "], // a YAML syntax error, worded by yaml-file.ts
  ])("reports %j at its line and column", (line, message) => {
    const text = renderFrontMatter(lakeside).replace("date: 2026-12-03", line);
    const result = full(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(`${result.issues[0]!.file}:${result.issues[0]!.line}:${result.issues[0]!.col}: ${result.issues[0]!.message}`).toContain(message);
  });

  it("reads a box whose item text holds U+2028 whole: Markdown ends lines only at LF and CR", () => {
    // Cut at the separator, the first box read as an unticked "Pack" and took the tick off the real one.
    const checklist: Checklist = {
      kind: "checklist",
      id: "second-interview",
      title: "Second interview",
      sections: [{ title: "Before", phase: "before", items: [{ id: "bag", text: "Pack\u2028\\" }, { id: "pack", text: "Pack" }] }],
    };
    const state: ProgressState = { checklist: "second-interview", program: "Lakeside Health", done: [{ id: "pack", at: "2026-11-30T09:15:00-05:00", text: "Pack" }] };
    const read = full(renderProgressNote(checklist, state, "2026-12-02"));
    expect(read.ok && read.state.marks).toEqual([
      { text: "Pack\u2028\\\\", ticked: false },
      { text: "Pack", ticked: true },
    ]);
  });

  it("reports an item ticked twice at the second one", () => {
    const twice = { ...lakeside, done: [...lakeside.done, { ...lakeside.done[0]! }] };
    const result = full(renderFrontMatter(twice));
    expect(result).toMatchObject({ ok: false, issues: [{ line: 10, col: 9, message: "'id': 'know-values' is ticked twice; keep one" }] });
  });

  it("reports a note for another checklist at its checklist line", () => {
    const result = full(renderFrontMatter({ ...lakeside, checklist: "after-interview" }));
    expect(result).toMatchObject({ ok: false, issues: [{ line: 3, col: 12 }] });
  });
});

describe("readProgressNote", () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-note-"));

  it("has nothing for a note that does not exist", async () => {
    expect(await readProgressNote(join(dir, "none.md"), "none.md")).toBeUndefined();
  });

  it("throws a ContentError with positions for an invalid note", async () => {
    const file = join(dir, "bad.md");
    writeFileSync(file, renderFrontMatter(lakeside).replace("2026-11-30T09:15:00-05:00", "yesterday"));
    const error = await readProgressNote(file, "bad.md").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/^bad\.md:8:9: 'at': must be when it was ticked/);
  });

  it("names files by checklist and program slug, never escaping the folder", () => {
    expect(progressFile("/lib/checklists", "second-interview", "Lakeside Health")).toBe("/lib/checklists/second-interview--lakeside-health.md");
    // Punctuation folded into dashes would meet "etc passwd": a short hash tells them apart.
    expect(progressFile("/lib/checklists", "second-interview", "../../etc/passwd")).toMatch(/^\/lib\/checklists\/second-interview--etc-passwd_[0-9a-f]{10}\.md$/);
    expect(progressFile("/lib/checklists", "x", "default")).toBe("/lib/checklists/x--default.md");
    // Letters of every script are kept: each program its own readable name.
    const tokyo = progressFile("/lib/checklists", "x", "東京病院");
    expect(tokyo).toBe("/lib/checklists/x--東京病院.md");
    expect(progressFile("/lib/checklists", "x", "東京病院")).toBe(tokyo);
    expect(progressFile("/lib/checklists", "x", "大阪病院")).not.toBe(tokyo);
  });
});

describe("the document and the note body", () => {
  const checklist: Checklist = {
    kind: "checklist",
    id: "second-interview",
    title: "Second interview",
    sections: [
      { title: "After the visit", phase: "after", items: [{ id: "thanks", text: "Send thank-yous", dueDays: 1 }] },
      {
        title: "Before the visit",
        phase: "before",
        items: [
          { id: "know-values", text: "Read the values", why: "Fit shows in examples", dueDays: -3 },
          { id: "agenda", text: "Confirm the agenda", dueDays: -2 },
        ],
      },
    ],
  };

  it("lists sections in phase order with ticks, due days, overdue marks and removed items", () => {
    const state: ProgressState = { ...lakeside, done: [...lakeside.done, { id: "old", at: "2026-11-20T08:00:00+00:00", text: "Call *the* recruiter" }] };
    expect(renderProgressDocument(checklist, state, "2026-12-02")).toBe(
      [
        "# Second interview: Lakeside Health",
        "",
        "Interview 2026-12-03 · 1/3 done, 1 overdue as of 2026-12-02",
        "",
        "## Before the visit",
        "",
        "- [x] Read the values (due 2026-11-30)",
        "  - Fit shows in examples",
        "- [ ] Confirm the agenda (due 2026-12-01, overdue)",
        "",
        "## After the visit",
        "",
        "- [ ] Send thank-yous (due 2026-12-04)",
        "",
        "## No longer in the checklist",
        "",
        "- [x] Call \\*the\\* recruiter (ticked 2026-11-20)",
        "",
      ].join("\n"),
    );
  });

  it("without a date, shows offsets and says how to add one; the default program has no name in the title", () => {
    const text = renderProgressDocument(checklist, { checklist: "second-interview", program: "default", done: [] }, "2026-12-02");
    expect(text).toContain("# Second interview\n\n0/3 done · no interview date yet");
    expect(text).toContain("- [ ] Confirm the agenda (due 2 days before)");
  });

  it("is the body of the saved note, under the front matter", () => {
    const note = renderProgressNote(checklist, lakeside, "2026-12-02");
    expect(readFrontMatter(note)).toEqual(lakeside);
    expect(bodyOf(note)).toBe(renderProgressDocument(checklist, lakeside, "2026-12-02"));
  });
});
