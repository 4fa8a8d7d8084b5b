import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  instantToLocal,
  localToInstant,
} from '../../src/index.js';
import { issuesOf } from './issues-of.js';

describe('localToInstant', () => {
  it('reads a wall-clock time in the zone', () => {
    expect(localToInstant('2027-04-06', '16:00', 'Asia/Tokyo')).toEqual({
      instant: '2027-04-06T07:00:00.000Z',
      shifted: false,
    });
    expect(localToInstant('2028-03-11', '23:30', 'America/New_York')).toEqual({
      instant: '2028-03-12T04:30:00.000Z',
      shifted: false,
    });
  });

  it('moves a time in a spring-forward gap forward by the gap', () => {
    // New York: 02:00 EST jumps to 03:00 EDT on 12 March 2028.
    expect(localToInstant('2028-03-12', '02:30', 'America/New_York')).toEqual({
      instant: '2028-03-12T07:30:00.000Z',
      shifted: true,
    });
    // London: 01:00 GMT jumps to 02:00 BST on 26 March 2028.
    expect(localToInstant('2028-03-26', '01:30', 'Europe/London')).toEqual({
      instant: '2028-03-26T01:30:00.000Z',
      shifted: true,
    });
  });

  it('takes the first of a time that happens twice on a fall-back day', () => {
    // 01:30 BST (00:30 UTC), not 01:30 GMT, on 31 October 2027.
    expect(localToInstant('2027-10-31', '01:30', 'Europe/London')).toEqual({
      instant: '2027-10-31T00:30:00.000Z',
      shifted: false,
    });
    // 01:30 EDT (05:30 UTC), not 01:30 EST, on 7 November 2027.
    expect(localToInstant('2027-11-07', '01:30', 'America/New_York')).toEqual({
      instant: '2027-11-07T05:30:00.000Z',
      shifted: false,
    });
  });

  it('refuses a date that does not exist instead of rolling it over', () => {
    expect(
      issuesOf(() => localToInstant('2027-02-30', '24:00', 'Asia/Tokyo')),
    ).toEqual([
      {
        code: 'invalid_date',
        path: ['date'],
        message: 'date "2027-02-30" is not a real date written YYYY-MM-DD',
      },
      {
        code: 'invalid_time',
        path: ['time'],
        message: 'time "24:00" is not a time written HH:mm',
      },
    ]);
  });

  it('refuses a zone that is not IANA', () => {
    expect(
      issuesOf(() => localToInstant('2027-04-06', '10:00', 'Mars/Olympus')),
    ).toEqual([
      {
        code: 'invalid_time_zone',
        path: ['timeZone'],
        message: 'time zone "Mars/Olympus" is not an IANA zone',
      },
    ]);
  });
});

describe('instantToLocal', () => {
  it('reads an instant on the wall clock of the zone', () => {
    expect(instantToLocal('2027-04-06T23:30:00Z', 'Asia/Tokyo')).toEqual({
      date: '2027-04-07',
      time: '08:30',
    });
    expect(
      instantToLocal(new Date('2027-11-07T06:30:00Z'), 'America/New_York'),
    ).toEqual({ date: '2027-11-07', time: '01:30' });
  });

  it('reads an offset other than Z, and times to the minute', () => {
    expect(instantToLocal('2027-04-06T08:30+09:00', 'Asia/Tokyo')).toEqual({
      date: '2027-04-06',
      time: '08:30',
    });
    expect(instantToLocal('2027-04-05T23:30Z', 'Asia/Tokyo')).toEqual({
      date: '2027-04-06',
      time: '08:30',
    });
  });

  it('refuses an instant that is not one', () => {
    expect(issuesOf(() => instantToLocal('soon', 'Asia/Tokyo'))).toEqual([
      {
        code: 'invalid_instant',
        path: ['instant'],
        message:
          'expected an ISO 8601 instant with an offset, such as "2027-04-06T07:00:00Z", received string "soon"',
      },
    ]);
    expect(
      issuesOf(() => instantToLocal(new Date(Number.NaN), 'Asia/Tokyo')),
    ).toEqual([
      {
        code: 'invalid_instant',
        path: ['instant'],
        message:
          'expected an ISO 8601 instant with an offset, such as "2027-04-06T07:00:00Z", received an invalid Date',
      },
    ]);
  });

  it('refuses a date and time without an offset, which the host would read', () => {
    // new Date('2027-07-20T23:30') is 23:30 in whatever zone the host runs.
    for (const text of [
      '2027-07-20T23:30',
      '2027-07-20T23:30:00',
      '2027-07-20',
    ]) {
      expect(issuesOf(() => instantToLocal(text, 'Asia/Tokyo'))).toEqual([
        {
          code: 'invalid_instant',
          path: ['instant'],
          message: `expected an ISO 8601 instant with an offset, such as "2027-04-06T07:00:00Z", received string "${text}"`,
        },
      ]);
    }
  });

  it('gives back the wall clock that localToInstant was given', () => {
    const zones = [
      'Europe/London',
      'America/New_York',
      'Asia/Tokyo',
      'Australia/Sydney',
      'Pacific/Auckland',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 3 * 366 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, offset, hour, minute) => {
          const date = addCalendarDays('2027-01-01', offset);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const resolved = localToInstant(date, time, zone);
          fc.pre(!resolved.shifted);
          expect(instantToLocal(resolved.instant, zone)).toEqual({
            date,
            time,
          });
        },
      ),
    );
  });
});
