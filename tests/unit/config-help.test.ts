// `config --help` names the keys config.yaml takes. The help is written out (it loads at every
// start, and the schema would bring zod with it), so this keeps it in step with the schema.
import { expect, it } from "vitest";
import { configSchema } from "../../src/config/schema.js";
import { examples } from "../../src/help.js";

it("config --help names every top-level key of config.yaml", () => {
  const named = examples.config.replace(/\s+/g, " ");
  const missing = Object.keys(configSchema.shape).filter((key) => !new RegExp(`\\b${key}\\b`).test(named));
  expect(missing).toEqual([]);
});
