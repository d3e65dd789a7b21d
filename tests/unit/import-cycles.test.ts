// No import cycle in src/: layers point one way (commands and ui on top, domains in the
// middle, shared helpers at the bottom). Reads every relative import and re-export, type-only
// ones included (a type import still ties two modules' designs together), and lazy
// `import("...")` calls too, and reports each cycle as a path of files.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const SRC = join(ROOT, "src");
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;'"]*?\bfrom\s*["'](\.[^"']+)["']|\bimport\(\s*["'](\.[^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** File (relative to src/) -> the files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(IMPORT)].map((m) => relative(SRC, resolve(dirname(file), (m[1] ?? m[2])!.replace(/\.js$/, ".ts"))));
    graph.set(relative(SRC, file), [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle's files (strongly connected components of more than one file, or a self-import). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)!.includes(node)) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

it("finds every source file's imports (the check itself reads the graph)", () => {
  const graph = importGraph();
  expect(graph.get("main.ts")).toContain("cli.ts");
  expect(graph.size).toBeGreaterThan(50);
});

it("has no import cycle between the files of src/", () => {
  expect(cycles(importGraph())).toEqual([]);
});

/** The graph between top-level folders of src/ (files directly in src/ are their own node). */
function folderGraph(): Map<string, string[]> {
  const folderOf = (file: string) => (file.includes("/") ? file.split("/")[0]! : file);
  const graph = new Map<string, Set<string>>();
  for (const [file, targets] of importGraph()) {
    const from = folderOf(file);
    const set = graph.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) set.add(folderOf(target));
    graph.set(from, set);
  }
  return new Map([...graph].map(([folder, set]) => [folder, [...set]]));
}

// Shared helpers live in io/ and each domain in its own folder, so the folders form layers too.
it("has no import cycle between the folders of src/ (layers point one way)", () => {
  expect(cycles(folderGraph())).toEqual([]);
});

// io/ is the bottom layer: files, front matter, YAML, dates, errors. Everything may use it, and it
// uses nothing of the program's, so a format or file rule has one home.
it("keeps io/ free of imports from the other folders", () => {
  expect(folderGraph().get("io")).toEqual([]);
});
