import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { PLANS } from '../../examples/lib/plans.js';
import { ROOT, runInProcess } from './run.js';

describe('reachplan schema', () => {
  it('prints the JSON Schema the package ships, and exits 0', async () => {
    const run = await runInProcess(['schema']);
    const shipped = readFileSync(
      join(ROOT, 'schema/scenario.schema.json'),
      'utf8',
    );
    expect(run).toEqual({ code: 0, stdout: shipped, stderr: '' });
  });

  it('gives a schema that another validator accepts every example with', async () => {
    const run = await runInProcess(['schema']);
    const validate = new Ajv2020({
      allErrors: true,
      validateFormats: false,
    }).compile(JSON.parse(run.stdout));
    for (const plan of PLANS) {
      const path = join(ROOT, 'examples/scenarios', plan.file);
      const file = JSON.parse(readFileSync(path, 'utf8'));
      expect(validate(file), plan.file).toBe(true);
    }
  });
});
