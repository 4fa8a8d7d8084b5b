import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/index.js';
import {
  lastYearScenario,
  openLabRecords,
  SEGMENT_OPT_IN,
} from '../calibration/last-year.js';
import { runInProcess } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'reachplan-calibrate-'));
const write = (name: string, value: unknown): string => {
  writeFileSync(join(dir, name), JSON.stringify(value));
  return name;
};

const scenario = lastYearScenario();
const LAST_YEAR = write('last-year.json', scenario);
const RECORDS = write('records.json', openLabRecords(scenario));

describe('reachplan calibrate', () => {
  it('prints each estimate with its interval, and the groups kept at default', async () => {
    const run = await runInProcess(
      ['calibrate', LAST_YEAR, RECORDS, '--min-educators', '25'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Last year: [\d,]+ records$/);
    expect(lines[2]).toBe("Behaviour estimated from last year's records");
    expect(lines[3]).toMatch(
      /^parameter +group +educators +chances +estimate +90% interval$/,
    );
    const laggard = lines.find((l) => /^optIn +laggard /.test(l)) ?? '';
    expect(laggard).toMatch(/ 40 +960 +\d+\.\d% +\d+\.\d%–\d+\.\d%$/);
    // 20 ICT leaders had records: fewer than 25, so the default stays.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^optIn +role ict-leader +20 +480 +– +too few records: default kept$/,
      ),
    );
    expect(lines).toContain(
      'no records of "maths-pd", "bites", "course": the parameters they ' +
        'inform keep the default',
    );
  });

  it('writes the scenario with the estimates in its behaviour, ready to simulate', async () => {
    const run = await runInProcess(
      ['calibrate', LAST_YEAR, RECORDS, '--out', 'out/calibrated.json'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nwrote out/calibrated.json\n');

    const written = JSON.parse(
      readFileSync(join(dir, 'out/calibrated.json'), 'utf8'),
    );
    const optIn = parseScenario(written).behaviour?.optIn;
    if (typeof optIn !== 'object') throw new Error('optIn is a rate table');
    for (const [segment, chance] of Object.entries(SEGMENT_OPT_IN)) {
      const found = optIn.bySegment?.[segment as keyof typeof SEGMENT_OPT_IN];
      expect(Math.abs((found ?? 0) - chance)).toBeLessThan(0.05);
    }
  });

  it('puts the estimates into another plan with --plan', async () => {
    const plan = write('plan.json', { ...scenario, name: 'This year' });
    const run = await runInProcess(
      ['calibrate', LAST_YEAR, RECORDS, '--plan', plan, '--out', 'next.json'],
      dir,
    );
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'next.json'), 'utf8'));
    expect(written.name).toBe('This year');
    expect(written.behaviour.optIn.bySegment.innovator).toBeGreaterThan(0.4);
  });

  it('lists every invalid record with its path, with exit code 1', async () => {
    const [first, second] = openLabRecords(scenario);
    const bad = write('bad-records.json', [
      { ...first, at: 'yesterday' },
      second,
      { ...second, minutes: -5 },
    ]);
    const run = await runInProcess(['calibrate', LAST_YEAR, bad], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'reachplan: "bad-records.json" holds invalid records (2 issues):',
    );
    expect(lines.slice(1).map((line) => line.split(':')[0])).toEqual([
      '  participations[0].at',
      '  participations[2].minutes',
    ]);
  });

  it('refuses records that are not a list', async () => {
    const file = write('object.json', { records: [] });
    const run = await runInProcess(['calibrate', LAST_YEAR, file], dir);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'reachplan: "object.json" must hold a list of participation ' +
        'records, not object\n',
    });
  });

  it('refuses a confidence outside 0 and 1 with exit code 2', async () => {
    const run = await runInProcess(
      ['calibrate', LAST_YEAR, RECORDS, '--confidence', '95'],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "option '--confidence <c>' argument '95' is invalid. expected a " +
        'number between 0 and 1',
    );
  });

  it('asks for --out when --plan is given', async () => {
    const run = await runInProcess(
      ['calibrate', LAST_YEAR, RECORDS, '--plan', LAST_YEAR],
      dir,
    );
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reachplan: --plan needs --out to write it to\n',
    });
  });
});
