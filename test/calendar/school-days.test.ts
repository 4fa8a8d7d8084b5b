import { describe, expect, it } from 'vitest';
import {
  addSchoolDays,
  findTerm,
  findYear,
  isSchoolDay,
  isSessionDay,
  japanCalendar,
  listSchoolDays,
  nextSessionDay,
  schoolDaysBetween,
} from '../../src/index.js';
import { issuesOf } from './issues-of.js';

// Japan 2027–28: Showa Day Thursday 29 April, Golden Week 3–5 May
// (Monday to Wednesday), 1–2 May a weekend.
const calendar = japanCalendar(2027);

describe('isSchoolDay', () => {
  it('is true on a weekday in term', () => {
    expect(isSchoolDay(calendar, '2027-04-06')).toBe(true);
    expect(isSchoolDay(calendar, '2027-07-20')).toBe(true);
  });

  it('is false on weekends, holidays, breaks and outside the calendar', () => {
    expect(isSchoolDay(calendar, '2027-04-10')).toBe(false);
    expect(isSchoolDay(calendar, '2027-04-29')).toBe(false);
    expect(isSchoolDay(calendar, '2027-05-04')).toBe(false);
    expect(isSchoolDay(calendar, '2027-08-02')).toBe(false);
    expect(isSchoolDay(calendar, '2027-03-31')).toBe(false);
    expect(isSchoolDay(calendar, '2028-04-06')).toBe(false);
  });

  it('is false between terms even without a closure', () => {
    const bare = japanCalendar(2027);
    const year = bare.years[0];
    if (year) year.closures = [];
    expect(isSchoolDay(bare, '2027-08-02')).toBe(false);
    expect(isSchoolDay(bare, '2027-05-04')).toBe(true);
  });
});

describe('isSessionDay', () => {
  it('keeps sessions off blacked-out weekdays, months and dates', () => {
    const blacked = japanCalendar(2027, {
      blackouts: [
        { kind: 'weekdays', weekdays: ['mon'] },
        { kind: 'months', months: [6] },
        { kind: 'dates', start: '2027-07-14', end: '2027-07-16' },
      ],
    });
    expect(isSessionDay(blacked, '2027-04-12')).toBe(false);
    expect(isSessionDay(blacked, '2027-04-13')).toBe(true);
    expect(isSessionDay(blacked, '2027-06-09')).toBe(false);
    expect(isSessionDay(blacked, '2027-07-15')).toBe(false);
    expect(isSessionDay(blacked, '2027-07-13')).toBe(true);
    expect(isSessionDay(blacked, '2027-04-10')).toBe(false);
  });
});

describe('schoolDaysBetween', () => {
  it('counts from the first date up to, not including, the second', () => {
    expect(schoolDaysBetween(calendar, '2027-04-12', '2027-04-19')).toBe(5);
    expect(schoolDaysBetween(calendar, '2027-04-26', '2027-05-10')).toBe(6);
    expect(schoolDaysBetween(calendar, '2027-04-12', '2027-04-12')).toBe(0);
  });

  it('is negative when the dates are the wrong way round', () => {
    expect(schoolDaysBetween(calendar, '2027-05-10', '2027-04-26')).toBe(-6);
  });

  it('counts nothing outside the calendar', () => {
    expect(schoolDaysBetween(calendar, '2020-01-01', '2027-04-06')).toBe(0);
    expect(schoolDaysBetween(calendar, '2027-04-06', '2040-01-01')).toBe(200);
  });
});

