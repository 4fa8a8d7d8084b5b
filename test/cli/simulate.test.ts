import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run.js';

const FILE = 'examples/scenarios/todays-plan.json';

describe('reachplan simulate', () => {
  it('prints reach by term, channel and school', async () => {
    const run = await runInProcess([
      'simulate',
      FILE,
      '--replications',
      '4',
      '--seed',
      '7',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      "Today's plan: central seminars only: 4 replications, seed 7",
    );
    expect(run.stdout).toContain('Reach at the end of each term\nterm ');
    expect(run.stdout).toContain('Reach by channel at the end\nchannel ');
    expect(run.stdout).toContain('Reach by school at the end, lowest first');
    const schoolRows = lines.filter((line) => /学校\s/.test(line));
    expect(schoolRows).toHaveLength(21);
  });

  it('gives the same figures for the same seed', async () => {
    const args = ['simulate', FILE, '--replications', '3', '--seed', '11'];
    const a = await runInProcess(args);
    const b = await runInProcess(args);
    expect(a.stdout).toBe(b.stdout);
  });

  it('writes the report and the calendar into --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'reachplan-out-')), 'new');
    const run = await runInProcess([
      'simulate',
      FILE,
      '--replications',
      '2',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`wrote ${join(out, 'report.html')} and`);

    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('<html lang="ja">');

    const ics = readFileSync(join(out, 'calendar.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents(
      'vevent',
    );
    expect(events).toHaveLength(8);
  });

  it('draws a progress bar only when stderr is a terminal', async () => {
    const args = ['simulate', FILE, '--replications', '3'];
    const piped = await runInProcess(args, undefined, false);
    const terminal = await runInProcess(args, undefined, true);
    expect(piped.stderr).toBe('');
    expect(terminal.stderr).toContain('simulating [');
    expect(terminal.stderr).toContain('100% 3/3');
    expect(terminal.stdout).toBe(piped.stdout);
  });

  it('exits 3 when the output directory cannot be made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reachplan-out-'));
    writeFileSync(join(dir, 'taken'), 'a file, not a directory');
    const run = await runInProcess([
      'simulate',
      FILE,
      '--replications',
      '1',
      '--out',
      join(dir, 'taken'),
    ]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^reachplan: cannot write into ".*taken": /);
    expect(existsSync(join(dir, 'taken', 'report.html'))).toBe(false);
  });

  it('exits 2 for a replication count that is not a whole number', async () => {
    const run = await runInProcess(['simulate', FILE, '--replications', '2.5']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "option '--replications <n>' argument '2.5' is invalid. expected a " +
        'whole number >= 1 and <= 100000',
    );
  });
});
