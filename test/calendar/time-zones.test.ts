import { describe, expect, it } from 'vitest';
import type { AcademicCalendar } from '../../src/index.js';
import {
  addCalendarDays,
  englandCalendar,
  localToInstant,
  schoolDaysBetween,
  termAt,
  unitedStatesCalendar,
} from '../../src/index.js';
import { issuesOf } from './issues-of.js';

/** A calendar whose terms are single days, each named by its date. */
function dailyTerms(first: string, days: number): AcademicCalendar {
  const terms = Array.from({ length: days }, (_, i) => {
    const date = addCalendarDays(first, i);
    return { id: date, name: date, start: date, end: date };
  });
  const end = addCalendarDays(first, days - 1);
  return { years: [{ id: 'y', start: first, end, terms, closures: [] }] };
}

const termIdAt = (timeZone: string, calendar: AcademicCalendar) => {
  return (instant: string) => termAt({ timeZone, calendar }, instant)?.term.id;
};

describe('termAt in Europe/London', () => {
  const at = termIdAt('Europe/London', dailyTerms('2027-10-29', 160));

  it('reads midnight on the wall clock across the October change', () => {
    // Clocks go back at 01:00 UTC on Sunday 31 October 2027.
    expect(at('2027-10-30T22:30:00Z')).toBe('2027-10-30'); // 23:30 BST
    expect(at('2027-10-30T23:30:00Z')).toBe('2027-10-31'); // 00:30 BST
    expect(at('2027-10-31T00:30:00Z')).toBe('2027-10-31'); // 01:30 BST
    expect(at('2027-10-31T01:30:00Z')).toBe('2027-10-31'); // 01:30 GMT
    expect(at('2027-10-31T23:30:00Z')).toBe('2027-10-31'); // 23:30 GMT
    expect(at('2027-11-01T00:30:00Z')).toBe('2027-11-01'); // 00:30 GMT
  });

  it('reads midnight on the wall clock across the March change', () => {
    // Clocks go forward at 01:00 UTC on Sunday 26 March 2028.
    expect(at('2028-03-25T23:30:00Z')).toBe('2028-03-25'); // 23:30 GMT
    expect(at('2028-03-26T00:30:00Z')).toBe('2028-03-26'); // 00:30 GMT
    expect(at('2028-03-26T22:30:00Z')).toBe('2028-03-26'); // 23:30 BST
    expect(at('2028-03-26T23:30:00Z')).toBe('2028-03-27'); // 00:30 BST
  });

  it('keeps 23:30 on the last day of the spring term in that term', () => {
    const district = {
      timeZone: 'Europe/London',
      calendar: englandCalendar(2027),
    };
    // Friday 7 April 2028 is summer time (UTC+1).
    const lastEvening = localToInstant('2028-04-07', '23:30', 'Europe/London');
    expect(lastEvening.instant).toBe('2028-04-07T22:30:00.000Z');
    expect(termAt(district, lastEvening.instant)?.term.id).toBe(
      '2027-28-spring',
    );
    // 23:30 UTC is already Saturday in London: the Easter holiday.
    expect(termAt(district, '2028-04-07T23:30:00Z')).toBeUndefined();
  });
});

describe('termAt in America/New_York', () => {
  const at = termIdAt('America/New_York', dailyTerms('2027-11-01', 140));

  it('reads midnight on the wall clock across the November change', () => {
    // Clocks go back at 06:00 UTC on Sunday 7 November 2027.
    expect(at('2027-11-07T03:30:00Z')).toBe('2027-11-06'); // 23:30 EDT
    expect(at('2027-11-07T04:30:00Z')).toBe('2027-11-07'); // 00:30 EDT
    expect(at('2027-11-07T05:30:00Z')).toBe('2027-11-07'); // 01:30 EDT
    expect(at('2027-11-07T06:30:00Z')).toBe('2027-11-07'); // 01:30 EST
    expect(at('2027-11-08T04:30:00Z')).toBe('2027-11-07'); // 23:30 EST
    expect(at('2027-11-08T05:30:00Z')).toBe('2027-11-08'); // 00:30 EST
  });

  it('reads midnight on the wall clock across the March change', () => {
    // Clocks go forward at 07:00 UTC on Sunday 12 March 2028.
    expect(at('2028-03-12T04:30:00Z')).toBe('2028-03-11'); // 23:30 EST
    expect(at('2028-03-12T05:30:00Z')).toBe('2028-03-12'); // 00:30 EST
    expect(at('2028-03-13T03:30:00Z')).toBe('2028-03-12'); // 23:30 EDT
    expect(at('2028-03-13T04:30:00Z')).toBe('2028-03-13'); // 00:30 EDT
  });

  it('keeps 23:30 on the last day of the fall semester in that semester', () => {
    const district = {
      timeZone: 'America/New_York',
      calendar: unitedStatesCalendar(2027),
    };
    // Friday 14 January 2028, 23:30 EST is 04:30 UTC on the 15th.
    expect(termAt(district, '2028-01-15T04:30:00Z')?.term.id).toBe(
      '2027-28-fall',
    );
    expect(termAt(district, new Date('2028-01-15T05:30:00Z'))).toBeUndefined();
  });
});

describe('school days around a clock change', () => {
  it('counts whole local days over the change weekend', () => {
    // Friday 5 and Monday 8 November 2027 around New York's change.
    const us = unitedStatesCalendar(2027);
    expect(schoolDaysBetween(us, '2027-11-05', '2027-11-09')).toBe(2);
    // Friday 24 and Monday 27 March 2028 around London's change.
    const england = englandCalendar(2027);
    expect(schoolDaysBetween(england, '2028-03-24', '2028-03-28')).toBe(2);
  });
});

describe('termAt with bad input', () => {
  it('refuses a local date and time, whose meaning depends on the host', () => {
    const district = {
      timeZone: 'Asia/Tokyo',
      calendar: englandCalendar(2027),
    };
    expect(issuesOf(() => termAt(district, '2027-07-20T23:30'))).toEqual([
      {
        code: 'invalid_instant',
        path: ['instant'],
        message:
          'expected an ISO 8601 instant with an offset, such as "2027-04-06T07:00:00Z", received string "2027-07-20T23:30"',
      },
    ]);
  });

  it('names an instant that is not one and a zone that is not IANA', () => {
    const district = {
      timeZone: 'Mars/Olympus',
      calendar: englandCalendar(2027),
    };
    expect(issuesOf(() => termAt(district, 'next Tuesday'))).toEqual([
      {
        code: 'invalid_instant',
        path: ['instant'],
        message:
          'expected an ISO 8601 instant with an offset, such as "2027-04-06T07:00:00Z", received string "next Tuesday"',
      },
      {
        code: 'invalid_time_zone',
        path: ['district', 'timeZone'],
        message: 'time zone "Mars/Olympus" is not an IANA zone',
      },
    ]);
  });
});

describe('the host zone of this run', () => {
  it('is the zone the run was started in, so the answers above hold in it', () => {
    // The zone tests run again under TZ=Asia/Tokyo and TZ=America/New_York;
    // this fails if the host zone did not take, which would make those runs
    // repeat the UTC one.
    const host = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(host).toBe(process.env['TZ']);
  });
});
