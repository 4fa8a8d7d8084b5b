import { z } from 'zod';
import { academicCalendarSchema } from './calendar-schema.js';
import { educatorSchema } from './educator.js';
import { idSchema, timeZoneSchema } from './primitives.js';
import { schoolSchema } from './school.js';

/**
 * The most educators a district may hold.
 *
 * @internal
 */
export const MAX_EDUCATORS = 2_000_000;

/**
 * The whole organisation: schools, educators, calendar and time zone.
 *
 * @example
 * ```ts
 * const district = districtSchema.parse(exampleScenario().district);
 * district.timeZone; // 'Asia/Tokyo'
 * ```
 */
export const districtSchema = z.strictObject({
  /** The district's id. */
  id: idSchema,
  /** Display name. */
  name: z.string().min(1),
  /** IANA zone; every local date and time in the scenario is read in it. */
  timeZone: timeZoneSchema,
  /** Every school, at least one. */
  schools: z.array(schoolSchema).min(1).max(100_000),
  /** Every educator, each at one of the schools. */
  educators: z.array(educatorSchema).max(MAX_EDUCATORS),
  /** Years, terms, closures and blackouts, in the district's zone. */
  calendar: academicCalendarSchema,
});

/**
 * The whole organisation.
 *
 * @example
 * ```ts
 * const district: District = exampleScenario().district;
 * district.schools.length; // 21
 * ```
 */
export type District = z.infer<typeof districtSchema>;
