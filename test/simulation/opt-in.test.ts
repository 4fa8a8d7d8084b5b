import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/index.js';
import { buildScenario, certain, dated, teachers } from './fixtures.js';

describe('opt-in sessions', () => {
  it('reach 1 − (1 − π)^S of educators over S open sessions', () => {
    const pi = 0.2;
    const dates = [
      '2027-05-11',
      '2027-05-13',
      '2027-05-18',
      '2027-05-20',
      '2027-05-25',
    ];
    const scenario = buildScenario({
      educators: teachers(2000),
      offerings: [dated('open', 'opt-in-session', dates)],
      behaviour: { ...certain, optIn: pi },
    });
    const result = simulate(scenario, { seed: 3, replications: 20 });

    const expected = 1 - (1 - pi) ** dates.length;
    // standard error ≈ sqrt(0.67 × 0.33 / 40,000) ≈ 0.0024
    expect(result.end.reached.mean).toBeCloseTo(expected, 2);
    expect(Math.abs(result.end.reached.mean - expected)).toBeLessThan(0.0075);
  });

  it('respect capacity and seats per school', () => {
    const scenario = buildScenario({
      educators: [...teachers(30, 's1', 'a'), ...teachers(30, 's2', 'b')],
      offerings: [
        dated('small', 'opt-in-session', ['2027-05-11'], {
          capacity: 10,
          seatsPerSchool: 4,
        }),
      ],
      behaviour: certain,
    });
    const result = simulate(scenario, { seed: 1, replications: 5 });
    expect(result.end.bySchool['s1']?.reached.p95).toBeCloseTo(4 / 30, 6);
    expect(result.end.reached.mean).toBeCloseTo(8 / 60, 6);
  });

  it('draw more of those behind on a rule as the term ends', () => {
    const late = ['2027-07-13', '2027-07-15'];
    const make = (requirements: boolean) =>
      buildScenario({
        educators: teachers(1000),
        offerings: [dated('open', 'opt-in-session', late)],
        behaviour: { ...certain, optIn: 0.1, deadlineBoost: 0.8 },
        ...(requirements
          ? {
              requirements: [
                {
                  id: 'one',
                  name: 'One a term',
                  kind: 'sessions-per-term' as const,
                  sessions: 1,
                },
              ],
            }
          : {}),
      });
    const free = simulate(make(false), { seed: 2, replications: 5 });
    const ruled = simulate(make(true), { seed: 2, replications: 5 });
    expect(ruled.end.reached.mean).toBeGreaterThan(free.end.reached.mean + 0.3);
  });
});

describe('opt-in sessions and working days', () => {
  // Ten staff work Mondays only, ten every weekday; one Tuesday session
  // has ten seats. Only those at work that day ask for a seat.
  const scenario = buildScenario({
    educators: [
      ...teachers(10, 's1', 'mon').map((e) => ({
        ...e,
        availability: ['mon' as const],
      })),
      ...teachers(10, 's1', 'all'),
    ],
    offerings: [
      dated('open', 'opt-in-session', ['2027-05-11'], { capacity: 10 }),
    ],
    behaviour: certain,
  });

  // Monday-only staff do not ask for a Tuesday seat, so all ten seats go
  // to those who can use them.
  it('gives every seat to someone who works that weekday', () => {
    const result = simulate(scenario, { seed: 1, replications: 10 });
    expect(result.end.reached.mean).toBe(0.5);
    expect(result.educatorReachProbability.slice(10)).toEqual(
      new Array(10).fill(1),
    );
  });
});
