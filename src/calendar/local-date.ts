import { ReachplanError } from '../model/issues.js';
import type { Weekday } from '../model/primitives.js';
import { WEEKDAYS } from '../model/primitives.js';

const MS_PER_DAY = 86_400_000;

/**
 * A calendar day written `YYYY-MM-DD`, read in the district's zone.
 *
 * @example
 * ```ts
 * const day: LocalDate = '2027-04-06';
 * ```
 */
export type LocalDate = string;

/**
 * Days since 1970-01-01 for a local date: a plain integer that makes date
 * arithmetic exact and independent of any time zone.
 *
 * @param date - a valid `YYYY-MM-DD` date (check one with `isLocalDate`).
 * @returns the day number; `NaN` for text that is not `YYYY-MM-DD`.
 * @example
 * ```ts
 * toEpochDay('1970-01-02'); // 1
 * toEpochDay('2027-04-06'); // 20914
 * ```
 */
export function toEpochDay(date: LocalDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));

  // Days from the civil date in whole numbers (after H. Hinnant), since
  // Date.UTC reads years 0 to 99 as 1900 to 1999. Years start in March.
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The local date of a day number; the inverse of {@link toEpochDay}.
 *
 * @param day - days since 1970-01-01, a whole number.
 * @returns the date written `YYYY-MM-DD`.
 * @throws {@link ReachplanError} when `day` is not a whole number of days
 *   between the years 0 and 9999.
 * @example
 * ```ts
 * fromEpochDay(20914); // '2027-04-06'
 * ```
 */
export function fromEpochDay(day: number): LocalDate {
  if (!Number.isInteger(day) || day < FIRST_DAY || day > LAST_DAY) {
    throw invalidDay(
      'day',
      `day ${String(day)} is not a whole day number from ${FIRST_DAY} to ${LAST_DAY}`,
    );
  }
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

// 0000-01-01 and 9999-12-31: the days a YYYY-MM-DD date can name.
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

function invalidDay(key: string, message: string): ReachplanError {
  return new ReachplanError([{ code: 'invalid_date', path: [key], message }]);
}

/**
 * Adds calendar days (not school days) to a local date.
 *
 * @param date - the start.
 * @param days - how many days; negative goes back.
 * @returns the new date.
 * @example
 * ```ts
 * addCalendarDays('2027-03-31', 1); // '2027-04-01'
 * ```
 */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * The weekday of a local date.
 *
 * @param date - the date.
 * @returns `mon` … `sun`.
 * @throws {@link ReachplanError} when `date` is not written `YYYY-MM-DD`.
 * @example
 * ```ts
 * weekdayOf('2027-04-06'); // 'tue'
 * ```
 */
export function weekdayOf(date: LocalDate): Weekday {
  const weekday = WEEKDAYS[weekdayIndex(toEpochDay(date))];
  if (weekday === undefined) {
    throw invalidDay(
      'date',
      `date ${JSON.stringify(date)} is not written YYYY-MM-DD`,
    );
  }
  return weekday;
}

/**
 * The Monday-first weekday index (0–6) of an epoch day.
 *
 * @internal
 */
export function weekdayIndex(day: number): number {
  // 1970-01-01 was a Thursday, index 3 when Monday is 0.
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The month (1–12) of a local date.
 *
 * @param date - the date.
 * @returns its month number.
 * @example
 * ```ts
 * monthOf('2027-05-12'); // 5
 * ```
 */
export function monthOf(date: LocalDate): number {
  return Number(date.slice(5, 7));
}
