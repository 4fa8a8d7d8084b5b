import { nthWeekdayOf, ymd } from './date-rules.js';
import type { Holiday } from './holiday-closures.js';
import type { LocalDate } from './local-date.js';
import { addCalendarDays, weekdayOf } from './local-date.js';

/**
 * Japan's national holidays in one calendar year under the current Act on
 * National Holidays: fixed dates, the "Happy Monday" holidays, the two
 * equinox days, the substitute holiday after a holiday on a Sunday, and the
 * citizens' holiday between two holidays.
 *
 * The equinox days are set each February by the National Astronomical
 * Observatory; here they come from the usual approximation formula, which
 * matches the published days for 1980 to 2099. One-off moves (the 2019
 * enthronement, the 2020–2021 Olympic changes) are not modelled.
 *
 * @internal
 */
export function japaneseHolidays(year: number): Holiday[] {
  const base: Holiday[] = [
    { name: "New Year's Day", date: ymd(year, 1, 1) },
    { name: 'Coming of Age Day', date: nthWeekdayOf(year, 1, 'mon', 2) },
    { name: 'National Foundation Day', date: ymd(year, 2, 11) },
    { name: "Emperor's Birthday", date: ymd(year, 2, 23) },
    { name: 'Vernal Equinox Day', date: ymd(year, 3, vernalDay(year)) },
    { name: 'Showa Day', date: ymd(year, 4, 29) },
    { name: 'Constitution Memorial Day', date: ymd(year, 5, 3) },
    { name: 'Greenery Day', date: ymd(year, 5, 4) },
    { name: "Children's Day", date: ymd(year, 5, 5) },
    { name: 'Marine Day', date: nthWeekdayOf(year, 7, 'mon', 3) },
    { name: 'Mountain Day', date: ymd(year, 8, 11) },
    { name: 'Respect for the Aged Day', date: nthWeekdayOf(year, 9, 'mon', 3) },
    { name: 'Autumnal Equinox Day', date: ymd(year, 9, autumnalDay(year)) },
    { name: 'Sports Day', date: nthWeekdayOf(year, 10, 'mon', 2) },
    { name: 'Culture Day', date: ymd(year, 11, 3) },
    { name: 'Labour Thanksgiving Day', date: ymd(year, 11, 23) },
  ];

  const citizens = citizensHolidays(base);
  const substitutes = substituteHolidays(base, citizens);
  return [...base, ...citizens, ...substitutes];
}

/** The approximation formula for the March equinox day, 1980–2099. */
function vernalDay(year: number): number {
  const t = year - 1980;
  return Math.floor(20.8431 + 0.242194 * t) - Math.floor(t / 4);
}

/** The approximation formula for the September equinox day, 1980–2099. */
function autumnalDay(year: number): number {
  const t = year - 1980;
  return Math.floor(23.2488 + 0.242194 * t) - Math.floor(t / 4);
}

// A day that is not a holiday but lies between two holidays is one too;
// in practice this only happens in September, between Respect for the Aged
// Day and the equinox.
function citizensHolidays(base: readonly Holiday[]): Holiday[] {
  const dates = new Set(base.map((holiday) => holiday.date));
  const found: Holiday[] = [];

  for (const holiday of base) {
    const between = addCalendarDays(holiday.date, 1);
    const after = addCalendarDays(holiday.date, 2);
    if (!dates.has(between) && dates.has(after)) {
      found.push({ name: "Citizens' Holiday", date: between });
    }
  }
  return found;
}

// A holiday on a Sunday gives the next day that is not a holiday.
function substituteHolidays(
  base: readonly Holiday[],
  citizens: readonly Holiday[],
): Holiday[] {
  const taken = new Set<LocalDate>(
    [...base, ...citizens].map((holiday) => holiday.date),
  );
  const found: Holiday[] = [];

  for (const holiday of base) {
    if (weekdayOf(holiday.date) !== 'sun') continue;
    let date = addCalendarDays(holiday.date, 1);
    while (taken.has(date)) date = addCalendarDays(date, 1);
    taken.add(date);
    found.push({ name: 'Substitute Holiday', date });
  }
  return found;
}
