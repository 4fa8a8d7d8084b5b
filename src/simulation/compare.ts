import type { SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { metricIndex, SHARE_SCALE } from './layout.js';
import type { SimulateOptions } from './options.js';
import type { SimulationResult, Summary } from './result.js';
import { safeSimulate } from './simulate.js';
import { summarize } from './summarise.js';

/**
 * One scenario's paired difference from the first scenario, replication by
 * replication (common random numbers make these tighter than the gap
 * between two independent runs).
 *
 * @example
 * ```ts
 * comparison.differences[1]?.reached.mean; // e.g. +0.12 reach at the end
 * ```
 */
export interface ScenarioDifference {
  /** The scenario's name. */
  readonly name: string;
  /** Reach at the horizon's end minus the first scenario's. */
  readonly reached: Summary;
  /** Effective reach at the end minus the first scenario's. */
  readonly effective: Summary;
  /** Facilitator hours minus the first scenario's. */
  readonly facilitatorHours: Summary;
}

/**
 * The results of several scenarios run on the same random numbers.
 *
 * @example
 * ```ts
 * comparison.results.map((r) => r.end.reached.mean);
 * ```
 */
export interface ScenarioComparison {
  /** One result per scenario, in the order given. */
  readonly results: readonly SimulationResult[];
  /** Per scenario, the paired difference from the first (zero for it). */
  readonly differences: readonly ScenarioDifference[];
}

/**
 * Runs scenarios with the same seed and horizon and compares them. Each
 * purpose draws from a stream keyed by (seed, replication, purpose, id),
 * so draws the scenarios share (the same offering, the same roster) are
 * the same numbers: a difference comes from the plans, not from luck.
 *
 * @param scenarios - two or more parsed scenarios; the first is the base.
 * @param options - as for {@link simulate}.
 * @returns the results and the paired differences from the first.
 * @throws {@link ReachplanError} when a scenario or the options are bad.
 * @example
 * ```ts
 * const { differences } = compareScenarios([today, withPods], { seed: 1, replications: 200 });
 * differences[1]?.reached.p5; // > 0 when pods reliably add reach
 * ```
 */
export function compareScenarios(
  scenarios: readonly Scenario[],
  options: SimulateOptions,
): ScenarioComparison {
  return unwrapResult(safeCompareScenarios(scenarios, options));
}

/**
 * {@link compareScenarios} returning issues instead of throwing.
 *
 * @param scenarios - two or more parsed scenarios; the first is the base.
 * @param options - as for {@link simulate}.
 * @returns the comparison, or the issues, each path led by the scenario's
 *   position.
 * @example
 * ```ts
 * const outcome = safeCompareScenarios([a, b], { seed: 1, replications: 50 });
 * ```
 */
export function safeCompareScenarios(
  scenarios: readonly Scenario[],
  options: SimulateOptions,
): SafeResult<ScenarioComparison> {
  const results: SimulationResult[] = [];
  for (const [k, scenario] of scenarios.entries()) {
    const outcome = safeSimulate(scenario, options);
    if (!outcome.success) {
      const issues = outcome.issues.map((issue) => ({
        ...issue,
        path: ['scenarios', k, ...issue.path],
      }));
      return { success: false, issues };
    }
    results.push(outcome.data);
  }

  const base = results[0];
  const differences = results.map((result) =>
    difference(result, base ?? result),
  );
  return { success: true, data: { results, differences } };
}

function difference(
  result: SimulationResult,
  base: SimulationResult,
): ScenarioDifference {
  const endOf = (r: SimulationResult, k: number) => {
    const index = metricIndex(r.layout);
    const at = (r.layout.checkpoints.length - 1) * index.checkpointWidth;
    return r.state.checkpoints.map((row) => row[at + k] ?? 0);
  };
  const paired = (k: (r: SimulationResult) => number, scale: number) => {
    const mine = endOf(result, k(result));
    const theirs = endOf(base, k(base));
    return summarize(
      mine.map((value, r) => value - (theirs[r] ?? 0)),
      scale,
    );
  };
  return {
    name: result.layout.scenario,
    reached: paired(() => 0, SHARE_SCALE),
    effective: paired(() => 1, SHARE_SCALE),
    facilitatorHours: paired(
      (r) => metricIndex(r.layout).facilitatorMinutes,
      60,
    ),
  };
}
