import { z } from 'zod';
import { adopterSegmentSchema, roleSchema } from './educator.js';
import { idSchema } from './primitives.js';
import { schoolLevelSchema } from './school.js';

/**
 * Who may take part in an offering. Every list that is given must match;
 * a missing list does not restrict.
 *
 * @example
 * ```ts
 * eligibilitySchema.parse({ roles: ['ict-leader'], levels: ['lower-secondary'] });
 * ```
 */
export const eligibilitySchema = z.strictObject({
  /** Educators holding at least one of these roles. */
  roles: z.array(roleSchema).max(50).optional(),
  /** Educators of these schools. */
  schoolIds: z.array(idSchema).max(100_000).optional(),
  /** Educators in at least one of these departments. */
  departments: z.array(idSchema).max(500).optional(),
  /** Educators of schools at these levels. */
  levels: z.array(schoolLevelSchema).max(10).optional(),
  /** Educators in these adopter segments. */
  segments: z.array(adopterSegmentSchema).max(5).optional(),
});

/**
 * Who may take part in an offering.
 *
 * @example
 * ```ts
 * const eligibility: Eligibility = { roles: ['ict-leader'], levels: ['lower-secondary'] };
 * ```
 */
export type Eligibility = z.infer<typeof eligibilitySchema>;
