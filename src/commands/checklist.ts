// Placeholder until the checklist command lands; it keeps the CLI surface complete in the meantime.
import { UsageError } from "../errors.js";

export async function run(..._args: unknown[]): Promise<void> {
  throw new UsageError("'checklist' is not available in this build yet");
}
