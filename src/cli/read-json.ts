import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliFailure, EXIT } from './exit-codes.js';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
};

/**
 * Reads a text file, turning every file-system failure into one line.
 *
 * @param cwd - the directory to resolve `path` against.
 * @param path - the path the user typed.
 * @returns the file's text.
 * @throws {@link CliFailure} with {@link EXIT}.fileError.
 */
export function readTextFile(cwd: string, path: string): string {
  try {
    return readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (error as Error).message;
    throw new CliFailure(EXIT.fileError, `cannot read "${path}": ${reason}`);
  }
}

/**
 * Reads and parses a JSON file. A syntax error names the line and column.
 *
 * @param cwd - the directory to resolve `path` against.
 * @param path - the path the user typed.
 * @returns the parsed value.
 * @throws {@link CliFailure} with {@link EXIT}.fileError.
 */
export function readJsonFile(cwd: string, path: string): unknown {
  const text = readTextFile(cwd, path).replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new CliFailure(EXIT.fileError, `"${path}" is empty, not JSON`);
  }

  try {
    return JSON.parse(text);
  } catch (error) {
    const where = locate(text, (error as Error).message);
    throw new CliFailure(
      EXIT.fileError,
      `"${path}" is not valid JSON${where}: ${(error as Error).message}`,
    );
  }
}

// V8 reports "at position N"; people want a line and a column.
function locate(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return '';

  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}
