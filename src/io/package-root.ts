// Files that ship with the package. The bundle's chunks sit in dist/, one folder below the
// package root; under vitest this file runs from src/io/, two folders below.
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = basename(here) === "io" ? resolve(here, "../..") : resolve(here, "..");

/** An absolute path inside the installed package, e.g. packagePath("content", "decks"). */
export function packagePath(...parts: string[]): string {
  return join(root, ...parts);
}
