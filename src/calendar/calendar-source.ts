import type { AcademicCalendar } from '../model/calendar-schema.js';
import { ReachplanError } from '../model/issues.js';
import { isLocalDate } from '../model/primitives.js';
import { compileCalendar } from './compile-calendar.js';
import type { CompiledCalendar } from './compiled-calendar.js';
import type { LocalDate } from './local-date.js';
import { toEpochDay } from './local-date.js';

/**
 * What the school-day functions accept: a plain calendar, compiled on each
 * call, or a {@link CompiledCalendar} compiled once and reused.
 *
 * @example
 * ```ts
 * const source: CalendarSource = compileCalendar(japanCalendar(2027));
 * isSchoolDay(source, '2027-04-06'); // true
 * ```
 */
export type CalendarSource = AcademicCalendar | CompiledCalendar;

/**
 * The compiled form of a calendar source.
 *
 * @internal
 */
export function compiledOf(source: CalendarSource): CompiledCalendar {
  const compiled =
    typeof source === 'object' && source !== null && 'schoolDay' in source;
  return compiled ? source : compileCalendar(source);
}

/**
 * The epoch day of a date argument, or a {@link ReachplanError} naming it.
 *
 * @internal
 */
export function epochDayOf(date: LocalDate, name: string): number {
  if (typeof date === 'string' && isLocalDate(date)) return toEpochDay(date);

  throw new ReachplanError([
    {
      code: 'invalid_date',
      path: [name],
      message: `${name} ${JSON.stringify(date)} is not a real date written YYYY-MM-DD`,
    },
  ]);
}
