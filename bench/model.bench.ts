// Generating and parsing districts, each against a plain baseline:
// building the same number of plain objects, and copying the same data
// through JSON. Run with `npx vitest bench --run bench/model.bench.ts`.

import { exampleScenario, generateDistrict, parseScenario } from 'reachplan';
import { bench, describe } from 'vitest';

const EDUCATORS = 100_000;

describe(`a district of ${EDUCATORS} educators`, () => {
  bench('baseline: plain educator objects in a loop', () => {
    const educators = [];
    for (let i = 0; i < EDUCATORS; i += 1) {
      educators.push({
        id: `e${i}`,
        name: '佐藤 花子',
        schoolId: `s${i % 2000}`,
        roles: ['teacher'],
        segment: 'early-majority',
      });
    }
  });

  bench('generateDistrict', () => {
    generateDistrict({ schools: 2000, educators: EDUCATORS, seed: 1 });
  });
});

describe('the example scenario (21 schools, 512 educators)', () => {
  const example = exampleScenario();
  const text = JSON.stringify(example);

  bench('baseline: JSON.parse of the same file', () => {
    JSON.parse(text);
  });

  bench('parseScenario of the parsed JSON', () => {
    parseScenario(JSON.parse(text));
  });

  bench('exampleScenario', () => {
    exampleScenario();
  });
});
