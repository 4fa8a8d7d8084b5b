import { describe, expect, it } from 'vitest';
import { compareScenarios, sweep } from '../../src/index.js';
import { buildScenario, dated, teachers } from './fixtures.js';

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
      compareScenarios([base], { seed: 1, replications: 0 }),
    ).toThrow('scenarios[0].options.replications');
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
