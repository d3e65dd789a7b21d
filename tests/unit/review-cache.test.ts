// Review notes read through the parsed-file cache: an unchanged note is not parsed again, and
// every way a note can change under the cache (edit, truncate, replace, a clock that is off, an
// edit in the same second) is noticed, so `rank` never ranks a stale score.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileCache } from "../../src/io/file-cache.js";
import { loadReviews } from "../../src/reviews/load-reviews.js";

let dir: string;
let reviews: string;
let cacheFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ic-review-cache-"));
  reviews = join(dir, "reviews");
  mkdirSync(reviews);
  cacheFile = join(dir, "cache", "reviews.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const note = (gut: number) => `---\ntype: review\nprogram: Lakeside IM\ndate: 2026-11-02\nkind: residency\nscores: {}\ngut: ${gut}\n---\n`;
const HOUR_AGO = new Date(Date.now() - 3_600_000);
const gutOf = async () => (await loadReviews(reviews, { cacheFile })).reviews.map((r) => r.review.gut);

/** Writes the note and dates it `when` (an hour ago by default: settled, past the racy window). */
function write(text: string, when = HOUR_AGO, name = "lakeside-im.md"): string {
  const path = join(reviews, name);
  writeFileSync(path, text);
  utimesSync(path, when, when);
  return path;
}

describe("review notes through the parsed-file cache", () => {
  it("serves an unchanged note from the cache without parsing it", () => {
    const path = write(note(4));
    let parses = 0;
    const parse = () => (parses++, { gut: 4 });
    new FileCache(cacheFile, 1).read(path, parse);
    const first = new FileCache(cacheFile, 1);
    first.read(path, parse);
    first.save();
    expect(parses).toBe(2); // the first cache was never saved
    expect(new FileCache(cacheFile, 1).read(path, parse)).toEqual({ gut: 4 });
    expect(parses).toBe(2);
    expect(new FileCache(cacheFile, 2).read(path, parse)).toEqual({ gut: 4 });
    expect(parses).toBe(3); // another version of the cached shape: parsed again
  });

  it.each([
    ["edited (new time, same length)", (path: string) => write(note(2), new Date(), "lakeside-im.md") && path],
    ["truncated to a broken note", (path: string) => (truncateSync(path, 20), utimesSync(path, HOUR_AGO, HOUR_AGO))],
    ["replaced by another file with the same length and time", (path: string) => {
      const other = join(dir, "other.md");
      writeFileSync(other, note(2));
      utimesSync(other, HOUR_AGO, HOUR_AGO);
      renameSync(other, path);
    }],
  ])("notices a note %s", async (_how, change) => {
    const path = write(note(4));
    expect(await gutOf()).toEqual([4]);
    change(path);
    const loaded = await loadReviews(reviews, { cacheFile });
    const broken = statSync(path).size === 20;
    expect(loaded.reviews.map((r) => r.review.gut)).toEqual(broken ? [] : [2]);
    expect(loaded.issues.length).toBe(broken ? 1 : 0);
  });

  it.each([
    ["changed within the same second it was cached", () => new Date()],
    ["dated in the future by a clock that is off", () => new Date(Date.now() + 86_400_000)],
  ])("notices a note %s, even with the same length, time and inode", async (_how, when) => {
    const time = when();
    const path = write(note(4), time);
    expect(await gutOf()).toEqual([4]);
    writeFileSync(path, note(2)); // in place: same inode, same length
    utimesSync(path, time, time);
    expect(await gutOf()).toEqual([2]);
  });

  it("forgets deleted notes and shrugs off a broken cache file", async () => {
    write(note(4));
    write(note(3), HOUR_AGO, "other.md");
    expect(await gutOf()).toEqual([4, 3]);
    rmSync(join(reviews, "other.md"));
    expect(await gutOf()).toEqual([4]);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, "utf8")).entries)).toEqual([join(reviews, "lakeside-im.md")]);
    writeFileSync(cacheFile, "{not json");
    expect(await gutOf()).toEqual([4]);
  });
});
