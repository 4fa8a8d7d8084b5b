import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

/** What a run of the command line printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const ROOT = resolve(import.meta.dirname, '../..');

/** Runs the command line in-process with captured output. */
export async function runInProcess(
  argv: readonly string[],
  cwd = ROOT,
  stderrIsTerminal = false,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTerminal,
    cwd,
  });
  return { code, stdout, stderr };
}

/** Runs `npx tsx src/cli/main.ts …` as a child process. */
export function runChild(argv: readonly string[], cwd = ROOT): Promise<CliRun> {
  const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
  const main = resolve(ROOT, 'src/cli/main.ts');
  return new Promise((done) => {
    execFile(
      tsx,
      [main, ...argv],
      { cwd, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? Number(error.code ?? 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
