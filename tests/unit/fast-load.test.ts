// The fast road (js-yaml) must never accept what the full road (yaml, with positions) rejects,
// and must produce exactly the same content for files both accept.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentFilesIn } from "../../src/content/catalog.js";
import { fastContent } from "../../src/content/fast-load.js";
import { contentFromYaml, contentIdOf, kindFromFolder, loadContentFile } from "../../src/content/load.js";
import { decodeText, parseYamlText } from "../../src/content/yaml-file.js";
import { FIXTURES, ROOT } from "../helpers/cli.js";

function fullRoad(file: string) {
  const parsed = parseYamlText(readFileSync(file), file);
  return parsed.ok ? contentFromYaml(parsed.value, contentIdOf(file), kindFromFolder(file)) : parsed;
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFilesUnder(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe("fast content road", () => {
  it.each(contentFilesIn(join(ROOT, "content")))("gives the same content as the full road: %s", (file) => {
    const full = fullRoad(file);
    expect(full.ok).toBe(true);
    const fast = fastContent(readFileSync(file, "utf8"), contentIdOf(file), kindFromFolder(file));
    expect(fast).toEqual(full.ok ? full.content : undefined);
  });

  const bad = yamlFilesUnder(join(FIXTURES, "content")).filter((file) => !file.includes(`${join("content", "ok")}`) && fullRoad(file).ok === false);
  it("has bad fixtures to check against", () => expect(bad.length).toBeGreaterThan(20));
  it.each(bad)("leaves a file with problems to the full road: %s", (file) => {
    // Byte problems (binary, not UTF-8) are caught before either road; the rest must not pass fast.
    const decoded = decodeText(readFileSync(file), file);
    if (decoded.ok) expect(fastContent(decoded.text, contentIdOf(file), kindFromFolder(file))).toBeUndefined();
    expect(loadContentFile(file).ok).toBe(false);
  });

  it("sends files with anchors to the full road, which limits alias expansion", () => {
    const text = "title: T\nquestions:\n  - &q { id: a, text: A }\n";
    expect(fastContent(text, "x", "deck")).toBeUndefined();
  });
});
