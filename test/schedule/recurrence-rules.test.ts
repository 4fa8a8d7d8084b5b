import { describe, expect, it } from 'vitest';
import { safeExpandSessions, safeParseScenario } from '../../src/index.js';
import { makeScenario, optIn } from './scenario-fixtures.js';

/**
 * The message for a rule, once from parsing the scenario and once from
 * expanding it unparsed: both must agree.
 */
function messageFor(
  rule: string,
  startDate = '2027-04-13',
): string | undefined {
  const scenario = makeScenario({
    unchecked: true,
    offerings: [
      optIn('a', {
        kind: 'recurrence',
        startDate,
        startTime: '16:00',
        rule,
      }),
    ],
  });
  const parsed = safeParseScenario(scenario);
  const expanded = safeExpandSessions(scenario);
  const fromParse = parsed.success ? undefined : parsed.issues[0];
  const fromExpand = expanded.success ? undefined : expanded.issues[0];
  expect(fromParse).toEqual(fromExpand);
  expect(fromParse?.path).toEqual([
    'catalogue',
    'offerings',
    0,
    'schedule',
    'rule',
  ]);
  return fromParse?.message;
}

function datesFor(rule: string, startDate = '2027-04-01'): string[] {
  const scenario = makeScenario({
    offerings: [
      optIn('a', {
        kind: 'recurrence',
        startDate,
        startTime: '16:00',
        rule,
      }),
    ],
  });
  const result = safeExpandSessions(scenario);
  return result.success ? result.data.map((s) => s.localDate) : [];
}

