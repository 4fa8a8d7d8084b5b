import type { Closure, Term } from '../model/calendar-schema.js';
import { isWeekend } from './date-rules.js';
import type { LocalDate } from './local-date.js';
import { addCalendarDays } from './local-date.js';

/**
 * A named public holiday on one date, before it becomes a closure.
 *
 * @internal
 */
export interface Holiday {
  readonly name: string;
  readonly date: LocalDate;
}

/**
 * A term of a preset year.
 *
 * @internal
 */
export function makeTerm(
  id: string,
  name: string,
  start: LocalDate,
  end: LocalDate,
): Term {
  return { id, name, start, end };
}

/**
 * A break from the day after one date to the day before another, or
 * nothing when the two are adjacent.
 *
 * @internal
 */
export function breakBetween(
  name: string,
  after: LocalDate,
  before: LocalDate,
): Closure[] {
  const start = addCalendarDays(after, 1);
  const end = addCalendarDays(before, -1);
  return start <= end ? [{ name, start, end, kind: 'break' }] : [];
}

/**
 * A break over given first and last days.
 *
 * @internal
 */
export function breakFrom(
  name: string,
  start: LocalDate,
  end: LocalDate,
): Closure {
  return { name, start, end, kind: 'break' };
}

/**
 * Moves holidays that fall on a weekend to the next weekday not already a
 * holiday, as England, Australia and New Zealand do ("substitute days",
 * "Mondayisation"). Holidays already on a weekday are placed first, so
 * Christmas on a Saturday is kept on Monday and Boxing Day on Tuesday.
 *
 * @internal
 */
export function substituteWeekends(holidays: readonly Holiday[]): Holiday[] {
  const taken = new Set<LocalDate>();
  const placed: Holiday[] = [];

  for (const holiday of holidays) {
    if (isWeekend(holiday.date)) continue;
    taken.add(holiday.date);
    placed.push(holiday);
  }
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let date = addCalendarDays(holiday.date, 1);
    while (isWeekend(date) || taken.has(date)) {
      date = addCalendarDays(date, 1);
    }
    taken.add(date);
    placed.push({ name: `${holiday.name} (substitute day)`, date });
  }
  return placed;
}

/**
 * Turns holidays into one-day closures: only those on a weekday, inside the
 * year and not already inside one of the year's breaks, sorted by date.
 *
 * @internal
 */
export function holidayClosures(
  holidays: readonly Holiday[],
  year: { readonly start: LocalDate; readonly end: LocalDate },
  breaks: readonly Closure[],
): Closure[] {
  const inBreak = (date: LocalDate) =>
    breaks.some((gap) => gap.start <= date && date <= gap.end);

  return holidays
    .filter((holiday) => !isWeekend(holiday.date))
    .filter((holiday) => year.start <= holiday.date)
    .filter((holiday) => holiday.date <= year.end)
    .filter((holiday) => !inBreak(holiday.date))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((holiday) => ({
      name: holiday.name,
      start: holiday.date,
      end: holiday.date,
      kind: 'holiday' as const,
    }));
}

/**
 * All closures of a year in date order: breaks and holidays together.
 *
 * @internal
 */
export function sortClosures(closures: Closure[]): Closure[] {
  return closures.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  );
}
