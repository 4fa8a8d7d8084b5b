import type { AcademicYear, Term } from '../model/calendar-schema.js';
import type { ReachplanIssue } from '../model/issues.js';
import { ReachplanError } from '../model/issues.js';
import { isTimeZone } from '../model/primitives.js';
import type { CalendarSource } from './calendar-source.js';
import { compiledOf, epochDayOf } from './calendar-source.js';
import type { LocalDate } from './local-date.js';
import { instantIssue, instantToLocal, readInstant } from './local-time.js';

/**
 * A term together with the year that lists it.
 *
 * @example
 * ```ts
 * const found: TermInYear | undefined = findTerm(japanCalendar(2027), '2027-10-01');
 * found?.term.name; // 'Second term'
 * ```
 */
export interface TermInYear {
  /** The academic year. */
  readonly year: AcademicYear;
  /** The term inside it. */
  readonly term: Term;
}

/**
 * The academic year that holds a date, breaks included.
 *
 * @param calendar - a calendar, or one compiled with `compileCalendar`.
 * @param date - a local date in the district's zone.
 * @returns the year, or undefined outside every year.
 * @throws {@link ReachplanError} when `date` is not a real `YYYY-MM-DD`.
 * @example
 * ```ts
 * findYear(japanCalendar(2027), '2028-03-31')?.id; // '2027-28'
 * findYear(japanCalendar(2027), '2028-04-01'); // undefined
 * ```
 */
export function findYear(
  calendar: CalendarSource,
  date: LocalDate,
): AcademicYear | undefined {
  return compiledOf(calendar).yearOf(epochDayOf(date, 'date'))?.year;
}

/**
 * The term that holds a date, with its year. Days between terms belong to
 * none.
 *
 * @param calendar - a calendar, or one compiled with `compileCalendar`.
 * @param date - a local date in the district's zone.
 * @returns `{ year, term }`, or undefined outside every term.
 * @throws {@link ReachplanError} when `date` is not a real `YYYY-MM-DD`.
 * @example
 * ```ts
 * findTerm(japanCalendar(2027), '2027-07-20')?.term.id; // '2027-28-t1'
 * findTerm(japanCalendar(2027), '2027-08-01'); // undefined (summer break)
 * ```
 */
export function findTerm(
  calendar: CalendarSource,
  date: LocalDate,
): TermInYear | undefined {
  const found = compiledOf(calendar).termOf(epochDayOf(date, 'date'));
  return found && { year: found.year, term: found.term };
}

/**
 * The term that holds an instant, read on the wall clock of the district's
 * zone. 23:30 on the last day of a term belongs to that term whatever zone
 * the host runs in, and daylight-saving changes move nothing.
 *
 * @param district - its IANA `timeZone` and its calendar (plain or
 *   compiled).
 * @param instant - an ISO 8601 instant with an offset (`Z` or `+09:00`),
 *   or a `Date`; a string without an offset is refused, since it would be
 *   read in the host's zone.
 * @returns `{ year, term }`, or undefined outside every term.
 * @throws {@link ReachplanError} when the instant or the zone is not valid.
 * @example
 * ```ts
 * const district = { timeZone: 'Asia/Tokyo', calendar: japanCalendar(2027) };
 * // 15:30 UTC on 20 July is 00:30 on 21 July in Tokyo: summer break
 * termAt(district, '2027-07-20T15:30:00Z'); // undefined
 * termAt(district, '2027-07-20T14:30:00Z')?.term.id; // '2027-28-t1'
 * ```
 */
export function termAt(
  district: { readonly timeZone: string; readonly calendar: CalendarSource },
  instant: string | Date,
): TermInYear | undefined {
  const at = readInstant(instant);
  const issues: ReachplanIssue[] = [];
  if (!at) issues.push(instantIssue(instant));
  if (!isTimeZone(district.timeZone)) {
    issues.push({
      code: 'invalid_time_zone',
      path: ['district', 'timeZone'],
      message: `time zone ${JSON.stringify(district.timeZone)} is not an IANA zone`,
    });
  }
  if (!at || issues.length > 0) throw new ReachplanError(issues);

  const local = instantToLocal(at, district.timeZone);
  return findTerm(district.calendar, local.date);
}
