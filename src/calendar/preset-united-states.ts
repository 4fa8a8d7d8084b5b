import type {
  AcademicCalendar,
  AcademicYear,
} from '../model/calendar-schema.js';
import {
  lastWeekdayOf,
  nthWeekdayOf,
  weekdayOnOrBefore,
  ymd,
} from './date-rules.js';
import type { Holiday } from './holiday-closures.js';
import {
  breakBetween,
  breakFrom,
  holidayClosures,
  makeTerm,
  sortClosures,
} from './holiday-closures.js';
import type { LocalDate } from './local-date.js';
import { addCalendarDays, weekdayOf } from './local-date.js';
import type { PresetOptions } from './preset-options.js';
import { buildPreset } from './preset-options.js';

/**
 * A representative United States public-school calendar. The school year
 * runs from 1 July to 30 June in two semesters: the fall semester from the
 * fourth Monday of August to the Friday before Martin Luther King Jr. Day,
 * the spring semester from the Tuesday after it to the second Friday of
 * June. Closures: Thanksgiving (Wednesday to Friday), a two-week winter break
 * from the Monday of Christmas week, a spring break in the week of the third
 * Monday of March, and the federal holidays that fall on school weekdays
 * (Labor Day, Veterans Day, Martin Luther King Jr. Day, Presidents' Day,
 * Memorial Day, and the others when observed inside the year; a holiday on a
 * Saturday is observed on the Friday, on a Sunday on the Monday).
 *
 * Districts set their own calendars and differ widely, above all in the
 * spring break and whether Columbus / Indigenous Peoples' Day is a closure
 * (it is not here). Typical hours: 08:00–15:00.
 *
 * @param startYear - the calendar year in which the school year begins.
 * @param options - overrides: more years, hours, blackouts, extra closures.
 * @returns plain calendar data the caller may edit.
 * @throws {@link ReachplanError} when the year or an option is out of range.
 * @example
 * ```ts
 * const calendar = unitedStatesCalendar(2027);
 * calendar.years[0]?.terms.map((term) => [term.start, term.end]);
 * // [['2027-08-23', '2028-01-14'], ['2028-01-18', '2028-06-09']]
 * ```
 */
export function unitedStatesCalendar(
  startYear: number,
  options: PresetOptions = {},
): AcademicCalendar {
  return buildPreset(startYear, options, {
    schoolHours: { start: '08:00', end: '15:00' },
    buildYear: unitedStatesYear,
  });
}

function unitedStatesYear(y: number): AcademicYear {
  const id = `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
  const start = ymd(y, 7, 1);
  const end = ymd(y + 1, 6, 30);
  const kingDay = nthWeekdayOf(y + 1, 1, 'mon', 3);

  const fall = makeTerm(
    `${id}-fall`,
    'Fall semester',
    nthWeekdayOf(y, 8, 'mon', 4),
    addCalendarDays(kingDay, -3),
  );
  const spring = makeTerm(
    `${id}-spring`,
    'Spring semester',
    addCalendarDays(kingDay, 1),
    nthWeekdayOf(y + 1, 6, 'fri', 2),
  );

  const thanksgiving = nthWeekdayOf(y, 11, 'thu', 4);
  const winter = weekdayOnOrBefore(ymd(y, 12, 25), 'mon');
  const springBreak = nthWeekdayOf(y + 1, 3, 'mon', 3);
  const breaks = [
    ...breakBetween('Summer break', addCalendarDays(start, -1), fall.start),
    breakFrom(
      'Thanksgiving break',
      addCalendarDays(thanksgiving, -1),
      addCalendarDays(thanksgiving, 1),
    ),
    breakFrom('Winter break', winter, addCalendarDays(winter, 13)),
    breakFrom('Spring break', springBreak, addCalendarDays(springBreak, 4)),
    ...breakBetween('Summer break', spring.end, addCalendarDays(end, 1)),
  ];
  const holidays = [...federalHolidays(y), ...federalHolidays(y + 1)];

  return {
    id,
    name: `School year ${y}–${y + 1}`,
    start,
    end,
    terms: [fall, spring],
    closures: sortClosures([
      ...breaks,
      ...holidayClosures(holidays, { start, end }, breaks),
    ]),
  };
}

// The federal holidays of 5 U.S.C. 6103 except Columbus Day, which most
// school districts keep as a school day.
function federalHolidays(y: number): Holiday[] {
  return [
    { name: "New Year's Day", date: observed(ymd(y, 1, 1)) },
    {
      name: 'Martin Luther King Jr. Day',
      date: nthWeekdayOf(y, 1, 'mon', 3),
    },
    { name: "Presidents' Day", date: nthWeekdayOf(y, 2, 'mon', 3) },
    { name: 'Memorial Day', date: lastWeekdayOf(y, 5, 'mon') },
    { name: 'Juneteenth', date: observed(ymd(y, 6, 19)) },
    { name: 'Independence Day', date: observed(ymd(y, 7, 4)) },
    { name: 'Labor Day', date: nthWeekdayOf(y, 9, 'mon', 1) },
    { name: 'Veterans Day', date: observed(ymd(y, 11, 11)) },
    { name: 'Thanksgiving Day', date: nthWeekdayOf(y, 11, 'thu', 4) },
    { name: 'Christmas Day', date: observed(ymd(y, 12, 25)) },
  ];
}

// Federal rule: a Saturday holiday is observed on the Friday before, a
// Sunday holiday on the Monday after.
function observed(date: LocalDate): LocalDate {
  const weekday = weekdayOf(date);
  if (weekday === 'sat') return addCalendarDays(date, -1);
  if (weekday === 'sun') return addCalendarDays(date, 1);
  return date;
}
