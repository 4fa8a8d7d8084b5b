import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliFailure, EXIT } from './exit-codes.js';

/**
 * Writes files into a directory, creating it when missing. A failure
 * (permission, a file in the way) becomes one line and exit code 3.
 *
 * @param cwd - the directory to resolve `dir` against.
 * @param dir - the output directory the user named.
 * @param files - file names and their text.
 * @returns the paths written, as the user would type them.
 * @throws {@link CliFailure} with {@link EXIT}.fileError.
 */
export function writeOutput(
  cwd: string,
  dir: string,
  files: Readonly<Record<string, string>>,
): string[] {
  const target = resolve(cwd, dir);
  try {
    mkdirSync(target, { recursive: true });
    return Object.entries(files).map(([name, text]) => {
      writeFileSync(join(target, name), text);
      return join(dir, name);
    });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'write failed';
    throw new CliFailure(
      EXIT.fileError,
      `cannot write into "${dir}": ${reason}`,
    );
  }
}
