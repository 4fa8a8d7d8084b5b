import type {
  AcademicCalendar,
  AcademicYear,
} from '../model/calendar-schema.js';
import {
  lastWeekdayOf,
  nthWeekdayOf,
  weekdayOnOrBefore,
  weekdayOrNext,
  ymd,
} from './date-rules.js';
import { easterSunday } from './easter.js';
import type { Holiday } from './holiday-closures.js';
import {
  breakBetween,
  breakFrom,
  holidayClosures,
  makeTerm,
  sortClosures,
  substituteWeekends,
} from './holiday-closures.js';
import type { LocalDate } from './local-date.js';
import { addCalendarDays } from './local-date.js';
import type { PresetOptions } from './preset-options.js';
import { buildPreset } from './preset-options.js';

/**
 * A representative calendar for state schools in England. The school year
 * runs from 1 September to 31 August in three terms, each split by a
 * one-week half term:
 *
 * - autumn: first weekday on or after 2 September to the Friday on or before
 *   22 December; half term in the week of the Monday on or before 28 October;
 * - spring: first weekday on or after 4 January to the Friday nine days
 *   before Easter Sunday; half term in the week of the Monday on or before
 *   17 February;
 * - summer: the Monday eight days after Easter Sunday to the Friday on or
 *   before 22 July; half term in the week of the spring bank holiday.
 *
 * The Easter holiday is therefore the fortnight around Easter (computed with
 * the Gregorian Easter algorithm). Bank holidays of England and Wales that
 * fall on school days are closures, with the usual substitute days. Local
 * authorities and academies set their own dates, often a few days apart, and
 * one-off bank holidays (a coronation, a jubilee) are not included. Typical
 * hours: 08:45–15:15.
 *
 * @param startYear - the calendar year in which the school year begins.
 * @param options - overrides: more years, hours, blackouts, extra closures.
 * @returns plain calendar data the caller may edit.
 * @throws {@link ReachplanError} when the year or an option is out of range.
 * @example
 * ```ts
 * const calendar = englandCalendar(2027);
 * calendar.years[0]?.terms.map((term) => [term.start, term.end]);
 * // [['2027-09-02', '2027-12-17'], ['2028-01-04', '2028-04-07'],
 * //  ['2028-04-24', '2028-07-21']]
 * ```
 */
export function englandCalendar(
  startYear: number,
  options: PresetOptions = {},
): AcademicCalendar {
  return buildPreset(startYear, options, {
    schoolHours: { start: '08:45', end: '15:15' },
    buildYear: englishYear,
  });
}

function englishYear(y: number): AcademicYear {
  const id = `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
  const start = ymd(y, 9, 1);
  const end = ymd(y + 1, 8, 31);
  const easter = easterSunday(y + 1);

  const autumn = makeTerm(
    `${id}-autumn`,
    'Autumn term',
    weekdayOrNext(ymd(y, 9, 2)),
    weekdayOnOrBefore(ymd(y, 12, 22), 'fri'),
  );
  const spring = makeTerm(
    `${id}-spring`,
    'Spring term',
    weekdayOrNext(ymd(y + 1, 1, 4)),
    addCalendarDays(easter, -9),
  );
  const summer = makeTerm(
    `${id}-summer`,
    'Summer term',
    addCalendarDays(easter, 8),
    weekdayOnOrBefore(ymd(y + 1, 7, 22), 'fri'),
  );

  const breaks = [
    ...breakBetween('Summer holiday', addCalendarDays(start, -1), autumn.start),
    halfTerm(weekdayOnOrBefore(ymd(y, 10, 28), 'mon')),
    ...breakBetween('Christmas holiday', autumn.end, spring.start),
    halfTerm(weekdayOnOrBefore(ymd(y + 1, 2, 17), 'mon')),
    ...breakBetween('Easter holiday', spring.end, summer.start),
    halfTerm(lastWeekdayOf(y + 1, 5, 'mon')),
    ...breakBetween('Summer holiday', summer.end, addCalendarDays(end, 1)),
  ];
  const holidays = [...bankHolidays(y), ...bankHolidays(y + 1)];

  return {
    id,
    name: `School year ${y}–${y + 1}`,
    start,
    end,
    terms: [autumn, spring, summer],
    closures: sortClosures([
      ...breaks,
      ...holidayClosures(holidays, { start, end }, breaks),
    ]),
  };
}

function halfTerm(monday: LocalDate) {
  return breakFrom('Half term', monday, addCalendarDays(monday, 4));
}

// Bank holidays of England and Wales under the Banking and Financial
// Dealings Act 1971 and the royal proclamations that repeat every year.
function bankHolidays(y: number): Holiday[] {
  const easter = easterSunday(y);
  return [
    ...substituteWeekends([{ name: "New Year's Day", date: ymd(y, 1, 1) }]),
    { name: 'Good Friday', date: addCalendarDays(easter, -2) },
    { name: 'Easter Monday', date: addCalendarDays(easter, 1) },
    { name: 'Early May bank holiday', date: nthWeekdayOf(y, 5, 'mon', 1) },
    { name: 'Spring bank holiday', date: lastWeekdayOf(y, 5, 'mon') },
    { name: 'Summer bank holiday', date: lastWeekdayOf(y, 8, 'mon') },
    ...substituteWeekends([
      { name: 'Christmas Day', date: ymd(y, 12, 25) },
      { name: 'Boxing Day', date: ymd(y, 12, 26) },
    ]),
  ];
}
