import type { SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { SHARE_SCALE } from './layout.js';
import type { SimulateOptions } from './options.js';
import type { SimulationResult, Summary } from './result.js';
import type { RowWatcher } from './simulate.js';
import { simulateWatching } from './simulate.js';
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
  if (scenarios.length < 2) {
    const issue = {
      code: 'too_few_scenarios',
      path: ['scenarios'],
      message: `compare two or more scenarios, received ${scenarios.length}`,
    };
    return { success: false, issues: [issue] };
  }

  const results: SimulationResult[] = [];
  const ends: EndFigures[] = [];
  for (const [k, scenario] of scenarios.entries()) {
    const end = new EndFigures();
    const outcome = simulateWatching(scenario, options, end.watcher());
    if (!outcome.success) {
      const issues = outcome.issues.map((issue) => ({
        ...issue,
        path: ['scenarios', k, ...issue.path],
      }));
      return { success: false, issues };
    }
    results.push(outcome.data);
    ends.push(end);
  }

  const base = ends[0];
  const differences = results.map((result, k) =>
    difference(result.layout.scenario, ends[k], base),
  );
  return { success: true, data: { results, differences } };
}

// Each replication's reach, effective reach and facilitator minutes at the
// horizon's end: three numbers a replication, whatever the state keeps,
// so plans pair replication by replication.
class EndFigures {
  readonly reached: number[] = [];
  readonly effective: number[] = [];
  readonly facilitatorMinutes: number[] = [];

  watcher(): RowWatcher {
    return (_replication, row, index) => {
      // The horizon's end is the last checkpoint of the row.
      const at = row.length - index.checkpointWidth;
      this.reached.push(row[at] ?? 0);
      this.effective.push(row[at + 1] ?? 0);
      this.facilitatorMinutes.push(row[at + index.facilitatorMinutes] ?? 0);
    };
  }
}

function difference(
  name: string,
  mine: EndFigures | undefined,
  theirs: EndFigures | undefined,
): ScenarioDifference {
  const paired = (pick: (e: EndFigures) => number[], scale: number) => {
    const a = mine ? pick(mine) : [];
    const b = theirs ? pick(theirs) : [];
    return summarize(
      a.map((value, r) => value - (b[r] ?? 0)),
      scale,
    );
  };
  return {
    name,
    reached: paired((e) => e.reached, SHARE_SCALE),
    effective: paired((e) => e.effective, SHARE_SCALE),
    facilitatorHours: paired((e) => e.facilitatorMinutes, 60),
  };
}
