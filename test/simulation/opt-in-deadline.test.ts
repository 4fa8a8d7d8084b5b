import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/index.js';
import {
  ADOPTER_SEGMENTS,
  compareScenarios,
  simulate,
} from '../../src/index.js';
import { buildScenario, certain, dated, teachers } from './fixtures.js';

// The term runs from 5 April to 20 July 2027: 106 days. Two open sessions
// near its end, one rule of one session a term, a base chance of 0.1 and
// a deadline boost of 0.8.
describe('opt-in sessions near the end of a term', () => {
  const educators = 4000;
  const replications = 5;
  const base = 0.1;
  const boost = 0.8;
  const scenario = buildScenario({
    educators: teachers(educators),
    offerings: [dated('open', 'opt-in-session', ['2027-07-13', '2027-07-15'])],
    behaviour: { ...certain, optIn: base, deadlineBoost: boost },
    requirements: [
      { id: 'one', name: 'One a term', kind: 'sessions-per-term', sessions: 1 },
    ],
  });
  const result = simulate(scenario, { seed: 5, replications });
  const behind = (elapsed: number) => 1 - (1 - base) * (1 - boost * elapsed);
  const first = behind(99 / 106);
  const second = behind(101 / 106);
  const trials = educators * replications;

  it('draw those behind with 1 − (1 − π)(1 − boost · elapsed)', () => {
    const share = 1 - (1 - first) * (1 - second);
    const error = Math.sqrt((share * (1 - share)) / trials);
    expect(Math.abs(result.end.reached.mean - share)).toBeLessThan(4 * error);
  });

  it('draw those who have met the rule with the base chance only', () => {
    // Seat hours: the first session's askers, then at the second the
    // behind ones with the boosted chance and the others with π.
    const perEducator = first + (1 - first) * second + first * base;
    const variance = first * (1 - first) + second * (1 - second) + base;
    const error = Math.sqrt(variance / trials);
    const seen = result.end.cost.seatHours.mean / educators;
    expect(Math.abs(seen - perEducator)).toBeLessThan(4 * error);
  });
});

describe('opt-in chances set per role', () => {
  // Every tenth educator is a principal; with no seat limit and no word of
  // mouth, nobody's outcome depends on anybody else's.
  const staff = teachers(3000).map((educator, k) => ({
    ...educator,
    segment: ADOPTER_SEGMENTS[k % ADOPTER_SEGMENTS.length] ?? 'laggard',
    roles: k % 10 === 0 ? ['principal' as const] : educator.roles,
  }));
  type OptIn = NonNullable<ScenarioInput['behaviour']>['optIn'];
  const build = (optIn: OptIn) =>
    buildScenario({
      educators: staff,
      offerings: [
        dated('open', 'opt-in-session', [
          '2027-05-11',
          '2027-06-15',
          '2027-07-13',
        ]),
      ],
      behaviour: { ...certain, optIn, deadlineBoost: 0.6 },
      requirements: [
        {
          id: 'one',
          name: 'One a term',
          kind: 'sessions-per-term',
          sessions: 1,
        },
      ],
    });
  const bySegment = {
    innovator: 0.3,
    'early-adopter': 0.2,
    'early-majority': 0.1,
    'late-majority': 0.05,
    laggard: 0.02,
  };
  const { results } = compareScenarios(
    [build({ bySegment }), build({ bySegment, byRole: { principal: 0.9 } })],
    { seed: 6, replications: 4, trajectories: true },
  );
  const [plain, principals] = results.map((r) => r.state.trajectories ?? []);

  it('change the draws of those who hold the role only', () => {
    plain?.forEach((trajectory, r) => {
      const other = principals?.[r]?.firstDay ?? [];
      trajectory.firstDay.forEach((day, i) => {
        if (i % 10 !== 0) expect(other[i]).toBe(day);
      });
    });
  });

  it('reach nearly every principal at 0.9 a session', () => {
    const principalReach = (trajectories: typeof plain) =>
      (trajectories ?? []).flatMap((t) =>
        t.firstDay.filter((_, i) => i % 10 === 0).map((d) => (d >= 0 ? 1 : 0)),
      );
    const reached = principalReach(principals);
    const share = reached.reduce<number>((a, b) => a + b, 0) / reached.length;
    expect(share).toBeGreaterThan(0.99);
  });
});
