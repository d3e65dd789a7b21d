// A horizontal bar chart for the terminal (stderr only): a glance at how far apart the
// scores are, which the table's numbers hide.
import { meter } from "./sparkline.js";
import { paint } from "./color.js";

export interface Bar {
  label: string;
  value: number;
  /** Drawn dim: e.g. a program left off for a deal-breaker. */
  muted?: boolean;
}

const LABEL_MAX = 28;

export function barChart(bars: readonly Bar[], { max = 100, columns = 80 } = {}): string {
  if (bars.length === 0) return "";
  const labelWidth = Math.min(LABEL_MAX, Math.max(...bars.map((b) => [...b.label].length)));
  const barWidth = Math.max(10, Math.min(50, columns - labelWidth - 8));
  return bars
    .map((bar) => {
      const chars = [...bar.label];
      const label = chars.length > labelWidth ? `${chars.slice(0, labelWidth - 1).join("")}…` : bar.label.padEnd(labelWidth + bar.label.length - chars.length);
      const drawn = meter(Math.max(0, Math.min(bar.value, max)) / max, barWidth).filled;
      const line = `${label}  ${drawn.padEnd(barWidth)} ${String(Math.round(bar.value)).padStart(3)}`;
      return bar.muted ? paint.dim(line) : `${label}  ${paint.cyan(drawn.padEnd(barWidth))} ${String(Math.round(bar.value)).padStart(3)}`;
    })
    .join("\n");
}
