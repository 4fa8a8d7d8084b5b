import { bench, describe } from 'vitest';
import type { Scenario } from '../src/index.js';
import {
  createStream,
  exampleScenario,
  generateDistrict,
  simulate,
} from '../src/index.js';

// Each case runs the engine and, in the same run, a plain loop over typed
// arrays of the same size (educators × days × replications): one uniform
// draw and one compare-and-set per educator-day. Throughput in
// educator-days per second is size × hz for both.
//
//   npx vitest bench --run bench/simulation.bench.ts

const DAYS = 200;

function plainLoop(educators: number, days: number, replications: number) {
  const reached = new Uint8Array(educators);
  let total = 0;
  for (let r = 0; r < replications; r += 1) {
    const stream = createStream(1, r, 'baseline');
    const u = stream.next;
    reached.fill(0);
    for (let d = 0; d < days; d += 1) {
      for (let i = 0; i < educators; i += 1) {
        if (reached[i] === 0 && u() < 0.0002) {
          reached[i] = 1;
          total += 1;
        }
      }
    }
  }
  return total;
}

function withDistrict(educators: number): Scenario {
  const example = exampleScenario();
  return {
    ...example,
    name: `${educators} educators`,
    district: generateDistrict({
      schools: Math.round(educators / 500),
      educators,
      seed: 7,
    }),
  };
}

const once = { iterations: 3, warmupIterations: 1, time: 0 } as const;

describe('example district (512 educators, one year) × 1,000 replications', () => {
  const scenario = exampleScenario();
  bench(
    'simulate',
    () => {
      simulate(scenario, { seed: 1, replications: 1000 });
    },
    once,
  );
  bench(
    'plain typed-array loop, same size',
    () => {
      plainLoop(512, DAYS, 1000);
    },
    once,
  );
});

describe('25,000 educators, one year × 100 replications', () => {
  const scenario = withDistrict(25_000);
  bench(
    'simulate',
    () => {
      simulate(scenario, { seed: 1, replications: 100 });
    },
    once,
  );
  bench(
    'plain typed-array loop, same size',
    () => {
      plainLoop(25_000, DAYS, 100);
    },
    once,
  );
});

describe('1,000,000 educators, one year × 1 replication', () => {
  const scenario = withDistrict(1_000_000);
  bench(
    'simulate',
    () => {
      simulate(scenario, { seed: 1, replications: 1 });
    },
    once,
  );
  bench(
    'plain typed-array loop, same size',
    () => {
      plainLoop(1_000_000, DAYS, 1);
    },
    once,
  );
});
