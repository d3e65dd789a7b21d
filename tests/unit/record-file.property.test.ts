// File identity: a review or checklist note is never shared by two programs. Before, file names
// were ASCII slugs cut at 60 characters, so "서울 병원 IM" and "부산 병원 IM" both wrote
// reviews/im.md, and names equal in their first 60 characters met too.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { recordFile } from "../../src/io/record-file.js";
import { checkRecordName } from "../../src/io/slug.js";
import { recordSlug } from "../../src/io/slug.js";
import { reviewFile } from "../../src/reviews/review-note.js";
import { progressFile } from "../../src/checklists/progress-file.js";

/** The folding the property is about, written out here on its own: case, Latin accents, spaces. */
const fold = (name: string) => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/gu, " ").trim().normalize("NFC");

const pieces = {
  latin: ["Clínica", "São", "Mercy", "North", "Hôpital", "Zürich", "IM", "Saint-Luc", "Ångström", "ñ", "e\u0301"],
  cjk: ["東京", "大阪", "病院", "内科", "北京", "医院"],
  hangul: ["서울", "부산", "병원", "내과", "대학교"],
  arabic: ["مستشفى", "القاهرة", "الباطنة", "دبي"],
  cyrillic: ["Больница", "Москва", "терапия", "Київ"],
  emoji: ["🏥", "❤️", "👩‍⚕️", "🩺"],
  punctuation: [" ", " ", "  ", "-", "(", ")", "[", "]", "{", "}", ".", ",", "/", "&", "'", "’", "_", "\t"],
};
const word = fc.oneof(...Object.values(pieces).map((list) => fc.constantFrom(...list)), fc.string({ maxLength: 4 }), fc.string({ unit: "grapheme", maxLength: 3 }));
/** Names from several scripts, up to 300 characters (long ones share their first 60). */
const name = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 12 }).map((parts) => parts.join("")),
  fc.tuple(fc.array(word, { minLength: 20, maxLength: 60 }), fc.array(word, { maxLength: 6 })).map(([head, tail]) => `${head.join("")}${tail.join("")}`.slice(0, 300)),
);

describe("record file names (property)", () => {
  it("two names that differ after case, accent and space folding never share a file name", () => {
    fc.assert(
      fc.property(name, name, fc.array(word, { maxLength: 3 }), (a, b, tail) => {
        // Also names that share a long start: the 60-character cut must not make them meet.
        for (const [x, y] of [[a, b], [a, `${a}${tail.join("")}`], [`${a} (${b})`, `${a} ${b}`]] as const) {
          if (fold(x) !== fold(y)) expect(recordSlug(x), JSON.stringify([x, y])).not.toBe(recordSlug(y));
          else expect(recordSlug(x)).toBe(recordSlug(y));
        }
      }),
      { numRuns: 2500 },
    );
  });

  it("names keep their letters (NFC) and stay within a file name's 255 bytes", () => {
    fc.assert(
      fc.property(name, (n) => {
        const slug = recordSlug(n);
        expect(Buffer.byteLength(`x--${slug}-99.md`)).toBeLessThanOrEqual(255);
        expect(slug).toBe(slug.normalize("NFC"));
        expect(slug).not.toMatch(/[./\\]/);
      }),
      { numRuns: 2000 },
    );
  });

  it("the cases from the reports each get their own file", () => {
    const pairs = [
      ["서울 병원 IM", "부산 병원 IM"],
      ["東京病院 IM", "大阪病院 IM"],
      ["Mercy (North)", "Mercy North"],
      ["[a]", "{a}"],
      [`${"St. Example University Hospital Internal Medicine Residency"} - Primary Care`, `${"St. Example University Hospital Internal Medicine Residency"} - Categorical`],
    ];
    for (const [a, b] of pairs) expect(reviewFile("/lib/reviews", a!), a).not.toBe(reviewFile("/lib/reviews", b!));
    expect(basename(reviewFile("/lib/reviews", "서울 병원 IM"))).toBe("서울-병원-im.md");
    expect(basename(reviewFile("/lib/reviews", "Mercy North"))).toBe("mercy-north.md");
    expect(basename(reviewFile("/lib/reviews", "Mercy (North)"))).toMatch(/^mercy-north_[0-9a-f]{10}\.md$/);
    // Same program typed another way: the same file.
    expect(reviewFile("/lib/reviews", "Clínica  Norte")).toBe(reviewFile("/lib/reviews", "clinica norte"));
  });
});

describe("recordFile: the file's own program decides", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), "ic-record-"));
    dirs.push(dir);
    return dir;
  };
  const note = (program: string) => `---\ntype: review\nprogram: ${JSON.stringify(program)}\n---\n# Review\n`;

  it("finds a note an earlier version named (reviews/im.md) by its program, and never writes another program there", () => {
    const dir = folder();
    writeFileSync(join(dir, "im.md"), note("서울 병원 IM"));
    expect(reviewFile(dir, "서울 병원 IM")).toBe(join(dir, "im.md"));
    expect(reviewFile(dir, "부산 병원 IM")).toBe(join(dir, "부산-병원-im.md"));
    const tokyo = join(dir, "second-interview--im.md");
    writeFileSync(tokyo, note("東京病院 IM"));
    expect(progressFile(dir, "second-interview", "東京病院 IM")).toBe(tokyo);
    expect(progressFile(dir, "second-interview", "大阪病院 IM")).toBe(join(dir, "second-interview--大阪病院-im.md"));
  });

  it("a file under this name that belongs to another program (a hand edit, a rename) is skipped, not overwritten", () => {
    const dir = folder();
    writeFileSync(join(dir, "lakeside.md"), note("Hillcrest"));
    expect(recordFile({ dir, name: "Lakeside" })).toBe(join(dir, "lakeside-2.md"));
    writeFileSync(join(dir, "lakeside-2.md"), note("lakeside"));
    expect(recordFile({ dir, name: "LAKESIDE" })).toBe(join(dir, "lakeside-2.md"));
  });

  it("refuses a name that arrived as invalid UTF-8 (U+FFFD under LANG=C) or with a lone surrogate, exit 64", () => {
    expect(() => checkRecordName("Cl\ufffdnica", "the program name")).toThrow(/the program name is not valid UTF-8 text/);
    expect(() => checkRecordName("Cl\ud800nica", "the program name")).toThrow(expect.objectContaining({ exitCode: 64 }));
    expect(checkRecordName("Clínica", "the program name")).toBe("Clínica");
  });
});
