import { z } from 'zod';
import { localDateSchema } from '../model/primitives.js';

const values = <T extends z.ZodType>(value: T) =>
  z.array(value).min(1, 'give at least one value to try').max(100).optional();

const probability = z
  .number()
  .min(0, 'expected a probability from 0 to 1')
  .max(1, 'expected a probability from 0 to 1');

/**
 * The values a sweep may try, each list checked like the scenario field it
 * replaces: pod sizes are whole numbers from 1 to 1,000, fidelity kept is
 * in (0, 1], opt-in rates in [0, 1], and sessions per week 1 to 5.
 *
 * @example
 * ```ts
 * sweepGridSchema.parse({ podSize: [4, 6, 8], optInRate: [0.05, 0.1] });
 * ```
 */
export const sweepGridSchema = z.strictObject({
  /** Largest pod (members per leader) in every cascade and community. */
  podSize: values(z.int().min(1).max(1000)),
  /** Share of fidelity kept per cascade level. */
  fidelityKept: values(
    z
      .number()
      .gt(0, 'expected a share above 0 and at most 1')
      .max(1, 'expected a share above 0 and at most 1'),
  ),
  /** Chance of opting in to one open session, for everyone. */
  optInRate: values(probability),
  /** Opt-in sessions per week. */
  sessionsPerWeek: values(z.int().min(1).max(5)),
});

/**
 * The goal of a sweep, checked: a share from 0 to 1 and a real date.
 *
 * @example
 * ```ts
 * sweepTargetSchema.parse({ share: 0.9, by: '2028-03-15' });
 * ```
 */
export const sweepTargetSchema = z.strictObject({
  /** Share of educators to reach, 0 to 1. */
  share: probability,
  /** Date by which to reach it, `YYYY-MM-DD`. */
  by: localDateSchema,
  /** `mean` (default) or `p5`. */
  confidence: z.enum(['mean', 'p5']).optional(),
  /** `reached` (default) or `effective`. */
  measure: z.enum(['reached', 'effective']).optional(),
  /** The cost to minimise; facilitator hours by default. */
  cost: z.enum(['facilitatorHours', 'substituteDays', 'seatHours']).optional(),
});
