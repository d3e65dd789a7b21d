// Tiny terminal charts as plain strings (colour is the caller's): a sparkline for a series and
// a horizontal meter for one value. Block characters, so they work in any UTF-8 terminal.

const TICKS = "▁▂▃▄▅▆▇█";
const EIGHTHS = "▏▎▍▌▋▊▉";

/** One character per value, scaled between `min` and `max` (default: the 1-5 rating scale). */
export function sparkline(values: readonly number[], { min = 1, max = 5 } = {}): string {
  const span = max - min || 1;
  return values
    .map((value) => {
      const level = Math.round(((Math.min(max, Math.max(min, value)) - min) / span) * (TICKS.length - 1));
      return TICKS[level]!;
    })
    .join("");
}

/** A bar `width` cells wide, filled to `fraction` (0-1) in eighths of a cell; the rest is `rest`. */
export function meter(fraction: number, width = 20, rest = "·"): { filled: string; empty: string } {
  const eighths = Math.round(Math.min(1, Math.max(0, fraction)) * width * 8);
  const filled = "█".repeat(Math.floor(eighths / 8)) + (eighths % 8 ? EIGHTHS[(eighths % 8) - 1]! : "");
  return { filled, empty: rest.repeat(Math.max(0, width - [...filled].length)) };
}
