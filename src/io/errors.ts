// Every failure a user can cause is one of these. Commands throw them; only src/main.ts
// prints them (one line, no stack) and turns them into an exit code.
import { visible } from "./control-chars.js";

export const ExitCode = {
  ok: 0,
  unexpected: 1,
  usage: 64,
  badContent: 65,
  notFound: 66,
  cannotWrite: 73,
  interrupted: 130,
} as const;

export class CoachError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Wrong flags, a missing terminal, a date that is not a date: the user can fix the call. */
export class UsageError extends CoachError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/** One problem in a content, note or config file, at a position a user can jump to. */
export interface ContentIssue {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** The files that `issues` are about, each once, in the order first met: the notes a listing could not read. */
export function filesOf(issues: readonly ContentIssue[]): string[] {
  return [...new Set(issues.map((issue) => issue.file))];
}

export function formatIssue(issue: ContentIssue): string {
  return printable(`${issue.file}:${issue.line}:${issue.col}: ${issue.message}`);
}

// An issue quotes the user's own text (keys, values, file names): line breaks would split it over
// lines no editor can jump to, and control characters would reach the terminal raw.
const printable = (text: string) => visible(text, { oneLine: true });

/** A broken content, answers, weights or config file. Carries every issue found, not just the first. */
export class ContentError extends CoachError {
  constructor(
    readonly issues: ContentIssue[],
    summary?: string,
  ) {
    super([...issues.map(formatIssue), ...(summary ? [summary] : [])].join("\n"), ExitCode.badContent);
  }
}

/** An unknown deck, checklist or program. */
export class NotFoundError extends CoachError {
  constructor(message: string) {
    super(message, ExitCode.notFound);
  }
}

/** The library or an output file could not be written. */
export class CannotWriteError extends CoachError {
  constructor(message: string) {
    super(message, ExitCode.cannotWrite);
  }
}

/**
 * A library file that exists but cannot be read (permissions, a folder in its place): exit 66.
 * Reading it as empty would show "no practice yet" or plan every question as new.
 */
export class CannotReadError extends CoachError {
  constructor(path: string, error: unknown) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason =
      code === "EACCES" || code === "EPERM"
        ? "permission denied; check its permissions (ls -l) and run again"
        : code === "EISDIR"
          ? "it is a folder, not a file; move it away and run again"
          : code === "ELOOP"
            ? "it is a symbolic link that leads back to itself; point it at a real folder or file, or remove it"
            : code === "EFBIG"
              ? (error as Error).message // a file too large for its kind says how large it may be
              : (code ?? String((error as Error)?.message ?? error));
    super(`cannot read ${path}: ${reason}`, ExitCode.notFound);
  }
}

/** Ctrl-C, SIGTERM, SIGHUP or end of input; the message says where any partial work went. */
export class InterruptedError extends CoachError {
  constructor(message = "Interrupted.") {
    super(message, ExitCode.interrupted);
  }
}

/** Wraps a file-system error from a write into a one-line CannotWriteError. */
export function cannotWrite(path: string, error: unknown): CannotWriteError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === "EACCES" || code === "EPERM"
      ? "permission denied"
      : code === "ENOSPC"
        ? "no space left on the disk"
        : code === "EROFS"
          ? "the file system is read-only"
          : code === "ENOTDIR"
            ? "a part of the path is a file, not a folder"
            : code === "EISDIR"
              ? "it is a folder, not a file"
              : code === "ENOENT"
                ? "its folder does not exist; create the folder first or choose another path"
                : code === "ENAMETOOLONG"
                  ? "the name is too long for the file system"
              : code
                ? code
                : String((error as Error)?.message ?? error);
  return new CannotWriteError(`cannot write ${path}: ${reason}`);
}
