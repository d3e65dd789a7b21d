// The fast road for the common case, a valid content file. The yaml library keeps a position
// for every node and reads about 1 MB a second here; a 10,000-question deck took 1.8 s against a
// 150 ms budget. js-yaml builds plain data about ten times faster. When anything at all is off
// (a parse error, a schema problem, a duplicate id, anchors) this returns undefined and the
// caller takes the full road in load.ts, which finds every problem with its line and column.
import jsyaml from "js-yaml";
import { normaliseChecklist, normaliseDeck } from "./normalise.js";
import { checklistSchema, deckSchema } from "./schema.js";
import type { Content, ContentKind } from "./types.js";

/** Anchors make aliases possible; only the full road limits how far aliases expand. */
const ANCHOR = /(^|[\s[{,:-])&[^\s,[\]{}]/;

/**
 * Text the two libraries read differently (found by tests/unit/content-load.property.test.ts):
 * a `%YAML 1.1` directive switches yaml to YAML 1.1 (`yes` is true there, text to js-yaml), and
 * js-yaml reads 1_000, 0b11, -0x1F and -0o7 as numbers where YAML 1.2 has text, and +.5 as
 * text where YAML 1.2 has a number; it also takes a lone CR as a line break and a tab at the
 * start of a line inside quoted text and a comment glued to a closing quote or bracket ('x'#c),
 * which yaml refuses. `answer: 1_000` would pass here and fail on the full road: such files
 * take the full road (slower, never wrong).
 */
const READ_DIFFERENTLY = /^[%\t]|[0-9.]_|\b0[bxo]_|\b0b[01]|[-+]0[xo]|[-+]\.[0-9]|\r(?!\n)|["'\]}]#/m;
/** Quoted text over several lines: js-yaml takes continuation lines that yaml finds under-indented. */
const MULTILINE_QUOTE = /(?:^|[:?-][ \t]|[,[{])[ \t]*(?:![^\s]*[ \t]+)?(?:"(?:[^"\\\r\n]|\\.)*\\?|'(?:[^'\r\n]|'')*)$/m;

export function fastContent(text: string, id: string, folderKind?: ContentKind): Content | undefined {
  if (ANCHOR.test(text) || READ_DIFFERENTLY.test(text) || MULTILINE_QUOTE.test(text)) return undefined;
  let data: unknown;
  try {
    // CORE_SCHEMA is YAML 1.2's core schema, as the yaml library uses: no timestamps, no `yes`.
    // js-yaml also refuses duplicate keys, tabs as indentation and a second document.
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const kind = folderKind ?? ("questions" in data ? "deck" : "sections" in data ? "checklist" : undefined);
  if (kind === "deck") {
    const result = deckSchema.safeParse(data);
    if (!result.success || hasDuplicates(result.data.questions.map((q) => q.id))) return undefined;
    return normaliseDeck(id, result.data);
  }
  if (kind === "checklist") {
    const result = checklistSchema.safeParse(data);
    if (!result.success || hasDuplicates(result.data.sections.flatMap((s) => s.items.map((item) => item.id)))) return undefined;
    return normaliseChecklist(id, result.data);
  }
  return undefined;
}

function hasDuplicates(ids: string[]): boolean {
  return new Set(ids).size !== ids.length;
}
