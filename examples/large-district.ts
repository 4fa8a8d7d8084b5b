// A district the size of Los Angeles Unified (about 25,000 teachers):
// today's seminars plus cascade pods, timed step by step. Run with
// `npx tsx examples/large-district.ts`.
import { performance } from 'node:perf_hooks';
import {
  formatTextTable,
  generateDistrict,
  japanCalendar,
  parseScenario,
  simulate,
  termReachTable,
} from '../src/index.js';
import { cascadePods } from './lib/plans.js';

const timed = <T>(label: string, work: () => T): T => {
  const start = performance.now();
  const value = work();
  const seconds = ((performance.now() - start) / 1000).toFixed(2);
  process.stdout.write(`${label.padEnd(40)} ${seconds.padStart(6)} s\n`);
  return value;
};

const district = timed('generate 900 schools, 25,000 educators', () =>
  generateDistrict({
    id: 'large',
    name: 'A large district',
    schools: 900,
    educators: 25_000,
    seed: 25,
    calendar: japanCalendar(2027),
  }),
);

// The example's plan at scale: three seats per school in every seminar,
// with no cap on the room, and each attendee leading a pod.
const plan = cascadePods();
const offerings = plan.catalogue.offerings.map(({ capacity, ...rest }) => rest);
const scenario = timed('parse and check the scenario', () =>
  parseScenario({
    ...plan,
    name: 'A large district: seminars plus cascade pods',
    district,
    catalogue: { ...plan.catalogue, offerings },
  }),
);

const replications = 10;
const result = timed(`simulate ${replications} replications`, () =>
  simulate(scenario, { seed: 1, replications }),
);

// For thousands of replications, run them on worker threads with
// simulateParallel from 'reachplan/node' (see docs/simulation.md): the
// figures are the same bit for bit. For ten, starting the workers costs
// more than it saves.

process.stdout.write(`\n${formatTextTable(termReachTable(scenario, result))}`);
