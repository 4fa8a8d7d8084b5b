import { describe, expect, it } from 'vitest';
import { runChild } from './run.js';

// The same command line as a real process: exit codes reach the shell,
// output goes to the right stream, and no stack trace is printed.
describe('reachplan as a child process', { timeout: 60_000 }, () => {
  it('validates a scenario file and exits 0', async () => {
    const run = await runChild([
      'validate',
      'examples/scenarios/second-district.json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('is valid: The second district');
    expect(run.stderr).toBe('');
  });

  it('exits 3 with one line and no stack trace for a missing file', async () => {
    const run = await runChild(['validate', 'missing.json']);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'reachplan: cannot read "missing.json": no such file\n',
    );
  });

  it('exits 2 on a usage error', async () => {
    const run = await runChild(['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
