/**
 * Where the command reads and writes. The real process in `main.ts`;
 * buffers in tests, so the command runs in-process.
 *
 * @example
 * ```ts
 * const io: CliIo = {
 *   stdout: (text) => process.stdout.write(text),
 *   stderr: (text) => process.stderr.write(text),
 *   stderrIsTerminal: false,
 *   cwd: process.cwd(),
 * };
 * ```
 */
export interface CliIo {
  /** Writes to standard output; text carries its own newlines. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error; text carries its own newlines. */
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal: a progress bar is drawn only then. */
  readonly stderrIsTerminal: boolean;
  /** The directory relative paths are read against. */
  readonly cwd: string;
}
