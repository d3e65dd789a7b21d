// `interview-coach show <id> [--json]`: a deck as a study sheet, a checklist as Markdown.
import type { CommandContext } from "../context.js";
import { findAny } from "../content/find.js";
import { isContentPath, loadContentPath } from "./content-arg.js";
import { renderChecklist, renderDeckSheet } from "../content/render.js";
import { say, writeDocument, writeMarkdown } from "../ui/output.js";
import { thankYouRule, withThankYouRule } from "../reviews/thank-you-rule.js";

export async function run(id: string, options: { json?: boolean }, ctx: CommandContext): Promise<void> {
  // A path to a file shows that file, as practice takes one: a deck being written can be read back.
  const { item, alsoChecklist } = isContentPath(id) ? { item: await loadContentPath(id, ctx), alsoChecklist: false } : findAny(await ctx.catalog(), id);
  if (alsoChecklist) say(`note: '${id}' is also a checklist: \`interview-coach show checklist/${id}\``);
  // A checklist's thank-you items fall due by the season's one rule, as everywhere else it is shown.
  const shown = item.kind === "checklist" ? withThankYouRule(item, thankYouRule(ctx.settings.config)) : item;
  if (options.json) writeDocument(JSON.stringify(shown, null, 2));
  else await writeMarkdown(shown.kind === "deck" ? renderDeckSheet(shown) : renderChecklist(shown, { omitRedundantPhase: true }));
}
