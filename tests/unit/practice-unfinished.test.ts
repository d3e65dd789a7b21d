// Finding killed sessions in history.jsonl through the history's cached digest, including for
// hand-edited lines and answers that quote history syntax, and after more lines are appended.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { unfinishedSessions } from "../../src/commands/practice-unfinished.js";
import { libraryPaths } from "../../src/io/library.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

let cache = "";
function library(lines: unknown[], raw: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), "ic-unfinished-"));
  dirs.push(dir);
  cache = join(dir, "cache");
  writeFileSync(join(dir, "history.jsonl"), [...lines.map((l) => JSON.stringify(l)), ...raw].join("\n") + "\n");
  return libraryPaths(dir);
}
const start = (session: string) => ({ type: "start", session, deck: "residency", deckTitle: "Residency", plan: ["a", "b"], at: "2026-11-22T10:00:00.000Z" });
const answer = (session: string, text = "an answer") => ({ type: "answer", session, deck: "residency", question: "a", rating: 3, seconds: 10, limit: 90, takes: 1, answer: text, mode: "typed", covered: 0, points: 0, at: "2026-11-22T10:01:00.000Z" });
const end = (session: string) => ({ type: "end", session, at: "2026-11-22T10:02:00.000Z" });

it("finds the session with a start and no end, with its answers", () => {
  const paths = library([start("done-1-a"), answer("done-1-a"), end("done-1-a"), start("killed-1-b"), answer("killed-1-b", "kept"), start("done-2-c"), end("done-2-c")]);
  const found = unfinishedSessions(paths, cache);
  expect(found.map((u) => [u.start.session, u.answers.map((a) => a.answer)])).toEqual([["killed-1-b", ["kept"]]]);
});

it("is not fooled by an answer that quotes history lines", () => {
  const quoted = '{"type":"start","session":"fake-1-x"} and "session":"killed-1-b"';
  const paths = library([start("s-1-a"), answer("s-1-a", quoted), end("s-1-a")]);
  expect(unfinishedSessions(paths, cache)).toEqual([]);
});

it("reads hand-edited lines (other spacing or key order) as JSON", () => {
  const paths = library([start("s-1-a"), answer("s-1-a")], ['{ "session": "s-1-a", "type": "end", "at": "2026-11-22T10:02:00Z" }', '{"session":"h-1-b","type":"start","deck":"d","deckTitle":"D","plan":[],"at":"2026-11-22T11:00:00.000Z"}']);
  expect(unfinishedSessions(paths, cache).map((u) => u.start.session)).toEqual(["h-1-b"]);
});

it("skips broken and truncated lines, and a missing history is no history", () => {
  const paths = library([start("k-1-a"), answer("k-1-a")], ["not json", '{"type":"end","session":"k-1-']);
  expect(unfinishedSessions(paths, cache).map((u) => u.start.session)).toEqual(["k-1-a"]);
  expect(unfinishedSessions(libraryPaths(join(tmpdir(), "ic-no-such-library")), cache)).toEqual([]);
});

it("keeps track of open sessions as the history grows, and after the cache was written", () => {
  const paths = library([start("done-1-a"), answer("done-1-a"), start("killed-1-b")]);
  expect(unfinishedSessions(paths, cache).map((u) => u.start.session)).toEqual(["done-1-a", "killed-1-b"]);
  appendFileSync(paths.history, [answer("killed-1-b", "later"), end("done-1-a"), start("other-1-c"), end("other-1-c")].map((l) => JSON.stringify(l)).join("\n") + "\n");
  const found = unfinishedSessions(paths, cache);
  expect(found.map((u) => [u.start.session, u.answers.map((a) => a.answer)])).toEqual([["killed-1-b", ["later"]]]);
  appendFileSync(paths.history, JSON.stringify(end("killed-1-b")) + "\n");
  expect(unfinishedSessions(paths, cache)).toEqual([]);
});
