import { z } from 'zod';
import { idSchema } from '../model/primitives.js';
import { exemptionSchema, requirementScopeSchema } from './scope-schema.js';

const base = {
  /** Unique among the scenario's rules. */
  id: idSchema,
  /** A name for people: "At least one session per term". */
  name: z.string().min(1).max(300),
  /** A longer explanation. */
  description: z.string().max(2000).optional(),
  /** Who the rule applies to; everyone when missing. */
  scope: requirementScopeSchema.optional(),
  /** Educators excused, for good or between dates. */
  exemptions: z.array(exemptionSchema).max(100_000).optional(),
};

// Whether part-time staff get a target scaled by their fte.
const proRata = z.boolean().optional();

const categoryIds = z.array(idSchema).min(1).max(50);

/**
 * The period an hours or credits rule counts over: each term, each academic year, or
 * the rolling window of the last N months before the evaluation date.
 *
 * @example
 * ```ts
 * hoursPeriodSchema.parse({ kind: 'rolling', months: 12 });
 * ```
 */
export const hoursPeriodSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Each term of the calendar. */
    kind: z.literal('term'),
  }),
  z.strictObject({
    /** Each academic year. */
    kind: z.literal('year'),
  }),
  z.strictObject({
    /** The months before the evaluation day. */
    kind: z.literal('rolling'),
    /** Length of the window in calendar months. */
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
 * - `credits-per-period`: at least `credits` credit hours per term, year
 *   or rolling window, earned by taking offerings that grant
 *   `creditHours` (each session attended, each course completed);
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
 * Pro-rata (`proRata`, on by default for sessions, hours and credits): the
 * target of an educator with fte f is `ceil(target × f)` sessions, or
 * `target × f` hours rounded up to the minute (credits to the hundredth),
 * so nobody's target drops to zero and a
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
 * requirementSchema.parse({
 *   id: 'credits', name: 'Ten credit hours a year', kind: 'credits-per-period',
 *   credits: 10, period: { kind: 'year' },
 * });
 * ```
 */
export const requirementSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The kind of rule. */
    kind: z.literal('sessions-per-term'),
    ...base,
    /** Sessions needed in every term. */
    sessions: z.int().min(1).max(500),
    /** Only sessions of offerings in these categories count. */
    categoryIds: categoryIds.optional(),
    /** Scale the target by fte; true when missing. */
    proRata,
  }),
  z.strictObject({
    /** The kind of rule. */
    kind: z.literal('hours-per-period'),
    ...base,
    /** Hours needed per period. */
    hours: z.number().gt(0).max(5000),
    /** The period the hours are counted over. */
    period: hoursPeriodSchema,
    /** Only records of offerings in these categories count. */
    categoryIds: categoryIds.optional(),
    /** Scale the target by fte; true when missing. */
    proRata,
  }),
  z.strictObject({
    /** The kind of rule. */
    kind: z.literal('credits-per-period'),
    ...base,
    /** Credit hours needed per period. */
    credits: z.number().gt(0).max(5000),
    /** The period the credits are counted over. */
    period: hoursPeriodSchema,
    /** Only offerings in these categories count. */
    categoryIds: categoryIds.optional(),
    /** Scale the target by fte; true when missing. */
    proRata,
  }),
  z.strictObject({
    /** The kind of rule. */
    kind: z.literal('offering-per-year'),
    ...base,
    /** The offering to take once a year. */
    offeringId: idSchema.optional(),
    /** Or: any offering of this category, once a year. */
    categoryId: idSchema.optional(),
  }),
  z.strictObject({
    /** The kind of rule. */
    kind: z.literal('category-coverage'),
    ...base,
    /** One offering of each of these categories per year. */
    categoryIds,
  }),
  z.strictObject({
    /** The kind of rule. */
    kind: z.literal('certification'),
    ...base,
    /** The offering that certifies. */
    offeringId: idSchema,
    /** Months a completion stays valid. */
    validMonths: z.int().min(1).max(240),
    /** Days before the lapse in which renewal is due. */
    renewalWindowDays: z.int().min(0).max(3650),
  }),
  z.strictObject({
    /** The kind of rule. */
    kind: z.literal('department-monthly'),
    ...base,
    /** Only department PD of these categories counts. */
    categoryIds: categoryIds.optional(),
    /** Members who must attend for the PD to count as held; 1 when missing. */
    minAttendees: z.int().min(1).max(1000).optional(),
  }),
  z.strictObject({
    /** The kind of rule. */
    kind: z.literal('trained-leaders'),
    ...base,
    /** The offering that trains a leader. */
    offeringId: idSchema,
    /** Trained leaders needed in each school. */
    leaders: z.int().min(1).max(10_000),
  }),
]);

/** A requirement rule such as "one session per term". */
export type Requirement = z.infer<typeof requirementSchema>;
/** The kind of a requirement rule, such as `sessions-per-term`. */
export type RequirementKind = Requirement['kind'];
/** The period of an hours or credits rule. */
export type HoursPeriod = z.infer<typeof hoursPeriodSchema>;
/** A rule with one verdict per educator. */
export type IndividualRequirement = Exclude<
  Requirement,
  {
    /** The group kinds. */
    kind: 'department-monthly' | 'trained-leaders';
  }
>;
/** A rule with one verdict per department or school. */
export type GroupRequirement = Extract<
  Requirement,
  {
    /** The group kinds. */
    kind: 'department-monthly' | 'trained-leaders';
  }
>;
