import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup/fast-check.ts"],
    // End-to-end tests spawn the built binary in pseudo-terminals and wait for what the screen
    // shows; the timeout is only a net for a hang, wide enough for two busy cores.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: "forks",
    // A test file reuses a worker that earlier files ran in, instead of a fresh process each:
    // about 15% less CPU for the whole suite. Safe because end-to-end tests keep their state in
    // the processes they spawn and their temp folders, and unit tests call pure functions.
    isolate: false,
    // vitest's default leaves one core free (one worker on a 2-core machine). One worker per core
    // keeps every core busy: an end-to-end test waits on the program it drives, which then runs
    // on the core. One worker more than cores was tried: the programs each test starts then
    // compete for the cores, and on 2 cores the suite took about 5% longer (202 s against 192 s,
    // the means of interleaved runs).
    maxWorkers: availableParallelism(),
  },
});
