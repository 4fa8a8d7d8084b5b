import { ReachplanError } from '../model/issues.js';
import type { CalendarSource } from './calendar-source.js';
import { compiledOf, epochDayOf } from './calendar-source.js';
import type { LocalDate } from './local-date.js';
import { fromEpochDay } from './local-date.js';

/**
 * Whether a date is a school day: in a term of a year, on a school weekday
 * and in no closure. Days between terms are not school days.
 *
 * @param calendar - a calendar, or one compiled with `compileCalendar`.
 * @param date - a local date in the district's zone.
 * @returns true on school days; false outside the calendar.
 * @throws {@link ReachplanError} when `date` is not a real `YYYY-MM-DD`.
 * @example
 * ```ts
 * const calendar = japanCalendar(2027);
 * isSchoolDay(calendar, '2027-04-06'); // true (first day of term)
 * isSchoolDay(calendar, '2027-04-29'); // false (Showa Day)
 * ```
 */
export function isSchoolDay(
  calendar: CalendarSource,
  date: LocalDate,
): boolean {
  return compiledOf(calendar).isSchoolDay(epochDayOf(date, 'date'));
}

/**
 * Whether sessions may be held on a date: a school day that no blackout
 * rule ("no sessions on Mondays", "none in May") covers.
 *
 * @param calendar - a calendar, or one compiled with `compileCalendar`.
 * @param date - a local date in the district's zone.
 * @returns true on session days.
 * @throws {@link ReachplanError} when `date` is not a real `YYYY-MM-DD`.
 * @example
 * ```ts
 * const calendar = japanCalendar(2027, {
 *   blackouts: [{ kind: 'weekdays', weekdays: ['mon'] }],
 * });
 * isSessionDay(calendar, '2027-04-12'); // false (a Monday)
 * isSessionDay(calendar, '2027-04-13'); // true
 * ```
 */
export function isSessionDay(
  calendar: CalendarSource,
  date: LocalDate,
): boolean {
  return compiledOf(calendar).isSessionDay(epochDayOf(date, 'date'));
}

/**
 * Counts school days in `[from, to)`: `from` counts, `to` does not. When
 * `to` comes before `from` the count is negative.
 *
 * @param calendar - a calendar, or one compiled with `compileCalendar`.
 * @param from - first date counted.
 * @param to - first date not counted.
 * @returns the number of school days.
 * @throws {@link ReachplanError} when a date is not a real `YYYY-MM-DD`.
 * @example
 * ```ts
 * // Monday 2027-04-12 to Monday 2027-04-19: one school week
 * schoolDaysBetween(japanCalendar(2027), '2027-04-12', '2027-04-19'); // 5
 * ```
 */
export function schoolDaysBetween(
  calendar: CalendarSource,
  from: LocalDate,
  to: LocalDate,
): number {
  const compiled = compiledOf(calendar);
  return compiled.countSchoolDays(
    epochDayOf(from, 'from'),
    epochDayOf(to, 'to'),
  );
}

/**
 * The `n`-th school day after a date: with `n = 1`, the first school day
 * after it. A negative `n` counts back (`-1` is the last school day before
 * the date) and `0` returns the date itself. The date need not be a school
 * day.
 *
 * When `date` is a school day, `schoolDaysBetween(calendar, date, result)`
 * is `n` for positive `n`.
 *
 * @param calendar - a calendar, or one compiled with `compileCalendar`.
 * @param date - where to start counting.
 * @param n - a whole number of school days.
 * @returns the school day reached.
 * @throws {@link ReachplanError} when the count runs past either end of the
 *   calendar, `n` is not a whole number or `date` is not a real date.
 * @example
 * ```ts
 * // Friday 2027-04-09 plus one school day is Monday 2027-04-12
 * addSchoolDays(japanCalendar(2027), '2027-04-09', 1); // '2027-04-12'
 * ```
 */
export function addSchoolDays(
  calendar: CalendarSource,
  date: LocalDate,
  n: number,
): LocalDate {
  const day = epochDayOf(date, 'date');
  if (!Number.isSafeInteger(n)) {
    throw new ReachplanError([
      {
        code: 'invalid_count',
        path: ['n'],
        message: `n ${String(n)} is not a whole number of school days`,
      },
    ]);
  }

  const compiled = compiledOf(calendar);
  const reached = compiled.addSchoolDays(day, n);
  if (reached !== undefined) return fromEpochDay(reached);

  throw new ReachplanError([beyondCalendar(compiled.schoolDays, date, n)]);
}

function beyondCalendar(schoolDays: Int32Array, date: LocalDate, n: number) {
  const forward = n > 0;
  const edge = schoolDays[forward ? schoolDays.length - 1 : 0];
  const edgeText =
    edge === undefined
      ? 'which has no school days'
      : `whose ${forward ? 'last' : 'first'} school day is ${fromEpochDay(edge)}`;
  const count = Math.abs(n);
  const noun = count === 1 ? 'school day' : 'school days';
  return {
    code: 'beyond_calendar',
    path: ['n'],
    message: `counting ${count} ${noun} ${forward ? 'after' : 'before'} ${date} runs past the calendar, ${edgeText}`,
  };
}

/**
 * Every school day from `from` to `to`, both included, in order.
 *
 * @param calendar - a calendar, or one compiled with `compileCalendar`.
 * @param from - first date.
 * @param to - last date (inclusive).
 * @returns the school days; empty when `to` comes before `from`.
 * @throws {@link ReachplanError} when a date is not a real `YYYY-MM-DD`.
 * @example
 * ```ts
 * listSchoolDays(japanCalendar(2027), '2027-04-28', '2027-05-07');
 * // ['2027-04-28', '2027-04-30', '2027-05-06', '2027-05-07']
 * ```
 */
export function listSchoolDays(
  calendar: CalendarSource,
  from: LocalDate,
  to: LocalDate,
): LocalDate[] {
  const first = epochDayOf(from, 'from');
  const last = epochDayOf(to, 'to');
  const compiled = compiledOf(calendar);
  if (last < first) return [];

  const start = compiled.countSchoolDays(compiled.firstDay, first);
  const count = compiled.countSchoolDays(first, last + 1);
  const found: LocalDate[] = [];
  for (let i = 0; i < count; i += 1) {
    found.push(fromEpochDay(compiled.schoolDays[start + i] ?? 0));
  }
  return found;
}

/**
 * The first session day on or after a date: a school day that no blackout
 * rule covers.
 *
 * @param calendar - a calendar, or one compiled with `compileCalendar`.
 * @param date - where to start looking.
 * @returns the session day, or undefined when the calendar has none left.
 * @throws {@link ReachplanError} when `date` is not a real `YYYY-MM-DD`.
 * @example
 * ```ts
 * // Golden Week: 3–5 May 2027 are closed
 * nextSessionDay(japanCalendar(2027), '2027-05-03'); // '2027-05-06'
 * nextSessionDay(japanCalendar(2027), '2028-03-26'); // undefined
 * ```
 */
export function nextSessionDay(
  calendar: CalendarSource,
  date: LocalDate,
): LocalDate | undefined {
  const found = compiledOf(calendar).nextSessionDay(epochDayOf(date, 'date'));
  return found === undefined ? undefined : fromEpochDay(found);
}
