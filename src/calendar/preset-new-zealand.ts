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
 * A representative New Zealand state-school calendar: the school year is the
 * calendar year, in four terms. Term 1 starts on the Monday on or after 29
 * January and lasts eleven weeks; terms 2 and 3 last ten weeks, with
 * two-week holidays between terms; term 4 ends on the Friday on or before 20
 * December.
 *
 * Public holidays that fall in a term close school, moved to the Monday when
 * they fall on a weekend ("Mondayisation"): New Year's Day and the day after,
 * Waitangi Day, Good Friday, Easter Monday, Anzac Day, the King's Birthday
 * (first Monday of June), Labour Day (fourth Monday of October), Christmas
 * and Boxing Day. Easter Tuesday is a school holiday too. Matariki follows
 * a table in law rather than a rule and regional anniversary days vary, so
 * neither is included: add them with the `closures` option. The Ministry of
 * Education publishes the exact term dates each year. Typical hours:
 * 09:00–15:00.
 *
 * @param startYear - the calendar year of the school year.
 * @param options - overrides: more years, hours, blackouts, extra closures.
 * @returns plain calendar data the caller may edit.
 * @throws {@link ReachplanError} when the year or an option is out of range.
 * @example
 * ```ts
 * const calendar = newZealandCalendar(2027);
 * calendar.years[0]?.terms.map((term) => [term.start, term.end]);
 * // [['2027-02-01', '2027-04-16'], ['2027-05-03', '2027-07-09'],
 * //  ['2027-07-26', '2027-10-01'], ['2027-10-18', '2027-12-17']]
 * ```
 */
export function newZealandCalendar(
  startYear: number,
  options: PresetOptions = {},
): AcademicCalendar {
  return buildPreset(startYear, options, {
    schoolHours: { start: '09:00', end: '15:00' },
    buildYear: newZealandYear,
  });
}

function newZealandYear(y: number): AcademicYear {
  return fourTermYear(y, {
    firstMonday: weekdayOnOrAfter(ymd(y, 1, 29), 'mon'),
    termWeeks: [11, 10, 10],
    holidayWeeks: 2,
    lastFriday: weekdayOnOrBefore(ymd(y, 12, 20), 'fri'),
    holidays: publicHolidays(y),
  });
}

function publicHolidays(y: number): Holiday[] {
  const easter = easterSunday(y);
  return [
    ...substituteWeekends([
      { name: "New Year's Day", date: ymd(y, 1, 1) },
      { name: "Day after New Year's Day", date: ymd(y, 1, 2) },
    ]),
    ...substituteWeekends([{ name: 'Waitangi Day', date: ymd(y, 2, 6) }]),
    { name: 'Good Friday', date: addCalendarDays(easter, -2) },
    { name: 'Easter Monday', date: addCalendarDays(easter, 1) },
    {
      name: 'Easter Tuesday (school holiday)',
      date: addCalendarDays(easter, 2),
    },
    ...substituteWeekends([{ name: 'Anzac Day', date: ymd(y, 4, 25) }]),
    { name: "King's Birthday", date: nthWeekdayOf(y, 6, 'mon', 1) },
    { name: 'Labour Day', date: nthWeekdayOf(y, 10, 'mon', 4) },
    ...substituteWeekends([
      { name: 'Christmas Day', date: ymd(y, 12, 25) },
      { name: 'Boxing Day', date: ymd(y, 12, 26) },
    ]),
  ];
}
