import { evaluateRequirements } from 'reachplan';
import { bench, describe } from 'vitest';
import { benchDistrict } from './requirements-district.js';

const { scenario, sessions, participations } = benchDistrict();
const asOf = '2027-11-15T12:00:00+09:00';
const terms = scenario.district.calendar.years.flatMap((y) => y.terms);

describe(`25,000 educators, 10 rules, ${participations.length} records`, () => {
  bench(
    'evaluateRequirements (sessions expanded beforehand)',
    () => {
      evaluateRequirements(scenario, participations, asOf, { sessions });
    },
    { iterations: 5, warmupIterations: 1 },
  );

  // The plain baseline: count each educator's records per term, reading
  // the date from the ISO string (UTC, so not zone-correct).
  bench(
    'baseline: count records per educator per term in a Map',
    () => {
      const counts = new Map<string, number[]>();
      for (const record of participations) {
        const date = record.at.slice(0, 10);
        const term = terms.findIndex((t) => t.start <= date && date <= t.end);
        if (term < 0) continue;
        const row = counts.get(record.educatorId) ?? [0, 0, 0];
        row[term] = (row[term] ?? 0) + 1;
        counts.set(record.educatorId, row);
      }
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
