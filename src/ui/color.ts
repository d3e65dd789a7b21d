// The colours of everything on stderr. Import this only where something is coloured: chalk
// decides its level on import, after context.ts has settled the choice (see color-choice.ts).
import chalk, { chalkStderr } from "chalk";

// Documents on stdout stay plain Markdown even on a colour terminal: they are meant to be kept.
chalk.level = 0;

export { chalkStderr as paint };
