// Notes read through the parsed-file cache (reviews, interviews, checklist progress, stories) and
// config.yaml: an unchanged file is not parsed again, and every way a file can change under the
// cache (edit, truncate, replace, a clock that is off, an edit in the same second) is noticed,
// so `rank` never ranks a stale score, `today` never shows a stale date, and a setting changed
// in config.yaml counts from the next command on.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileCache } from "../../src/io/file-cache.js";
import { loadReviews } from "../../src/reviews/load-reviews.js";
import { loadInterviews } from "../../src/interviews/interview-file.js";
import { loadProgressNotes } from "../../src/checklists/progress-note.js";
import { loadStories } from "../../src/stories/load-stories.js";
import { loadConfigFile } from "../../src/config/settings.js";
import { ContentError } from "../../src/io/errors.js";

let dir: string;
let notes: string;
let cacheFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ic-note-cache-"));
  notes = join(dir, "notes");
  mkdirSync(notes);
  cacheFile = join(dir, "cache", "notes.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Each format: a note whose one-digit `value` shows in what the loader returns (two values give
 * notes of the same length), and the loader's values and issue count for the folder.
 */
const FORMATS = [
  {
    name: "review notes",
    note: (value: number) => `---\ntype: review\nprogram: Lakeside IM\ndate: 2026-11-02\nkind: residency\nscores: {}\ngut: ${value}\n---\n`,
    load: async () => {
      const loaded = await loadReviews(notes, { cacheFile });
      return { values: loaded.reviews.map((r) => r.review.gut), issues: loaded.issues.length };
    },
  },
  {
    name: "interview notes",
    note: (value: number) => `---\ntype: interview\nprogram: Lakeside IM\ndate: 2026-12-0${value}\ntz: America/Chicago\nkind: residency\n---\n# Notes\n`,
    load: async () => {
      const loaded = await loadInterviews(notes, { cacheFile });
      return { values: loaded.interviews.map((entry) => Number(entry.interview.date.slice(-1))), issues: loaded.issues.length };
    },
  },
  {
    name: "checklist progress notes",
    note: (value: number) => `---\ntype: checklist\nchecklist: visit-day\nprogram: "Lakeside Health"\ndate: 2026-12-0${value}\ndone: []\n---\n# Visit day\n`,
    load: async () => {
      const loaded = await loadProgressNotes(notes, { cacheFile });
      return { values: loaded.notes.map((entry) => Number(entry.state.date!.slice(-1))), issues: loaded.issues.length };
    },
  },
  {
    name: "stories",
    note: (value: number) => `---\ntype: story\ntitle: Night handover\ncompetencies: [teamwork]\n---\n# Night handover\n\n## Situation\n\nNight ${value}.\n`,
    load: async () => {
      const loaded = await loadStories(notes, ["teamwork"], { cacheFile });
      return { values: loaded.stories.map((story) => Number(/\d/.exec(story.situation)![0])), issues: loaded.issues.length };
    },
  },
];

const HOUR_AGO = new Date(Date.now() - 3_600_000);

/** Writes the note and dates it `when` (an hour ago by default: settled, past the racy window). */
function write(text: string, when = HOUR_AGO, name = "lakeside.md"): string {
  const path = join(notes, name);
  writeFileSync(path, text);
  utimesSync(path, when, when);
  return path;
}

