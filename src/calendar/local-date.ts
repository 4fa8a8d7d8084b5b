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
 * @param date - a valid `YYYY-MM-DD` date.
 * @returns the day number.
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
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/**
 * The local date of a day number; the inverse of {@link toEpochDay}.
 *
 * @param day - days since 1970-01-01.
 * @returns the date written `YYYY-MM-DD`.
 * @example
 * ```ts
 * fromEpochDay(20914); // '2027-04-06'
 * ```
 */
export function fromEpochDay(day: number): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
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
 * @example
 * ```ts
 * weekdayOf('2027-04-06'); // 'tue'
 * ```
 */
export function weekdayOf(date: LocalDate): Weekday {
  // 1970-01-01 was a Thursday, index 3 when Monday is 0.
  const index = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  // index is 0–6 by construction, so the lookup always finds a weekday.
  return WEEKDAYS[index] as Weekday;
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
