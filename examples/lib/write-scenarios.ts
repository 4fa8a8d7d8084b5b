// Writes the plans of plans.ts to examples/scenarios/*.json, validated.
// Run after a change to plans.ts or to the built-in example:
//   npx tsx examples/lib/write-scenarios.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../src/index.js';
import { PLANS } from './plans.js';

const dir = join(import.meta.dirname, '..', 'scenarios');

for (const plan of PLANS) {
  const scenario = {
    $schema: '../../schema/scenario.schema.json',
    ...plan.build(),
  };
  parseScenario(scenario);
  writeFileSync(join(dir, plan.file), `${JSON.stringify(scenario, null, 2)}\n`);
  process.stdout.write(`wrote examples/scenarios/${plan.file}\n`);
}
