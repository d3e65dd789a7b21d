// Run by scripts/build.mjs after bundling: validates the built-in content and parses it into
// dist/content-cache.json, the seed of the parsed-file cache (so `list` and `practice` start
// without loading yaml or zod), and with --write-schema refreshes content/schema/.
import { chmodSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONTENT_CACHE_SEED, contentCacheVersion, contentFilesIn, packContent, type PackedContent } from "../content/catalog.js";
import { loadContentBytes } from "../content/load.js";
import { jsonSchemas } from "../content/schema.js";
import { formatIssue } from "../io/errors.js";
import { FileCache } from "../io/file-cache.js";
import { packagePath } from "../io/package-root.js";

const contentDir = packagePath("content");
rmSync(CONTENT_CACHE_SEED, { force: true });
const seed = new FileCache<PackedContent>(CONTENT_CACHE_SEED, contentCacheVersion());
let failed = false;
for (const file of contentFilesIn(contentDir)) {
  seed.read(file, (bytes) => {
    const result = loadContentBytes(bytes, file, join("content", file.slice(contentDir.length + 1)));
    for (const issue of result.ok ? [] : result.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    failed ||= !result.ok;
    return result.ok ? packContent(result.content) : undefined;
  });
}
seed.save();
// Readable by every user of a shared install (the cache writes its files private by default).
if (existsSync(CONTENT_CACHE_SEED)) chmodSync(CONTENT_CACHE_SEED, 0o644);

if (process.argv.includes("--write-schema")) {
  for (const [kind, schema] of Object.entries(jsonSchemas())) {
    writeFileSync(join(contentDir, "schema", `${kind}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
}
if (failed) {
  process.stderr.write("build: the built-in content above has problems\n");
  process.exitCode = 1;
}
