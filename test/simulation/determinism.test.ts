import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeResults, simulate } from '../../src/index.js';
import { buildScenario, dated, teachers } from './fixtures.js';

const scenario = buildScenario({
  educators: [
    ...teachers(40, 's1', 'a'),
    ...teachers(25, 's2', 'b').map((e) => {
      const { segment: _dropped, ...rest } = e;
      return rest;
    }),
  ],
  offerings: [
    dated('seminar', 'seminar-series', ['2027-05-10', '2027-06-14'], {
      seatsPerSchool: 3,
    }),
    dated('open', 'opt-in-session', ['2027-05-11', '2027-06-08'], {
      capacity: 12,
    }),
  ],
});

describe('determinism and merging', () => {
  it('gives the same result for the same seed, bit for bit', () => {
    const a = simulate(scenario, { seed: 9, replications: 6 });
    const b = simulate(scenario, { seed: 9, replications: 6 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives a different result for another seed', () => {
    const a = simulate(scenario, { seed: 9, replications: 6 });
    const b = simulate(scenario, { seed: 10, replications: 6 });
    expect(a.state.dailySums).not.toEqual(b.state.dailySums);
  });

  it('merges any split of the replications into exactly one run', () => {
    const total = 12;
    const whole = simulate(scenario, { seed: 4, replications: total });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: total - 1 }), (cut) => {
        const first = simulate(scenario, { seed: 4, replications: cut });
        const second = simulate(scenario, {
          seed: 4,
          replications: total - cut,
          replicationOffset: cut,
        });
        const merged = mergeResults(second, first);
        expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
      }),
      { numRuns: 6 },
    );
  });

  it('refuses to merge overlapping replications', () => {
    const a = simulate(scenario, { seed: 4, replications: 3 });
    expect(() => mergeResults(a, a)).toThrow(
      'replications 0–2 appear in both results',
    );
  });

  it('refuses to merge results of different seeds', () => {
    const a = simulate(scenario, { seed: 4, replications: 2 });
    const b = simulate(scenario, {
      seed: 5,
      replications: 2,
      replicationOffset: 2,
    });
    expect(() => mergeResults(a, b)).toThrow('different scenarios, seeds');
  });

  it('refuses to merge results of a scenario changed under the same name', () => {
    const a = simulate(scenario, { seed: 4, replications: 2 });
    const changed = { ...scenario, behaviour: { optIn: 0.5 } };
    const b = simulate(changed, {
      seed: 4,
      replications: 2,
      replicationOffset: 2,
    });
    expect(a.layout.scenario).toBe(b.layout.scenario);
    expect(a.layout.fingerprint).not.toBe(b.layout.fingerprint);
    expect(() => mergeResults(a, b)).toThrow('different scenarios, seeds');
  });

  it('keeps per-educator trajectories only when asked', () => {
    const plain = simulate(scenario, { seed: 4, replications: 2 });
    const kept = simulate(scenario, {
      seed: 4,
      replications: 2,
      trajectories: true,
    });
    expect(plain.state.trajectories).toBeUndefined();
    expect(kept.state.trajectories?.map((t) => t.firstDay.length)).toEqual([
      65, 65,
    ]);
  });
});
