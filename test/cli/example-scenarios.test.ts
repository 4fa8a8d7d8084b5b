import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANS } from '../../examples/lib/plans.js';
import { parseScenario } from '../../src/index.js';
import { ROOT } from './run.js';

describe('examples/scenarios', () => {
  for (const plan of PLANS) {
    it(`${plan.file} is valid and matches the plan it is written from`, () => {
      const path = join(ROOT, 'examples/scenarios', plan.file);
      const file = JSON.parse(readFileSync(path, 'utf8'));
      const { $schema, ...scenario } = file;
      expect($schema).toBe('../../schema/scenario.schema.json');
      expect(scenario).toEqual(plan.build());
      expect(() => parseScenario(file)).not.toThrow();
    });
  }
});
