import { describe, expect, it } from 'vitest';
import { compareScenarios, simulate } from '../../src/index.js';
import {
  buildScenario,
  certain,
  offeringCommon,
  teachers,
} from './fixtures.js';

// Expected modules completed by one educator after `weeks` weekly trials
// of chance p, with module m released at week m × every: worked out over
// the distribution of progress, week by week.
function expectedModules(
  p: number,
  weeks: number,
  modules: number,
  every: number,
) {
  let dist = [1, ...new Array<number>(modules).fill(0)];
  for (let w = 0; w < weeks; w += 1) {
    const released = Math.min(modules, 1 + Math.floor(w / every));
    const next = new Array<number>(modules + 1).fill(0);
    dist.forEach((share, done) => {
      if (done < released) {
        next[done + 1] = (next[done + 1] ?? 0) + share * p;
        next[done] = (next[done] ?? 0) + share * (1 - p);
      } else {
        next[done] = (next[done] ?? 0) + share;
      }
    });
    dist = next;
  }
  const mean = dist.reduce((sum, share, done) => sum + share * done, 0);
  const square = dist.reduce(
    (sum, share, done) => sum + share * done * done,
    0,
  );
  return { mean, sd: Math.sqrt(square - mean * mean), none: dist[0] ?? 0 };
}

describe('micro-learning with a weekly completion chance', () => {
  const educators = 4000;
  const replications = 5;
  const scenario = buildScenario({
    educators: teachers(educators),
    offerings: [
      {
        id: 'bites',
        format: 'micro-learning',
        title: 'Bites',
        ...offeringCommon,
        durationMinutes: 5,
        venue: 'online',
        modules: 6,
        releaseEveryWeeks: 2,
        // Twelve weeks, Monday 5 April to Sunday 27 June.
        availableFrom: '2027-04-05',
        availableUntil: '2027-06-27',
      },
    ],
    behaviour: { ...certain, moduleCompletionPerWeek: 0.3 },
  });
  const result = simulate(scenario, { seed: 4, replications });
  const exact = expectedModules(0.3, 12, 6, 2);

  it('completes as many modules as weekly trials would, within sampling error', () => {
    const modules = (result.end.cost.seatHours.mean * 60) / 5 / educators;
    const error = exact.sd / Math.sqrt(educators * replications);
    expect(Math.abs(modules - exact.mean)).toBeLessThan(4 * error);
  });

  it('reaches everyone who completes a first module: 1 − 0.7^12', () => {
    const share = 1 - exact.none;
    const error = Math.sqrt((share * (1 - share)) / (educators * replications));
    expect(Math.abs(result.end.reached.mean - share)).toBeLessThan(4 * error);
  });

  it('never completes more modules than are released', () => {
    const most = expectedModules(1, 12, 6, 2).mean;
    const all = simulate(
      { ...scenario, behaviour: { ...certain, moduleCompletionPerWeek: 1 } },
      { seed: 4, replications: 1 },
    );
    expect((all.end.cost.seatHours.mean * 60) / 5 / educators).toBe(most);
  });
});

describe('micro-learning on common random numbers', () => {
  it('reaches each educator no later in a plan with a higher weekly chance', () => {
    const plan = (rate: number) =>
      buildScenario({
        educators: teachers(300),
        offerings: [
          {
            id: 'bites',
            format: 'micro-learning',
            title: 'Bites',
            ...offeringCommon,
            durationMinutes: 5,
            venue: 'online',
            modules: 4,
            releaseEveryWeeks: 1,
            availableFrom: '2027-04-05',
            availableUntil: '2027-06-27',
          },
        ],
        behaviour: { ...certain, moduleCompletionPerWeek: rate },
      });
    const { results } = compareScenarios([plan(0.1), plan(0.15)], {
      seed: 9,
      replications: 4,
      trajectories: true,
    });
    const [low, high] = results.map((r) => r.state.trajectories ?? []);
    low?.forEach((trajectory, r) => {
      const faster = high?.[r]?.firstDay ?? [];
      trajectory.firstDay.forEach((day, i) => {
        if (day >= 0) expect(faster[i]).toBeLessThanOrEqual(day);
        if (day >= 0) expect(faster[i]).toBeGreaterThanOrEqual(0);
      });
    });
  });
});
