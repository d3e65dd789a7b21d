// A horizontal bar chart for the terminal (stderr only): a glance at how far apart the
// scores are, which the table's numbers hide.
import { meter } from "./sparkline.js";
import stringWidth from "string-width";
import { paint } from "./color.js";
import { fitToWidth } from "./table.js";

export interface Bar {
  label: string;
  value: number;
  /** Drawn dim: e.g. a program left off for a deal-breaker. */
  muted?: boolean;
}

const LABEL_MAX = 28;

export function barChart(bars: readonly Bar[], { max = 100, columns = 80 } = {}): string {
  if (bars.length === 0) return "";
  // Display columns, not characters: a Korean or Japanese name takes two per character, and
  // every bar must start in the same column.
  const labelWidth = Math.min(LABEL_MAX, Math.max(...bars.map((b) => stringWidth(b.label))));
  const barWidth = Math.max(10, Math.min(50, columns - labelWidth - 8));
  return bars
    .map((bar) => {
      const label = fitToWidth(bar.label, labelWidth);
      const drawn = meter(Math.max(0, Math.min(bar.value, max)) / max, barWidth).filled;
      const line = `${label}  ${drawn.padEnd(barWidth)} ${String(Math.round(bar.value)).padStart(3)}`;
      return bar.muted ? paint.dim(line) : `${label}  ${paint.cyan(drawn.padEnd(barWidth))} ${String(Math.round(bar.value)).padStart(3)}`;
    })
    .join("\n");
}
