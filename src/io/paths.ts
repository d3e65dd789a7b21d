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

function xdg(variable: string, fallback: string[], what: string, alternative = ""): string {
  const value = process.env[variable];
  if (value && isAbsolute(value)) return value;
  const home = usableHome();
  if (home) return join(home, ...fallback);
  throw new UsageError(`HOME is empty or not an absolute path, so ${what} has no folder: ${alternative}set ${variable} (or HOME) to an absolute path`);
}

/** The config folder; undefined when neither XDG_CONFIG_HOME nor HOME gives one (then there is no config). */
export function configDir(): string | undefined {
  const value = process.env.XDG_CONFIG_HOME;
  if (value && isAbsolute(value)) return join(value, APP);
  const home = usableHome();
  return home ? join(home, ".config", APP) : undefined;
}

/** config.yaml's path, or "" when there is no config folder (see configDir): a file that never exists. */
export function configFile(): string {
  const dir = configDir();
  return dir ? join(dir, "config.yaml") : "";
}

/** The default library folder. Throws UsageError (exit 64) naming --home and XDG_DATA_HOME when HOME is empty. */
export function defaultDataDir(): string {
  return join(xdg("XDG_DATA_HOME", [".local", "share"], "the library", "give --home DIR, or "), APP);
}

/** Derived data that can be rebuilt at any time (the history's digest, parsed notes). Throws UsageError when HOME is empty and XDG_CACHE_HOME unset. */
export function cacheDir(): string {
  return join(xdg("XDG_CACHE_HOME", [".cache"], "the history cache"), APP);
}

/** Parsed review notes, by path (see io/file-cache.ts). */
export function reviewCacheFile(): string {
  return join(cacheDir(), "reviews.json");
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