describe('RRULE text', () => {
  it.each([
    [
      'FREQ=HOURLY',
      'FREQ "HOURLY" is not one of DAILY, WEEKLY, MONTHLY, YEARLY',
    ],
    ['BYDAY=MO', 'FREQ is required'],
    [
      'FREQ=WEEKLY;BYDAY=XX',
      'BYDAY "XX" is not a weekday such as MO, TU or 2TU',
    ],
    [
      'FREQ=WEEKLY;BYDAY=2TU',
      'numbered BYDAY such as "2TU" needs FREQ MONTHLY or YEARLY',
    ],
    [
      'FREQ=WEEKLY;INTERVAL=0',
      'INTERVAL "0" is not a whole number from 1 to 1000',
    ],
    [
      'FREQ=WEEKLY;COUNT=abc',
      'COUNT "abc" is not a whole number from 1 to 100000',
    ],
    [
      'FREQ=WEEKLY;COUNT=2;UNTIL=20270601',
      'COUNT and UNTIL cannot both be given',
    ],
    [
      'FREQ=DAILY;UNTIL=20270230',
      'UNTIL "20270230" is not a date written YYYYMMDD',
    ],
    ['FREQ=DAILY;FREQ=WEEKLY', 'FREQ is given twice'],
    [
      'FREQ=DAILY;BYHOUR=9',
      'BYHOUR is not supported: the schedule’s startTime sets the time',
    ],
    [
      'DTSTART=20270101;FREQ=DAILY',
      'DTSTART is not supported: the schedule’s startDate and startTime give the start',
    ],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY "0" is not a day'],
    [
      'FREQ=MONTHLY;BYMONTH=13',
      'BYMONTH "13" is not a whole number from 1 to 12',
    ],
    ['FREQ=WEEKLY;garbage', '"garbage" is not written NAME=VALUE'],
    [
      'FREQ=MONTHLY;BYDAY=1MO,TU',
      'BYDAY "1MO,TU" mixes numbered weekdays with plain ones; give numbered (1MO) or plain (TU) weekdays, not both',
    ],
  ])('explains why %s is refused', (rule, reason) => {
    expect(messageFor(rule)).toBe(
      `rule ${JSON.stringify(rule)} is not a valid RRULE: ${reason}`,
    );
  });

  it.each([
    [
      'FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2',
      'BYSETPOS 2 is beyond the 1 days of each week',
    ],
    [
      'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6',
      'BYSETPOS 6 is beyond the 5 days of each month',
    ],
    [
      'FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=15',
      'its numbered weekdays never fall on its month days',
    ],
    [
      'FREQ=DAILY;INTERVAL=7;BYDAY=MO',
      'every 7 days from a tue never lands on mon',
    ],
    [
      'FREQ=MONTHLY;BYDAY=6MO',
      'no month has a 6MO: a weekday falls at most 5 times in a month',
    ],
    [
      'FREQ=YEARLY;BYMONTH=2;BYDAY=-6FR,7TU',
      'no month has a -6FR, 7TU: a weekday falls at most 5 times in a month',
    ],
    [
      'FREQ=MONTHLY;INTERVAL=12;BYMONTH=3',
      'every 12 months from month 4 never reaches BYMONTH 3',
    ],
    [
      'FREQ=MONTHLY;INTERVAL=2;BYMONTH=1,3,5',
      'every 2 months from month 4 never reaches BYMONTH 1, 3, 5',
    ],
    [
      'FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31',
      'no month it can fall in has day 31',
    ],
    [
      'FREQ=MONTHLY;BYMONTH=2',
      "no month it can fall in has day 30, the start date's day",
    ],
    [
      'FREQ=WEEKLY;BYDAY=MO,TU;BYMONTHDAY=1;BYSETPOS=2',
      'BYSETPOS 2 is beyond the 1 days of each week',
    ],
    [
      'FREQ=MONTHLY;BYDAY=MO;BYMONTHDAY=1,2,3;BYSETPOS=2',
      'BYSETPOS 2 is beyond the 1 days of each month',
    ],
  ])('reports %s as never occurring', (rule, reason) => {
    const startDate =
      rule === 'FREQ=MONTHLY;BYMONTH=2' ? '2027-04-30' : undefined;
    expect(messageFor(rule, startDate)).toBe(
      `rule ${JSON.stringify(rule)} can never occur: ${reason}`,
    );
  });

  it.each([
    ['FREQ=MONTHLY;BYDAY=5FR', '2027-04-01', '2027-04-30'],
    ['FREQ=MONTHLY;INTERVAL=2;BYMONTH=6', '2027-04-01', '2027-06-01'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=31', '2027-03-01', '2027-03-31'],
    [
      'FREQ=WEEKLY;BYDAY=MO,TU;BYMONTHDAY=1,30;BYSETPOS=-1',
      '2027-04-01',
      '2027-06-01',
    ],
    [
      'FREQ=MONTHLY;BYDAY=TH;BYMONTHDAY=1,8;BYSETPOS=2',
      '2027-04-01',
      '2027-04-08',
    ],
  ])(
    'accepts %s from %s, which can occur, first on %s',
    (rule, start, first) => {
      expect(datesFor(rule, start)[0]).toBe(first);
    },
  );

  it('takes the last weekday of each month through BYSETPOS', () => {
    expect(
      datesFor('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=2'),
    ).toEqual(['2027-04-30', '2027-05-31']);
  });

  it('accepts an RRULE: prefix, lower case and the last weekday of a month', () => {
    expect(datesFor('rrule:freq=monthly;byday=-1fr;count=3')).toEqual([
      '2027-04-30',
      '2027-05-28',
      '2027-06-25',
    ]);
  });

  it('counts COUNT from the start date, not from the range', () => {
    const scenario = makeScenario({
      offerings: [
        optIn('a', {
          kind: 'recurrence',
          startDate: '2027-04-05',
          startTime: '16:00',
          rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4',
        }),
      ],
    });
    const result = safeExpandSessions(scenario, {
      from: '2027-04-20',
      to: '2027-12-31',
    });
    expect(result.success && result.data.map((s) => s.localDate)).toEqual([
      '2027-04-26',
    ]);
  });

  it('stops at UNTIL, inclusive', () => {
    expect(datesFor('FREQ=WEEKLY;BYDAY=TH;UNTIL=20270415')).toEqual([
      '2027-04-01',
      '2027-04-08',
      '2027-04-15',
    ]);
  });
});
