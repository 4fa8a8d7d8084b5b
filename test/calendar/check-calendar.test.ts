import { describe, expect, it } from 'vitest';
import type { AcademicCalendar } from '../../src/index.js';
import { englandCalendar, safeParseCalendar } from '../../src/index.js';

/** A valid two-term year that each test breaks in one way. */
function calendarWith(change: (calendar: AcademicCalendar) => void) {
  const calendar: AcademicCalendar = {
    years: [
      {
        id: 'y27',
        start: '2027-04-01',
        end: '2028-03-31',
        terms: [
          { id: 't1', name: 'Term 1', start: '2027-04-06', end: '2027-09-30' },
          { id: 't2', name: 'Term 2', start: '2027-10-01', end: '2028-03-25' },
        ],
        closures: [
          { name: 'Golden Week', start: '2027-05-03', end: '2027-05-05' },
        ],
      },
    ],
  };
  change(calendar);
  return safeParseCalendar(calendar);
}

const year = (calendar: AcademicCalendar) => {
  const first = calendar.years[0];
  if (!first) throw new Error('the test calendar has a year');
  return first;
};

describe('safeParseCalendar', () => {
  it('accepts every preset', () => {
    expect(
      safeParseCalendar(englandCalendar(2027, { years: 20 })).success,
    ).toBe(true);
  });

  it('reports a year that ends before it starts', () => {
    const result = calendarWith((c) => {
      year(c).end = '2027-03-01';
      year(c).terms = [
        { id: 't', name: 'T', start: '2027-04-06', end: '2027-07-20' },
      ];
      year(c).closures = [];
    });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'year_end_before_start',
          path: ['years', 0, 'end'],
          message:
            'year "y27" ends on 2027-03-01, before it starts on 2027-04-01',
        },
      ],
    });
  });

  it('reports overlapping years and a duplicate year id', () => {
    const result = calendarWith((c) => {
      c.years.push({
        ...year(c),
        start: '2028-03-01',
        end: '2029-03-31',
        terms: [
          { id: 't3', name: 'T3', start: '2028-04-06', end: '2028-07-20' },
        ],
        closures: [],
      });
    });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'duplicate_id',
          path: ['years', 1, 'id'],
          message: 'year id "y27" is already used by years[0]',
        },
        {
          code: 'overlapping_years',
          path: ['years', 1],
          message:
            'year "y27" (2028-03-01 to 2029-03-31) overlaps year "y27" (2027-04-01 to 2028-03-31)',
        },
      ],
    });
  });

  it('reports overlapping terms', () => {
    const result = calendarWith((c) => {
      const second = year(c).terms[1];
      if (second) second.start = '2027-09-15';
    });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'overlapping_terms',
          path: ['years', 0, 'terms', 1],
          message:
            'term "t2" (2027-09-15 to 2028-03-25) overlaps term "t1" (2027-04-06 to 2027-09-30)',
        },
      ],
    });
  });

  it('reports terms and years that are not listed in date order', () => {
    const terms = calendarWith((c) => {
      year(c).terms.reverse();
    });
    expect(terms).toEqual({
      success: false,
      issues: [
        {
          code: 'terms_out_of_order',
          path: ['years', 0, 'terms', 1],
          message:
            'term "t1" (2027-04-06 to 2027-09-30) is listed after term "t2" (2027-10-01 to 2028-03-25) but comes before it; list terms in date order',
        },
      ],
    });

    const calendar = englandCalendar(2027, { years: 2 });
    calendar.years.reverse();
    expect(safeParseCalendar(calendar)).toEqual({
      success: false,
      issues: [
        {
          code: 'years_out_of_order',
          path: ['years', 1],
          message:
            'year "2027-28" (2027-09-01 to 2028-08-31) is listed after year "2028-29" (2028-09-01 to 2029-08-31) but comes before it; list years in date order',
        },
      ],
    });
  });

  it('reports a term outside its year and a term that ends before it starts', () => {
    const result = calendarWith((c) => {
      year(c).terms = [
        { id: 't1', name: 'Term 1', start: '2027-03-20', end: '2027-07-20' },
        { id: 't2', name: 'Term 2', start: '2027-10-01', end: '2027-09-01' },
      ];
    });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'term_outside_year',
          path: ['years', 0, 'terms', 0],
          message:
            'term "t1" (2027-03-20 to 2027-07-20) is not inside year "y27" (2027-04-01 to 2028-03-31)',
        },
        {
          code: 'term_end_before_start',
          path: ['years', 0, 'terms', 1, 'end'],
          message:
            'term "t2" ends on 2027-09-01, before it starts on 2027-10-01',
        },
      ],
    });
  });

  it('reports a duplicate term id across years', () => {
    const result = calendarWith((c) => {
      c.years.push({
        id: 'y28',
        start: '2028-04-01',
        end: '2029-03-31',
        terms: [
          { id: 't2', name: 'Term 1', start: '2028-04-06', end: '2028-07-20' },
        ],
        closures: [],
      });
    });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'duplicate_id',
          path: ['years', 1, 'terms', 0, 'id'],
          message: 'term id "t2" is already used by years[0].terms[1]',
        },
      ],
    });
  });

  it('reports a closure outside its year and one that ends before it starts', () => {
    const result = calendarWith((c) => {
      year(c).closures = [
        { name: 'Spring break', start: '2028-03-26', end: '2028-04-05' },
        { name: 'Golden Week', start: '2027-05-05', end: '2027-05-03' },
      ];
    });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'closure_outside_year',
          path: ['years', 0, 'closures', 0],
          message:
            'closure "Spring break" (2028-03-26 to 2028-04-05) is not inside year "y27" (2027-04-01 to 2028-03-31)',
        },
        {
          code: 'closure_end_before_start',
          path: ['years', 0, 'closures', 1, 'end'],
          message:
            'closure "Golden Week" ends on 2027-05-03, before it starts on 2027-05-05',
        },
      ],
    });
  });

  it('reports blackout dates the wrong way round, named or not', () => {
    const result = calendarWith((c) => {
      c.blackouts = [
        {
          kind: 'dates',
          start: '2027-06-10',
          end: '2027-06-01',
          name: 'Exams',
        },
        { kind: 'months', months: [5] },
        { kind: 'dates', start: '2027-12-10', end: '2027-12-01' },
      ];
    });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'blackout_dates_reversed',
          path: ['blackouts', 0, 'end'],
          message:
            'blackout "Exams" ends on 2027-06-01, before it starts on 2027-06-10',
        },
        {
          code: 'blackout_dates_reversed',
          path: ['blackouts', 2, 'end'],
          message:
            'blackout ends on 2027-12-01, before it starts on 2027-12-10',
        },
      ],
    });
  });

  it('reports years that span more than a calendar may cover', () => {
    const result = calendarWith((c) => {
      c.years.push({
        id: 'y2150',
        start: '2150-04-01',
        end: '2151-03-31',
        terms: [{ id: 'z', name: 'Z', start: '2150-04-06', end: '2150-07-20' }],
        closures: [],
      });
    });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'calendar_too_long',
          path: ['years'],
          message:
            'the years span 45290 days, more than the 36600 a calendar may cover',
        },
      ],
    });
  });
});
