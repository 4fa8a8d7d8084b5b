import { z } from 'zod';
import { idSchema, weekdaySchema } from './primitives.js';

/**
 * The roles an educator can hold.
 *
 * @example
 * ```ts
 * ROLES.includes('ict-leader'); // true
 * ```
 */
export const ROLES = [
  'teacher',
  'ict-leader',
  'principal',
  'vice-principal',
  'specialist',
  'department-head',
  'counsellor',
  'librarian',
  'support-staff',
] as const;

/**
 * A role such as `teacher`, `ict-leader` or `principal`.
 *
 * @example
 * ```ts
 * roleSchema.parse('department-head');
 * ```
 */
export const roleSchema = z.enum(ROLES);

/**
 * Rogers' adopter segments, earliest first.
 *
 * @example
 * ```ts
 * ADOPTER_SEGMENTS[1]; // 'early-adopter'
 * ```
 */
export const ADOPTER_SEGMENTS = [
  'innovator',
  'early-adopter',
  'early-majority',
  'late-majority',
  'laggard',
] as const;

/**
 * Rogers' adopter segments as cut-points of a normal curve (innovator,
 * early adopter, early majority, late majority, laggard), the shares at
 * which a simulation draws a missing segment and synthetic districts are
 * built (Rogers, Diffusion of Innovations, 5th ed., 2003, ch. 7).
 *
 * @example
 * ```ts
 * ROGERS_SHARES[2]; // 0.3413
 * ```
 */
export const ROGERS_SHARES: readonly number[] = [
  0.0228, 0.1359, 0.3413, 0.3413, 0.1587,
];

/**
 * An adopter segment (Rogers): innovator … laggard.
 *
 * @example
 * ```ts
 * adopterSegmentSchema.parse('early-majority');
 * ```
 */
export const adopterSegmentSchema = z.enum(ADOPTER_SEGMENTS);

/**
 * One member of staff.
 *
 * `segment` is optional because real rosters rarely carry it; a simulation
 * draws a missing one at Rogers' proportions in each replication.
 *
 * @example
 * ```ts
 * educatorSchema.parse({
 *   id: 'e001', name: '佐藤 花子', schoolId: 's01',
 *   roles: ['teacher', 'ict-leader'], departments: ['science'],
 *   availability: ['mon', 'wed', 'fri'], fte: 0.6, segment: 'early-adopter',
 * });
 * ```
 */
export const educatorSchema = z.strictObject({
  /** Unique among the district's educators. */
  id: idSchema,
  /** Display name, in any script. */
  name: z.string().min(1).max(500).optional(),
  /** The school the educator belongs to. */
  schoolId: idSchema,
  /** One or more roles. */
  roles: z.array(roleSchema).min(1).max(20),
  /** Departments or subjects taught. */
  departments: z.array(idSchema).max(50).optional(),
  /** Weekdays the educator works; every school day when missing. */
  availability: z.array(weekdaySchema).max(7).optional(),
  /** Employment fraction in (0, 1]; 1 when missing. */
  fte: z.number().gt(0).lte(1).optional(),
  /** Rogers' adopter segment, where known. */
  segment: adopterSegmentSchema.optional(),
});

/**
 * One member of staff.
 *
 * @example
 * ```ts
 * const educator: Educator = { id: 'e001', schoolId: 's01', roles: ['teacher'] };
 * ```
 */
export type Educator = z.infer<typeof educatorSchema>;
/**
 * A role such as `teacher`.
 *
 * @example
 * ```ts
 * const role: Role = 'ict-leader';
 * ```
 */
export type Role = z.infer<typeof roleSchema>;
/**
 * An adopter segment such as `early-adopter`.
 *
 * @example
 * ```ts
 * const segment: AdopterSegment = 'late-majority';
 * ```
 */
export type AdopterSegment = z.infer<typeof adopterSegmentSchema>;
