// Ctrl-C, SIGTERM, SIGHUP and end of input all mean "stop, but keep what I did". Signals abort
// an AbortSignal that every prompt receives; Ctrl-C inside a prompt (raw mode, so no SIGINT)
// arrives as ExitPromptError. Commands catch both with isInterrupt() and save before exiting 130.

export interface Interruption {
  signal: AbortSignal;
  /** Which signal stopped us, when one did. */
  reason(): string | undefined;
  dispose(): void;
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export function trapInterrupts(): Interruption {
  const controller = new AbortController();
  let received: string | undefined;
  const handler = (signal: NodeJS.Signals) => {
    received ??= signal;
    controller.abort(signal);
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return {
    signal: controller.signal,
    reason: () => received,
    dispose: () => {
      for (const signal of SIGNALS) process.off(signal, handler);
    },
  };
}

/** True for the errors a prompt throws when the user or a signal stops it. */
export function isInterrupt(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === "ExitPromptError" || name === "AbortPromptError" || name === "CancelPromptError";
}
