import { describe, expect, it } from 'vitest';
import {
  japanCalendar,
  parseCalendar,
  schoolDaysBetween,
} from '../../src/index.js';
import { closuresOf, termsOf } from './terms-of.js';

describe('japanCalendar', () => {
  it('runs 2027 from April to March in three terms', () => {
    const calendar = japanCalendar(2027);

    expect(calendar.years[0]).toMatchObject({
      id: '2027-28',
      start: '2027-04-01',
      end: '2028-03-31',
    });
    expect(termsOf(calendar)).toEqual([
      ['2027-28-t1', '2027-04-06', '2027-07-20'],
      ['2027-28-t2', '2027-09-01', '2027-12-25'],
      ['2027-28-t3', '2028-01-08', '2028-03-25'],
    ]);
  });

  it('closes the breaks and the national holidays on weekdays in 2027', () => {
    expect(closuresOf(japanCalendar(2027))).toEqual([
      '2027-04-01..2027-04-05 Spring break',
      '2027-04-29..2027-04-29 Showa Day',
      '2027-05-03..2027-05-05 Golden Week',
      '2027-07-19..2027-07-19 Marine Day',
      '2027-07-21..2027-08-31 Summer break',
      '2027-09-20..2027-09-20 Respect for the Aged Day',
      '2027-09-23..2027-09-23 Autumnal Equinox Day',
      '2027-10-11..2027-10-11 Sports Day',
      '2027-11-03..2027-11-03 Culture Day',
      '2027-11-23..2027-11-23 Labour Thanksgiving Day',
      '2027-12-26..2028-01-07 Winter break',
      '2028-01-10..2028-01-10 Coming of Age Day',
      '2028-02-11..2028-02-11 National Foundation Day',
      "2028-02-23..2028-02-23 Emperor's Birthday",
      '2028-03-20..2028-03-20 Vernal Equinox Day',
      '2028-03-26..2028-03-31 Spring break',
    ]);
  });

  it('moves the Happy Monday holidays with the year in 2028', () => {
    const closures = closuresOf(japanCalendar(2028));

    expect(termsOf(japanCalendar(2028))[0]).toEqual([
      '2028-29-t1',
      '2028-04-06',
      '2028-07-20',
    ]);
    expect(closures).toContain('2028-07-17..2028-07-17 Marine Day');
    expect(closures).toContain(
      '2028-09-18..2028-09-18 Respect for the Aged Day',
    );
    expect(closures).toContain('2028-09-22..2028-09-22 Autumnal Equinox Day');
    expect(closures).toContain('2028-10-09..2028-10-09 Sports Day');
    expect(closures).toContain('2029-01-08..2029-01-08 Coming of Age Day');
  });

  it('leaves out Showa Day when it falls on a Saturday', () => {
    const closures = closuresOf(japanCalendar(2028));
    expect(closures.some((text) => text.includes('Showa Day'))).toBe(false);
  });

  it('gives the Monday after a Sunday holiday as a substitute', () => {
    // National Foundation Day, 11 February 2029, is a Sunday.
    expect(closuresOf(japanCalendar(2028))).toContain(
      '2029-02-12..2029-02-12 Substitute Holiday',
    );
    // The vernal equinox, 21 March 2027, is a Sunday.
    expect(closuresOf(japanCalendar(2026))).toContain(
      '2027-03-22..2027-03-22 Substitute Holiday',
    );
  });

  it("closes the citizens' holiday between two holidays (September 2026)", () => {
    const closures = closuresOf(japanCalendar(2026));
    expect(closures).toContain(
      '2026-09-21..2026-09-21 Respect for the Aged Day',
    );
    expect(closures).toContain("2026-09-22..2026-09-22 Citizens' Holiday");
    expect(closures).toContain('2026-09-23..2026-09-23 Autumnal Equinox Day');
  });

  it('holds about 200 school days, as Japanese schools do', () => {
    const calendar = japanCalendar(2027);
    expect(schoolDaysBetween(calendar, '2027-04-01', '2028-04-01')).toBe(200);
  });

  it('builds consecutive years that pass the calendar checks', () => {
    const calendar = parseCalendar(japanCalendar(2027, { years: 3 }));
    expect(calendar.years.map((year) => year.id)).toEqual([
      '2027-28',
      '2028-29',
      '2029-30',
    ]);
  });
});
