// Effective settings with the place each came from: flags > env > config file > defaults.
// The config file is parsed only when it exists and changed since the last run (see
// loadConfigFile), so most runs load neither yaml nor zod.
import type { ContentLayer } from "../content/catalog.js";
import { accessSync, constants, existsSync, lstatSync, readlinkSync, statSync, type Stats } from "node:fs";
import { delimiter, dirname } from "node:path";
import { ContentError, type ContentIssue } from "../io/errors.js";
import { readFailure } from "../io/read-file.js";
import { FileCache } from "../io/file-cache.js";
import { cacheFile, configFile, defaultDataDir, expandPath, userContentDir } from "../io/paths.js";
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

/** Names the shape of ConfigFile in the cache: bumped when it changes, so a config cached the old way is parsed again. */
const CACHE_VERSION = 1;

/**
 * config.yaml validated, or undefined when there is none. Like every note, it is parsed (yaml and
 * zod, most of a start's time) only when it changed since the last run; otherwise it comes from
 * the parsed-file cache (`cache`: another cache file, for tests). Throws ContentError (exit 65,
 * FILE:LINE:COL) for a broken or invalid file.
 */
export async function loadConfigFile(path = configFile(), { cache: cachePath = cacheFile("config.json") }: { cache?: string } = {}): Promise<ConfigFile | undefined> {
  if (!configIsThere(path)) return undefined;
  const cache = new FileCache<ConfigFile>(cachePath, CACHE_VERSION);
  try {
    const cached = cache.cached(path);
    cache.save(); // a config just checked by its hash is stamped: from now on its stamp alone tells
    if (cached !== undefined) return cached;
  } catch {
    // Cannot be looked at: parsing it says why, at FILE:1:1.
  }
  const [{ parseYamlText, readYamlFile }, { validate }, { configSchema }] = await Promise.all([
    import("../io/yaml-file.js"),
    import("../io/validate.js"),
    import("./schema.js"),
  ]);
  let issues: ContentIssue[] = [];
  // The config, or undefined with its problems in `issues`.
  const check = (read: ReturnType<typeof readYamlFile>): ConfigFile | undefined => {
    if (!read.ok) return void (issues = read.issues);
    // An empty file sets nothing.
    if (read.value.data === null || read.value.data === undefined) return {};
    const result = validate(configSchema, read.value);
    if (!result.ok) issues = result.issues;
    return result.ok ? result.value : undefined;
  };
  let config: ConfigFile | undefined;
  try {
    config = cache.read(path, (bytes) => check(parseYamlText(bytes, path)));
    cache.save();
  } catch {
    // Gone or unreadable since it was looked up: the reader words the problem at FILE:1:1.
    config = check(readYamlFile(path));
  }
  if (config === undefined) throw new ContentError(issues);
  return config;
}

/**
 * Whether there is a config file at `path`: false when nothing is there. Throws ContentError
 * (exit 65, FILE:1:1) for what stands in for one but cannot be read: a file or folder this user
 * may not read, or a link to nothing. Without this, each would pass for no config at all and its
 * settings would silently not apply. (A pipe or device is read as any file is, up to the limit.)
 */
function configIsThere(path: string): boolean {
  const refuse = (message: string) => new ContentError([{ file: path, line: 1, col: 1, message }]);
  let stat: Stats | undefined;
  try {
    stat = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    // A file where a folder of the path should be: nothing can be there.
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") return false;
    throw refuse(readFailure(error, "YAML file"));
  }
  if (!stat) {
    if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) throw refuse(`is a link to ${readlinkSync(path)}, which does not exist`);
    return false;
  }
  // A config this user cannot read is refused even while the cache holds a copy of it.
  try {
    if (stat.isFile()) accessSync(path, constants.R_OK);
  } catch (error) {
    throw refuse(readFailure(error, "YAML file"));
  }
  return true;
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
