// Where things live. XDG variables that are not absolute paths are ignored,
// as the XDG Base Directory spec requires.
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { UsageError } from "./errors.js";

const APP = "interview-coach";

/** The home folder, or undefined when HOME is empty or relative: "./.local/share" is no place for a library. */
function usableHome(): string | undefined {
  const home = homedir();
  return isAbsolute(home) ? home : undefined;
}

/** This program's folder under an XDG base folder (`variable`, else `fallback` under HOME); undefined when neither gives one. */
function appFolder(variable: string, fallback: string[]): string | undefined {
  const value = process.env[variable];
  if (value && isAbsolute(value)) return join(value, APP);
  const home = usableHome();
  return home ? join(home, ...fallback, APP) : undefined;
}

/** The config folder; undefined when neither XDG_CONFIG_HOME nor HOME gives one (then there is no config). */
export function configDir(): string | undefined {
  return appFolder("XDG_CONFIG_HOME", [".config"]);
}

/** config.yaml's path, or "" when there is no config folder (see configDir): a file that never exists. */
export function configFile(): string {
  const dir = configDir();
  return dir ? join(dir, "config.yaml") : "";
}

/** The default library folder. Throws UsageError (exit 64) naming --home and XDG_DATA_HOME when HOME is empty. */
export function defaultDataDir(): string {
  const dir = appFolder("XDG_DATA_HOME", [".local", "share"]);
  if (dir) return dir;
  throw new UsageError("HOME is empty or not an absolute path, so the library has no folder: give --home DIR, or set XDG_DATA_HOME (or HOME) to an absolute path");
}

/**
 * The parsed-file cache's folder: derived data that can be rebuilt at any time (parsed notes
 * and content, the history's digest). Undefined when neither XDG_CACHE_HOME nor HOME gives one:
 * a library given with --home still works then, parsing every file on every run.
 */
export function cacheDir(): string | undefined {
  return appFolder("XDG_CACHE_HOME", [".cache"]);
}

/** A file in the cache folder (see cacheDir), or undefined when there is no cache folder. */
export function cacheFile(name: string): string | undefined {
  const dir = cacheDir();
  return dir ? join(dir, name) : undefined;
}

/** The user's own content folder; undefined without a config folder (see configDir). */
export function userContentDir(): string | undefined {
  const dir = configDir();
  return dir ? join(dir, "content") : undefined;
}

/** "~/x" and relative paths from config files and flags, made absolute. */
export function expandPath(path: string, base = process.cwd()): string {
  if (path === "~" || path.startsWith("~/")) {
    const home = usableHome();
    if (!home) throw new UsageError(`"${path}" starts with ~ but HOME is empty: give the full path`);
    return path === "~" ? home : join(home, path.slice(2));
  }
  return resolve(base, path);
}
