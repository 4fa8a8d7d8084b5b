import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedReach, safeExpectedReach } from '../../src/index.js';
import { handDistrict, parsed, podLevel, seminarCascade } from './district.js';

// A city shaped like the example city, in round numbers: 21 schools, 504
// educators (seven schools each of 20, 24 and 28), three seminar seats per
// school, pods of six.
const CITY = [
  ...Array<number>(7).fill(20),
  ...Array<number>(7).fill(24),
  ...Array<number>(7).fill(28),
];
const sure = { leaderActivation: 1, attendance: 1 };

function city(levels = 2, extra = {}) {
  const chain = Array.from({ length: levels }, (_, i) =>
    podLevel(`l${i + 1}`, i === 0 ? 'source' : `l${i}`),
  );
  return parsed(handDistrict(CITY, [seminarCascade(chain, extra)]));
}

describe('expectedReach', () => {
  it('reaches the city by hand-worked numbers when everyone leads and comes', () => {
    const [reach] = expectedReach(city(), { behaviour: sure }).cascades;
    // Level 0: 21 schools × 3 seats = 63 first leaders.
    // Level 1: 3 leaders × 6 = 18 a school, but a school of 20 has only
    //   17 left: 7 × 17 + 14 × 18 = 371.
    // Level 2: 18 × 6 = 108 wanted; left are 0, 3 and 7 educators:
    //   7 × 0 + 7 × 3 + 7 × 7 = 70. All 504 are reached.
    expect(reach?.levels.map((l) => l.reached)).toEqual([63, 371, 70]);
    expect(reach?.levels.map((l) => l.uncappedMean)).toEqual([63, 378, 2268]);
    expect(reach?.reached).toBe(504);
    expect(reach?.share).toBe(1);
  });

  it('weighs in activation and attendance: n0 · (a·k·c)^l without the cap', () => {
    const [reach] = expectedReach(city()).cascades;
    // Defaults a = 0.8, c = 0.9: each leader reaches 0.8 · 6 · 0.9 = 4.32.
    // Level 1: 3 × 4.32 = 12.96 a school, under every cap: 272.16.
    // Level 2: 12.96 × 4.32 = 55.99 wanted, capped at what is left:
    //   20 − 15.96 = 4.04, 24 − 15.96 = 8.04, 28 − 15.96 = 12.04;
    //   7 × (4.04 + 8.04 + 12.04) = 168.84.
    const levels = reach?.levels ?? [];
    expect(levels[1]?.reached).toBeCloseTo(272.16, 9);
    expect(levels[1]?.uncappedMean).toBeCloseTo(272.16, 9);
    expect(levels[2]?.reached).toBeCloseTo(168.84, 9);
    expect(levels[2]?.uncappedMean).toBeCloseTo(1175.7312, 9);
  });

  it('gives the branching variance per level summed over schools', () => {
    const [reach] = expectedReach(city()).cascades;
    // σ² = akc(1−c) + a(1−a)(kc)² = 0.432 + 0.16 · 29.16 = 5.0976;
    // level 1 at one school: 3 · 5.0976; 21 schools: 321.1488.
    expect(reach?.levels[1]?.uncappedVariance).toBeCloseTo(321.1488, 9);
  });

  it('keeps the fidelity of each level and averages it over the reach', () => {
    const [reach] = expectedReach(city(), { behaviour: sure }).cascades;
    expect(reach?.levels.map((l) => l.fidelity)).toEqual([1, 0.75, 0.5625]);
    // (63 · 1 + 371 · 0.75 + 70 · 0.5625) / 504
    expect(reach?.meanFidelity).toBeCloseTo(
      (63 + 371 * 0.75 + 70 * 0.5625) / 504,
      12,
    );
  });

  it('dates each level after the training of the level above', () => {
    const [reach] = expectedReach(city()).cascades;
    // Seminar on Thursday 20 May; a pod's only session goes on the first
    // session day after its leader's training.
    expect(reach?.levels.map((l) => l.date)).toEqual([
      '2027-05-20',
      '2027-05-21',
      '2027-05-24',
    ]);
    expect(reach?.terms.map((t) => [t.termId, t.cumulative])).toEqual([
      ['t1', reach?.reached],
    ]);
  });

  it('counts reach by the term its level first meets in', () => {
    const scenario = city(2, { sourceSession: 2 });
    const [reach] = expectedReach(scenario, { behaviour: sure }).cascades;
    // The second seminar is on 14 October, in term 2.
    expect(reach?.terms).toEqual([
      {
        yearId: '2027',
        termId: 't2',
        reached: 504,
        cumulative: 504,
        meanFidelity: (63 + 371 * 0.75 + 70 * 0.5625) / 504,
      },
    ]);
  });

  it('rejects probabilities outside 0 to 1 given as options', () => {
    const result = safeExpectedReach(city(), {
      behaviour: { attendance: 1.5 },
    });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'out_of_range',
          path: ['options', 'behaviour', 'attendance'],
          message: 'attendance is a probability from 0 to 1, received 1.5',
        },
      ],
    });
  });

  it('names a source session that does not exist', () => {
    expect(() => expectedReach(city(1, { sourceSession: 3 }))).toThrow(
      'offering "lesson-design" has 2 sessions for school "s01", so session 3 cannot train the leaders of cascade "design-cascade"',
    );
  });

  const schools = fc.array(fc.integer({ min: 3, max: 60 }), {
    minLength: 1,
    maxLength: 6,
  });
  const behaviour = fc.record({
    leaderActivation: fc.double({ min: 0, max: 1, noNaN: true }),
    attendance: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  it('never reaches more educators than a school has', () => {
    fc.assert(
      fc.property(
        schools,
        fc.integer({ min: 1, max: 5 }),
        behaviour,
        (headcounts, depth, b) => {
          const chain = [podLevel('l1', 'source')];
          const scenario = parsed(
            handDistrict(headcounts, [
              seminarCascade(chain, { maxDepth: depth }),
            ]),
          );
          const [reach] = expectedReach(scenario, { behaviour: b }).cascades;
          for (const school of reach?.schools ?? []) {
            expect(school.reached).toBeLessThanOrEqual(school.headcount + 1e-9);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('never lowers the reach of the levels above when a level is added', () => {
    fc.assert(
      fc.property(
        schools,
        fc.integer({ min: 1, max: 4 }),
        behaviour,
        fc.integer({ min: 2, max: 12 }),
        (headcounts, depth, b, podMax) => {
          const size = { podSize: { min: 1, max: podMax } };
          const reachAt = (levels: number) => {
            const chain = Array.from({ length: levels }, (_, i) =>
              podLevel(`l${i + 1}`, i === 0 ? 'source' : `l${i}`, size),
            );
            const scenario = parsed(
              handDistrict(headcounts, [seminarCascade(chain)]),
            );
            return expectedReach(scenario, { behaviour: b }).cascades[0];
          };
          const before = reachAt(depth)?.levels ?? [];
          const after = reachAt(depth + 1)?.levels ?? [];
          before.forEach((level, l) => {
            expect(after[l]?.reached).toBeGreaterThanOrEqual(level.reached);
          });
          expect(after).toHaveLength(before.length + 1);
        },
      ),
      { numRuns: 30 },
    );
  });
});
