// "No name ever leads outside the library", checked on the functions the commands
// really use to name notes: practice sessions (sessionFileBase + writeNewFile), reviews
// (reviewFile) and checklist progress (progressFile). Whatever a user types as a program or a
// deck name, the note lands directly inside its folder, under a plain file name.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve, sep } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { progressFile } from "../../src/checklists/progress-file.js";
import { writeNewFile } from "../../src/io/files.js";
import { libraryPaths } from "../../src/io/library.js";
import { sessionFileBase, type PracticeSession } from "../../src/practice/practice-note.js";
import { reviewFile } from "../../src/reviews/review-note.js";
import { interviewFile } from "../../src/interviews/interview-note.js";

/** What people have typed, and what an attacker would: traversal, separators, device names, Unicode tricks. */
const TRICKS = [
  "..", "../", "../../", "..\\", "/", "\\", ".", "./", "~", "~/", "$HOME", "%APPDATA%", "/etc/passwd", "C:\\Windows", "\\\\server\\share",
  "\u0000", "\n", "\r", "\t", " ", "-", "--", ".md", ".git", "CON", "NUL", "aux", "\u2215", "\u2044", "\uFF0F", "\uFF3C", "\u202E", "\u200B",
  "\uFEFF", "ﬁ", "İ", "é", "e\u0301", "東京病院", "مستشفى", "Больница", "😀", "%2e%2e%2f", "..%2f", "....//", "Lakeside IM", "St. Mary's",
];
const name = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.array(fc.oneof(fc.constantFrom(...TRICKS), fc.string({ maxLength: 3 })), { maxLength: 20 }).map((parts) => parts.join("")),
  fc.string({ minLength: 200, maxLength: 400 }),
);
/** The library folder itself may have odd names: spaces, dots, "..", Unicode. */
const folder = fc
  .array(fc.oneof(fc.constantFrom("lib", "my notes", "..", ".", ".hidden", "é", "a b", "x.md"), fc.string({ unit: fc.constantFrom(..."abc .-_é"), minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 4 })
  .map((parts) => join("/tmp", "ic-home", ...parts));

/** Session notes: ASCII slugs. */
const ASCII_NAME = /^[a-z0-9][a-z0-9-]*\.md$/;
/** Review and checklist notes: letters, marks and digits of any script, dashes, one "_" before a hash. */
const RECORD_NAME = /^[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}-]*(?:_[0-9a-f]{10})?(?:-\d+)?\.md$/u;

function expectDirectlyInside(file: string, dir: string, pattern = ASCII_NAME): void {
  const where = JSON.stringify({ file, dir });
  const full = resolve(file);
  expect(dirname(full), where).toBe(resolve(dir));
  expect(full.startsWith(resolve(dir) + sep), where).toBe(true);
  expect(full, where).not.toBe(resolve(dir));
  const base = basename(full);
  expect(base, where).toMatch(pattern); // plain: no separators, no dot files, no leading dash
  expect(base.length, where).toBeLessThanOrEqual(160);
  expect(Buffer.byteLength(base), where).toBeLessThanOrEqual(255); // the file-name limit of ext4, APFS, NTFS
}

const session = (deck: string, program: string | undefined, minute: number): PracticeSession => ({
  deck,
  deckTitle: "Deck",
  ...(program === undefined ? {} : { program }),
  startedAt: new Date(2026, 10, 22, 14, minute),
  endedAt: new Date(2026, 10, 22, 15, 0),
  planned: 1,
  answers: [],
});

describe("note paths never leave the library (property)", () => {
  it("a practice session's note: <home>/sessions/<day>-<time>-<deck>[-<program>].md", () => {
    fc.assert(
      fc.property(folder, name, fc.option(name, { nil: undefined }), fc.nat(59), (home, deck, program, minute) => {
        const dir = libraryPaths(home).sessions;
        expectDirectlyInside(join(dir, `${sessionFileBase(session(deck, program, minute))}.md`), dir);
      }),
      { numRuns: 2000 },
    );
  });

  it("a review: <home>/reviews/<program>.md", () => {
    fc.assert(
      fc.property(folder, name, (home, program) => {
        const dir = libraryPaths(home).reviews;
        expectDirectlyInside(reviewFile(dir, program), dir, RECORD_NAME);
      }),
      { numRuns: 2000 },
    );
  });

  it("checklist progress: <home>/checklists/<checklist>--<program>.md", () => {
    fc.assert(
      fc.property(folder, name, name, (home, checklist, program) => {
        const dir = libraryPaths(home).checklists;
        expectDirectlyInside(progressFile(dir, checklist, program), dir, RECORD_NAME);
      }),
      { numRuns: 2000 },
    );
  });

  it("an interview: <home>/interviews/<program>.md", () => {
    fc.assert(
      fc.property(folder, name, (home, program) => {
        const dir = libraryPaths(home).interviews;
        expectDirectlyInside(interviewFile(dir, program), dir, RECORD_NAME);
      }),
      { numRuns: 2000 },
    );
  });

  it("notes written under those names really land in the folder (writeNewFile, numbered when taken)", () => {
    const home = mkdtempSync(join(tmpdir(), "ic-paths-"));
    try {
      const dir = libraryPaths(home).sessions;
      fc.assert(
        fc.property(name, fc.option(name, { nil: undefined }), (deck, program) => {
          const written = writeNewFile(dir, sessionFileBase(session(deck, program, 5)), "note\n");
          expect(dirname(written)).toBe(dir);
          expect(basename(written)).toMatch(/^[a-z0-9][a-z0-9-]*\.md$/);
        }),
        { numRuns: 300 },
      );
      // Nothing was written anywhere but sessions/, and no temp file was left behind.
      expect(readdirSync(home)).toEqual(["sessions"]);
      expect(readdirSync(dir).filter((file) => !file.endsWith(".md"))).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

