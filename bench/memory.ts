/**
 * Peak memory of one replication over 1,000,000 educators for one school
 * year. Run with:
 *
 *   npx tsx bench/memory.ts [educators]
 *
 * It prints the time of `simulate` and the peak resident set size of the
 * whole process as the kernel counts it (`process.resourceUsage().maxRSS`),
 * the generated district included.
 */

import type { Scenario } from 'reachplan';
import { exampleScenario, generateDistrict, simulate } from 'reachplan';

const educators = Number(process.argv[2] ?? 1_000_000);
const district = generateDistrict({
  schools: Math.max(1, Math.round(educators / 500)),
  educators,
  seed: 1,
});
// The example city's catalogue (its three seminar series) and behaviour,
// with word of mouth, on the generated district.
const scenario: Scenario = {
  ...exampleScenario(),
  name: `${educators} educators`,
  district,
};
const before = process.memoryUsage().rss;

const start = performance.now();
const result = simulate(scenario, { seed: 1, replications: 1 });
const seconds = (performance.now() - start) / 1000;
const peak = process.resourceUsage().maxRSS * 1024;

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
process.stdout.write(
  `${educators} educators, ${result.layout.dates.length} days, 1 replication: ` +
    `${seconds.toFixed(2)} s; reached ${result.end.reached.mean.toFixed(3)}\n` +
    `RSS before simulate ${mb(before)} MB, peak ${mb(peak)} MB\n`,
);