describe('addSchoolDays', () => {
  it('steps over holidays and weekends', () => {
    expect(addSchoolDays(calendar, '2027-04-28', 1)).toBe('2027-04-30');
    expect(addSchoolDays(calendar, '2027-04-28', 2)).toBe('2027-05-06');
    expect(addSchoolDays(calendar, '2027-05-03', 1)).toBe('2027-05-06');
  });

  it('counts back with a negative n and returns the date with 0', () => {
    expect(addSchoolDays(calendar, '2027-04-30', -1)).toBe('2027-04-28');
    expect(addSchoolDays(calendar, '2027-05-03', -1)).toBe('2027-04-30');
    expect(addSchoolDays(calendar, '2027-05-03', 0)).toBe('2027-05-03');
  });

  it('crosses the summer break into the next term', () => {
    expect(addSchoolDays(calendar, '2027-07-20', 1)).toBe('2027-09-01');
  });

  it('starts at the first school day from before the calendar', () => {
    expect(addSchoolDays(calendar, '2027-01-01', 1)).toBe('2027-04-06');
  });

  it('says where the calendar ends when the count runs past it', () => {
    expect(issuesOf(() => addSchoolDays(calendar, '2028-03-20', 10))).toEqual([
      {
        code: 'beyond_calendar',
        path: ['n'],
        message:
          'counting 10 school days after 2028-03-20 runs past the calendar, whose last school day is 2028-03-24',
      },
    ]);
    expect(issuesOf(() => addSchoolDays(calendar, '2027-04-07', -2))).toEqual([
      {
        code: 'beyond_calendar',
        path: ['n'],
        message:
          'counting 2 school days before 2027-04-07 runs past the calendar, whose first school day is 2027-04-06',
      },
    ]);
  });

  it('rejects a count that is not whole and a date that is not real', () => {
    expect(issuesOf(() => addSchoolDays(calendar, '2027-04-07', 1.5))).toEqual([
      {
        code: 'invalid_count',
        path: ['n'],
        message: 'n 1.5 is not a whole number of school days',
      },
    ]);
    expect(issuesOf(() => addSchoolDays(calendar, '2027-02-30', 1))).toEqual([
      {
        code: 'invalid_date',
        path: ['date'],
        message: 'date "2027-02-30" is not a real date written YYYY-MM-DD',
      },
    ]);
    expect(
      issuesOf(() => schoolDaysBetween(calendar, '2027-4-1', '2027-05-01')),
    ).toEqual([
      {
        code: 'invalid_date',
        path: ['from'],
        message: 'from "2027-4-1" is not a real date written YYYY-MM-DD',
      },
    ]);
  });
});

describe('listSchoolDays', () => {
  it('lists the school days between two dates, both included', () => {
    expect(listSchoolDays(calendar, '2027-04-28', '2027-05-07')).toEqual([
      '2027-04-28',
      '2027-04-30',
      '2027-05-06',
      '2027-05-07',
    ]);
  });

  it('is empty when the dates are the wrong way round', () => {
    expect(listSchoolDays(calendar, '2027-05-07', '2027-04-28')).toEqual([]);
  });
});

describe('nextSessionDay', () => {
  const blacked = japanCalendar(2027, {
    blackouts: [{ kind: 'weekdays', weekdays: ['mon', 'fri'] }],
  });

  it('finds the first session day on or after a date', () => {
    expect(nextSessionDay(blacked, '2027-04-13')).toBe('2027-04-13');
    expect(nextSessionDay(blacked, '2027-04-16')).toBe('2027-04-20');
    expect(nextSessionDay(calendar, '2027-05-03')).toBe('2027-05-06');
  });

  it('starts at the first session day from before the calendar', () => {
    expect(nextSessionDay(blacked, '2026-12-01')).toBe('2027-04-06');
  });

  it('is undefined once no session day is left', () => {
    expect(nextSessionDay(calendar, '2028-03-25')).toBeUndefined();
    expect(nextSessionDay(calendar, '2030-01-01')).toBeUndefined();
  });
});

describe('findYear and findTerm', () => {
  it('find the year and term holding a date', () => {
    expect(findYear(calendar, '2027-08-10')?.id).toBe('2027-28');
    expect(findYear(calendar, '2028-04-01')).toBeUndefined();
    expect(findTerm(calendar, '2027-12-25')?.term.id).toBe('2027-28-t2');
    expect(findTerm(calendar, '2027-12-25')?.year.id).toBe('2027-28');
  });

  it('find no term between terms', () => {
    expect(findTerm(calendar, '2027-12-26')).toBeUndefined();
    expect(findTerm(calendar, '2027-04-05')).toBeUndefined();
  });
});
