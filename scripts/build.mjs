// Bundles src/ into dist/ (ESM, code splitting: each command is its own chunk, loaded on use),
// then validates the built-in content into dist/content-cache.json (the parsed-file cache's seed).
// Usage: node scripts/build.mjs [--write-schema]
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
// Names this build in the parsed-file cache: content parsed by another build of the sources
// (whose schema or normalising may differ) is parsed again rather than trusted.
const sources = readdirSync("src", { recursive: true }).filter((f) => String(f).endsWith(".ts")).sort();
const buildId = createHash("sha256");
for (const file of sources) buildId.update(`${file}\0`).update(readFileSync(join("src", String(file))));
// --clean empties dist/ first; by default files are overwritten in place, so a test that is
// running the previous build while another build starts does not lose its chunks mid-run.
if (process.argv.includes("--clean")) rmSync("dist", { recursive: true, force: true });

// commander requires child_process at load time but only uses it for external subcommands,
// which this CLI does not have. Loading it drags in net and streams: about 10 ms of every start.
// Commander gets a proxy that loads the real module on first use instead.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: "lazy-child-process", namespace: "lazy" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: 'let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require("node:child_process"))[key] });',
      loader: "js",
    }));
  },
};

const REQUIRE_BANNER = 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);';

/**
 * Writes a build's files, each once, in place. The require() banner is kept only in the files that
 * call require(): most chunks never do, and building a require function costs each chunk that a
 * command loads start-up time (all of them together, about 8 ms of CPU for `list`).
 */
function writeOutputs({ outputFiles }) {
  for (const file of outputFiles) {
    const code = file.text.startsWith(`${REQUIRE_BANNER}\n`) ? file.text.slice(REQUIRE_BANNER.length + 1) : file.text;
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, code.includes("require") ? file.text : code);
  }
}

const shared = {
  plugins: [lazyChildProcess],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.17",
  minify: true,
  legalComments: "none",
  // Some dependencies are CommonJS and call require() for Node built-ins (see writeOutputs).
  banner: { js: REQUIRE_BANNER },
  write: false,
  define: { __VERSION__: JSON.stringify(pkg.version), __BUILD_ID__: JSON.stringify(buildId.digest("hex").slice(0, 16)) },
  logLevel: "warning",
  // The language model for feedback is a large data file: loaded from node_modules on first use.
  external: ["wink-nlp", "wink-eng-lite-web-model"],
};

/**
 * esbuild's code splitting makes one chunk for each set of entry points that share a module, and
 * each command, imported on use, is an entry point. The modules main.js imports at start are each
 * shared with a different set of commands, so they came out as about 15 small chunks: 15 files to
 * resolve, read and link at every start, `--help` included. Here every module of src/ that is
 * imported on use also imports main's start-up closure: those modules then share one set of entry
 * points and land in one chunk. They are loaded before any command anyway, so a command loads no
 * more code than before, in fewer files. A first build, not written, finds the closure and the
 * modules imported on use.
 *
 * The commands with a start-up budget (`list`, `show`, `checklist --print`: within 1.5x of bare
 * node) add the modules they import to that closure. Those modules are small, and most commands
 * share them, each with another set of commands: `checklist --print` loaded them as 16 chunk files
 * (about 12 ms of its start) for 24 KB of code, which now costs `--help` about 2 ms to load.
 */
const BUDGETED_COMMANDS = ["src/commands/list.ts", "src/commands/show.ts", "src/commands/checklist.ts"];

async function startupInOneChunk() {
  const { metafile } = await build({ ...shared, entryPoints: { main: "src/main.ts" }, outdir: "dist", splitting: true, metafile: true });
  const mainOutput = Object.keys(metafile.outputs).find((path) => metafile.outputs[path].entryPoint === "src/main.ts");
  const closure = new Set();
  for (const queue = [mainOutput]; queue.length > 0; ) {
    const output = metafile.outputs[queue.pop()];
    for (const input of Object.keys(output.inputs)) if (input.startsWith("src/") && input !== "src/main.ts") closure.add(input);
    for (const { path, kind } of output.imports) if (kind === "import-statement" && metafile.outputs[path]) queue.push(path);
  }
  const staticImports = (path) => metafile.inputs[path].imports.filter((i) => i.kind === "import-statement" && i.path.startsWith("src/")).map((i) => i.path);
  for (const queue = BUDGETED_COMMANDS.flatMap(staticImports); queue.length > 0; ) {
    const path = queue.pop();
    if (closure.has(path) || BUDGETED_COMMANDS.includes(path)) continue;
    closure.add(path);
    queue.push(...staticImports(path));
  }
  const onUse = new Set(
    Object.values(metafile.inputs).flatMap((input) => input.imports.filter((i) => i.kind === "dynamic-import" && i.path.startsWith("src/") && !closure.has(i.path)).map((i) => i.path)),
  );
  // Imported on use, a module loaded at start anyway is an entry point of its own, which splits
  // the closure into chunks again.
  for (const [importer, input] of Object.entries(metafile.inputs)) {
    for (const i of input.imports) if (i.kind === "dynamic-import" && closure.has(i.path)) console.warn(`build: ${importer} imports ${i.path} on use, but it is loaded at start: import it statically`);
  }
  // Imported by absolute path from each module imported on use: through a module of its own, the
  // closure would leave that module as an empty chunk that every command loaded.
  const startup = [...closure].map((path) => `import ${JSON.stringify(join(process.cwd(), path))};`).join("\n");
  return {
    name: "startup-in-one-chunk",
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        const path = relative(process.cwd(), args.path).split(sep).join("/");
        // main.ts imports it too: what the budgeted commands added to the closure is loaded at start.
        if (path !== "src/main.ts" && !onUse.has(path)) return undefined;
        return { contents: `${readFileSync(args.path, "utf8")}\n${startup}\n`, loader: "ts" };
      });
    },
  };
}

writeOutputs(
  await build({ ...shared, plugins: [...shared.plugins, await startupInOneChunk()], entryPoints: { main: "src/main.ts" }, outdir: "dist", splitting: true, chunkNames: "chunk-[hash]" }),
);
// Kept in dist/ itself so that packagePath() resolves the same way as in the CLI bundle.
writeOutputs(await build({ ...shared, entryPoints: { "build-content-cache": "src/build/content-cache.ts" }, outdir: "dist" }));
// `npm run eval`: scores the feedback analysis against labelled answers (a developer tool).
writeOutputs(await build({ ...shared, entryPoints: { eval: "src/eval/main.ts" }, outdir: "dist" }));

rmSync("dist/build-snapshot.js", { force: true });
rmSync("dist/builtin-content.json", { force: true });
execFileSync(process.execPath, ["dist/build-content-cache.js", ...process.argv.slice(2).filter((arg) => arg !== "--clean")], { stdio: "inherit" });
