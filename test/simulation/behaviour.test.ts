import { describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOUR, simulate } from '../../src/index.js';
import { buildScenario, certain, dated, teachers } from './fixtures.js';

describe('behaviour by segment and role', () => {
  const educators = [
    { id: 'em', schoolId: 's1', roles: ['teacher' as const] },
    { id: 'lag', schoolId: 's1', roles: ['teacher' as const] },
    {
      id: 'ict',
      schoolId: 's1',
      roles: ['teacher' as const, 'ict-leader' as const],
    },
    {
      id: 'ict-lag',
      schoolId: 's1',
      roles: ['ict-leader' as const, 'librarian' as const],
    },
  ].map((e, k) => ({
    ...e,
    segment: k % 2 === 0 ? ('early-majority' as const) : ('laggard' as const),
  }));
  const scenario = (optIn: unknown) =>
    buildScenario({
      educators,
      offerings: [dated('open', 'opt-in-session', ['2027-05-11'])],
      behaviour: { ...certain, optIn: optIn as never },
    });

  it('takes a segment’s own chance and lets a role win over it', () => {
    const result = simulate(
      scenario({
        bySegment: { 'early-majority': 0, laggard: 1 },
        byRole: { 'ict-leader': 0, librarian: 1 },
      }),
      { seed: 1, replications: 5 },
    );
    // em: segment 0; lag: segment 1; ict: role 0 over segment 0;
    // ict-lag: the higher of its roles, 1
    expect(result.educatorReachProbability).toEqual([0, 1, 0, 1]);
  });

  it('lets a role entry win even when it is lower than the segment’s', () => {
    const result = simulate(
      scenario({ bySegment: { laggard: 1 }, byRole: { 'ict-leader': 0 } }),
      { seed: 1, replications: 5 },
    );
    expect(result.educatorReachProbability[1]).toBe(1);
    expect(result.educatorReachProbability[3]).toBe(0);
  });

  it('keeps the default for a segment left out', () => {
    const many = buildScenario({
      educators: teachers(4000),
      offerings: [dated('open', 'opt-in-session', ['2027-05-11'])],
      behaviour: { ...certain, optIn: { bySegment: { laggard: 1 } } },
    });
    const result = simulate(many, { seed: 4, replications: 5 });
    // every teacher is early majority: the default 0.10 applies
    const expected = DEFAULT_BEHAVIOUR.optIn[2];
    expect(expected).toBe(0.1);
    // standard error sqrt(0.1 · 0.9 / 20,000) ≈ 0.0021
    expect(Math.abs(result.end.reached.mean - expected)).toBeLessThan(0.0085);
  });
});

describe('the deadline assumption', () => {
  // A term from 2027-04-05 to 2027-07-20 (106 days); sessions on day 99
  // and day 101 of it. Behind on "one session a term", an educator asks
  // with 1 − (1 − π)(1 − b·e), e the share of the term gone.
  const pi = 0.1;
  const boost = 0.8;
  const late = ['2027-07-13', '2027-07-15'];
  const make = (ruled: boolean) =>
    buildScenario({
      educators: teachers(2000),
      offerings: [dated('open', 'opt-in-session', late)],
      behaviour: { ...certain, optIn: pi, deadlineBoost: boost },
      ...(ruled
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
  const chance = (day: number) => 1 - (1 - pi) * (1 - boost * (day / 106));

  it('draws those behind with the documented chance as the term ends', () => {
    const result = simulate(make(true), { seed: 6, replications: 10 });
    // those who came on the 13th are no longer behind, and are reached
    const expected = 1 - (1 - chance(99)) * (1 - chance(101));
    expect(expected).toBeCloseTo(0.9513, 4);
    // standard error sqrt(0.95 · 0.05 / 20,000) ≈ 0.0015
    expect(Math.abs(result.end.reached.mean - expected)).toBeLessThan(0.006);
    expect(result.terms[0]?.compliance['one']?.mean).toBe(
      result.end.reached.mean,
    );
  });

  it('leaves the chance alone without such a rule', () => {
    const result = simulate(make(false), { seed: 6, replications: 10 });
    const expected = 1 - (1 - pi) ** 2;
    expect(Math.abs(result.end.reached.mean - expected)).toBeLessThan(0.012);
  });

  it('stops boosting those who already met the rule', () => {
    // Seat hours count every attendance (one hour each). Those who came
    // on the 13th ask on the 15th with π; those still behind, boosted.
    const result = simulate(make(true), { seed: 6, replications: 10 });
    const first = chance(99);
    const perEducator = first + first * pi + (1 - first) * chance(101);
    // were everyone boosted on the 15th it would be c13 + c15 ≈ 1.56
    expect(perEducator).toBeCloseTo(1.0286, 4);
    const perHead = result.end.cost.seatHours.mean / 2000;
    expect(Math.abs(perHead - perEducator)).toBeLessThan(0.01);
  });
});

describe('the deadline assumption and a rule’s scope', () => {
  // The rule covers counsellors only; teachers are behind on nothing.
  const scenario = buildScenario({
    educators: [
      ...teachers(2000),
      ...teachers(10, 's1', 'c').map((e) => ({
        ...e,
        roles: ['counsellor' as const],
      })),
    ],
    offerings: [dated('open', 'opt-in-session', ['2027-07-13'])],
    behaviour: { ...certain, optIn: 0.1, deadlineBoost: 0.8 },
    requirements: [
      {
        id: 'counsellors',
        name: 'Counsellors, one a term',
        kind: 'sessions-per-term',
        sessions: 1,
        scope: { roles: ['counsellor'] },
      },
    ],
  });

  it('boosts only the educators the rule covers', () => {
    const result = simulate(scenario, { seed: 6, replications: 10 });
    const teachersReached = result.end.byRole['teacher']?.reached.mean ?? 0;
    // standard error sqrt(0.1 · 0.9 / 20,000) ≈ 0.0021
    expect(Math.abs(teachersReached - 0.1)).toBeLessThan(0.0085);
  });
});
