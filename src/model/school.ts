import { z } from 'zod';
import { idSchema } from './primitives.js';

/**
 * The school levels reachplan knows.
 *
 * @example
 * ```ts
 * SCHOOL_LEVELS.includes('elementary'); // true
 * ```
 */
export const SCHOOL_LEVELS = [
  'elementary',
  'lower-secondary',
  'upper-secondary',
  'special-needs',
  'other',
] as const;

/**
 * A school level such as `elementary` or `lower-secondary`.
 *
 * @example
 * ```ts
 * schoolLevelSchema.parse('upper-secondary');
 * ```
 */
export const schoolLevelSchema = z.enum(SCHOOL_LEVELS);

/**
 * A school of the district.
 *
 * @example
 * ```ts
 * schoolSchema.parse({
 *   id: 's01', name: 'Minato Junior High', level: 'lower-secondary',
 *   departments: ['maths', 'science'],
 * });
 * ```
 */
export const schoolSchema = z.strictObject({
  /** Unique among the district's schools. */
  id: idSchema,
  /** Display name, in any script. */
  name: z.string().min(1),
  /** Elementary, lower or upper secondary, special needs, other. */
  level: schoolLevelSchema,
  /** Departments or subject groups, where the school has them. */
  departments: z.array(idSchema).max(200).optional(),
});

/**
 * A school of the district.
 *
 * @example
 * ```ts
 * const school: School = { id: 's01', name: 'Aoba Elementary', level: 'elementary' };
 * ```
 */
export type School = z.infer<typeof schoolSchema>;
/**
 * A school level such as `elementary`.
 *
 * @example
 * ```ts
 * const level: SchoolLevel = 'special-needs';
 * ```
 */
export type SchoolLevel = z.infer<typeof schoolLevelSchema>;
