import type { AcademicCalendar } from 'reachplan';
import {
  addCalendarDays,
  addSchoolDays,
  compileCalendar,
  fromEpochDay,
  japanCalendar,
  schoolDaysBetween,
  weekdayOf,
} from 'reachplan';
import { bench, describe } from 'vitest';

// Five Japanese school years: about 1,800 days, 1,000 school days and 90
// closures, the size a multi-year simulation walks through every run.
const calendar = japanCalendar(2027, { years: 5 });
const compiled = compileCalendar(calendar);
const dates = Array.from({ length: compiled.length }, (_, i) =>
  fromEpochDay(compiled.firstDay + i),
);

// The plain way: look through terms and closures for every question.
function isSchoolDayByScan(plan: AcademicCalendar, date: string): boolean {
  const within = (range: { start: string; end: string }) =>
    range.start <= date && date <= range.end;
  const weekday = weekdayOf(date);
  if (weekday === 'sat' || weekday === 'sun') return false;
  const inTerm = plan.years.some((year) => year.terms.some(within));
  return inTerm && !plan.years.some((year) => year.closures.some(within));
}

function addSchoolDaysByScan(plan: AcademicCalendar, date: string, n: number) {
  let day = date;
  for (let left = n; left > 0; ) {
    day = addCalendarDays(day, 1);
    if (isSchoolDayByScan(plan, day)) left -= 1;
  }
  return day;
}

describe('is every day of five years a school day?', () => {
  bench('baseline: scan terms and closures per date', () => {
    let count = 0;
    for (const date of dates) if (isSchoolDayByScan(calendar, date)) count++;
    if (count === 0) throw new Error('no school days');
  });

  bench('compiled lookups by epoch day', () => {
    let count = 0;
    for (let day = compiled.firstDay; day <= compiled.lastDay; day++) {
      if (compiled.isSchoolDay(day)) count++;
    }
    if (count === 0) throw new Error('no school days');
  });
});

describe('ten school days after each of 500 dates', () => {
  const starts = dates.slice(0, 500);

  bench('baseline: step day by day with a scan', () => {
    for (const date of starts) addSchoolDaysByScan(calendar, date, 10);
  });

  bench('addSchoolDays on a compiled calendar', () => {
    for (const date of starts) addSchoolDays(compiled, date, 10);
  });
});

describe('compiling', () => {
  bench('compileCalendar, five years', () => {
    compileCalendar(calendar);
  });

  bench('schoolDaysBetween on a plain calendar (compiles each call)', () => {
    schoolDaysBetween(calendar, '2027-04-01', '2032-03-31');
  });
});
