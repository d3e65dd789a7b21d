import { build } from "esbuild";
const r = await build({ entryPoints: { main: "src/main.ts" }, outdir: "/tmp/metaout", bundle: true, platform: "node", format: "esm", target: "node20.17", splitting: true, metafile: true, write: false, external: ["wink-nlp", "wink-eng-lite-web-model"], define: { __VERSION__: '"0"' }, logLevel: "error" });
const inputs = r.metafile.inputs;
const root = process.argv[2];
const seen = new Map([[root, null]]); const q = [root];
while (q.length) { const cur = q.shift(); for (const im of inputs[cur]?.imports ?? []) { if (im.kind !== "import-statement" || im.external) continue; if (!seen.has(im.path)) { seen.set(im.path, cur); q.push(im.path); } } }
const target = [...seen.keys()].filter((k) => k.includes(process.argv[3]));
for (const t of target.slice(0, 1)) { const chain = []; let c = t; while (c) { chain.push(c); c = seen.get(c); } console.log(chain.reverse().join("\n  -> ")); }
console.log([...seen.keys()].filter((k) => k.startsWith("src/")).join(" "));
