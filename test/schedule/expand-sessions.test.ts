import { describe, expect, it } from 'vitest';
import {
  expandSessions,
  ReachplanError,
  safeExpandSessions,
} from '../../src/index.js';
import { makeScenario, optIn, simpleCalendar } from './scenario-fixtures.js';

function weekly(rule: string, startDate = '2027-04-13') {
  return { kind: 'recurrence' as const, startDate, startTime: '16:00', rule };
}

describe('expandSessions', () => {
  it('yields eight sessions for twice a week for four weeks', () => {
    const scenario = makeScenario({
      offerings: [optIn('twice', weekly('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8'))],
    });

    const sessions = expandSessions(scenario);

    expect(sessions.map((s) => s.localDate)).toEqual([
      '2027-04-13',
      '2027-04-15',
      '2027-04-20',
      '2027-04-22',
      '2027-04-27',
      '2027-04-29',
      '2027-05-04',
      '2027-05-06',
    ]);
    expect(sessions[0]).toEqual({
      id: 'twice@2027-04-13T16:00',
      offeringId: 'twice',
      start: '2027-04-13T20:00:00.000Z',
      end: '2027-04-13T21:00:00.000Z',
      localDate: '2027-04-13',
      localStart: '16:00',
      durationMinutes: 60,
      yearId: '2027',
      termId: 't1',
      venue: 'central',
      facilitators: [],
      capacity: 20,
      status: 'scheduled',
    });
  });

  it('reads the same rule in structured form', () => {
    const scenario = makeScenario({
      offerings: [
        optIn('twice', {
          kind: 'recurrence',
          startDate: '2027-04-13',
          startTime: '16:00',
          rule: { frequency: 'weekly', weekdays: ['tue', 'thu'], count: 8 },
        }),
      ],
    });
    expect(expandSessions(scenario)).toHaveLength(8);
  });

  it('keeps 16:00 local across the New York daylight-saving change', () => {
    const scenario = makeScenario({
      offerings: [
        optIn('w', weekly('FREQ=WEEKLY;BYDAY=TH;COUNT=3', '2027-03-04')),
      ],
    });
    const starts = expandSessions(scenario).map((s) => s.start);
    // Clocks went forward on Sunday 14 March 2027.
    expect(starts).toEqual([
      '2027-03-04T21:00:00.000Z',
      '2027-03-11T21:00:00.000Z',
      '2027-03-18T20:00:00.000Z',
    ]);
  });

  it('keeps 16:00 local across the London change in October', () => {
    const scenario = makeScenario({
      timeZone: 'Europe/London',
      offerings: [
        optIn('w', weekly('FREQ=WEEKLY;BYDAY=TU;COUNT=2', '2027-10-26')),
      ],
    });
    const sessions = expandSessions(scenario);
    // British Summer Time ends on Sunday 31 October 2027.
    expect(sessions.map((s) => s.start)).toEqual([
      '2027-10-26T15:00:00.000Z',
      '2027-11-02T16:00:00.000Z',
    ]);
    expect(sessions.map((s) => s.localStart)).toEqual(['16:00', '16:00']);
  });

  it('moves a start inside the spring-forward gap later and flags it', () => {
    // Sunday 14 March 2027 has no 02:30 in New York; make Sunday a school day.
    const scenario = makeScenario({
      calendar: {
        ...simpleCalendar(),
        schoolWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      },
      offerings: [
        optIn(
          'early',
          { kind: 'dates', dates: ['2027-03-14'], startTime: '02:30' },
          { durationMinutes: 30 },
        ),
      ],
    });
    const [session] = expandSessions(scenario);
    expect(session).toMatchObject({
      id: 'early@2027-03-14T02:30',
      localStart: '02:30',
      start: '2027-03-14T07:30:00.000Z',
      end: '2027-03-14T08:00:00.000Z',
      timeShifted: true,
    });
  });

  it('skips a session on a closure, or moves it to the next school day', () => {
    const calendar = simpleCalendar({
      closures: [
        { name: 'Spring break', start: '2027-04-19', end: '2027-04-23' },
      ],
    });
    const rule = weekly('FREQ=WEEKLY;BYDAY=TU;COUNT=3');
    const skipped = makeScenario({ calendar, offerings: [optIn('a', rule)] });
    const moved = makeScenario({
      calendar,
      offerings: [optIn('a', { ...rule, onClosure: 'next-school-day' })],
    });

    expect(expandSessions(skipped).map((s) => s.localDate)).toEqual([
      '2027-04-13',
      '2027-04-27',
    ]);
    const shifted = expandSessions(moved);
    expect(shifted.map((s) => s.localDate)).toEqual([
      '2027-04-13',
      '2027-04-26',
      '2027-04-27',
    ]);
    expect(shifted[1]).toMatchObject({
      id: 'a@2027-04-20T16:00',
      moved: true,
      movedFrom: '2027-04-20',
    });
  });

  it('keeps sessions off blacked-out days', () => {
    const calendar = simpleCalendar({}, [
      { kind: 'weekdays', weekdays: ['thu'], name: 'No PD on Thursdays' },
    ]);
    const scenario = makeScenario({
      calendar,
      offerings: [optIn('a', weekly('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4'))],
    });
    expect(expandSessions(scenario).map((s) => s.localDate)).toEqual([
      '2027-04-13',
      '2027-04-20',
    ]);
  });

  it('stops an unbounded rule at the range end and keeps ids stable', () => {
    const scenario = makeScenario({
      offerings: [optIn('daily', weekly('FREQ=DAILY'))],
    });
    const april = expandSessions(scenario, {
      from: '2027-04-01',
      to: '2027-04-30',
    });
    const whole = expandSessions(scenario);

    expect(april).toHaveLength(14);
    expect(april.at(-1)?.localDate).toBe('2027-04-30');
    const wholeIds = new Set(whole.map((s) => s.id));
    expect(april.every((s) => wholeIds.has(s.id))).toBe(true);
  });

  it('holds school-based department PD once per school', () => {
    const scenario = makeScenario({
      offerings: [
        optIn(
          'dept',
          { kind: 'dates', dates: ['2027-05-12'], startTime: '15:30' },
          {
            format: 'department-pd',
            venue: 'school',
            eligibility: { levels: ['lower-secondary'] },
          },
        ),
      ],
    });
    expect(expandSessions(scenario).map((s) => [s.id, s.schoolId])).toEqual([
      ['dept@2027-05-12T15:30/s2', 's2'],
      ['dept@2027-05-12T15:30/s3', 's3'],
    ]);
  });

  it('names a malformed RRULE in its message', () => {
    const scenario = makeScenario({
      unchecked: true,
      offerings: [
        optIn('ok', weekly('FREQ=WEEKLY;COUNT=1')),
        optIn('bad', weekly('FREQ=FORTNIGHTLY;BYDAY=TU')),
        optIn('typo', weekly('FREQ=WEEKLY;BYDAY=TU;COUNTS=3')),
      ],
    });
    const result = safeExpandSessions(scenario);

    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'invalid_rule',
          path: ['catalogue', 'offerings', 1, 'schedule', 'rule'],
          message:
            'rule "FREQ=FORTNIGHTLY;BYDAY=TU" is not a valid RRULE: FREQ "FORTNIGHTLY" is not one of DAILY, WEEKLY, MONTHLY, YEARLY',
        },
        {
          code: 'invalid_rule',
          path: ['catalogue', 'offerings', 2, 'schedule', 'rule'],
          message:
            'rule "FREQ=WEEKLY;BYDAY=TU;COUNTS=3" is not a valid RRULE: unknown part "COUNTS"',
        },
      ],
    });
    expect(() => expandSessions(scenario)).toThrow(ReachplanError);
  });

  it('reports a rule that never occurs, without walking to the year 9999', () => {
    const scenario = makeScenario({
      unchecked: true,
      offerings: [
        optIn('feb30', weekly('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')),
        optIn('late', weekly('FREQ=WEEKLY;COUNT=2', '2030-01-01')),
      ],
    });
    const result = safeExpandSessions(scenario);

    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      {
        code: 'no_occurrences',
        path: ['catalogue', 'offerings', 0, 'schedule', 'rule'],
        message:
          'rule "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30" can never occur: no month it can fall in has day 30',
      },
      {
        code: 'no_occurrences',
        path: ['catalogue', 'offerings', 1, 'schedule', 'rule'],
        message:
          'rule "FREQ=WEEKLY;COUNT=2" starting 2030-01-01 has no occurrence between 2027-01-01 and 2027-12-31, the calendar\'s first and last day',
      },
    ]);
  });

  it('does not report an offering that merely misses a narrow range', () => {
    const scenario = makeScenario({
      offerings: [optIn('a', weekly('FREQ=WEEKLY;COUNT=2'))],
    });
    expect(
      expandSessions(scenario, { from: '2027-09-01', to: '2027-09-30' }),
    ).toEqual([]);
  });

  it('counts only the calendar part of a very wide range against maxSessions', () => {
    const scenario = makeScenario({
      offerings: [optIn('daily', weekly('FREQ=DAILY'))],
    });
    const sessions = expandSessions(
      scenario,
      { from: '1900-01-01', to: '2999-12-31' },
      { maxSessions: 300 },
    );
    expect(sessions[0]?.localDate).toBe('2027-04-13');
    expect(sessions.at(-1)?.localDate).toBe('2027-12-17');
  });

  it('takes the first of two 01:30s on the night clocks go back', () => {
    const scenario = makeScenario({
      calendar: {
        ...simpleCalendar(),
        schoolWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      },
      offerings: [
        optIn('night', {
          kind: 'dates',
          dates: ['2027-11-07'],
          startTime: '01:30',
        }),
      ],
    });
    // New York falls back from 02:00 EDT to 01:00 EST on 7 November 2027.
    const [session] = expandSessions(scenario);
    expect(session).toMatchObject({
      start: '2027-11-07T05:30:00.000Z',
      localStart: '01:30',
    });
    expect(session?.timeShifted).toBeUndefined();
  });

  it('stops at maxSessions with an issue instead of running on', () => {
    const scenario = makeScenario({
      offerings: [optIn('daily', weekly('FREQ=DAILY'))],
    });
    const result = safeExpandSessions(scenario, undefined, { maxSessions: 50 });

    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'too_many_sessions',
          path: ['catalogue', 'offerings', 0, 'schedule'],
          message:
            'offering "daily" takes the expansion past 50 sessions (maxSessions); narrow the range or raise the limit',
        },
      ],
    });
  });

  it('reports a malformed range and option', () => {
    const scenario = makeScenario({ offerings: [] });
    const result = safeExpandSessions(
      scenario,
      { from: '2027-02-30', to: '2027-01-01' },
      { maxSessions: 0 },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.message)).toEqual([
      'from "2027-02-30" is not a real date written YYYY-MM-DD',
      'maxSessions 0 is not a whole number from 1',
    ]);
  });
});
