// Which file holds a program's progress on a checklist. Apart from the note's reading and
// rendering because finding it reads the front matter of the files that might be it (YAML):
// `checklist --print` with no checklists/ folder yet needs neither.
import { recordFile } from "../io/record-file.js";
import { legacyProgramSlug, slugify } from "../io/slug.js";

/**
 * checklists/<checklist>--<program slug>.md whose own `program` folds like `program` (see
 * recordFile), also under the name earlier versions gave it; else a free file.
 */
export function progressFile(checklistsDir: string, checklist: string, program: string): string {
  const prefix = `${slugify(checklist)}--`;
  return recordFile({ dir: checklistsDir, name: program, prefix, legacy: [`${prefix}${legacyProgramSlug(program)}`] });
}
