/**
 * The exit codes of the `reachplan` command. Scripts can rely on them.
 *
 * | code | meaning |
 * | --- | --- |
 * | 0 | success |
 * | 1 | the scenario (or a participation file) is invalid |
 * | 2 | usage: unknown command, missing or bad argument |
 * | 3 | a file cannot be read or written, or is not JSON |
 * | 4 | the scenario file has a schema version this build cannot read |
 * | 70 | an unexpected internal error |
 *
 * @example
 * ```ts
 * EXIT.invalidScenario; // 1
 * ```
 */
export const EXIT = {
  ok: 0,
  invalidScenario: 1,
  usage: 2,
  fileError: 3,
  unsupportedVersion: 4,
  internal: 70,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A failure the command reports with one clear message and an exit code,
 * never with a stack trace.
 *
 * @example
 * ```ts
 * throw new CliFailure(EXIT.fileError, 'cannot read "a.json": no such file');
 * ```
 */
export class CliFailure extends Error {
  /** The code the process exits with. */
  readonly exitCode: ExitCode;

  /**
   * @param exitCode - one of {@link EXIT}.
   * @param message - the text shown on stderr, without a trailing newline.
   */
  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = 'CliFailure';
    this.exitCode = exitCode;
  }
}
