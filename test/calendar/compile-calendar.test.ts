import { describe, expect, it } from 'vitest';
import type { AcademicCalendar } from '../../src/index.js';
import {
  addSchoolDays,
  compileCalendar,
  englandCalendar,
  fromEpochDay,
  isSchoolDay,
  japanCalendar,
  toEpochDay,
} from '../../src/index.js';
import { issuesOf } from './issues-of.js';

describe('compileCalendar', () => {
  const compiled = compileCalendar(japanCalendar(2027, { years: 2 }));

  it('indexes every day from the first year start to the last year end', () => {
    expect(fromEpochDay(compiled.firstDay)).toBe('2027-04-01');
    expect(fromEpochDay(compiled.lastDay)).toBe('2029-03-31');
    expect(compiled.length).toBe(731);
    expect(compiled.schoolDay).toBeInstanceOf(Uint8Array);
    expect(compiled.sessionDay).toHaveLength(731);
    expect(compiled.termIndex).toBeInstanceOf(Int16Array);
    expect(compiled.yearIndex).toHaveLength(731);
    expect(compiled.schoolDaysBefore).toHaveLength(732);
  });

  it('marks terms and years by index, -1 outside them', () => {
    const slot = (date: string) => toEpochDay(date) - compiled.firstDay;

    expect(compiled.termIndex[slot('2027-04-05')]).toBe(-1);
    expect(compiled.termIndex[slot('2027-04-06')]).toBe(0);
    expect(compiled.termIndex[slot('2028-01-08')]).toBe(2);
    expect(compiled.termIndex[slot('2028-04-06')]).toBe(3);
    expect(compiled.yearIndex[slot('2028-03-31')]).toBe(0);
    expect(compiled.yearIndex[slot('2028-04-01')]).toBe(1);
  });

  it('lists every term with its bounds and school days', () => {
    expect(
      compiled.terms.map((term) => [
        term.term.id,
        fromEpochDay(term.firstDay),
        fromEpochDay(term.lastDay),
        term.yearIndex,
        term.schoolDays,
      ]),
    ).toEqual([
      ['2027-28-t1', '2027-04-06', '2027-07-20', 0, 71],
      ['2027-28-t2', '2027-09-01', '2027-12-25', 0, 78],
      ['2027-28-t3', '2028-01-08', '2028-03-25', 0, 51],
      ['2028-29-t1', '2028-04-06', '2028-07-20', 1, 72],
      ['2028-29-t2', '2028-09-01', '2028-12-25', 1, 77],
      ['2028-29-t3', '2029-01-08', '2029-03-25', 1, 51],
    ]);
    const sum = compiled.terms.reduce((n, term) => n + term.schoolDays, 0);
    expect(compiled.schoolDays).toHaveLength(sum);
  });

  it('answers lookups by epoch day, outside the calendar too', () => {
    const day = toEpochDay('2027-04-06');

    expect(compiled.isSchoolDay(day)).toBe(true);
    expect(compiled.isSchoolDay(compiled.firstDay - 1)).toBe(false);
    expect(compiled.isSchoolDay(compiled.lastDay + 1)).toBe(false);
    expect(compiled.termOf(day)?.term.name).toBe('First term');
    expect(compiled.termOf(compiled.lastDay + 10)).toBeUndefined();
    expect(compiled.yearOf(compiled.firstDay - 10)).toBeUndefined();
    expect(compiled.countSchoolDays(day, day + 7)).toBe(5);
    expect(compiled.addSchoolDays(compiled.lastDay, 1)).toBeUndefined();
    expect(compiled.nextSessionDay(compiled.lastDay)).toBeUndefined();
  });

  it('is accepted wherever a calendar is', () => {
    expect(addSchoolDays(compiled, '2027-07-20', 1)).toBe('2027-09-01');
  });

  it('counts 195 days in each term of England 2027–28 together', () => {
    const england = compileCalendar(englandCalendar(2027));
    expect(england.terms.map((term) => term.schoolDays)).toEqual([72, 64, 59]);
    expect(england.countSchoolDays(england.firstDay, england.lastDay + 1)).toBe(
      195,
    );
  });

  it('refuses a calendar that spans more than a century', () => {
    const calendar = japanCalendar(2027);
    const year = calendar.years[0];
    if (year) year.end = '2200-01-01';
    expect(issuesOf(() => compileCalendar(calendar))).toEqual([
      {
        code: 'calendar_too_long',
        path: ['years'],
        message:
          'the years span 63098 days, more than the 36600 a calendar may cover',
      },
    ]);
  });

  it('refuses a malformed calendar with the library error, not a TypeError', () => {
    const noTerms = { years: [{ start: '2027-04-01', end: '2028-03-31' }] };
    expect(
      issuesOf(() =>
        isSchoolDay(noTerms as unknown as AcademicCalendar, '2027-05-01'),
      ),
    ).toEqual([
      {
        code: 'invalid_calendar',
        path: ['years'],
        message:
          'the calendar is not a valid academic calendar; check it with parseCalendar first',
      },
    ]);
  });

  it('refuses a calendar that was never checked and has no usable dates', () => {
    const broken = { years: [{ start: 'soon', end: 'later' }] };
    expect(
      issuesOf(() => compileCalendar(broken as unknown as AcademicCalendar)),
    ).toEqual([
      {
        code: 'invalid_calendar',
        path: ['years'],
        message:
          'the calendar is not a valid academic calendar; check it with parseCalendar first',
      },
    ]);
  });
});
