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
    // vitest's default leaves one core free (one worker on a 2-core machine). An end-to-end test
    // mostly waits while the program it drives works, so one worker more than cores keeps every
    // core busy: on 2 cores the suite runs in about two thirds of the time.
    maxWorkers: availableParallelism() + 1,
  },
});
