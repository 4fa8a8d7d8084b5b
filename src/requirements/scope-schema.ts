import { z } from 'zod';
import { adopterSegmentSchema, roleSchema } from '../model/educator.js';
import { idSchema, localDateSchema } from '../model/primitives.js';
import { schoolLevelSchema } from '../model/school.js';

/**
 * Who a requirement applies to. Every list that is given must match (an
 * educator must hold one of the roles AND work at one of the schools …);
 * a missing list does not restrict, so a missing or empty scope means
 * everyone in the district.
 *
 * An educator without a `segment` never matches a `segments` list; an
 * educator matches `departments` when one of their departments is listed.
 *
 * @example
 * ```ts
 * requirementScopeSchema.parse({ roles: ['teacher'], levels: ['elementary'] });
 * requirementScopeSchema.parse({ educatorIds: ['e001', 'e002'] });
 * ```
 */
export const requirementScopeSchema = z.strictObject({
  /** Educators holding one of these roles. */
  roles: z.array(roleSchema).min(1).max(50).optional(),
  /** Educators of these schools. */
  schoolIds: z.array(idSchema).min(1).max(100_000).optional(),
  /** Educators in one of these departments. */
  departments: z.array(idSchema).min(1).max(500).optional(),
  /** Educators of schools at these levels. */
  levels: z.array(schoolLevelSchema).min(1).max(10).optional(),
  /** Educators in these adopter segments. */
  segments: z.array(adopterSegmentSchema).min(1).max(5).optional(),
  /** An explicit list of educators. */
  educatorIds: z.array(idSchema).min(1).max(2_000_000).optional(),
});

/**
 * An educator excused from a requirement: for good when no dates are given,
 * or between two local dates (both inclusive), such as a leave.
 *
 * A dated exemption that covers a whole period (a term, a year, a month)
 * makes the educator `exempt` for it; one that covers part of a period
 * scales the target down by the share of the period's days it covers,
 * rounded up like pro-rata (see {@link Requirement}).
 *
 * @example
 * ```ts
 * exemptionSchema.parse({
 *   educatorId: 'e042', from: '2027-09-01', to: '2027-12-23', reason: 'parental leave',
 * });
 * ```
 */
export const exemptionSchema = z.strictObject({
  /** The educator excused. */
  educatorId: idSchema,
  /** First day of the exemption; open-ended backwards when missing. */
  from: localDateSchema.optional(),
  /** Last day of the exemption; open-ended forwards when missing. */
  to: localDateSchema.optional(),
  /** Why, for people: "parental leave". */
  reason: z.string().max(500).optional(),
});

/** Who a requirement applies to. */
export type RequirementScope = z.infer<typeof requirementScopeSchema>;
/** An educator excused from a requirement, for good or between dates. */
export type Exemption = z.infer<typeof exemptionSchema>;
