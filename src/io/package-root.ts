// Files that ship with the package. Works from the bundle (dist/*.js) and from src/ under vitest,
// since both sit one folder below the package root.
import { fileURLToPath } from "node:url";

export function packagePath(...parts: string[]): string {
  return fileURLToPath(new URL(`../${parts.join("/")}`, import.meta.url));
}
