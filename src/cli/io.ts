/** Streams and exit codes of the budget-check command (DESIGN.md §3). */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** stderr is a terminal: progress is shown there (never on stdout). */
  stderrIsTTY?: boolean;
  /** Width of that terminal. */
  columns?: number;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A problem with the command line or the input: exit 2, message on stderr. */
export class UsageError extends Error {}
