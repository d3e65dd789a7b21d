// `interview-coach config`: the effective settings and where each came from.
import type { CommandContext } from "../context.js";
import { writeDocument, writeMarkdown } from "../ui/output.js";
import { table } from "../io/markdown.js";
import { packagePath } from "../io/package-root.js";
import type { ConfigFile } from "../config/schema.js";
import { thankYouRule } from "../reviews/thank-you-rule.js";
import { allCriteria } from "../reviews/criteria.js";
import { PLACE_KINDS } from "../content/interview-kinds.js";

export async function run(options: { json?: boolean }, ctx: CommandContext): Promise<void> {
  const { settings } = ctx;
  const rows: { setting: string; value: string; source: string }[] = [
    { setting: "config file", value: settings.configPath, source: settings.configLoaded ? "found" : "not present (defaults apply)" },
    { setting: "home", value: settings.home.value, source: settings.home.source },
    { setting: "color", value: settings.color.value, source: settings.color.source },
    ...settings.contentLayers.map((layer, index) => ({
      setting: `content ${index + 1}`,
      value: layer.dir,
      source: { "built-in": "built-in", user: "user folder", config: "config file", env: "env INTERVIEW_COACH_CONTENT", flag: "flag --content" }[layer.layer],
    })),
    { setting: "schemas", value: packagePath("content", "schema"), source: "for yaml-language-server ($schema=...)" },
    ...Object.entries(settings.config.practice ?? {}).map(([key, value]) => ({ setting: `practice.${key}`, value: String(value), source: "config file" })),
    ...(settings.config.competencies?.length ? [{ setting: "competencies", value: `built-in and ${settings.config.competencies.join(", ")}`, source: "config file" }] : []),
    // Every kind's criteria in effect, with the weights rank uses: the defaults too, which are what
    // a config.yaml of one's own would start from.
    // A networking event has no criteria: it is not scored.
    ...PLACE_KINDS.map((kind) => ({
      setting: `review.criteria.${kind}`,
      value: allCriteria(settings.config.review?.criteria)[kind].map((criterion) => `${criterion.id} (weight ${criterion.weight})`).join(", "),
      source: settings.config.review?.criteria?.[kind] ? "config file" : "default",
    })),
    ...seasonRows(settings.config),
  ];
  if (options.json) writeDocument(JSON.stringify({ settings: rows, config: settings.config }, null, 2));
  else await writeMarkdown(table(["setting", "value", "source"], rows.map((r) => [r.setting, r.value, r.source])));
}

/** The season's settings: who signs the drafts, the rank deadline, the thank-you rule in effect. */
function seasonRows(config: ConfigFile): { setting: string; value: string; source: string }[] {
  const rule = thankYouRule(config);
  return [
    ...(config.me?.name ? [{ setting: "me.name", value: config.me.name, source: "config file" }] : []),
    ...(config.season?.rankDeadline ? [{ setting: "season.rankDeadline", value: config.season.rankDeadline, source: "config file" }] : []),
    {
      setting: "season.thankYou",
      value: `send within ${rule.sendWithinDays} day${rule.sendWithinDays === 1 ? "" : "s"}, overdue after ${rule.overdueAfterDays}`,
      source: config.season?.thankYou ? "config file" : "default",
    },
  ];
}
