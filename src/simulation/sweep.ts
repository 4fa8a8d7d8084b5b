import { compileCalendar } from '../calendar/compile-calendar.js';
import { fromEpochDay, toEpochDay } from '../calendar/local-date.js';
import type { ReachplanIssue, SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { safeParseWith } from '../model/zod-issues.js';
import type { DaySpan } from './horizon.js';
import { resolveHorizon } from './horizon.js';
import type { SimulateOptions } from './options.js';
import type { Summary } from './result.js';
import { safeSimulate } from './simulate.js';
import type { SweepGrid, SweepPoint } from './sweep-apply.js';
import { applyPoint, gridPoints } from './sweep-apply.js';
import { sweepGridSchema, sweepTargetSchema } from './sweep-schema.js';

/**
 * The goal of a sweep: reach `share` of educators by `by`.
 *
 * @example
 * ```ts
 * const target: SweepTarget = { share: 0.9, by: '2028-03-15', confidence: 'p5' };
 * ```
 */
export interface SweepTarget {
  /** Share of educators to reach, 0 to 1. */
  readonly share: number;
  /** Date by which to reach it, `YYYY-MM-DD` (the last simulated day on or before it counts). */
  readonly by: string;
  /** `mean` (default) or `p5`: the share reached in 95% of replications. */
  readonly confidence?: 'mean' | 'p5';
  /** `reached` (default) or fidelity-weighted `effective` reach. */
  readonly measure?: 'reached' | 'effective';
  /** The cost to minimise; facilitator hours by default. */
  readonly cost?: 'facilitatorHours' | 'substituteDays' | 'seatHours';
}

/**
 * One plan of the sweep with its outcome.
 *
 * @example
 * ```ts
 * sweepResult.points[0]?.meetsTarget; // true
 * ```
 */
export interface SweepOutcome {
  /** The grid values of this plan. */
  readonly point: SweepPoint;
  /** Reach on the target date: mean and percentiles. */
  readonly reachByDate: Omit<Summary, 'replications'>;
  /** The cost at the horizon's end. */
  readonly cost: Summary;
  /** Whether the plan meets the target. */
  readonly meetsTarget: boolean;
}

/**
 * Every plan of the grid, and the cheapest that meets the target.
 *
 * @example
 * ```ts
 * sweepResult.cheapest?.point; // { podSize: 6, optInRate: 0.1 }
 * ```
 */
export interface SweepResult {
  /** One outcome per grid combination. */
  readonly points: readonly SweepOutcome[];
  /** The cheapest outcome meeting the target, if any does. */
  readonly cheapest?: SweepOutcome;
}

/**
 * Runs a base scenario over a grid of parameters (pod size, fidelity kept,
 * opt-in rate, sessions per week) on common random numbers and answers
 * "which of these plans reaches X% by date D at the least cost?".
 *
 * @param base - a parsed scenario.
 * @param grid - the values to try; every combination runs.
 * @param options - simulation options and the target.
 * @returns each plan's reach by the date and cost, and the cheapest that
 *   meets the target.
 * @throws {@link ReachplanError} for bad options or a plan that cannot run.
 * @example
 * ```ts
 * const answer = sweep(scenario, { podSize: [4, 6], optInRate: [0.05, 0.1] }, {
 *   seed: 1, replications: 100, target: { share: 0.9, by: '2028-03-15' },
 * });
 * answer.cheapest?.cost.mean; // facilitator hours of the cheapest plan
 * ```
 */
export function sweep(
  base: Scenario,
  grid: SweepGrid,
  options: SimulateOptions & { readonly target: SweepTarget },
): SweepResult {
  return unwrapResult(safeSweep(base, grid, options));
}

/**
 * {@link sweep} returning issues instead of throwing.
 *
 * @param base - a parsed scenario.
 * @param grid - the values to try.
 * @param options - simulation options and the target.
 * @returns the sweep, or the issues found.
 * @example
 * ```ts
 * const outcome = safeSweep(scenario, { optInRate: [0.1] }, { seed: 1, replications: 10, target: { share: 0.5, by: '2027-12-20' } });
 * ```
 */
export function safeSweep(
  base: Scenario,
  grid: SweepGrid,
  options: SimulateOptions & { readonly target: SweepTarget },
): SafeResult<SweepResult> {
  const { target, ...simulateOptions } = options;
  const inputs = checkInputs(grid, target);
  if (!inputs.success) return inputs;
  const span = resolveHorizon(
    compileCalendar(base.district.calendar),
    simulateOptions.horizon,
  );
  if (!span.success) return span;
  const by = toEpochDay(target.by);
  if (by < span.data.first || by > span.data.last) {
    return outsideHorizon(target.by, span.data);
  }

  const points: SweepOutcome[] = [];
  for (const point of gridPoints(grid)) {
    const outcome = safeSimulate(applyPoint(base, point), simulateOptions);
    if (!outcome.success) return outcome;
    const result = outcome.data;

    const day = Math.max(0, lastDayBy(result.layout.dates, target.by));
    const series =
      target.measure === 'effective'
        ? result.daily.effective
        : result.daily.reached;
    const reachByDate = {
      mean: series.mean[day] ?? 0,
      p5: series.p5[day] ?? 0,
      p50: series.p50[day] ?? 0,
      p95: series.p95[day] ?? 0,
    };
    const measured =
      target.confidence === 'p5' ? reachByDate.p5 : reachByDate.mean;
    points.push({
      point,
      reachByDate,
      cost: result.end.cost[target.cost ?? 'facilitatorHours'],
      meetsTarget: measured >= target.share,
    });
  }

  const cheapest = points
    .filter((p) => p.meetsTarget)
    .reduce<SweepOutcome | undefined>(
      (best, p) =>
        best === undefined || p.cost.mean < best.cost.mean ? p : best,
      undefined,
    );
  return {
    success: true,
    data: cheapest === undefined ? { points } : { points, cheapest },
  };
}

function lastDayBy(dates: readonly string[], by: string): number {
  const limit = toEpochDay(by);
  let found = -1;
  dates.forEach((date, d) => {
    if (toEpochDay(date) <= limit) found = d;
  });
  return found;
}

// The grid and the target are checked like any input, every problem at
// once; the scenarios they make are checked again by simulate.
function checkInputs(
  grid: SweepGrid,
  target: SweepTarget,
): SafeResult<undefined> {
  const issues: ReachplanIssue[] = [];
  const checkedGrid = safeParseWith(sweepGridSchema, grid, ['grid']);
  if (!checkedGrid.success) issues.push(...checkedGrid.issues);
  const checkedTarget = safeParseWith(sweepTargetSchema, target, [
    'options',
    'target',
  ]);
  if (!checkedTarget.success) issues.push(...checkedTarget.issues);
  return issues.length === 0
    ? { success: true, data: undefined }
    : { success: false, issues };
}

function outsideHorizon(by: string, span: DaySpan): SafeResult<never> {
  const message =
    `the target date ${by} is outside the horizon, ` +
    `${fromEpochDay(span.first)} to ${fromEpochDay(span.last)}; ` +
    'set a horizon that holds it';
  return {
    success: false,
    issues: [
      {
        code: 'target_outside_horizon',
        path: ['options', 'target', 'by'],
        message,
      },
    ],
  };
}
