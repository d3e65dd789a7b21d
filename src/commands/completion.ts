// `interview-coach completion bash|zsh|fish` prints the script; the hidden
// `interview-coach __complete INDEX WORDS...` answers it, one candidate a line.
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Command } from "commander";
import { complete, type CompletionSource } from "../completion/complete.js";
import { completionScripts, type Shell } from "../completion/scripts.js";
import type { CommandContext } from "../context.js";
import { parseNote } from "../io/front-matter.js";
import { libraryPaths, noteFileNames } from "../io/library.js";
import { readLimitedText } from "../io/read-file.js";
import { writeDocument } from "../ui/output.js";

export async function run(shell: Shell, _ctx: CommandContext): Promise<void> {
  writeDocument(completionScripts[shell]);
}

/** `program`: the running commander program, whose commands and options are completed. */
export async function runComplete(program: Command, index: string, words: string[], ctx: CommandContext): Promise<void> {
  const candidates = await complete(program, words, Number(index), librarySource(ctx));
  if (candidates.length) writeDocument(candidates.join("\n"));
}

function librarySource(ctx: CommandContext): CompletionSource {
  return {
    decks: async () => [...(await ctx.catalog({ quiet: true })).decks.keys()],
    checklists: async () => [...(await ctx.catalog({ quiet: true })).checklists.keys()],
    programs: async () => programNames(ctx.settings.home.value),
    files: listPaths,
  };
}

/** Program names as the user typed them, read from the front matter of reviews and checklists. */
function programNames(home: string): string[] {
  const { reviews, checklists } = libraryPaths(home);
  const names = new Set<string>();
  for (const dir of [reviews, checklists]) {
    let files: string[] = [];
    try {
      files = noteFileNames(dir, { filesOnly: true });
    } catch {
      continue;
    }
    for (const file of files) {
      let text: string;
      try {
        text = readLimitedText(join(dir, file));
      } catch {
        continue; // completion offers what it can read; the commands themselves report the rest
      }
      const parsed = parseNote(text, file);
      const name = parsed.ok ? parsed.note.data.program : undefined;
      if (typeof name === "string" && name !== "default") names.add(name);
    }
  }
  return [...names].sort();
}

/** Files and folders starting with the typed prefix; folders end in "/". */
function listPaths(prefix: string): string[] {
  const folder = prefix.endsWith("/") ? prefix : dirname(prefix);
  const start = prefix.endsWith("/") ? "" : basename(prefix);
  try {
    return readdirSync(folder || ".", { withFileTypes: true })
      .filter((entry) => entry.name.startsWith(start) && (start.startsWith(".") || !entry.name.startsWith(".")))
      .map((entry) => {
        const path = folder === "." && !prefix.startsWith("./") ? entry.name : join(folder, entry.name);
        return entry.isDirectory() ? `${path}/` : path;
      });
  } catch {
    return [];
  }
}
