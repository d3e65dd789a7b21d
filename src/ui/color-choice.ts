// Colour per stream. chalk settles each stream's level once, when it is first
// imported, from FORCE_COLOR, TERM, --no-color and whether the stream is a terminal; it ignores
// NO_COLOR and our config. So the decision is written into FORCE_COLOR before anything imports
// chalk. Keeping chalk out of this module also keeps it off the start-up path of commands that
// print no colour at all (list, show, checklist --print).
import type { Settings } from "../config/settings.js";

export function settleColor(color: Settings["color"]["value"]): void {
  const env = process.env;
  if (color === "never" || env.TERM === "dumb") env.FORCE_COLOR = "0";
  else if (color === "always" && !env.FORCE_COLOR) env.FORCE_COLOR = "1";
}
