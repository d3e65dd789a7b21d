// Where things live. XDG variables that are not absolute paths are ignored,
// as the XDG Base Directory spec requires.
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";

const APP = "interview-coach";

function xdg(variable: string, fallback: string[]): string {
  const value = process.env[variable];
  return value && isAbsolute(value) ? value : join(homedir(), ...fallback);
}

export function configDir(): string {
  return join(xdg("XDG_CONFIG_HOME", [".config"]), APP);
}

export function configFile(): string {
  return join(configDir(), "config.yaml");
}

export function defaultDataDir(): string {
  return join(xdg("XDG_DATA_HOME", [".local", "share"]), APP);
}

/** Derived data that can be rebuilt at any time (the history index, parsed notes). */
export function cacheDir(): string {
  return join(xdg("XDG_CACHE_HOME", [".cache"]), APP);
}

/** Parsed review notes, by path (see notes/file-cache.ts). */
export function reviewCacheFile(): string {
  return join(cacheDir(), "reviews.json");
}

export function userContentDir(): string {
  return join(configDir(), "content");
}

/** "~/x" and relative paths from config files and flags, made absolute. */
export function expandPath(path: string, base = process.cwd()): string {
  if (path === "~") return homedir();
  if (path.startsWith("~/")) return join(homedir(), path.slice(2));
  return resolve(base, path);
}
