import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  englandCalendar,
  parseCalendar,
  schoolDaysBetween,
} from '../../src/index.js';
import { closuresOf, termsOf } from './terms-of.js';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('puts Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('englandCalendar', () => {
  it('lays out 2027–28 in three terms with the Easter fortnight', () => {
    const calendar = englandCalendar(2027);

    expect(calendar.years[0]).toMatchObject({
      start: '2027-09-01',
      end: '2028-08-31',
    });
    // Easter 2028 is 16 April: spring term ends nine days before it.
    expect(termsOf(calendar)).toEqual([
      ['2027-28-autumn', '2027-09-02', '2027-12-17'],
      ['2027-28-spring', '2028-01-04', '2028-04-07'],
      ['2027-28-summer', '2028-04-24', '2028-07-21'],
    ]);
    expect(closuresOf(calendar)).toEqual([
      '2027-09-01..2027-09-01 Summer holiday',
      '2027-10-25..2027-10-29 Half term',
      '2027-12-18..2028-01-03 Christmas holiday',
      '2028-02-14..2028-02-18 Half term',
      '2028-04-08..2028-04-23 Easter holiday',
      '2028-05-01..2028-05-01 Early May bank holiday',
      '2028-05-29..2028-06-02 Half term',
      '2028-07-22..2028-08-31 Summer holiday',
    ]);
  });

  it('follows an early Easter in 2028–29', () => {
    const calendar = englandCalendar(2028);

    // Easter 2029 is 1 April.
    expect(termsOf(calendar)).toEqual([
      ['2028-29-autumn', '2028-09-04', '2028-12-22'],
      ['2028-29-spring', '2029-01-04', '2029-03-23'],
      ['2028-29-summer', '2029-04-09', '2029-07-20'],
    ]);
    expect(closuresOf(calendar)).toContain(
      '2029-03-24..2029-04-08 Easter holiday',
    );
    expect(closuresOf(calendar)).toContain(
      '2029-05-07..2029-05-07 Early May bank holiday',
    );
  });

  it('keeps Good Friday and Easter Monday inside the Easter holiday', () => {
    // Easter 2027 is 28 March: Good Friday 26 March, Easter Monday 29 March.
    const closures = closuresOf(englandCalendar(2026));
    expect(closures).toContain('2027-03-20..2027-04-04 Easter holiday');
    expect(closures.some((text) => text.includes('Good Friday'))).toBe(false);
  });

  it('holds 195 days, the teacher days of an English school year', () => {
    const calendar = parseCalendar(englandCalendar(2027));
    expect(schoolDaysBetween(calendar, '2027-09-01', '2028-09-01')).toBe(195);
  });
});
