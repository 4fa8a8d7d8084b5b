import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run.js';

const TODAY = 'examples/scenarios/todays-plan.json';
const PODS = 'examples/scenarios/cascade-pods.json';

describe('reachplan compare', () => {
  it('prints the plans side by side, the first as the base', async () => {
    const run = await runInProcess([
      'compare',
      TODAY,
      PODS,
      '--replications',
      '4',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('2 plans, 4 replications each, seed 1');
    expect(lines[2]).toBe('Plans side by side (reach at the end of each term)');
    const header = lines[3] ?? '';
    for (const column of ['plan', 'First term', 'vs first plan']) {
      expect(header).toContain(column);
    }
    expect(lines[5]).toMatch(/^Today's plan: central seminars only .* – +–$/);
    expect(lines[6]).toMatch(/^Plus cascade pods .* \+\d+\.\d%/);
  });

  it('writes a report comparing the plans into --out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'reachplan-compare-'));
    const run = await runInProcess([
      'compare',
      TODAY,
      PODS,
      '--replications',
      '2',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h1>Plans compared</h1>');
    expect(html).toContain('Plus cascade pods');
  });

  it('asks for two or more files, with exit code 2', async () => {
    const run = await runInProcess(['compare', TODAY]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'reachplan: compare needs two or more scenario files, got 1 ' +
        `("${TODAY}"); to run one plan, use reachplan simulate\n`,
    });
  });

  it('names the first file that cannot be read', async () => {
    const run = await runInProcess(['compare', TODAY, 'gone.json']);
    expect(run).toEqual({
      code: 3,
      stdout: '',
      stderr: 'reachplan: cannot read "gone.json": no such file\n',
    });
  });
});
