import { describe, expect, it } from 'vitest';
import { mergeResults, simulate } from '../../src/index.js';
import { ROW_BUDGET } from '../../src/simulation/checkpoint-sketch.js';
import { metricIndex } from '../../src/simulation/layout.js';
import { buildScenario, certain, dated, teachers } from './fixtures.js';

// 2,000 one-teacher schools make each replication's checkpoint row wide,
// so a few hundred replications pass the row budget.
const schools = Array.from({ length: 2000 }, (_, k) => `s${k}`);
const scenario = buildScenario({
  educators: schools.flatMap((school) => teachers(1, school, `${school}-`)),
  schools,
  offerings: [dated('open', 'opt-in-session', ['2027-05-11', '2027-06-08'])],
  behaviour: { ...certain, optIn: 0.3 },
});

describe('checkpoint figures past the row budget', () => {
  const whole = simulate(scenario, { seed: 2, replications: 300 });
  const index = metricIndex(whole.layout);
  const rowWidth = index.checkpointWidth * whole.layout.checkpoints.length;
  const limit = Math.floor(ROW_BUDGET / rowWidth);

  it('stop keeping a row per replication and keep a sketch instead', () => {
    expect(limit).toBeLessThan(300);
    expect(whole.state.checkpoints).toEqual([]);
    expect(whole.state.checkpointSketch?.count).toBe(300);
    expect(whole.end.reached.replications).toBe(300);
  });

  it('keep the mean exact and the percentiles within 1/256 of the rows', () => {
    const exact = simulate(scenario, {
      seed: 2,
      replications: 300,
      trajectories: true,
    });
    const shares = (exact.state.trajectories ?? [])
      .map((t) => t.firstDay.filter((day) => day >= 0).length / 2000)
      .sort((a, b) => a - b);
    const mean = shares.reduce((sum, share) => sum + share, 0) / 300;
    const at = (p: number) => {
      const rank = 299 * p;
      const low = shares[Math.floor(rank)] ?? 0;
      const high = shares[Math.ceil(rank)] ?? 0;
      return low + (high - low) * (rank - Math.floor(rank));
    };

    // Shares are kept in units of 2^-24: the mean is exact to that.
    expect(Math.abs(whole.end.reached.mean - mean)).toBeLessThan(2 ** -24);
    expect(Math.abs(whole.end.reached.p5 - at(0.05))).toBeLessThan(1 / 256);
    expect(Math.abs(whole.end.reached.p50 - at(0.5))).toBeLessThan(1 / 256);
    expect(Math.abs(whole.end.reached.p95 - at(0.95))).toBeLessThan(1 / 256);
  });

  it('merge from any split, rows or sketches, into exactly one run', () => {
    for (const cut of [150, limit]) {
      const first = simulate(scenario, { seed: 2, replications: cut });
      const second = simulate(scenario, {
        seed: 2,
        replications: 300 - cut,
        replicationOffset: cut,
      });
      expect(JSON.stringify(mergeResults(second, first))).toBe(
        JSON.stringify(whole),
      );
    }
  });
});
