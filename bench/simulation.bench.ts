import type { Scenario } from 'reachplan';
import {
  createStream,
  exampleScenario,
  generateDistrict,
  simulate,
} from 'reachplan';
import { bench, describe } from 'vitest';
import { podsMicroAsync, secondDistrict } from '../examples/lib/plans.js';

// Each case runs the engine and, in the same run, a plain loop over typed
// arrays of the same size (educators × days × replications): one uniform
// draw and one compare-and-set per educator-day. Throughput in
// educator-days per second is size × hz for both.
//
//   npm run bench      (builds, then runs every benchmark)
//
// Benchmarks import `reachplan`, the built package, as an app would: code
// run through the test runner's own transform is slower than the bundle.
//
// Districts are generated at about 25 educators a school (1,000 schools
// for 25,000 educators), as in a large city; the million-educator
// district has 500 a school, so that its daily curves by school stay
// within the memory the case allows.

const DAYS = 200;

function plainLoop(educators: number, days: number, replications: number) {
  const reached = new Uint8Array(educators);
  let total = 0;
  for (let r = 0; r < replications; r += 1) {
    const stream = createStream(1, r, 'baseline');
    reached.fill(0);
    for (let d = 0; d < days; d += 1) {
      for (let i = 0; i < educators; i += 1) {
        if (reached[i] === 0 && stream.next() < 0.0002) {
          reached[i] = 1;
          total += 1;
        }
      }
    }
  }
  return total;
}

function withDistrict(
  plan: Scenario,
  educators: number,
  perSchool: number,
): Scenario {
  return {
    ...plan,
    name: `${plan.name}, ${educators} educators`,
    district: generateDistrict({
      schools: Math.round(educators / perSchool),
      educators,
      seed: 7,
    }),
  };
}

const once = { iterations: 3, warmupIterations: 1, time: 0 } as const;

function engineAgainstLoop(
  scenario: Scenario,
  educators: number,
  replications: number,
) {
  bench(
    'simulate',
    () => {
      simulate(scenario, { seed: 1, replications });
    },
    once,
  );
  bench(
    'plain typed-array loop, same size',
    () => {
      plainLoop(educators, DAYS, replications);
    },
    once,
  );
}

describe('example district (512 educators, one year) × 1,000 replications', () => {
  engineAgainstLoop(exampleScenario(), 512, 1000);
});

describe("25,000 educators, today's plan, one year × 100 replications", () => {
  engineAgainstLoop(withDistrict(exampleScenario(), 25_000, 25), 25_000, 100);
});

describe('25,000 educators, pods, micro-learning and a course × 100 replications', () => {
  engineAgainstLoop(withDistrict(podsMicroAsync(), 25_000, 25), 25_000, 100);
});

describe("25,000 educators, the second district's model × 100 replications", () => {
  engineAgainstLoop(withDistrict(secondDistrict(), 25_000, 25), 25_000, 100);
});

describe('1,000,000 educators, one year × 1 replication', () => {
  engineAgainstLoop(
    withDistrict(exampleScenario(), 1_000_000, 500),
    1_000_000,
    1,
  );
});
