import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput, Summary } from '../../src/index.js';
import { simulate } from '../../src/index.js';
import {
  buildScenario,
  dated,
  offeringCommon,
  oneTermCalendar,
} from './fixtures.js';

const SEGMENTS = [
  'innovator',
  'early-adopter',
  'early-majority',
  'late-majority',
  'laggard',
] as const;
const schools = ['s1', 's2', 's3'];

// Every channel at once, on three schools of mixed staff.
function everyChannel(behaviour: ScenarioInput['behaviour']) {
  return buildScenario({
    educators: schools.flatMap((s, k) =>
      Array.from({ length: 14 + 3 * k }, (_, i) => ({
        id: `${s}-${i}`,
        schoolId: s,
        roles: i === 0 ? ['ict-leader' as const] : ['teacher' as const],
        departments: [i % 3 === 0 ? 'maths' : 'english'],
        ...(i % 4 === 3 ? {} : { segment: SEGMENTS[i % 5] }),
      })),
    ),
    calendar: {
      ...oneTermCalendar(),
      years: oneTermCalendar().years.map((y) => ({
        ...y,
        terms: [
          ...y.terms,
          {
            id: '2027-t2',
            name: 'Term 2',
            start: '2027-09-01',
            end: '2027-12-20',
          },
        ],
      })),
    },
    offerings: [
      dated('seminar', 'seminar-series', ['2027-05-10', '2027-10-04'], {
        startTime: '14:00',
        seatsPerSchool: 2,
      }),
      dated(
        'open',
        'opt-in-session',
        ['2027-05-18', '2027-06-15', '2027-11-09'],
        {
          capacity: 12,
        },
      ),
      dated('dept', 'department-pd', ['2027-06-01', '2027-10-12'], {
        venue: 'school',
        eligibility: { departments: ['maths'] },
      }),
      {
        id: 'circle',
        format: 'community',
        title: 'Circle',
        ...offeringCommon,
        durationMinutes: 45,
        venue: 'school',
        groupSize: 5,
        schedule: {
          kind: 'dates',
          dates: ['2027-05-26', '2027-09-22'],
          startTime: '16:00',
        },
      },
      {
        id: 'micro',
        format: 'micro-learning',
        title: 'Micro',
        ...offeringCommon,
        durationMinutes: 10,
        venue: 'online',
        modules: 4,
        releaseEveryWeeks: 1,
        availableFrom: '2027-04-12',
      },
      {
        id: 'course',
        format: 'async-course',
        title: 'Course',
        ...offeringCommon,
        durationMinutes: 30,
        venue: 'online',
        modules: 3,
        expectedWeeks: 3,
        availableFrom: '2027-09-06',
      },
    ],
    cascades: [
      {
        kind: 'cascade',
        id: 'pods',
        name: 'Pods',
        sourceOfferingId: 'seminar',
        leaderSelection: { by: 'role', roles: ['ict-leader'] },
        leadersPerSchool: 1,
        levels: [
          {
            id: 'pods',
            ledBy: 'source',
            audience: 'pod',
            podSize: { min: 3, max: 4 },
            sessionsPerLeader: 2,
            withinSchoolDays: 15,
            startTime: '16:00',
            durationMinutes: 45,
            fidelityKept: 0.75,
          },
        ],
        maxDepth: 2,
      },
    ],
    requirements: [
      {
        id: 'one-per-term',
        name: 'One a term',
        kind: 'sessions-per-term',
        sessions: 1,
      },
    ],
    ...(behaviour ? { behaviour } : {}),
  });
}

const chance = fc.double({ min: 0, max: 1, noNaN: true });
const behaviourArbitrary = fc.record({
  attendIfBooked: chance,
  optIn: chance,
  volunteer: chance,
  joinCommunity: chance,
  moduleCompletionPerWeek: chance,
  asyncEnrol: chance,
  asyncDropPerWeek: chance,
  leaderActivation: chance,
  deadlineBoost: chance,
  forgettingHalfLifeDays: fc.double({ min: 1, max: 1000, noNaN: true }),
  channelFidelity: fc.record({
    'opt-in': chance,
    community: chance,
    'micro-learning': chance,
    'word-of-mouth': chance,
  }),
  wordOfMouth: fc.record({
    p: fc.double({ min: 0, max: 2, noNaN: true }),
    q: fc.double({ min: 0, max: 5, noNaN: true }),
    scope: fc.constantFrom('school' as const, 'department' as const),
  }),
});

const ordered = (s: Summary) => s.p5 <= s.p50 && s.p50 <= s.p95;
const EPS = 1e-9;

describe('simulation invariants over any behaviour', () => {
  it('keeps every figure consistent with every other', () => {
    fc.assert(
      fc.property(behaviourArbitrary, fc.integer(), (behaviour, seed) => {
        const result = simulate(everyChannel(behaviour), {
          seed,
          replications: 4,
          trajectories: true,
        });
        const { daily, end } = result;
        const n = result.layout.educators;

        // Reach never falls, and effective reach never exceeds it.
        daily.reached.mean.forEach((value, d) => {
          expect(value).toBeGreaterThanOrEqual(
            (daily.reached.mean[d - 1] ?? 0) - EPS,
          );
          expect(daily.effective.mean[d]).toBeLessThanOrEqual(value + EPS);
        });

        // Each reached educator has exactly one first channel.
        const channels = result.layout.channels;
        const firstSum = channels.reduce(
          (sum, c) => sum + (end.firstChannel[c]?.mean ?? 0),
          0,
        );
        expect(Math.abs(firstSum - end.reached.mean)).toBeLessThan(1e-6);
        for (const c of channels) {
          const any = end.anyChannel[c]?.mean ?? 0;
          expect(any).toBeGreaterThanOrEqual(
            (end.firstChannel[c]?.mean ?? 0) - EPS,
          );
        }

        // Per-educator chances average to the reach; schools weigh in by size.
        const probabilities = result.educatorReachProbability;
        const average = probabilities.reduce((a, b) => a + b, 0) / n;
        expect(Math.abs(average - end.reached.mean)).toBeLessThan(1e-6);
        const bySchool = schools.reduce(
          (sum, s, k) =>
            sum + (end.bySchool[s]?.reached.mean ?? 0) * (14 + 3 * k),
          0,
        );
        expect(Math.abs(bySchool / n - end.reached.mean)).toBeLessThan(1e-6);

        // Fidelity stays in [0, 1] and is positive only for the reached.
        for (const t of result.state.trajectories ?? []) {
          t.fidelity.forEach((f, i) => {
            expect(f).toBeGreaterThanOrEqual(0);
            expect(f).toBeLessThanOrEqual(1);
            if (f > 0) expect(t.firstDay[i]).toBeGreaterThanOrEqual(0);
          });
        }

        // Percentiles are ordered; costs only accumulate.
        for (const checkpoint of [...result.terms, end]) {
          expect(ordered(checkpoint.reached)).toBe(true);
          expect(ordered(checkpoint.effective)).toBe(true);
          expect(ordered(checkpoint.equity.lowestSchool)).toBe(true);
          expect(checkpoint.effective.mean).toBeLessThanOrEqual(
            checkpoint.reached.mean + EPS,
          );
          expect(checkpoint.equity.lowestSchool.mean).toBeLessThanOrEqual(
            checkpoint.reached.mean + EPS,
          );
        }
        const costs = [...result.terms, end].map(
          (c) => c.cost.facilitatorHours.mean + c.cost.seatHours.mean,
        );
        expect(costs).toEqual([...costs].sort((a, b) => a - b));
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});
