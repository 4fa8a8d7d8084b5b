import { z } from 'zod';
import type { SafeResult } from '../model/issues.js';
import { localDateSchema } from '../model/primitives.js';
import { safeParseWith } from '../model/zod-issues.js';

/**
 * Progress reported after each replication.
 *
 * @example
 * ```ts
 * const progress: SimulationProgress = { done: 10, total: 100 };
 * ```
 */
export interface SimulationProgress {
  /** Replications finished so far in this call. */
  readonly done: number;
  /** Replications this call runs. */
  readonly total: number;
}

/**
 * The simulated period: academic year ids, or a date range (both ends
 * inclusive). The first academic year when missing.
 *
 * @example
 * ```ts
 * const byYears: SimulationHorizon = ['2027', '2028'];
 * const byDates: SimulationHorizon = { from: '2027-04-01', to: '2027-12-31' };
 * ```
 */
export type SimulationHorizon =
  | readonly string[]
  | {
      /** First day, `YYYY-MM-DD`. */
      readonly from: string;
      /** Last day, inclusive. */
      readonly to: string;
    };

const horizonSchema = z.union([
  z.array(z.string().min(1)).min(1, 'name at least one academic year'),
  z.strictObject({
    /** First day, `YYYY-MM-DD`. */
    from: localDateSchema,
    /** Last day, inclusive. */
    to: localDateSchema,
  }),
]);

/**
 * Options of {@link simulate}. Validated with zod: every problem is
 * reported at once, with its path under `options`.
 *
 * @example
 * ```ts
 * simulateOptionsSchema.parse({ seed: 42, replications: 100 });
 * ```
 */
export const simulateOptionsSchema = z.strictObject({
  /** Any safe integer; the same seed gives the same result bit for bit. */
  seed: z.int('expected an integer seed'),
  /** How many replications, from 1 to 100,000. */
  replications: z
    .int('expected a whole number of replications')
    .min(1, 'run at least 1 replication')
    .max(100_000, 'run at most 100,000 replications in one call'),
  /** The first replication's number, for splitting a run; 0 by default. */
  replicationOffset: z
    .int('expected a whole replication offset')
    .min(0, 'expected an offset of 0 or more')
    .max(2 ** 31, 'expected an offset below 2^31')
    .optional(),
  /** Years or dates to simulate; the first academic year by default. */
  horizon: horizonSchema.optional(),
  /** Keep each replication's per-educator outcome (memory grows). */
  trajectories: z.boolean().optional(),
  /** Called after each replication. */
  onProgress: z
    .custom<(progress: SimulationProgress) => void>(
      (value) => typeof value === 'function',
      'expected a function',
    )
    .optional(),
  /** Checked between replications; an aborted run throws. */
  signal: z
    .custom<AbortSignal>(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        'aborted' in value &&
        typeof value.aborted === 'boolean',
      'expected an AbortSignal',
    )
    .optional(),
});

/**
 * Options of {@link simulate}.
 *
 * @example
 * ```ts
 * const options: SimulateOptions = { seed: 7, replications: 200, horizon: ['2027'] };
 * ```
 */
export interface SimulateOptions {
  /** Any safe integer; the same seed gives the same result bit for bit. */
  readonly seed: number;
  /** How many replications, from 1 to 100,000. */
  readonly replications: number;
  /** The first replication's number, for splitting a run; 0 by default. */
  readonly replicationOffset?: number | undefined;
  /** Years or dates to simulate; the first academic year by default. */
  readonly horizon?: SimulationHorizon | undefined;
  /** Keep each replication's per-educator outcome (memory grows). */
  readonly trajectories?: boolean | undefined;
  /** Called after each replication. */
  readonly onProgress?: ((progress: SimulationProgress) => void) | undefined;
  /** Checked between replications; an aborted run throws. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Validates simulation options.
 *
 * @internal
 */
export function safeParseSimulateOptions(
  input: unknown,
): SafeResult<SimulateOptions> {
  return safeParseWith(simulateOptionsSchema, input, ['options']);
}
