// `interview-coach list [decks|checklists] [--json]`
import { categoriesOf, countOf } from "../content/catalog.js";
import type { CommandContext } from "../context.js";
import { table } from "../io/markdown.js";
import { writeDocument, writeMarkdown } from "../ui/output.js";

export interface ListOptions {
  json?: boolean;
}

export async function run(kind: "decks" | "checklists" | undefined, options: ListOptions, ctx: CommandContext): Promise<void> {
  const catalog = await ctx.catalog();
  const entries = [
    ...(kind !== "checklists" ? [...catalog.decks.values()] : []),
    ...(kind !== "decks" ? [...catalog.checklists.values()] : []),
  ].map((item) => ({
    kind: item.kind,
    id: item.id,
    title: item.title,
    count: countOf(item),
    // What `practice --category` and `--exclude-category` accept; checklists have none.
    ...(item.kind === "deck" ? { categories: categoriesOf(item).map((c) => c.category) } : {}),
    source: item.source.layer,
    file: item.source.file,
  }));

  if (options.json) {
    writeDocument(JSON.stringify(entries, null, 2));
    return;
  }
  const withCategories = entries.some((e) => e.kind === "deck");
  const rows = entries.map((e) => [
    e.kind,
    e.id,
    e.title,
    `${e.count} ${e.kind === "deck" ? "question" : "item"}${e.count === 1 ? "" : "s"}`,
    e.source,
    ...(withCategories ? [e.categories?.join(", ") ?? ""] : []),
  ]);
  await writeMarkdown(table(["kind", "id", "title", "count", "source", ...(withCategories ? ["categories"] : [])], rows));
}
