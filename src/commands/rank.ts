// Placeholder until the rank command lands; it keeps the CLI surface complete in the meantime.
import { UsageError } from "../errors.js";

export async function run(..._args: unknown[]): Promise<void> {
  throw new UsageError("'rank' is not available in this build yet");
}
