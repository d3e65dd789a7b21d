// Reading a library file: "absent" and "unreadable" are different answers. A history or note
// that exists but cannot be read (mode 0200, a folder in its place) must stop the command with
// a one-line error, never pass for empty: that showed "No practice recorded yet" and planned
// every question as new.
import { readFileSync } from "node:fs";
import { CannotReadError } from "./errors.js";

const ABSENT = new Set(["ENOENT", "ENOTDIR"]);

/** The bytes of `path`; undefined when it does not exist. Throws CannotReadError (exit 66) otherwise. */
export function readBytesIfExists(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if (ABSENT.has((error as NodeJS.ErrnoException).code ?? "")) return undefined;
    throw new CannotReadError(path, error);
  }
}

/** The UTF-8 text of `path`; undefined when it does not exist. Throws CannotReadError (exit 66) otherwise. */
export function readIfExists(path: string): string | undefined {
  return readBytesIfExists(path)?.toString("utf8");
}
