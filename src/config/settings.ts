// Effective settings with the place each came from: flags > env > config file > defaults.
// The config file is parsed only when it exists, so a plain run never loads yaml or zod.
import type { ContentLayer } from "../content/catalog.js";
import { existsSync } from "node:fs";
import { delimiter, dirname } from "node:path";
import { ContentError } from "../io/errors.js";
import { configFile, defaultDataDir, expandPath, userContentDir } from "../io/paths.js";
import type { ConfigFile } from "./schema.js";

export interface Setting<T> {
  value: T;
  source: string;
}

export interface GlobalOptions {
  content?: string[];
  home?: string;
  color?: boolean;
  debug?: boolean;
}

export interface Settings {
  home: Setting<string>;
  contentLayers: ContentLayer[];
  color: Setting<"auto" | "always" | "never">;
  config: ConfigFile;
  configPath: string;
  configLoaded: boolean;
}

export async function loadConfigFile(path = configFile()): Promise<ConfigFile | undefined> {
  if (!existsSync(path)) return undefined;
  const [{ readYamlFile }, { validate }, { configSchema }] = await Promise.all([
    import("../io/yaml-file.js"),
    import("../io/validate.js"),
    import("./schema.js"),
  ]);
  const read = readYamlFile(path);
  if (!read.ok) throw new ContentError(read.issues);
  if (read.value.data === null || read.value.data === undefined) return {};
  const result = validate(configSchema, read.value);
  if (!result.ok) throw new ContentError(result.issues);
  return result.value;
}

export async function resolveSettings(globals: GlobalOptions, builtInDir: string): Promise<Settings> {
  const path = configFile();
  const config = (await loadConfigFile(path)) ?? {};
  const fromConfig = `config ${path}`;
  // A relative path in config.yaml means the same folder wherever the command runs: it is
  // taken relative to the config file, not to the working folder.
  const configBase = dirname(path);
  const env = process.env;

  const home: Setting<string> = globals.home
    ? { value: expandPath(globals.home), source: "flag --home" }
    : env.INTERVIEW_COACH_HOME
      ? { value: expandPath(env.INTERVIEW_COACH_HOME), source: "env INTERVIEW_COACH_HOME" }
      : config.home
        ? { value: expandPath(config.home, configBase), source: fromConfig }
        : { value: defaultDataDir(), source: "default (XDG_DATA_HOME)" };

  const contentLayers: ContentLayer[] = [
    { layer: "built-in", dir: builtInDir },
    ...(userContentDir() ? [{ layer: "user" as const, dir: userContentDir()! }] : []),
    ...(config.content ?? []).map((dir) => ({ layer: "config" as const, dir: expandPath(dir, configBase) })),
    ...(env.INTERVIEW_COACH_CONTENT ?? "")
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => ({ layer: "env" as const, dir: expandPath(dir) })),
    ...(globals.content ?? []).map((dir) => ({ layer: "flag" as const, dir: expandPath(dir) })),
  ];

  const color: Setting<"auto" | "always" | "never"> =
    globals.color === false
      ? { value: "never", source: "flag --no-color" }
      : env.NO_COLOR
        ? { value: "never", source: "env NO_COLOR" }
        : env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0"
          ? { value: "always", source: "env FORCE_COLOR" }
          : config.color
            ? { value: config.color, source: fromConfig }
            : { value: "auto", source: "default" };

  return { home, contentLayers, color, config, configPath: path, configLoaded: existsSync(path) };
}
