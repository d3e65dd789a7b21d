#!/usr/bin/env node
// Runs the built CLI. The build (dist/) is made by `npm install` through the prepare script.
import("../dist/main.js").then(
  ({ main }) => main(process.argv),
  (error) => {
    if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
    process.stderr.write("interview-coach is not built yet: run `npm install` (or `npm run build`) in its folder.\n");
    process.exitCode = 1;
  },
);
