import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup/fast-check.ts"],
    // End-to-end tests spawn the built binary in pseudo-terminals; give them room on 2 cores.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: "forks",
  },
});
