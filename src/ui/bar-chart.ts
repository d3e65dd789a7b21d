// A horizontal bar chart for the terminal (stderr only): a glance at how far apart the
// scores are, which the table's numbers hide.
import { meter } from "./sparkline.js";
import stringWidth from "fast-string-width";
import { paint } from "./color.js";
import { fitToWidth } from "./table.js";

export interface Bar {
  label: string;
  value: number;
  /** Drawn dim: e.g. a program left off for a deal-breaker. */
  muted?: boolean;
}

const LABEL_MAX = 28;

export function barChart(bars: readonly Bar[], options: { max?: number; columns?: number } = {}): string {
  return barCharts([{ bars }], options);
}

/**
 * Several charts (e.g. the residency and the job rank-order lists) on one scale: their bars start
 * in the same column and have the same full width, so equal scores look equal across groups. A
 * group's `title`, when given, is a line above its bars.
 */
export function barCharts(groups: readonly { title?: string; bars: readonly Bar[] }[], { max = 100, columns = 80 } = {}): string {
  const all = groups.flatMap((group) => group.bars);
  if (all.length === 0) return "";
  // Display columns, not characters: a Korean or Japanese name takes two per character, and
  // every bar must start in the same column.
  const labelWidth = Math.min(LABEL_MAX, Math.max(...all.map((b) => stringWidth(b.label))));
  const barWidth = Math.max(10, Math.min(50, columns - labelWidth - 8));
  const line = (bar: Bar) => {
    const label = fitToWidth(bar.label, labelWidth);
    const drawn = meter(Math.max(0, Math.min(bar.value, max)) / max, barWidth).filled;
    const score = String(Math.round(bar.value)).padStart(3);
    return bar.muted ? paint.dim(`${label}  ${drawn.padEnd(barWidth)} ${score}`) : `${label}  ${paint.cyan(drawn.padEnd(barWidth))} ${score}`;
  };
  return groups
    .filter((group) => group.bars.length)
    .map((group) => [...(group.title ? [group.title] : []), ...group.bars.map(line)].join("\n"))
    .join("\n\n");
}
