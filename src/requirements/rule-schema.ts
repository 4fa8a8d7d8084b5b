import { z } from 'zod';
import { idSchema } from '../model/primitives.js';
import { exemptionSchema, requirementScopeSchema } from './scope-schema.js';

const base = {
  id: idSchema,
  name: z.string().min(1).max(300),
  description: z.string().max(2000).optional(),
  /** Who the rule applies to; everyone when missing. */
  scope: requirementScopeSchema.optional(),
  exemptions: z.array(exemptionSchema).max(100_000).optional(),
};

/** Whether part-time staff get a target scaled by their fte; true when missing. */
const proRata = z.boolean().optional();

const categoryIds = z.array(idSchema).min(1).max(50);

/**
 * The period an hours rule counts over: each term, each academic year, or
 * the rolling window of the last N months before the evaluation date.
 *
 * @example
 * ```ts
 * hoursPeriodSchema.parse({ kind: 'rolling', months: 12 });
 * ```
 */
export const hoursPeriodSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('term') }),
  z.strictObject({ kind: z.literal('year') }),
  z.strictObject({
    kind: z.literal('rolling'),
    months: z.int().min(1).max(60),
  }),
]);

/**
 * A requirement rule, discriminated by `kind`. Plain JSON data.
 *
 * Individual rules (one verdict per educator):
 * - `sessions-per-term`: at least `sessions` sessions in every term,
 *   optionally only sessions of offerings in `categoryIds`;
 * - `hours-per-period`: at least `hours` hours per term, year or rolling
 *   window, from the minutes of every participation record;
 * - `offering-per-year`: the offering `offeringId`, or any offering of the
 *   category `categoryId`, once per academic year (name exactly one);
 * - `category-coverage`: one offering of each of `categoryIds` per year;
 * - `certification`: valid `validMonths` months after taking `offeringId`,
 *   renewable in the `renewalWindowDays` days before it expires.
 *
 * Group rules (one verdict per group):
 * - `department-monthly`: each department of each school holds at least
 *   one `department-pd` session a month (at least `minAttendees` of its
 *   members take part), optionally from `categoryIds`;
 * - `trained-leaders`: each school has at least `leaders` educators who
 *   took `offeringId`.
 *
 * Pro-rata (`proRata`, on by default for sessions and hours): the target of
 * an educator with fte f is `ceil(target × f)` sessions, or `target × f`
 * hours rounded up to the minute, so nobody's target drops to zero and a
 * part-timer never needs more than a full-timer. A partial exemption
 * scales the target the same way.
 *
 * @example
 * ```ts
 * requirementSchema.parse({
 *   id: 'one-per-term', name: 'At least one session per term',
 *   kind: 'sessions-per-term', sessions: 1,
 * });
 * requirementSchema.parse({
 *   id: 'six-hours', name: 'Six hours a year', kind: 'hours-per-period',
 *   hours: 6, period: { kind: 'year' }, scope: { roles: ['teacher'] },
 * });
 * ```
 */
export const requirementSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('sessions-per-term'),
    ...base,
    sessions: z.int().min(1).max(500),
    categoryIds: categoryIds.optional(),
    proRata,
  }),
  z.strictObject({
    kind: z.literal('hours-per-period'),
    ...base,
    hours: z.number().gt(0).max(5000),
    period: hoursPeriodSchema,
    categoryIds: categoryIds.optional(),
    proRata,
  }),
  z.strictObject({
    kind: z.literal('offering-per-year'),
    ...base,
    offeringId: idSchema.optional(),
    categoryId: idSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('category-coverage'),
    ...base,
    categoryIds,
  }),
  z.strictObject({
    kind: z.literal('certification'),
    ...base,
    offeringId: idSchema,
    validMonths: z.int().min(1).max(240),
    renewalWindowDays: z.int().min(0).max(3650),
  }),
  z.strictObject({
    kind: z.literal('department-monthly'),
    ...base,
    categoryIds: categoryIds.optional(),
    minAttendees: z.int().min(1).max(1000).optional(),
  }),
  z.strictObject({
    kind: z.literal('trained-leaders'),
    ...base,
    offeringId: idSchema,
    leaders: z.int().min(1).max(10_000),
  }),
]);

/** A requirement rule such as "one session per term". */
export type Requirement = z.infer<typeof requirementSchema>;
/** The kind of a requirement rule, such as `sessions-per-term`. */
export type RequirementKind = Requirement['kind'];
/** The period of an hours rule. */
export type HoursPeriod = z.infer<typeof hoursPeriodSchema>;
/** A rule with one verdict per educator. */
export type IndividualRequirement = Exclude<
  Requirement,
  { kind: 'department-monthly' | 'trained-leaders' }
>;
/** A rule with one verdict per department or school. */
export type GroupRequirement = Extract<
  Requirement,
  { kind: 'department-monthly' | 'trained-leaders' }
>;
