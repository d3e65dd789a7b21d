// Run by scripts/build.mjs after bundling: validates the built-in content, stores it as
// dist/builtin-content.json for fast start-up, and (with --write-schema) refreshes content/schema/.
import { writeFileSync, mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { contentFilesIn } from "../content/catalog.js";
import { loadContentFile } from "../content/load.js";
import { jsonSchemas } from "../content/schema.js";
import { fileStamp, type SnapshotEntry } from "../content/snapshot.js";
import { formatIssue } from "../io/errors.js";
import { packagePath } from "../io/package-root.js";

const contentDir = packagePath("content");
const entries: SnapshotEntry[] = [];
let failed = false;
for (const file of contentFilesIn(contentDir)) {
  const path = relative(contentDir, file).split("\\").join("/");
  const result = loadContentFile(file, join("content", path));
  if (!result.ok) {
    for (const issue of result.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    failed = true;
    continue;
  }
  entries.push({ path, ...fileStamp(file), content: result.content });
}
mkdirSync(packagePath("dist"), { recursive: true });
writeFileSync(packagePath("dist", "builtin-content.json"), JSON.stringify(entries));

if (process.argv.includes("--write-schema")) {
  for (const [kind, schema] of Object.entries(jsonSchemas())) {
    writeFileSync(join(contentDir, "schema", `${kind}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
}
if (failed) {
  process.stderr.write("build: the built-in content above has problems\n");
  process.exitCode = 1;
}
