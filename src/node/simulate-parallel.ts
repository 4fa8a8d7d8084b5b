import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ReachplanIssue, SafeResult } from '../model/issues.js';
import { ReachplanError } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { mergeResults } from '../simulation/merge.js';
import type { SimulateOptions } from '../simulation/options.js';
import { safeParseSimulateOptions } from '../simulation/options.js';
import type { SimulationResult } from '../simulation/result.js';
import type { ReplicationTask } from './worker.js';

/**
 * Options of {@link simulateParallel}: those of `simulate`, and how many
 * worker threads to use.
 *
 * @example
 * ```ts
 * const options: SimulateParallelOptions = { seed: 1, replications: 1000, workers: 4 };
 * ```
 */
export interface SimulateParallelOptions extends SimulateOptions {
  /** Worker threads; the machine's available parallelism by default. */
  readonly workers?: number | undefined;
}

/**
 * Simulates on worker threads: the replications are split into one range
 * per worker, each range runs through a piscina pool, and the results are
 * merged. Because every sum is exact and every stream is keyed by
 * replication, the result is bit-identical to `simulate` on one thread.
 *
 * `onProgress` is called as ranges finish; an aborted signal cancels the
 * ranges still running and rejects with a ReachplanError.
 *
 * @param scenario - a parsed scenario.
 * @param options - as for `simulate`, plus `workers`.
 * @returns the merged result.
 * @throws {@link index!ReachplanError} for bad options or scenarios, or an abort.
 * @example
 * ```ts
 * import { simulateParallel } from 'reachplan/node';
 * const result = await simulateParallel(scenario, { seed: 1, replications: 1000, workers: 4 });
 * result.replications; // 1000
 * ```
 */
export async function simulateParallel(
  scenario: Scenario,
  options: SimulateParallelOptions,
): Promise<SimulationResult> {
  const { workers, ...rest } = options;
  const parsed = safeParseSimulateOptions(rest);
  const workerIssues = checkWorkers(workers);
  if (!parsed.success || workerIssues.length > 0) {
    throw new ReachplanError([
      ...(parsed.success ? [] : parsed.issues),
      ...workerIssues,
    ]);
  }
  const { onProgress, signal, ...plain } = parsed.data;
  const threads = workers ?? availableParallelism();
  const ranges = splitRange(
    plain.replicationOffset ?? 0,
    plain.replications,
    threads,
  );

  const pool = new Piscina({
    filename: workerFile(),
    minThreads: Math.min(threads, ranges.length),
    maxThreads: Math.min(threads, ranges.length),
    ...workerLoader(),
  });
  let done = 0;
  try {
    const results = await Promise.all(
      ranges.map(async ([start, count]) => {
        const task: ReplicationTask = {
          scenario,
          options: { ...plain, replications: count, replicationOffset: start },
        };
        const outcome: SafeResult<SimulationResult> = await pool.run(task, {
          ...(signal ? { signal } : {}),
        });
        if (!outcome.success) throw new ReachplanError(outcome.issues);
        const result = outcome.data;
        done += count;
        onProgress?.({ done, total: plain.replications });
        return result;
      }),
    );
    return results.reduce((merged, next) => mergeResults(merged, next));
  } catch (error) {
    throw asReachplanError(error, signal);
  } finally {
    await pool.destroy();
  }
}

// A whole number of threads from 1 to 1,024, or missing.
function checkWorkers(workers: unknown): ReachplanIssue[] {
  if (workers === undefined) return [];
  if (
    Number.isInteger(workers) &&
    Number(workers) >= 1 &&
    Number(workers) <= 1024
  ) {
    return [];
  }
  return [
    {
      code: 'invalid_workers',
      path: ['options', 'workers'],
      message: `expected a whole number of workers from 1 to 1,024, received ${String(workers)}`,
    },
  ];
}

/**
 * Splits `count` replications from `offset` into at most `parts` ranges of
 * near-equal size, as `[start, count]` pairs.
 *
 * @param offset - the first replication.
 * @param count - how many replications.
 * @param parts - how many ranges at most.
 * @returns the ranges in order.
 * @example
 * ```ts
 * splitRange(0, 10, 3); // [[0, 4], [4, 3], [7, 3]]
 * ```
 */
export function splitRange(
  offset: number,
  count: number,
  parts: number,
): [number, number][] {
  const n = Math.max(1, Math.min(parts, count));
  const ranges: [number, number][] = [];
  let start = offset;
  for (let k = 0; k < n; k += 1) {
    const size = Math.floor(count / n) + (k < count % n ? 1 : 0);
    ranges.push([start, size]);
    start += size;
  }
  return ranges;
}

// The worker sits beside this module: worker.js (ESM), worker.cjs (CJS),
// or worker.ts when running from source under tsx or vitest.
function here(): string {
  return typeof __filename === 'string'
    ? __filename
    : fileURLToPath(import.meta.url);
}

function workerFile(): string {
  const self = here();
  return join(dirname(self), `worker${extname(self)}`);
}

// From source the worker is TypeScript: load it through tsx.
function workerLoader(): { execArgv?: string[] } {
  return extname(here()) === '.ts' ? { execArgv: ['--import', 'tsx'] } : {};
}

function asReachplanError(error: unknown, signal?: AbortSignal): unknown {
  if (error instanceof ReachplanError || !signal?.aborted) return error;
  return new ReachplanError(
    [
      {
        code: 'aborted',
        path: ['options', 'signal'],
        message: 'the parallel simulation was aborted',
      },
    ],
    { cause: error },
  );
}