describe("the parsed-file cache", () => {
  it("serves an unchanged file from the cache without parsing it", () => {
    const path = write("anything");
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

  it("replaces a cache file written by another build at the next save, even when nothing was parsed", () => {
    const first = new FileCache(cacheFile, "build-1");
    first.read(write("anything"), () => ({ gut: 4 }));
    first.save();
    new FileCache(cacheFile, "build-2").save();
    expect(JSON.parse(readFileSync(cacheFile, "utf8"))).toEqual({ version: "build-2", entries: {} });
  });
});

/** Every way a file can change under the cache while its stamp may not show it. */
const CHANGES = [
  ["edited (new time, same length)", (path: string, note: (value: number) => string) => write(note(2), new Date(), "lakeside.md") && path],
  ["truncated to a broken note", (path: string) => (truncateSync(path, 20), utimesSync(path, HOUR_AGO, HOUR_AGO))],
  ["replaced by another file with the same length and time", (path: string, note: (value: number) => string) => {
    const other = join(dir, "other.md");
    writeFileSync(other, note(2));
    utimesSync(other, HOUR_AGO, HOUR_AGO);
    renameSync(other, path);
  }],
] as const;
const RACY = [
  ["changed within the same second it was cached", () => new Date()],
  ["dated in the future by a clock that is off", () => new Date(Date.now() + 86_400_000)],
] as const;

describe("the parsed-file cache's stamp", () => {
  it("tells a file copied in place with its modification time kept (cp -p) from the one cached, though size and times match", () => {
    const path = write("gut: 4");
    // A minute on: the file is settled, so the stamp alone is trusted (no hash to fall back on).
    const later = () => Date.now() + 60_000;
    const parse = (bytes: Buffer) => bytes.toString();
    const first = new FileCache<string>(cacheFile, 1, { now: later });
    expect(first.read(path, parse)).toBe("gut: 4");
    first.save();
    const before = statSync(path, { bigint: true }).ctimeNs;
    // Same inode, length and modification time; the change time moves on at the clock's next tick.
    do {
      writeFileSync(path, "gut: 2");
      utimesSync(path, HOUR_AGO, HOUR_AGO);
    } while (statSync(path, { bigint: true }).ctimeNs === before);
    expect(new FileCache<string>(cacheFile, 1, { now: later }).read(path, parse)).toBe("gut: 2");
  });
});

describe.each([
  ...FORMATS,
  {
    name: "config.yaml",
    note: (value: number) => `practice:\n  mode: typed\n  count: ${value}\n`,
    load: async () => {
      try {
        const config = await loadConfigFile(join(notes, "lakeside.md"), { cache: cacheFile });
        return { values: [config!.practice!.count!], issues: 0 };
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        return { values: [], issues: 1 };
      }
    },
  },
])("$name through the parsed-file cache", ({ note, load }) => {
  it.each(CHANGES)("notices a file %s", async (_how, change) => {
    const path = write(note(4));
    expect(await load()).toEqual({ values: [4], issues: 0 });
    change(path, note);
    const broken = statSync(path).size === 20;
    expect(await load()).toEqual(broken ? { values: [], issues: 1 } : { values: [2], issues: 0 });
  });

  it.each(RACY)("notices a file %s, even with the same length, time and inode", async (_how, when) => {
    const time = when();
    const path = write(note(4), time);
    expect((await load()).values).toEqual([4]);
    writeFileSync(path, note(2)); // in place: same inode, same length
    utimesSync(path, time, time);
    expect((await load()).values).toEqual([2]);
  });
});

describe("config.yaml through the parsed-file cache", () => {
  it("keeps a valid config, so the next command reads it without yaml or zod, and never a broken one", async () => {
    const path = write("practice:\n  count: 4\n");
    await loadConfigFile(path, { cache: cacheFile });
    expect(JSON.parse(readFileSync(cacheFile, "utf8")).entries[path].value).toEqual({ practice: { count: 4 } });
    write("practice:\n  count: four\n", new Date());
    await expect(loadConfigFile(path, { cache: cacheFile })).rejects.toThrow(ContentError);
    expect(JSON.parse(readFileSync(cacheFile, "utf8")).entries).toEqual({});
  });
});

describe.each(FORMATS)("$name folder through the parsed-file cache", ({ note, load }) => {
  it("forgets deleted notes and shrugs off a broken cache file", async () => {
    write(note(4));
    write(note(3), HOUR_AGO, "other.md");
    expect((await load()).values.sort()).toEqual([3, 4]);
    rmSync(join(notes, "other.md"));
    expect((await load()).values).toEqual([4]);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, "utf8")).entries)).toEqual([join(notes, "lakeside.md")]);
    writeFileSync(cacheFile, "{not json");
    expect((await load()).values).toEqual([4]);
  });
});

describe("stories through the parsed-file cache", () => {
  it("are checked again when the competencies a story may name change", async () => {
    write(`---\ntype: story\ntitle: Night handover\ncompetencies: [research]\n---\n# Night handover\n\n## Situation\n\nNight 4.\n`);
    expect((await loadStories(notes, ["teamwork", "research"], { cacheFile })).stories).toHaveLength(1);
    const without = await loadStories(notes, ["teamwork"], { cacheFile });
    expect(without.stories).toHaveLength(0);
    expect(without.issues[0]?.message).toContain("research");
  });
});
