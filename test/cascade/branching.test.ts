import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  branchingMoments,
  cappedReach,
  createStream,
} from '../../src/index.js';

const sure = { activation: 1, invited: 6, attendance: 1 };

describe('branchingMoments', () => {
  it('grows by a·k·c per level: n0 · (a·k·c)^l', () => {
    const step = { activation: 0.8, invited: 6, attendance: 0.9 };
    const moments = branchingMoments(63, [step, step, step]);
    // a·k·c = 0.8 · 6 · 0.9 = 4.32
    const expected = [63, 272.16, 1175.7312, 5079.158784];
    moments.forEach((m, l) => {
      expect(m.mean).toBeCloseTo(expected[l] ?? Number.NaN, 6);
    });
  });

  it('has no variance when every leader leads and everyone attends', () => {
    const moments = branchingMoments(3, [sure, sure]);
    expect(moments).toEqual([
      { level: 0, mean: 3, variance: 0 },
      { level: 1, mean: 18, variance: 0 },
      { level: 2, mean: 108, variance: 0 },
    ]);
  });

  it('gives the variance of a leader whose pod attends binomially', () => {
    // One leader who always leads, six invited, each attending with 1/2:
    // the level is Binomial(6, 1/2), variance 6 · 1/2 · 1/2 = 1.5.
    const [, first] = branchingMoments(1, [
      { activation: 1, invited: 6, attendance: 0.5 },
    ]);
    expect(first?.variance).toBeCloseTo(1.5, 12);
  });

  it('matches the variance worked out by hand for two generations', () => {
    // Var Z2 = E[Z1]·σ² + m²·Var Z1 with σ² = akc(1−c) + a(1−a)(kc)².
    const step = { activation: 0.5, invited: 2, attendance: 0.5 };
    const [, , second] = branchingMoments(1, [step, step]);
    // m = 0.5, σ² = 0.25 + 0.25 = 0.5; Var Z1 = 0.5, E Z1 = 0.5
    // Var Z2 = 0.5 · 0.5 + 0.25 · 0.5 = 0.375, E Z2 = 0.25
    expect(second?.mean).toBeCloseTo(0.25, 12);
    expect(second?.variance).toBeCloseTo(0.375, 12);
  });
});

describe('cappedReach', () => {
  it('stops at the school headcount where the uncapped cascade would not', () => {
    // 24 educators, 3 leaders, pods of six, everyone leads and attends:
    // level 1 reaches 3 · 6 = 18; level 2 could reach 108 but only
    // 24 − 3 − 18 = 3 are left.
    expect(cappedReach(24, 3, [sure, sure])).toEqual([3, 18, 3]);
    expect(branchingMoments(3, [sure, sure]).map((m) => m.mean)).toEqual([
      3, 18, 108,
    ]);
  });

  it('never reaches more than the headcount in total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 20 }),
        fc.array(
          fc.record({
            activation: fc.double({ min: 0, max: 1, noNaN: true }),
            invited: fc.integer({ min: 1, max: 40 }),
            attendance: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { maxLength: 6 },
        ),
        (headcount, leaders, steps) => {
          const reach = cappedReach(headcount, leaders, steps);
          const total = reach.reduce((sum, r) => sum + r, 0);
          expect(total).toBeLessThanOrEqual(headcount + 1e-9);
          for (const r of reach) expect(r).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('branchingMoments against a seeded simulation', () => {
  it('agrees with 20,000 simulated cascades on mean and variance', () => {
    const step = { activation: 0.7, invited: 4, attendance: 0.6 };
    const runs = 20_000;
    const stream = createStream(11, 'branching-test');
    const totals: number[][] = [[], [], []];

    for (let run = 0; run < runs; run += 1) {
      let reached = 2;
      for (let level = 0; level < 3; level += 1) {
        let next = 0;
        for (let leader = 0; leader < reached; leader += 1) {
          if (!stream.chance(step.activation)) continue;
          for (let i = 0; i < step.invited; i += 1) {
            if (stream.chance(step.attendance)) next += 1;
          }
        }
        reached = next;
        totals[level]?.push(reached);
      }
    }

    const moments = branchingMoments(2, [step, step, step]).slice(1);
    moments.forEach((exact, level) => {
      const sample = totals[level] ?? [];
      const mean = sample.reduce((s, x) => s + x, 0) / runs;
      const variance =
        sample.reduce((s, x) => s + (x - mean) ** 2, 0) / (runs - 1);
      // This seed lands within 1% of the exact figures; 3% leaves room for
      // the sampling error of a variance at level 3.
      expect(Math.abs(mean / exact.mean - 1)).toBeLessThan(0.03);
      expect(Math.abs(variance / exact.variance - 1)).toBeLessThan(0.03);
    });
  });
});
