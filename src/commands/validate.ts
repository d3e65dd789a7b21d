// `interview-coach validate [PATH...]`: every problem in every file, as FILE:LINE:COL, exit 65 if any.
import { displayPath } from "../io/library.js";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { contentFilesIn } from "../content/catalog.js";
import { competencyIds } from "../content/competencies.js";
import { loadContentFile } from "../content/load.js";
import type { CommandContext } from "../context.js";
import { ContentError, NotFoundError, type ContentIssue } from "../io/errors.js";
import { say } from "../ui/output.js";

export async function run(paths: string[], ctx: CommandContext): Promise<void> {
  const files = paths.length ? paths.flatMap(expand) : ctx.settings.contentLayers.flatMap(({ dir }) => contentFilesIn(dir));
  const issues: ContentIssue[] = [];
  const competencies = competencyIds(ctx.settings.config.competencies);
  for (const file of files) {
    const result = loadContentFile(file, displayPath(file), competencies);
    if (result.ok) say(`ok  ${displayPath(file)}`);
    else issues.push(...result.issues);
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (issues.length) {
    const broken = new Set(issues.map((issue) => issue.file)).size;
    throw new ContentError(issues, `${plural(issues.length, "problem")} in ${plural(broken, "file")} of ${files.length}`);
  }
  say(`${plural(files.length, "file")} valid`);
}

/** A folder stands for the content files in it (decks/, checklists/ and loose .yaml files). */
function expand(path: string): string[] {
  const full = resolve(path);
  let isFolder: boolean;
  try {
    isFolder = statSync(full).isDirectory();
  } catch {
    throw new NotFoundError(`no such file or folder: ${path}`);
  }
  return isFolder ? contentFilesIn(full) : [full];
}
