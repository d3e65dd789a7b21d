// A deck or checklist named on the command line by a path to its file (ending in .yaml or .yml)
// rather than by an id from the catalog: read and checked as the catalog reads its own files.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { CommandContext } from "../context.js";
import { competencyIds } from "../content/competencies.js";
import type { Content } from "../content/types.js";
import { ContentError, NotFoundError } from "../io/errors.js";
import { displayPath } from "../io/library.js";

/** Whether `arg` names a file (a .yaml or .yml path) rather than a catalog id. */
export function isContentPath(arg: string): boolean {
  return /\.ya?ml$/i.test(arg);
}

/**
 * The deck or checklist in the file at `arg` (relative to the working folder). Throws
 * NotFoundError (exit 66) when there is no such file, ContentError (exit 65) with FILE:LINE:COL
 * for one that does not validate.
 */
export async function loadContentPath(arg: string, ctx: CommandContext): Promise<Content> {
  const path = resolve(arg);
  if (!existsSync(path)) throw new NotFoundError(`no deck or checklist file at ${arg}`);
  const { loadContentFile } = await import("../content/load.js");
  const result = loadContentFile(path, displayPath(path), competencyIds(ctx.settings.config.competencies));
  if (!result.ok) throw new ContentError(result.issues);
  return result.content;
}
