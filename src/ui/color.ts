// Colour per stream (DESIGN §2). chalk detects each stream's support (FORCE_COLOR, TERM=dumb,
// --no-color in argv) but ignores NO_COLOR and our config, so the final word is set here.
import chalk, { chalkStderr } from "chalk";
import type { Settings } from "../config/settings.js";

export function applyColor(color: Settings["color"]["value"]): void {
  const env = process.env;
  const forcedOff = env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false";
  if (color === "never" || forcedOff || env.TERM === "dumb") {
    chalk.level = 0;
    chalkStderr.level = 0;
  } else if (color === "always") {
    chalk.level ||= 1;
    chalkStderr.level ||= 1;
  }
  // Documents on stdout stay plain Markdown even on a colour terminal: they are meant to be kept.
  chalk.level = 0;
}

/** Colours for everything on stderr. */
export { chalkStderr as paint };
