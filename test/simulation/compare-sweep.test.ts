import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src/index.js';
import { compareScenarios, safeSweep, sweep } from '../../src/index.js';
import { buildScenario, certain, dated, teachers } from './fixtures.js';

const base = buildScenario({
  educators: [...teachers(60, 's1', 'a'), ...teachers(60, 's2', 'b')],
  offerings: [
    dated('seminar', 'seminar-series', ['2027-05-10'], { seatsPerSchool: 3 }),
    {
      id: 'open',
      format: 'opt-in-session',
      title: 'Open session',
      description: 'Twice a week.',
      categoryIds: ['tl'],
      durationMinutes: 45,
      venue: 'central',
      schedule: {
        kind: 'recurrence',
        startDate: '2027-05-11',
        startTime: '16:00',
        rule: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8',
      },
    },
  ],
});

describe('compareScenarios', () => {
  it('pairs replications on common random numbers', () => {
    const more = { ...base, name: 'more opt-in', behaviour: { optIn: 0.2 } };
    const { results, differences } = compareScenarios([base, more], {
      seed: 3,
      replications: 30,
    });
    expect(results).toHaveLength(2);
    expect(differences[0]?.reached.mean).toBe(0);
    expect(differences[1]?.reached.p5).toBeGreaterThan(0);
  });

  it('reports a bad scenario with its position', () => {
    expect(() =>
      compareScenarios([base, base], { seed: 1, replications: 0 }),
    ).toThrow('scenarios[0].options.replications');
  });

  it('asks for two or more scenarios', () => {
    expect(() =>
      compareScenarios([base], { seed: 1, replications: 2 }),
    ).toThrow('compare two or more scenarios, received 1');
  });
});

describe('sweep', () => {
  it('finds the cheapest plan that reaches the target by the date', () => {
    const answer = sweep(
      base,
      { sessionsPerWeek: [1, 2, 3], optInRate: [0.02, 0.3] },
      {
        seed: 5,
        replications: 10,
        target: { share: 0.5, by: '2027-07-20' },
      },
    );
    expect(answer.points).toHaveLength(6);
    const meeting = answer.points.filter((p) => p.meetsTarget);
    expect(meeting.length).toBeGreaterThan(0);
    expect(answer.cheapest?.point.optInRate).toBe(0.3);
    for (const p of meeting) {
      expect(answer.cheapest?.cost.mean).toBeLessThanOrEqual(p.cost.mean);
    }
    // more sessions a week cost more facilitator hours
    const costs = answer.points
      .filter((p) => p.point.optInRate === 0.3)
      .map((p) => p.cost.mean);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });
});

describe('common random numbers', () => {
  it('give a difference of exactly zero between a plan and its copy', () => {
    const copy = { ...base, name: 'the same plan again' };
    const { differences } = compareScenarios([base, copy], {
      seed: 12,
      replications: 20,
    });
    for (const figure of [
      'reached',
      'effective',
      'facilitatorHours',
    ] as const) {
      const d = differences[1]?.[figure];
      expect([d?.mean, d?.p5, d?.p95]).toEqual([0, 0, 0]);
    }
  });

  it('pair replications more tightly than two independent runs', () => {
    const more = { ...base, name: 'more opt-in', behaviour: { optIn: 0.2 } };
    const { results, differences } = compareScenarios([base, more], {
      seed: 3,
      replications: 40,
    });
    const spread = (s: { p5: number; p95: number } | undefined) =>
      (s?.p95 ?? 0) - (s?.p5 ?? 0);
    // two independent runs: the spreads add in quadrature
    const independent = Math.hypot(
      spread(results[0]?.end.reached),
      spread(results[1]?.end.reached),
    );
    expect(spread(differences[1]?.reached)).toBeLessThan(independent);
  });
});

describe('common random numbers over many sessions', () => {
  const dates = ['05-11', '05-13', '05-18', '05-20', '05-25', '05-27'].map(
    (d) => `2027-${d}`,
  );
  const plan = (optIn: number, name: string, attendIfBooked = 0.9) => ({
    ...buildScenario({
      educators: teachers(200),
      offerings: [dated('open', 'opt-in-session', dates)],
      behaviour: { ...certain, attendIfBooked, optIn },
    }),
    name,
  });
  const reachedSets = (result: SimulationResult) =>
    (result.state.trajectories ?? []).map((t) =>
      t.firstDay.flatMap((day, i) => (day >= 0 ? [i] : [])),
    );

  it('reach, in a plan with a higher opt-in rate, everyone one session reaches', () => {
    // one session, everyone who asks comes: the asks alone decide
    const { results } = compareScenarios(
      [plan(0.1, 'base', 1), plan(0.11, 'a little more', 1)],
      {
        seed: 3,
        replications: 20,
        trajectories: true,
        horizon: {
          from: '2027-05-10',
          to: '2027-05-12',
        },
      },
    );
    const [low, high] = results.map(reachedSets);
    low?.forEach((reached, r) => {
      const more = new Set(high?.[r]);
      expect(reached.filter((i) => !more.has(i))).toEqual([]);
    });
  });

  // Asks and attendance are drawn per session and educator, so the two
  // plans stay paired however many asked at earlier sessions.
  it('reach everyone the lower plan reaches over every session', () => {
    const { results } = compareScenarios(
      [plan(0.1, 'base'), plan(0.11, 'a little more')],
      { seed: 3, replications: 20, trajectories: true },
    );
    const [low, high] = results.map(reachedSets);
    low?.forEach((reached, r) => {
      const more = new Set(high?.[r]);
      expect(reached.filter((i) => !more.has(i))).toEqual([]);
    });
  });
});

describe('sweep input', () => {
  const target = { share: 0.5, by: '2027-07-20' };
  const options = { seed: 1, replications: 2 };

  it('refuses grid values outside their range, each with its path', () => {
    const outcome = safeSweep(
      base,
      { optInRate: [0.1, 1.5], fidelityKept: [3], sessionsPerWeek: [9] },
      { ...options, target },
    );
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.issues).toEqual([
      {
        code: 'too_big',
        path: ['grid', 'fidelityKept', 0],
        message: 'expected a share above 0 and at most 1, received 3',
      },
      {
        code: 'too_big',
        path: ['grid', 'optInRate', 1],
        message: 'expected a probability from 0 to 1, received 1.5',
      },
      {
        code: 'too_big',
        path: ['grid', 'sessionsPerWeek', 0],
        message: 'expected a number at most 5, received number 9',
      },
    ]);
  });

  it('refuses a target date that is not in the calendar', () => {
    const outcome = safeSweep(
      base,
      { optInRate: [0.1] },
      { ...options, target: { share: 0.5, by: '2027-02-31' } },
    );
    expect(outcome.success ? [] : outcome.issues).toEqual([
      {
        code: 'invalid_date',
        path: ['options', 'target', 'by'],
        message:
          'expected a real date written YYYY-MM-DD, received "2027-02-31"',
      },
    ]);
  });

  it('refuses a target date outside the horizon', () => {
    expect(() =>
      sweep(
        base,
        { optInRate: [0.1] },
        { ...options, target: { share: 0.5, by: '2026-12-01' } },
      ),
    ).toThrow(
      'the target date 2026-12-01 is outside the horizon, 2027-04-01 to ' +
        '2028-03-31; set a horizon that holds it',
    );
  });
});
