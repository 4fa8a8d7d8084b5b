import { describe, expect, it } from 'vitest';
import {
  buildSession,
  compileCalendar,
  parseSessionId,
  ReachplanError,
  sessionId,
} from '../../src/index.js';
import { simpleCalendar } from './scenario-fixtures.js';

const district = { timeZone: 'Europe/London', calendar: simpleCalendar() };
const pod = {
  id: 'pod-s1',
  durationMinutes: 45,
  venue: 'school' as const,
  capacity: 6,
  facilitators: ['e17'],
};

describe('buildSession', () => {
  it('builds a pod session at a school with its term and instants', () => {
    const session = buildSession(district, pod, {
      date: '2027-05-12',
      startTime: '15:30',
      schoolId: 's1',
    });
    expect(session).toEqual({
      id: 'pod-s1@2027-05-12T15:30/s1',
      offeringId: 'pod-s1',
      start: '2027-05-12T14:30:00.000Z',
      end: '2027-05-12T15:15:00.000Z',
      localDate: '2027-05-12',
      localStart: '15:30',
      durationMinutes: 45,
      yearId: '2027',
      termId: 't1',
      schoolId: 's1',
      venue: 'school',
      facilitators: ['e17'],
      capacity: 6,
      status: 'scheduled',
    });
  });

  it('accepts a compiled calendar and leaves termId out between terms', () => {
    const compiled = {
      ...district,
      calendar: compileCalendar(district.calendar),
    };
    const summer = buildSession(compiled, pod, {
      date: '2027-08-02',
      startTime: '10:00',
    });
    expect(summer.termId).toBeUndefined();
    expect(summer.start).toBe('2027-08-02T09:00:00.000Z');
  });

  it('keeps the scheduled date in the id of a moved session', () => {
    const moved = buildSession(district, pod, {
      date: '2027-05-13',
      startTime: '15:30',
      movedFrom: '2027-05-12',
    });
    expect(moved).toMatchObject({
      id: 'pod-s1@2027-05-12T15:30',
      localDate: '2027-05-13',
      moved: true,
      movedFrom: '2027-05-12',
    });
  });

  it('refuses a malformed slot and a date outside the calendar', () => {
    expect(() =>
      buildSession(district, pod, { date: '2027-13-01', startTime: '25:00' }),
    ).toThrow(
      new ReachplanError([
        {
          code: 'invalid_date',
          path: ['slot', 'date'],
          message: 'date "2027-13-01" is not a real date written YYYY-MM-DD',
        },
        {
          code: 'invalid_time',
          path: ['slot', 'startTime'],
          message: 'startTime "25:00" is not a time written HH:mm',
        },
      ]),
    );
    expect(() =>
      buildSession(district, pod, { date: '2030-01-07', startTime: '10:00' }),
    ).toThrow(
      'date "2030-01-07" is outside every academic year of the calendar',
    );
  });
});

describe('session ids', () => {
  it('reads an id back into its parts', () => {
    const parts = {
      offeringId: 'dept@pd',
      localDate: '2027-05-12',
      localStart: '15:30',
      schoolId: 's/1',
    };
    expect(parseSessionId(sessionId(parts))).toEqual(parts);
    expect(parseSessionId('no id here')).toBeUndefined();
  });
});
