import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/index.js';
import { simulateParallel, splitRange } from '../../src/node/index.js';
import { buildScenario, dated, teachers } from '../simulation/fixtures.js';

const scenario = buildScenario({
  educators: [...teachers(50, 's1', 'a'), ...teachers(50, 's2', 'b')],
  offerings: [
    dated('seminar', 'seminar-series', ['2027-05-10'], { seatsPerSchool: 3 }),
    dated('open', 'opt-in-session', ['2027-05-11', '2027-06-08']),
  ],
});

describe('simulateParallel', () => {
  it('gives, bit for bit, the result of one thread', async () => {
    const options = { seed: 8, replications: 9 };
    const progress: number[] = [];
    const parallel = await simulateParallel(scenario, {
      ...options,
      workers: 2,
      onProgress: ({ done }) => progress.push(done),
    });
    const single = simulate(scenario, options);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
    expect(progress.at(-1)).toBe(9);
  });

  it('rejects bad options with the same issues as simulate', async () => {
    await expect(
      simulateParallel(scenario, { seed: 1, replications: 0, workers: 2 }),
    ).rejects.toThrow('run at least 1 replication, received 0');
  });

  it('splits replications into near-equal ranges', () => {
    expect(splitRange(0, 10, 3)).toEqual([
      [0, 4],
      [4, 3],
      [7, 3],
    ]);
    expect(splitRange(50, 2, 8)).toEqual([
      [50, 1],
      [51, 1],
    ]);
  });
});
