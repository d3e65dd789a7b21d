// A deck or checklist named on the command line by a path to its file (ending in .yaml or .yml)
// rather than by an id from the catalog: read and checked as the catalog reads its own files.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { CommandContext } from "../context.js";
import { competencyIds } from "../content/competencies.js";
import { findDeck } from "../content/find.js";
import type { Content, Deck } from "../content/types.js";
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

/**
 * A deck named on the command line: an id from the catalog, or a path to a deck file (.yaml or
 * .yml), so that a deck practised from its file is one `stats` can show as well. Throws what
 * findDeck and loadContentPath throw, and ContentError (exit 65) for a checklist's file.
 */
export async function deckFromArg(arg: string, ctx: CommandContext): Promise<Deck> {
  if (!isContentPath(arg)) return findDeck(await ctx.catalog(), arg);
  const content = await loadContentPath(arg, ctx);
  if (content.kind !== "deck") {
    throw new ContentError([{ file: displayPath(resolve(arg)), line: 1, col: 1, message: "is a checklist, not a deck; give a file that has 'questions'" }]);
  }
  return content;
}
