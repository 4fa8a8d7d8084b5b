import fc from 'fast-check';
import type { AcademicCalendar, BlackoutRule } from '../../src/index.js';
import {
  australiaCalendar,
  englandCalendar,
  japanCalendar,
  newZealandCalendar,
  unitedStatesCalendar,
  WEEKDAYS,
  weekdayOf,
} from '../../src/index.js';

const PRESETS = [
  japanCalendar,
  unitedStatesCalendar,
  englandCalendar,
  australiaCalendar,
  newZealandCalendar,
];

const blackoutArbitrary: fc.Arbitrary<BlackoutRule> = fc.oneof(
  fc.record({
    kind: fc.constant('weekdays' as const),
    weekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  fc.record({
    kind: fc.constant('months' as const),
    months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), {
      minLength: 1,
      maxLength: 2,
    }),
  }),
);

/** A preset of a random country and year, 1–3 years long, with blackouts. */
export const calendarArbitrary: fc.Arbitrary<AcademicCalendar> = fc
  .record({
    preset: fc.constantFrom(...PRESETS),
    startYear: fc.integer({ min: 2020, max: 2045 }),
    years: fc.integer({ min: 1, max: 3 }),
    blackouts: fc.array(blackoutArbitrary, { maxLength: 2 }),
  })
  .map(({ preset, startYear, years, blackouts }) =>
    preset(startYear, { years, blackouts }),
  );

/** School days found the slow, obvious way, to check the fast index. */
export function isSchoolDayByScan(
  calendar: AcademicCalendar,
  date: string,
): boolean {
  const weekdays = calendar.schoolWeekdays ?? [
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
  ];
  const within = (range: { start: string; end: string }) =>
    range.start <= date && date <= range.end;

  const inTerm = calendar.years.some(
    (year) => within(year) && year.terms.some(within),
  );
  const closed = calendar.years.some((year) => year.closures.some(within));
  return inTerm && weekdays.includes(weekdayOf(date)) && !closed;
}

/** Session days found the slow, obvious way. */
export function isSessionDayByScan(
  calendar: AcademicCalendar,
  date: string,
): boolean {
  const blacked = (calendar.blackouts ?? []).some((rule) => {
    if (rule.kind === 'weekdays')
      return rule.weekdays.includes(weekdayOf(date));
    if (rule.kind === 'months')
      return rule.months.includes(Number(date.slice(5, 7)));
    return rule.start <= date && date <= rule.end;
  });
  return isSchoolDayByScan(calendar, date) && !blacked;
}
