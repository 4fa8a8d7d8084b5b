// CPU time of one evaluation of the benchmark district, next to the plain
// baseline: on a shared machine CPU time says more than wall-clock time.
// Run with: npx tsx bench/requirements-cpu.ts
import { evaluateRequirements } from 'reachplan';
import { benchDistrict } from './requirements-district.js';

const { scenario, sessions, participations } = benchDistrict();
const terms = scenario.district.calendar.years.flatMap((y) => y.terms);
const asOf = '2027-11-15T12:00:00+09:00';

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return Math.round((used.user + used.system) / 1000);
}

for (let round = 1; round <= 5; round++) {
  const evaluation = cpuMs(() => {
    evaluateRequirements(scenario, participations, asOf, { sessions });
  });
  const baseline = cpuMs(() => {
    const counts = new Map<string, number[]>();
    for (const record of participations) {
      const date = record.at.slice(0, 10);
      const term = terms.findIndex((t) => t.start <= date && date <= t.end);
      if (term < 0) continue;
      const row = counts.get(record.educatorId) ?? [0, 0, 0];
      row[term] = (row[term] ?? 0) + 1;
      counts.set(record.educatorId, row);
    }
  });
  process.stdout.write(
    `round ${round}: evaluateRequirements ${evaluation} ms CPU, baseline ${baseline} ms CPU\n`,
  );
}
