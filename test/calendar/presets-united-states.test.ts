import { describe, expect, it } from 'vitest';
import {
  parseCalendar,
  schoolDaysBetween,
  unitedStatesCalendar,
} from '../../src/index.js';
import { closuresOf, termsOf } from './terms-of.js';

describe('unitedStatesCalendar', () => {
  it('splits 2027–28 into two semesters around Martin Luther King Jr. Day', () => {
    const calendar = unitedStatesCalendar(2027);

    expect(calendar.years[0]).toMatchObject({
      start: '2027-07-01',
      end: '2028-06-30',
    });
    expect(termsOf(calendar)).toEqual([
      ['2027-28-fall', '2027-08-23', '2028-01-14'],
      ['2027-28-spring', '2028-01-18', '2028-06-09'],
    ]);
  });

  it('closes Thanksgiving, the breaks and federal holidays in 2027–28', () => {
    expect(closuresOf(unitedStatesCalendar(2027))).toEqual([
      '2027-07-01..2027-08-22 Summer break',
      '2027-09-06..2027-09-06 Labor Day',
      '2027-11-11..2027-11-11 Veterans Day',
      '2027-11-24..2027-11-26 Thanksgiving break',
      '2027-12-20..2028-01-02 Winter break',
      '2028-01-17..2028-01-17 Martin Luther King Jr. Day',
      "2028-02-21..2028-02-21 Presidents' Day",
      '2028-03-20..2028-03-24 Spring break',
      '2028-05-29..2028-05-29 Memorial Day',
      '2028-06-10..2028-06-30 Summer break',
    ]);
  });

  it('moves with the weekdays in 2028–29', () => {
    const calendar = unitedStatesCalendar(2028);

    expect(termsOf(calendar)).toEqual([
      ['2028-29-fall', '2028-08-28', '2029-01-12'],
      ['2028-29-spring', '2029-01-16', '2029-06-08'],
    ]);
    const closures = closuresOf(calendar);
    expect(closures).toContain('2028-09-04..2028-09-04 Labor Day');
    // 11 November 2028 is a Saturday: observed on Friday the 10th.
    expect(closures).toContain('2028-11-10..2028-11-10 Veterans Day');
    expect(closures).toContain('2028-11-22..2028-11-24 Thanksgiving break');
    expect(closures).toContain('2028-12-25..2029-01-07 Winter break');
    expect(closures).toContain("2029-02-19..2029-02-19 Presidents' Day");
    expect(closures).toContain('2029-05-28..2029-05-28 Memorial Day');
  });

  it('holds a typical United States number of school days', () => {
    const calendar = parseCalendar(unitedStatesCalendar(2027));
    expect(schoolDaysBetween(calendar, '2027-07-01', '2028-07-01')).toBe(187);
  });
});
