// Placeholder until the followups command lands; it keeps the CLI surface complete in the meantime.
import { UsageError } from "../errors.js";

export async function run(..._args: unknown[]): Promise<void> {
  throw new UsageError("'followups' is not available in this build yet");
}
