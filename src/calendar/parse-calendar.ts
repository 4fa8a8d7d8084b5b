import type { AcademicCalendar } from '../model/calendar-schema.js';
import { academicCalendarSchema } from '../model/calendar-schema.js';
import type { SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import { capIssues, safeParseWith } from '../model/zod-issues.js';
import { checkCalendar } from './check-calendar.js';

/**
 * Validates an academic calendar on its own and returns every issue found,
 * never throwing. The shape comes first; once it holds, the dates are
 * checked against each other (overlapping years or terms, terms or closures
 * outside their year, dates in the wrong order, duplicate ids). Paths start
 * at the calendar.
 *
 * @param input - anything, such as `JSON.parse` of a calendar file.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * const calendar = japanCalendar(2027);
 * calendar.years[0]!.terms[0]!.end = '2027-03-01';
 * safeParseCalendar(calendar);
 * // { success: false, issues: [{ code: 'term_end_before_start',
 * //   path: ['years', 0, 'terms', 0, 'end'],
 * //   message: 'term "2027-28-t1" ends on 2027-03-01, before it starts on 2027-04-06' }] }
 * ```
 */
export function safeParseCalendar(
  input: unknown,
): SafeResult<AcademicCalendar> {
  const shaped = safeParseWith(academicCalendarSchema, input);
  if (!shaped.success) return shaped;

  const issues = capIssues(checkCalendar(shaped.data));
  if (issues.length > 0) return { success: false, issues };
  return shaped;
}

/**
 * Validates an academic calendar on its own and returns it typed.
 *
 * @param input - anything, such as `JSON.parse` of a calendar file.
 * @returns the calendar.
 * @throws {@link ReachplanError} carrying every issue found.
 * @example
 * ```ts
 * const calendar = parseCalendar(JSON.parse(text));
 * isSchoolDay(calendar, '2027-04-06');
 * ```
 */
export function parseCalendar(input: unknown): AcademicCalendar {
  return unwrapResult(safeParseCalendar(input));
}
