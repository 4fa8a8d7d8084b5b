import { describe, expect, it } from 'vitest';
import {
  australiaCalendar,
  newZealandCalendar,
  parseCalendar,
  schoolDaysBetween,
} from '../../src/index.js';
import { closuresOf, termsOf } from './terms-of.js';

describe('australiaCalendar', () => {
  it('runs 2027 as the calendar year in four terms', () => {
    const calendar = australiaCalendar(2027);

    expect(calendar.years[0]).toMatchObject({
      id: '2027',
      start: '2027-01-01',
      end: '2027-12-31',
    });
    expect(termsOf(calendar)).toEqual([
      ['2027-t1', '2027-02-01', '2027-04-09'],
      ['2027-t2', '2027-04-26', '2027-07-02'],
      ['2027-t3', '2027-07-19', '2027-09-24'],
      ['2027-t4', '2027-10-11', '2027-12-17'],
    ]);
  });

  it('closes Easter and the King’s Birthday when they fall in term (2027)', () => {
    expect(closuresOf(australiaCalendar(2027))).toEqual([
      '2027-01-01..2027-01-31 Summer holidays',
      '2027-03-26..2027-03-26 Good Friday',
      '2027-03-29..2027-03-29 Easter Monday',
      '2027-04-10..2027-04-25 Term 1 holidays',
      "2027-06-14..2027-06-14 King's Birthday",
      '2027-07-03..2027-07-18 Term 2 holidays',
      '2027-09-25..2027-10-10 Term 3 holidays',
      '2027-12-18..2027-12-31 Summer holidays',
    ]);
  });

  it('moves with the weekdays in 2028, with Anzac Day in term', () => {
    const calendar = australiaCalendar(2028);

    expect(termsOf(calendar)).toEqual([
      ['2028-t1', '2028-01-31', '2028-04-07'],
      ['2028-t2', '2028-04-24', '2028-06-30'],
      ['2028-t3', '2028-07-17', '2028-09-22'],
      ['2028-t4', '2028-10-09', '2028-12-15'],
    ]);
    expect(closuresOf(calendar)).toContain('2028-04-25..2028-04-25 Anzac Day');
    expect(closuresOf(calendar)).toContain(
      "2028-06-12..2028-06-12 King's Birthday",
    );
  });

  it('holds about 200 school days', () => {
    const calendar = parseCalendar(australiaCalendar(2027));
    expect(schoolDaysBetween(calendar, '2027-01-01', '2028-01-01')).toBe(197);
  });
});

describe('newZealandCalendar', () => {
  it('runs 2027 in four terms, the first of eleven weeks', () => {
    expect(termsOf(newZealandCalendar(2027))).toEqual([
      ['2027-t1', '2027-02-01', '2027-04-16'],
      ['2027-t2', '2027-05-03', '2027-07-09'],
      ['2027-t3', '2027-07-26', '2027-10-01'],
      ['2027-t4', '2027-10-18', '2027-12-17'],
    ]);
  });

  it('Mondayises Waitangi Day and closes Easter Tuesday (2027)', () => {
    const closures = closuresOf(newZealandCalendar(2027));

    // 6 February 2027 is a Saturday.
    expect(closures).toContain(
      '2027-02-08..2027-02-08 Waitangi Day (substitute day)',
    );
    expect(closures).toContain('2027-03-26..2027-03-26 Good Friday');
    expect(closures).toContain('2027-03-29..2027-03-29 Easter Monday');
    expect(closures).toContain(
      '2027-03-30..2027-03-30 Easter Tuesday (school holiday)',
    );
    expect(closures).toContain("2027-06-07..2027-06-07 King's Birthday");
    expect(closures).toContain('2027-10-25..2027-10-25 Labour Day');
  });

  it('moves with the weekdays in 2028', () => {
    const calendar = newZealandCalendar(2028);

    expect(termsOf(calendar)).toEqual([
      ['2028-t1', '2028-01-31', '2028-04-14'],
      ['2028-t2', '2028-05-01', '2028-07-07'],
      ['2028-t3', '2028-07-24', '2028-09-29'],
      ['2028-t4', '2028-10-16', '2028-12-15'],
    ]);
    const closures = closuresOf(calendar);
    expect(closures).toContain(
      '2028-02-07..2028-02-07 Waitangi Day (substitute day)',
    );
    expect(closures).toContain('2028-10-23..2028-10-23 Labour Day');
  });

  it('holds about 190 school days', () => {
    const calendar = parseCalendar(newZealandCalendar(2027));
    expect(schoolDaysBetween(calendar, '2027-01-01', '2028-01-01')).toBe(194);
  });
});
