// Decks and checklists read through the parsed-file cache: an unchanged file is not parsed again,
// every way a file can change under the cache is noticed (edit, truncate, replace, a clock that is
// off, an edit in the same second), and the build's seed serves the built-in content.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentCacheVersion, loadCatalog } from "../../src/content/catalog.js";
import { FileCache } from "../../src/io/file-cache.js";
import { packagePath } from "../../src/io/package-root.js";

let dir: string;
let decks: string;
let cacheFile: string;
const savedCacheHome = process.env.XDG_CACHE_HOME;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ic-content-cache-"));
  decks = join(dir, "content", "decks");
  mkdirSync(decks, { recursive: true });
  process.env.XDG_CACHE_HOME = join(dir, "cache");
  cacheFile = join(dir, "cache", "interview-coach", "content.json");
});
afterEach(() => {
  if (savedCacheHome === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = savedCacheHome;
  rmSync(dir, { recursive: true, force: true });
});

const deck = (title: string) => `title: ${title}\nquestions:\n  - id: q1\n    text: Why this program?\n`;
const HOUR_AGO = new Date(Date.now() - 3_600_000);
const userLayer = () => [{ layer: "user" as const, dir: join(dir, "content") }];
const titles = async () => {
  const catalog = await loadCatalog(userLayer());
  return { titles: [...catalog.decks.values()].map((d) => d.title), issues: catalog.issues.length };
};

function write(text: string, when = HOUR_AGO): string {
  const path = join(decks, "mine.yaml");
  writeFileSync(path, text);
  utimesSync(path, when, when);
  return path;
}

describe("decks through the parsed-file cache", () => {
  it("keeps a parsed deck in the cache and serves it from there while the file is unchanged", async () => {
    const path = write(deck("Mine"));
    expect(await titles()).toEqual({ titles: ["Mine"], issues: 0 });
    const stored = JSON.parse(readFileSync(cacheFile, "utf8"));
    expect(stored.version).toBe(contentCacheVersion());
    const cached = JSON.parse(stored.entries[path].value.json);
    expect(cached.title).toBe("Mine");
    // The cache is what is read: a hand-changed cached title shows, proving no parse happened.
    stored.entries[path].value.json = JSON.stringify({ ...cached, title: "From the cache" });
    writeFileSync(cacheFile, JSON.stringify(stored));
    expect(await titles()).toEqual({ titles: ["From the cache"], issues: 0 });
  });

  it.each([
    ["edited (new time)", () => write(deck("Edited"), new Date(Date.now() - 60_000))],
    ["truncated to a broken deck", (path: string) => (truncateSync(path, 12), utimesSync(path, HOUR_AGO, HOUR_AGO))],
    ["replaced by another file with the same length and time", (path: string) => {
      const other = join(dir, "other.yaml");
      writeFileSync(other, deck("Othr"));
      utimesSync(other, HOUR_AGO, HOUR_AGO);
      renameSync(other, path);
    }],
  ])("notices a deck %s", async (how, change) => {
    const path = write(deck("Mine"));
    await titles();
    change(path);
    const expected = how.startsWith("truncated") ? { titles: [], issues: 1 } : { titles: [how.startsWith("edited") ? "Edited" : "Othr"], issues: 0 };
    expect(await titles()).toEqual(expected);
  });

  it.each([
    ["changed within the same second it was cached", () => new Date()],
    ["dated in the future by a clock that is off", () => new Date(Date.now() + 86_400_000)],
  ])("notices a deck %s, even with the same length, time and inode", async (_how, when) => {
    const time = when();
    const path = write(deck("Mine"), time);
    expect((await titles()).titles).toEqual(["Mine"]);
    writeFileSync(path, deck("Your")); // in place: same inode, same length
    utimesSync(path, time, time);
    expect((await titles()).titles).toEqual(["Your"]);
  });

  it("parses again when the competency list changes (validity depends on it)", () => {
    expect(contentCacheVersion(["teamwork"])).not.toBe(contentCacheVersion(["teamwork", "ethics"]));
  });

  it("stops with what to do, and deletes the cache, when an entry in it was damaged by hand", async () => {
    const path = write(deck("Mine"));
    await titles();
    const stored = JSON.parse(readFileSync(cacheFile, "utf8"));
    stored.entries[path].value.json = stored.entries[path].value.json.slice(0, 20);
    writeFileSync(cacheFile, JSON.stringify(stored));
    await expect(titles()).rejects.toThrow(/^cannot read .*content\.json: its copy of 'mine' is damaged .*; the cache is deleted, so run the command again$/);
    expect(existsSync(cacheFile)).toBe(false);
    expect(await titles()).toEqual({ titles: ["Mine"], issues: 0 });
  });

  it("shrugs off a broken cache file", async () => {
    write(deck("Mine"));
    await titles();
    writeFileSync(cacheFile, "{not json");
    expect(await titles()).toEqual({ titles: ["Mine"], issues: 0 });
  });
});

describe("the built-in content's seed", () => {
  it("is written by the build in the cache's format, with every built-in deck", () => {
    const seed = packagePath("dist", "content-cache.json");
    expect(existsSync(seed)).toBe(true);
    const stored = JSON.parse(readFileSync(seed, "utf8"));
    const ids = Object.values(stored.entries as Record<string, { value: { id: string } }>).map((e) => e.value.id);
    expect(ids).toEqual(expect.arrayContaining(["residency", "second-interview", "patient-coordinator", "networking"]));
  });
});

describe("a seed built from files that had only just changed", () => {
  // A fresh clone is built seconds after checkout: the seed cannot trust the files' times yet,
  // so it keeps hashes. The first run checks a hash and stamps its own copy; later runs must
  // trust that copy, not hash the file and rewrite the cache again each time.
  const seedFile = () => join(dir, "seed.json");
  const parseTitle = (bytes: Buffer) => ({ title: String(bytes).split("\n")[0] ?? "" });
  const fail = (): { title: string } => {
    throw new Error("parsed, although the cache had the file");
  };

  function seedWith(path: string): void {
    const justWritten = statSync(path).mtimeMs + 100;
    const seed = new FileCache<{ title: string }>(seedFile(), 1, { now: () => justWritten });
    seed.read(path, parseTitle);
    seed.save();
    expect(JSON.parse(readFileSync(seedFile(), "utf8")).entries[path]).toMatchObject({ stamp: "", hash: expect.any(String) });
  }

  it("is checked once: the next run neither parses nor writes the cache", () => {
    const path = write(deck("Mine"));
    seedWith(path);
    const first = new FileCache<{ title: string }>(cacheFile, 1, { seed: seedFile() });
    expect(first.read(path, fail)).toEqual({ title: "title: Mine" });
    first.save();
    const written = statSync(cacheFile, { bigint: true });
    const second = new FileCache<{ title: string }>(cacheFile, 1, { seed: seedFile() });
    expect(second.read(path, fail)).toEqual({ title: "title: Mine" });
    second.save();
    const after = statSync(cacheFile, { bigint: true });
    expect([after.ino, after.mtimeNs]).toEqual([written.ino, written.mtimeNs]);
  });

  it("is passed over once the file changes, and so is the user's own stale entry", () => {
    const path = write(deck("Mine"));
    seedWith(path);
    const first = new FileCache<{ title: string }>(cacheFile, 1, { seed: seedFile() });
    first.read(path, fail);
    first.save();
    write(deck("Edited"), new Date(Date.now() - 60_000));
    const next = new FileCache<{ title: string }>(cacheFile, 1, { seed: seedFile() });
    expect(next.read(path, parseTitle)).toEqual({ title: "title: Edited" });
  });
});
