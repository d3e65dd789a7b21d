// What every command receives: effective settings, the content catalog on demand, and the clock.
// Commands take their time from `now()` so that tests can fix it.
import { loadCatalog, type Catalog } from "./content/catalog.js";
import { competencyIds } from "./content/competencies.js";
import { resolveSettings, type GlobalOptions, type Settings } from "./config/settings.js";
import { packagePath } from "./package-root.js";
import { settleColor } from "./ui/color-choice.js";
import { say } from "./ui/output.js";
import { formatIssue } from "./errors.js";

export interface CommandContext {
  globals: GlobalOptions;
  settings: Settings;
  /** The merged content of every layer; broken files are warned about on stderr once. */
  catalog(options?: { quiet?: boolean }): Promise<Catalog>;
  now(): Date;
}

export async function createContext(globals: GlobalOptions): Promise<CommandContext> {
  const settings = await resolveSettings(globals, packagePath("content"));
  settleColor(settings.color.value);
  let cached: Promise<Catalog> | undefined;
  return {
    globals,
    settings,
    catalog({ quiet = false } = {}) {
      cached ??= loadCatalog(settings.contentLayers, competencyIds(settings.config.competencies)).then((catalog) => {
        if (!quiet) for (const issue of catalog.issues) say(`warning: skipped ${formatIssue(issue)}`);
        return catalog;
      });
      return cached;
    },
    now: () => (process.env.INTERVIEW_COACH_NOW ? new Date(process.env.INTERVIEW_COACH_NOW) : new Date()),
  };
}
