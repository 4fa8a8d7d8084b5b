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

describe('simulateParallel on real worker threads', () => {
  const options = {
    seed: 8,
    replications: 7,
    replicationOffset: 30,
    trajectories: true,
  };
  const single = JSON.stringify(simulate(scenario, options));

  it('gives the one-thread result of an offset range whatever the number of workers', async () => {
    for (const workers of [1, 3]) {
      const parallel = await simulateParallel(scenario, {
        ...options,
        workers,
      });
      expect(JSON.stringify(parallel)).toBe(single);
      expect(parallel.state.replicationRanges).toEqual([[30, 37]]);
      expect(parallel.state.trajectories?.map((t) => t.replication)).toEqual([
        30, 31, 32, 33, 34, 35, 36,
      ]);
    }
  });

  it('rejects with an aborted issue when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      simulateParallel(scenario, {
        seed: 1,
        replications: 4,
        workers: 2,
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({
      issues: [
        {
          code: 'aborted',
          path: ['options', 'signal'],
          message: 'the parallel simulation was aborted',
        },
      ],
    });
  });

  it('passes scenario issues from a worker back as a ReachplanError', async () => {
    await expect(
      simulateParallel(scenario, {
        seed: 1,
        replications: 2,
        workers: 2,
        horizon: ['2031'],
      }),
    ).rejects.toThrow('academic year "2031" is not in the calendar');
  });

  it('refuses a number of workers that is not a whole number from 1', async () => {
    for (const workers of [2.5, Number.NaN, 0]) {
      await expect(
        simulateParallel(scenario, { seed: 1, replications: 10, workers }),
      ).rejects.toMatchObject({
        issues: [
          {
            code: 'invalid_workers',
            path: ['options', 'workers'],
            message: `expected a whole number of workers from 1 to 1,024, received ${workers}`,
          },
        ],
      });
    }
  });
});
