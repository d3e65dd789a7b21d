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
  },
});
