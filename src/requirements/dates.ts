import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { fromEpochDay, toEpochDay } from '../calendar/local-date.js';

/**
 * The day `months` calendar months after a day (before it when negative),
 * clamped to the month's end: 31 January plus one month is 28 or 29
 * February.
 *
 * @internal
 */
export function addMonthsToDay(day: number, months: number): number {
  const date = fromEpochDay(day);
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const target = total + months;
  const year = Math.floor(target / 12);
  const month = target - year * 12 + 1;
  const first = `${pad(year, 4)}-${pad(month, 2)}-01`;
  const lastOfMonth = toEpochDay(nextMonthStart(year, month)) - 1;
  const wanted = toEpochDay(first) + Number(date.slice(8, 10)) - 1;
  return Math.min(wanted, lastOfMonth);
}

/**
 * The month `YYYY-MM` holding a day, and the first and last days of it.
 *
 * @internal
 */
export function monthAround(day: number): {
  id: string;
  first: number;
  last: number;
} {
  const date = fromEpochDay(day);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return {
    id: date.slice(0, 7),
    first: toEpochDay(`${date.slice(0, 7)}-01`),
    last: toEpochDay(nextMonthStart(year, month)) - 1,
  };
}

/**
 * The term whose verdict matters on a day: the term holding it, else the
 * latest term that has begun (between terms its verdict is final), else
 * the first term.
 *
 * @internal
 */
export function termInView(compiled: CompiledCalendar, day: number) {
  const holding = compiled.termOf(day);
  if (holding !== undefined) return holding;
  const begun = compiled.terms.filter((term) => term.firstDay <= day);
  return begun.at(-1) ?? (compiled.terms[0] as (typeof compiled.terms)[0]);
}

/**
 * The academic year whose verdict matters on a day, chosen like
 * {@link termInView}.
 *
 * @internal
 */
export function yearInView(compiled: CompiledCalendar, day: number) {
  const holding = compiled.yearOf(day);
  if (holding !== undefined) return holding;
  const begun = compiled.years.filter((year) => year.firstDay <= day);
  return begun.at(-1) ?? (compiled.years[0] as (typeof compiled.years)[0]);
}

function nextMonthStart(year: number, month: number): string {
  return month === 12
    ? `${pad(year + 1, 4)}-01-01`
    : `${pad(year, 4)}-${pad(month + 1, 2)}-01`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
