import { checkCalendar } from '../calendar/check-calendar.js';
import { checkDistrict } from './check-district.js';
import type { District } from './district.js';
import { districtSchema } from './district.js';
import type { SafeResult } from './issues.js';
import { unwrapResult } from './issues.js';
import { safeParseWithRoster } from './long-roster.js';
import { capIssues } from './zod-issues.js';

/**
 * Validates a district on its own and returns every issue found, never
 * throwing: its shape, duplicate ids, educators at unknown schools or in
 * departments their school does not list, and its calendar's checks.
 * Paths start at the district: `['educators', 12, 'schoolId']`.
 *
 * @param input - anything, such as the `district` part of a scenario file.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * const district = exampleScenario().district;
 * district.educators[0].schoolId = 's99';
 * const result = safeParseDistrict(district);
 * result.success; // false
 * if (!result.success) result.issues[0].message;
 * // 'educator "e001" names school "s99", which is not in the district'
 * ```
 */
export function safeParseDistrict(input: unknown): SafeResult<District> {
  const shaped = safeParseWithRoster(districtSchema, input, []);
  if (!shaped.success) return shaped;

  const issues = capIssues([
    ...checkDistrict(shaped.data),
    ...checkCalendar(shaped.data.calendar, ['calendar']),
  ]);
  if (issues.length > 0) return { success: false, issues };
  return shaped;
}

/**
 * Validates a district on its own and returns it typed.
 *
 * @param input - anything, such as the `district` part of a scenario file.
 * @returns the district.
 * @throws {@link ReachplanError} carrying every issue found.
 * @example
 * ```ts
 * const district = parseDistrict(exampleScenario().district);
 * district.schools.length; // 21
 * ```
 */
export function parseDistrict(input: unknown): District {
  return unwrapResult(safeParseDistrict(input));
}
