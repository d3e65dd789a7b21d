// `npm run eval [-- SET.yaml ...] [--json]`: measures the feedback analysis against labelled sets
// (default: tests/eval/feedback-dev.yaml) and prints the figures, Markdown or JSON, on stdout.
import { main as runMain } from "./run.js";

await runMain(process.argv.slice(2));
