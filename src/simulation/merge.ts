import { ReachplanError } from '../model/issues.js';
import { rowLimit, SketchBuilder, sketchShape } from './checkpoint-sketch.js';
import type { SimulationLayout } from './layout.js';
import { metricIndex } from './layout.js';
import type { SimulationResult } from './result.js';
import type { SimulationState } from './state.js';
import { summarise } from './summarise.js';

/**
 * Combines the results of two runs of the same scenario, seed and horizon
 * over disjoint replications. Every sum is an integer, so the merge equals,
 * bit for bit, the result of one run over all the replications: replications
 * 0–49 merged with 50–99 give exactly the result of 0–99.
 *
 * @param a - one result.
 * @param b - another result of the same scenario, seed and horizon.
 * @returns the combined result.
 * @throws {@link ReachplanError} when the layouts differ or the replication
 * ranges overlap.
 * @example
 * ```ts
 * const first = simulate(scenario, { seed: 1, replications: 50 });
 * const second = simulate(scenario, { seed: 1, replications: 50, replicationOffset: 50 });
 * const all = mergeResults(first, second); // same as replications: 100
 * all.replications; // 100
 * ```
 */
export function mergeResults(
  a: SimulationResult,
  b: SimulationResult,
): SimulationResult {
  if (JSON.stringify(a.layout) !== JSON.stringify(b.layout)) {
    throw new ReachplanError([
      {
        code: 'incompatible_results',
        path: ['layout'],
        message:
          'the results come from different scenarios, seeds or horizons ' +
          `("${a.layout.scenario}" ${a.layout.fingerprint} seed ` +
          `${a.layout.seed}, "${b.layout.scenario}" ` +
          `${b.layout.fingerprint} seed ${b.layout.seed})`,
      },
    ]);
  }
  if (
    (a.state.trajectories === undefined) !==
    (b.state.trajectories === undefined)
  ) {
    throw new ReachplanError([
      {
        code: 'incompatible_results',
        path: ['state', 'trajectories'],
        message:
          'one result keeps per-educator trajectories and the other does ' +
          'not; run both with the same trajectories option',
      },
    ]);
  }
  return summarise(a.layout, mergeStates(a.layout, a.state, b.state));
}

function mergeStates(
  layout: SimulationLayout,
  a: SimulationState,
  b: SimulationState,
): SimulationState {
  const ranges = [...a.replicationRanges, ...b.replicationRanges].sort(
    (x, y) => x[0] - y[0],
  );
  for (let k = 1; k < ranges.length; k += 1) {
    const previous = ranges[k - 1] as readonly [number, number];
    const current = ranges[k] as readonly [number, number];
    if (current[0] < previous[1]) {
      throw new ReachplanError([
        {
          code: 'overlapping_replications',
          path: ['state', 'replicationRanges'],
          message:
            `replications ${current[0]}–${previous[1] - 1} appear in both ` +
            'results; run disjoint ranges with replicationOffset',
        },
      ]);
    }
  }

  const checkpoints = mergeCheckpoints(layout, a, b);
  const trajectories = [
    ...(a.trajectories ?? []),
    ...(b.trajectories ?? []),
  ].sort((x, y) => x.replication - y.replication);

  const state: SimulationState = {
    replicationRanges: joinRanges(ranges),
    dailySums: add(a.dailySums, b.dailySums),
    dailyHistogram: add(a.dailyHistogram, b.dailyHistogram),
    dailyLowest: pairwise(a.dailyLowest, b.dailyLowest, Math.min),
    dailyHighest: pairwise(a.dailyHighest, b.dailyHighest, Math.max),
    checkpoints: checkpoints.checkpoints,
    educatorReached: add(a.educatorReached, b.educatorReached),
    // The same keys in the same order as a single run's state.
    ...(checkpoints.checkpointSketch
      ? { checkpointSketch: checkpoints.checkpointSketch }
      : {}),
  };
  return trajectories.length === 0 ? state : { ...state, trajectories };
}

// Rows stay rows while together they fit the budget, in replication
// order; otherwise both sides go into one sketch, as a single run over
// all the replications would have done.
function mergeCheckpoints(
  layout: SimulationLayout,
  a: SimulationState,
  b: SimulationState,
): Pick<SimulationState, 'checkpoints' | 'checkpointSketch'> {
  const index = metricIndex(layout);
  const rows = a.checkpoints.length + b.checkpoints.length;
  const sketched = a.checkpointSketch || b.checkpointSketch;
  if (!sketched && rows <= rowLimit(layout, index)) {
    const sorted = [...withReplications(a), ...withReplications(b)].sort(
      (x, y) => x[0] - y[0],
    );
    return { checkpoints: sorted.map(([, row]) => row) };
  }

  const builder = new SketchBuilder(sketchShape(layout, index));
  for (const state of [a, b]) {
    if (state.checkpointSketch) builder.addSketch(state.checkpointSketch);
    for (const row of state.checkpoints) builder.add(row);
  }
  return { checkpoints: [], checkpointSketch: builder.finish() };
}

function withReplications(
  state: SimulationState,
): [number, readonly number[]][] {
  const numbers = state.replicationRanges.flatMap(([start, end]) =>
    Array.from({ length: end - start }, (_, k) => start + k),
  );
  return state.checkpoints.map((row, k) => [numbers[k] ?? 0, row]);
}

function joinRanges(
  sorted: readonly (readonly [number, number])[],
): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === start) last[1] = end;
    else out.push([start, end]);
  }
  return out;
}

function add(x: readonly number[], y: readonly number[]): number[] {
  return pairwise(x, y, (a, b) => a + b);
}

function pairwise(
  x: readonly number[],
  y: readonly number[],
  combine: (a: number, b: number) => number,
): number[] {
  return x.map((value, k) => {
    const other = y[k];
    return other === undefined ? value : combine(value, other);
  });
}
