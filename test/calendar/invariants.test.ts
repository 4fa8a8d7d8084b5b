import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addSchoolDays,
  compileCalendar,
  findTerm,
  fromEpochDay,
  isSchoolDay,
  isSessionDay,
  listSchoolDays,
  nextSessionDay,
  schoolDaysBetween,
} from '../../src/index.js';
import {
  calendarArbitrary,
  isSchoolDayByScan,
  isSessionDayByScan,
} from './calendar-arbitraries.js';

/** A calendar, compiled, and a date from a little before to a little after. */
const withDate = calendarArbitrary.chain((calendar) => {
  const compiled = compileCalendar(calendar);
  return fc
    .integer({ min: compiled.firstDay - 40, max: compiled.lastDay + 40 })
    .map((day) => ({ calendar, compiled, date: fromEpochDay(day) }));
});

describe('school-day invariants', () => {
  it('agree with a day-by-day scan of terms, closures and blackouts', () => {
    fc.assert(
      fc.property(withDate, ({ compiled, calendar, date }) => {
        expect(isSchoolDay(compiled, date)).toBe(
          isSchoolDayByScan(calendar, date),
        );
        expect(isSessionDay(compiled, date)).toBe(
          isSessionDayByScan(calendar, date),
        );
        const term = calendar.years
          .flatMap((year) => year.terms)
          .find((t) => t.start <= date && date <= t.end);
        expect(findTerm(compiled, date)?.term).toBe(term);
      }),
    );
  });

  it('addSchoolDays then schoolDaysBetween gives back n', () => {
    fc.assert(
      fc.property(
        withDate,
        fc.integer({ min: 1, max: 150 }),
        ({ compiled, date }, n) => {
          const total = compiled.schoolDays.length;
          const before = schoolDaysBetween(
            compiled,
            fromEpochDay(compiled.firstDay),
            addCalendarDays(date, 1),
          );
          fc.pre(before + n <= total);

          const reached = addSchoolDays(compiled, date, n);
          expect(isSchoolDay(compiled, reached)).toBe(true);
          // n school days lie in (date, reached].
          const after = addCalendarDays(date, 1);
          const end = addCalendarDays(reached, 1);
          expect(schoolDaysBetween(compiled, after, end)).toBe(n);
          if (isSchoolDay(compiled, date)) {
            expect(schoolDaysBetween(compiled, date, reached)).toBe(n);
            expect(addSchoolDays(compiled, reached, -n)).toBe(date);
          }
        },
      ),
    );
  });

  it('counting back n school days lands n school days before', () => {
    fc.assert(
      fc.property(
        withDate,
        fc.integer({ min: 1, max: 150 }),
        ({ compiled, date }, n) => {
          const first = fromEpochDay(compiled.firstDay);
          fc.pre(schoolDaysBetween(compiled, first, date) >= n);

          const reached = addSchoolDays(compiled, date, -n);
          expect(schoolDaysBetween(compiled, reached, date)).toBe(n);
        },
      ),
    );
  });

  it('listSchoolDays holds schoolDaysBetween plus the last day if it counts', () => {
    fc.assert(
      fc.property(
        withDate,
        fc.integer({ min: 0, max: 400 }),
        ({ compiled, date }, days) => {
          const to = addCalendarDays(date, days);
          const listed = listSchoolDays(compiled, date, to);

          const last = isSchoolDay(compiled, to) ? 1 : 0;
          expect(listed).toHaveLength(
            schoolDaysBetween(compiled, date, to) + last,
          );
          expect(listed.every((day) => isSchoolDay(compiled, day))).toBe(true);
          expect([...listed].sort()).toEqual(listed);
          expect(new Set(listed).size).toBe(listed.length);
        },
      ),
    );
  });

  it('nextSessionDay is the first session day on or after the date', () => {
    fc.assert(
      fc.property(withDate, ({ compiled, calendar, date }) => {
        const found = nextSessionDay(compiled, date);
        if (found === undefined) {
          const end = fromEpochDay(compiled.lastDay);
          for (let day = date; day <= end; day = addCalendarDays(day, 1)) {
            expect(isSessionDayByScan(calendar, day)).toBe(false);
          }
          return;
        }
        expect(found >= date).toBe(true);
        expect(isSessionDayByScan(calendar, found)).toBe(true);
        for (let day = date; day < found; day = addCalendarDays(day, 1)) {
          expect(isSessionDayByScan(calendar, day)).toBe(false);
        }
      }),
    );
  });

  it('gives the same answers for a plain calendar and its compiled form', () => {
    fc.assert(
      fc.property(withDate, ({ compiled, calendar, date }) => {
        const later = addCalendarDays(date, 30);
        expect(isSchoolDay(calendar, date)).toBe(isSchoolDay(compiled, date));
        expect(schoolDaysBetween(calendar, date, later)).toBe(
          schoolDaysBetween(compiled, date, later),
        );
        expect(nextSessionDay(calendar, date)).toBe(
          nextSessionDay(compiled, date),
        );
      }),
      { numRuns: 30 },
    );
  });
});
