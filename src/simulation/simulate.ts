import type { ReachplanIssue, SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { safeCompileScenario } from './compile.js';
import type { MetricIndex } from './layout.js';
import { metricIndex } from './layout.js';
import type { SimulateOptions } from './options.js';
import { safeParseSimulateOptions } from './options.js';
import { ReplicationRunner } from './replication.js';
import type { SimulationResult } from './result.js';
import { Accumulator } from './state.js';
import { summarise } from './summarise.js';

/**
 * Simulates a scenario and returns every issue instead of throwing. See
 * {@link simulate}.
 *
 * @param scenario - a parsed scenario (see `parseScenario`).
 * @param options - seed, replications, horizon and callbacks.
 * @returns the result, or the issues with the options or the scenario.
 * @example
 * ```ts
 * const outcome = safeSimulate(scenario, { seed: 1, replications: 0 });
 * if (!outcome.success) outcome.issues[0]?.message; // 'run at least 1 replication, received 0'
 * ```
 */
export function safeSimulate(
  scenario: Scenario,
  options: SimulateOptions,
): SafeResult<SimulationResult> {
  return simulateWatching(scenario, options, undefined);
}

/**
 * Called with each replication's checkpoint row as it is made; the row
 * may be kept but must not be changed.
 *
 * @internal
 */
export type RowWatcher = (
  replication: number,
  row: Float64Array,
  index: MetricIndex,
) => void;

/**
 * {@link safeSimulate}, showing each replication's checkpoint row to
 * `watch`: `compareScenarios` pairs plans replication by replication this
 * way, whatever the state keeps.
 *
 * @internal
 */
export function simulateWatching(
  scenario: Scenario,
  options: SimulateOptions,
  watch: RowWatcher | undefined,
): SafeResult<SimulationResult> {
  const parsed = safeParseSimulateOptions(options);
  if (!parsed.success) return parsed;
  const { seed, replications, horizon, onProgress, signal } = parsed.data;
  const offset = parsed.data.replicationOffset ?? 0;

  const compiledResult = safeCompileScenario(scenario, seed, horizon);
  if (!compiledResult.success) return compiledResult;
  const { compiled, compliance } = compiledResult.data;

  const runner = new ReplicationRunner(compiled, compliance);
  const acc = new Accumulator(compiled.layout);
  const keep = parsed.data.trajectories ?? false;
  const index = metricIndex(compiled.layout);
  for (let r = 0; r < replications; r += 1) {
    if (signal?.aborted) return aborted(r, replications);
    const row = runner.run(seed, offset + r, acc, keep);
    watch?.(offset + r, row, index);
    onProgress?.({ done: r + 1, total: replications });
  }

  const state = acc.toState([offset, offset + replications]);
  return { success: true, data: summarise(compiled.layout, state) };
}

function aborted(done: number, total: number): SafeResult<never> {
  const issue: ReachplanIssue = {
    code: 'aborted',
    path: ['options', 'signal'],
    message: `the simulation was aborted after ${done} of ${total} replications`,
  };
  return { success: false, issues: [issue] };
}

/**
 * Simulates a school year, or several, for a scenario: who is reached,
 * when, through which channel, how well, at what cost, with the spread over
 * replications.
 *
 * The scenario is compiled once into typed arrays, then each replication
 * steps day by day through the horizon's school days (and any other day
 * with a session). Random streams are keyed by (seed, replication,
 * purpose), so the same seed gives the same result bit for bit however the
 * replications are split, and adding a channel leaves the others' draws
 * alone. The signal is checked between replications.
 *
 * @param scenario - a parsed scenario (see `parseScenario`).
 * @param options - seed, replications, horizon and callbacks.
 * @returns plain data: daily curves, term checkpoints, costs, equity and
 *   each educator's chance of being reached.
 * @throws {@link ReachplanError} for bad options (zero replications, a
 *   horizon outside the calendar, a seed that is not an integer), a
 *   scenario whose sessions or cascades cannot be planned, or an abort.
 * @example
 * ```ts
 * const result = simulate(exampleScenario(), { seed: 42, replications: 200 });
 * result.end.reached.mean; // e.g. 0.31
 * result.end.cost.facilitatorHours.p50; // e.g. 412
 * ```
 */
export function simulate(
  scenario: Scenario,
  options: SimulateOptions,
): SimulationResult {
  return unwrapResult(safeSimulate(scenario, options));
}
