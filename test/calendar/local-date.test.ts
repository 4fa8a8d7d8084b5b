import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  fromEpochDay,
  monthOf,
  toEpochDay,
  weekdayOf,
} from '../../src/index.js';
import { issuesOf } from './issues-of.js';

describe('local dates as day numbers', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2027-04-06')).toBe(20914);
    expect(fromEpochDay(20914)).toBe('2027-04-06');
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });

  it('gives back every day of years 0 to 9999 it was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), (day) => {
        expect(toEpochDay(fromEpochDay(day))).toBe(day);
      }),
    );
  });

  it('adds days across months, leap days and years', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addCalendarDays('2027-04-01', -1)).toBe('2027-03-31');
  });

  it('names the weekday and the month', () => {
    expect(weekdayOf('2027-04-06')).toBe('tue');
    expect(weekdayOf('1970-01-01')).toBe('thu');
    expect(monthOf('2027-05-12')).toBe(5);
  });

  it('refuses a day number that names no date, with the library error', () => {
    expect(issuesOf(() => fromEpochDay(1.5))).toEqual([
      {
        code: 'invalid_date',
        path: ['day'],
        message: 'day 1.5 is not a whole day number from -719528 to 2932896',
      },
    ]);
    expect(issuesOf(() => addCalendarDays('soon', 1))).toEqual([
      {
        code: 'invalid_date',
        path: ['day'],
        message: 'day NaN is not a whole day number from -719528 to 2932896',
      },
    ]);
    expect(issuesOf(() => weekdayOf('soon'))).toEqual([
      {
        code: 'invalid_date',
        path: ['date'],
        message: 'date "soon" is not written YYYY-MM-DD',
      },
    ]);
  });
});
