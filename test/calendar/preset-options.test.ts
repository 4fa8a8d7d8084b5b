import { describe, expect, it } from 'vitest';
import {
  englandCalendar,
  isSchoolDay,
  isSessionDay,
  japanCalendar,
  newZealandCalendar,
  unitedStatesCalendar,
} from '../../src/index.js';
import { issuesOf } from './issues-of.js';

describe('preset options', () => {
  it('uses the preset hours unless told otherwise', () => {
    expect(japanCalendar(2027).schoolHours).toEqual({
      start: '08:30',
      end: '15:30',
    });
    const custom = { start: '09:00', end: '16:00' };
    expect(japanCalendar(2027, { schoolHours: custom }).schoolHours).toEqual(
      custom,
    );
  });

  it('adds blackouts that keep sessions off school days', () => {
    const calendar = unitedStatesCalendar(2027, {
      blackouts: [{ kind: 'months', months: [5], name: 'Testing season' }],
    });
    expect(isSchoolDay(calendar, '2028-05-10')).toBe(true);
    expect(isSessionDay(calendar, '2028-05-10')).toBe(false);
    expect(isSessionDay(calendar, '2028-04-10')).toBe(true);
  });

  it('adds an extra closure to the year that holds it', () => {
    // Matariki 2027 (25 June) is set in law, not by a rule.
    const calendar = newZealandCalendar(2027, {
      closures: [{ name: 'Matariki', start: '2027-06-25', end: '2027-06-25' }],
    });
    expect(isSchoolDay(calendar, '2027-06-25')).toBe(false);
    expect(isSchoolDay(newZealandCalendar(2027), '2027-06-25')).toBe(true);
  });

  it('opens Saturdays when school weekdays include them', () => {
    const calendar = japanCalendar(2027, {
      schoolWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    });
    expect(isSchoolDay(calendar, '2027-04-10')).toBe(true);
    expect(isSchoolDay(japanCalendar(2027), '2027-04-10')).toBe(false);
  });

  it('returns fresh data that the caller may edit', () => {
    const blackouts = [{ kind: 'months' as const, months: [5] }];
    const calendar = japanCalendar(2027, { blackouts });
    calendar.blackouts?.push({ kind: 'months', months: [6] });
    expect(blackouts).toHaveLength(1);
    expect(japanCalendar(2027).years[0]?.terms[0]?.start).toBe('2027-04-06');
  });

  it('rejects a start year and a year count out of range', () => {
    expect(issuesOf(() => japanCalendar(2027.5, { years: 0 }))).toEqual([
      {
        code: 'invalid_year',
        path: ['startYear'],
        message: 'start year 2027.5 is not a whole year from 1900 to 2199',
      },
      {
        code: 'invalid_option',
        path: ['options', 'years'],
        message: 'years 0 is not a whole number from 1 to 20',
      },
    ]);
  });

  it('names options of the wrong shape with the library error', () => {
    expect(
      issuesOf(() =>
        japanCalendar(2027, {
          blackouts: 'mondays',
          closures: [{ name: 'Trip', start: '2027-13-01', end: '2027-05-01' }],
          schoolHours: { start: '8:30', end: '15:30' },
          term: 3,
        } as never),
      ),
    ).toEqual([
      {
        code: 'invalid_format',
        path: ['options', 'schoolHours', 'start'],
        message: 'expected a time written HH:mm, received "8:30"',
      },
      {
        code: 'invalid_type',
        path: ['options', 'blackouts'],
        message: 'expected array, received string "mondays"',
      },
      {
        code: 'invalid_date',
        path: ['options', 'closures', 0, 'start'],
        message:
          'expected a real date written YYYY-MM-DD, received "2027-13-01"',
      },
      {
        code: 'unknown_key',
        path: ['options', 'term'],
        message: 'unknown key "term"',
      },
    ]);
    expect(issuesOf(() => englandCalendar(2027, null as never))).toEqual([
      {
        code: 'invalid_type',
        path: ['options'],
        message: 'expected object, received null',
      },
    ]);
  });

  it('checks the calendar it builds with the extra closures and blackouts', () => {
    // Paths point into the calendar built: extra closures follow the preset's.
    expect(
      issuesOf(() =>
        japanCalendar(2027, {
          closures: [{ name: 'Trip', start: '2027-06-02', end: '2027-06-01' }],
          blackouts: [
            { kind: 'dates', start: '2027-07-10', end: '2027-07-01' },
          ],
        }),
      ),
    ).toEqual([
      {
        code: 'closure_end_before_start',
        path: ['years', 0, 'closures', 16, 'end'],
        message:
          'closure "Trip" ends on 2027-06-01, before it starts on 2027-06-02',
      },
      {
        code: 'blackout_dates_reversed',
        path: ['blackouts', 0, 'end'],
        message: 'blackout ends on 2027-07-01, before it starts on 2027-07-10',
      },
    ]);
  });

  it('rejects an extra closure outside the years built', () => {
    const closures = [{ name: 'Trip', start: '2029-05-01', end: '2029-05-01' }];
    expect(issuesOf(() => japanCalendar(2027, { closures }))).toEqual([
      {
        code: 'closure_outside_year',
        path: ['options', 'closures', 0],
        message:
          'closure "Trip" starts on 2029-05-01, outside the years built (2027-04-01 to 2028-03-31)',
      },
    ]);
  });
});
