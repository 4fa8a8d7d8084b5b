import type { Weekday } from '../model/primitives.js';
import type { LocalDate } from './local-date.js';
import { addCalendarDays, weekdayOf } from './local-date.js';

/**
 * Date rules shared by the presets: "the third Monday of January",
 * "the Friday on or before 22 December". Every result is a local date, so
 * none of them depends on a time zone.
 */

const WEEKDAY_INDEX: Readonly<Record<Weekday, number>> = {
  mon: 0,
  tue: 1,
  wed: 2,
  thu: 3,
  fri: 4,
  sat: 5,
  sun: 6,
};

/**
 * Writes a year, month and day as a local date.
 *
 * @internal
 */
export function ymd(year: number, month: number, day: number): LocalDate {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${mm}-${dd}`;
}

/**
 * The first `weekday` on or after `date`.
 *
 * @internal
 */
export function weekdayOnOrAfter(date: LocalDate, weekday: Weekday): LocalDate {
  const gap = (WEEKDAY_INDEX[weekday] - indexOf(date) + 7) % 7;
  return addCalendarDays(date, gap);
}

/**
 * The last `weekday` on or before `date`.
 *
 * @internal
 */
export function weekdayOnOrBefore(
  date: LocalDate,
  weekday: Weekday,
): LocalDate {
  const gap = (indexOf(date) - WEEKDAY_INDEX[weekday] + 7) % 7;
  return addCalendarDays(date, -gap);
}

/**
 * The `n`-th `weekday` of a month (n from 1), e.g. the third Monday.
 *
 * @internal
 */
export function nthWeekdayOf(
  year: number,
  month: number,
  weekday: Weekday,
  n: number,
): LocalDate {
  const first = weekdayOnOrAfter(ymd(year, month, 1), weekday);
  return addCalendarDays(first, 7 * (n - 1));
}

/**
 * The last `weekday` of a month, e.g. the last Monday of May.
 *
 * @internal
 */
export function lastWeekdayOf(
  year: number,
  month: number,
  weekday: Weekday,
): LocalDate {
  const nextMonth =
    month === 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1);
  return weekdayOnOrBefore(addCalendarDays(nextMonth, -1), weekday);
}

/**
 * The first Monday-to-Friday day on or after `date`.
 *
 * @internal
 */
export function weekdayOrNext(date: LocalDate): LocalDate {
  return isWeekend(date) ? weekdayOnOrAfter(date, 'mon') : date;
}

/**
 * Whether a date falls on a Saturday or a Sunday.
 *
 * @internal
 */
export function isWeekend(date: LocalDate): boolean {
  return indexOf(date) >= 5;
}

function indexOf(date: LocalDate): number {
  return WEEKDAY_INDEX[weekdayOf(date)];
}
