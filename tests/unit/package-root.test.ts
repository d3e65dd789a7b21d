// The built-in content is found from the bundle and from the sources alike.
import { existsSync } from "node:fs";
import { expect, it } from "vitest";
import { packagePath } from "../../src/io/package-root.js";

it("resolves files of the package root from src/io/ (as under vitest)", () => {
  expect(existsSync(packagePath("package.json"))).toBe(true);
  expect(existsSync(packagePath("content", "decks", "residency.yaml"))).toBe(true);
});
