import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { branchingMoments, cappedReach } from '../../src/index.js';

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
