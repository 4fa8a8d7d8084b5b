import type {
  AcademicCalendar,
  AcademicYear,
} from '../model/calendar-schema.js';
import {
  nthWeekdayOf,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  ymd,
} from './date-rules.js';
import { easterSunday } from './easter.js';
import { fourTermYear } from './four-term-year.js';
import type { Holiday } from './holiday-closures.js';
import { substituteWeekends } from './holiday-closures.js';
import { addCalendarDays } from './local-date.js';
import type { PresetOptions } from './preset-options.js';
import { buildPreset } from './preset-options.js';

/**
 * A representative Australian government-school calendar, close to New
 * South Wales and Victoria: the school year is the calendar year, in four
 * terms. Term 1 starts on the Monday on or after 28 January; terms 1–3 last
 * ten weeks each with two-week holidays between them; term 4 ends on the
 * Friday on or before 17 December.
 *
 * Public holidays kept by most states close school when they fall in a term:
 * New Year's Day, Australia Day, Good Friday, Easter Monday, Anzac Day (not
 * moved when it falls on a weekend), the King's Birthday on the second Monday
 * of June (Western Australia and Queensland keep it on other dates),
 * Christmas and Boxing Day with substitute days. Each state and territory
 * sets its own term dates, and Labour Day and other state holidays are left
 * out: add them with the `closures` option. Typical hours: 09:00–15:15.
 *
 * @param startYear - the calendar year of the school year.
 * @param options - overrides: more years, hours, blackouts, extra closures.
 * @returns plain calendar data the caller may edit.
 * @throws {@link ReachplanError} when the year or an option is out of range.
 * @example
 * ```ts
 * const calendar = australiaCalendar(2027);
 * calendar.years[0]?.terms.map((term) => [term.start, term.end]);
 * // [['2027-02-01', '2027-04-09'], ['2027-04-26', '2027-07-02'],
 * //  ['2027-07-19', '2027-09-24'], ['2027-10-11', '2027-12-17']]
 * ```
 */
export function australiaCalendar(
  startYear: number,
  options: PresetOptions = {},
): AcademicCalendar {
  return buildPreset(startYear, options, {
    schoolHours: { start: '09:00', end: '15:15' },
    buildYear: australianYear,
  });
}

function australianYear(y: number): AcademicYear {
  return fourTermYear(y, {
    firstMonday: weekdayOnOrAfter(ymd(y, 1, 28), 'mon'),
    termWeeks: [10, 10, 10],
    holidayWeeks: 2,
    lastFriday: weekdayOnOrBefore(ymd(y, 12, 17), 'fri'),
    holidays: publicHolidays(y),
  });
}

function publicHolidays(y: number): Holiday[] {
  const easter = easterSunday(y);
  return [
    ...substituteWeekends([
      { name: "New Year's Day", date: ymd(y, 1, 1) },
      { name: 'Australia Day', date: ymd(y, 1, 26) },
    ]),
    { name: 'Good Friday', date: addCalendarDays(easter, -2) },
    { name: 'Easter Monday', date: addCalendarDays(easter, 1) },
    { name: 'Anzac Day', date: ymd(y, 4, 25) },
    { name: "King's Birthday", date: nthWeekdayOf(y, 6, 'mon', 2) },
    ...substituteWeekends([
      { name: 'Christmas Day', date: ymd(y, 12, 25) },
      { name: 'Boxing Day', date: ymd(y, 12, 26) },
    ]),
  ];
}
