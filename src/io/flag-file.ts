// A YAML file named on the command line (`--answers FILE`, `--weights FILE`): a mistyped name is
// a usage error, said as such, before the file's own problems are reported at their positions.
import { statSync } from "node:fs";
import { ContentError, UsageError } from "./errors.js";
import { readYamlFile, type YamlFile } from "./yaml-file.js";

/**
 * The YAML file that a flag names (`--answers FILE`, `--weights FILE`), read as readYamlFile
 * reads it. No file at `path`, or a folder there, is the flag mistyped: UsageError (exit 64),
 * "--weights: no file at wieghts.yaml", rather than a position in a file that is not there.
 * Throws ContentError (exit 65) with FILE:LINE:COL for a file that cannot be read or parsed.
 */
export function readFlagYamlFile(flag: string, path: string, displayName = path): YamlFile {
  let folder: boolean;
  try {
    folder = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`${flag}: no file at ${displayName}`);
    folder = false; // unreadable for another reason: the read below says which, at the file
  }
  if (folder) throw new UsageError(`${flag}: ${displayName} is a folder, not a file`);
  const read = readYamlFile(path, displayName);
  if (!read.ok) throw new ContentError(read.issues);
  return read.value;
}
