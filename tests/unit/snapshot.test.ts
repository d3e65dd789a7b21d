// The built-in content snapshot is used only while its source file is unchanged.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fileStamp, isUnchanged, type SnapshotEntry } from "../../src/content/snapshot.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function stamped(text: string): { file: string; entry: SnapshotEntry } {
  const dir = mkdtempSync(join(tmpdir(), "ic-snapshot-"));
  dirs.push(dir);
  const file = join(dir, "deck.yaml");
  writeFileSync(file, text);
  utimesSync(file, new Date("2026-01-01T00:00:00Z"), new Date("2026-01-01T00:00:00Z"));
  const entry = { path: "decks/deck.yaml", ...fileStamp(file), content: { kind: "deck" } } as unknown as SnapshotEntry;
  return { file, entry };
}

describe("built-in content snapshot staleness", () => {
  it("trusts an untouched file", () => {
    const { file, entry } = stamped("title: A\n");
    expect(isUnchanged(entry, file)).toBe(true);
  });

  it("trusts a file whose time changed but whose bytes did not (unpacked from a package)", () => {
    const { file, entry } = stamped("title: A\n");
    utimesSync(file, new Date(), new Date());
    expect(isUnchanged(entry, file)).toBe(true);
  });

  it("refuses a file edited to another length", () => {
    const { file, entry } = stamped("title: A\n");
    writeFileSync(file, "title: Longer\n");
    expect(isUnchanged(entry, file)).toBe(false);
  });

  it("refuses a file edited to the same length", () => {
    const { file, entry } = stamped("title: A\n");
    writeFileSync(file, "title: B\n");
    expect(isUnchanged(entry, file)).toBe(false);
  });

  it("refuses a file that is gone", () => {
    const { file, entry } = stamped("title: A\n");
    rmSync(file);
    expect(isUnchanged(entry, file)).toBe(false);
  });
});
