import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleScenario } from '../../src/index.js';
import { runInProcess } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'reachplan-cli-'));
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};

describe('reachplan validate', () => {
  it('accepts the example plans and says what they hold', async () => {
    const run = await runInProcess([
      'validate',
      'examples/scenarios/todays-plan.json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [first, blank, ...summary] = run.stdout.split('\n');
    expect(first).toBe(
      '"examples/scenarios/todays-plan.json" is valid: Today\'s plan: ' +
        'central seminars only, 21 schools, 512 educators, 3 offerings',
    );
    expect(blank).toBe('');
    expect(summary).toContain('Educators by adopter segment');
  });

  it('lists every issue with its path and exits 1', async () => {
    const scenario = exampleScenario();
    const broken = {
      ...scenario,
      name: '',
      district: { ...scenario.district, timeZone: 'Mars/Olympus' },
    };
    const file = write('broken.json', JSON.stringify(broken));
    const run = await runInProcess(['validate', file], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'reachplan: "broken.json" is not a valid scenario (2 issues):',
    );
    expect(lines.slice(1).map((line) => line.split(':')[0])).toEqual([
      '  name',
      '  district.timeZone',
    ]);
  });

  it('names a file that does not exist, with exit code 3', async () => {
    const run = await runInProcess(['validate', 'nowhere.json'], dir);
    expect(run).toEqual({
      code: 3,
      stdout: '',
      stderr: 'reachplan: cannot read "nowhere.json": no such file\n',
    });
  });

  it('names the line and column of a JSON syntax error', async () => {
    const file = write('bad.json', '{\n  "schemaVersion": 1,\n}\n');
    const run = await runInProcess(['validate', file], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /^reachplan: "bad\.json" is not valid JSON \(line 3, column 1\): /,
    );
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('refuses another schema version with exit code 4', async () => {
    const file = write('v2.json', JSON.stringify({ schemaVersion: 2 }));
    const run = await runInProcess(['validate', file], dir);
    expect(run).toEqual({
      code: 4,
      stdout: '',
      stderr:
        'reachplan: "v2.json" has schemaVersion 2; this reachplan reads ' +
        'schemaVersion 1\n',
    });
  });

  it('says a file is empty, with exit code 3', async () => {
    const file = write('empty.json', '\uFEFF  \n');
    const run = await runInProcess(['validate', file], dir);
    expect(run).toEqual({
      code: 3,
      stdout: '',
      stderr: 'reachplan: "empty.json" is empty, not JSON\n',
    });
  });

  it('reports a schema version that is not a number as an invalid field', async () => {
    const scenario = { ...exampleScenario(), schemaVersion: '1' };
    const file = write('text-version.json', JSON.stringify(scenario));
    const run = await runInProcess(['validate', file], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'reachplan: "text-version.json" is not a valid scenario (1 issue):\n' +
        '  schemaVersion: schemaVersion "1" is not supported: this build ' +
        'of reachplan reads version 1 [unsupported_version]\n',
    );
  });

  it('reports JSON that is not an object as an invalid scenario', async () => {
    const file = write('list.json', '[1, 2]');
    const run = await runInProcess(['validate', file], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('(root): expected object');
  });
});

describe('usage errors', () => {
  it('exits 2 for an unknown command', async () => {
    const run = await runInProcess(['simulat']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: unknown command 'simulat'");
  });

  it('exits 2 when the scenario argument is missing', async () => {
    const run = await runInProcess(['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: missing required argument 'scenario'");
  });

  it('prints the version and exits 0', async () => {
    const run = await runInProcess(['--version']);
    expect(run).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('prints help with the exit codes and exits 0', async () => {
    const run = await runInProcess(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: reachplan');
    expect(run.stdout).toContain('3   a file cannot be read or written');
  });
});
