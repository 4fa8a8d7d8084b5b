import { describe, expect, it } from 'vitest';
import type { Participation, Scenario } from '../../src/index.js';
import {
  evaluateRequirements,
  localToInstant,
  parseScenario,
} from '../../src/index.js';
import { fixtureScenario } from './fixture.js';
import { attended, completed, tokyo, verdictOf, withRules } from './helpers.js';

/** A record of an offering at a Tokyo wall-clock time, any minutes. */
function record(
  educatorId: string,
  offeringId: string,
  date: string,
  time: string,
  minutes: number,
): Participation {
  return {
    kind: 'session',
    educatorId,
    offeringId,
    sessionId: `${offeringId}@${date}T${time}`,
    at: tokyo(date, time),
    minutes,
    channel: 'department-pd',
  };
}

describe('a district west of UTC', () => {
  // New York is four or five hours behind UTC: 23:30 local is already the
  // next day in UTC, and in Tokyo, so only the district's zone gives the
  // right term.
  const zone = 'America/New_York';
  const newYork = (date: string, time: string) =>
    localToInstant(date, time, zone).instant;
  const base = fixtureScenario();
  const scenario: Scenario = parseScenario({
    ...base,
    district: { ...base.district, timeZone: zone },
    requirements: [
      {
        id: 'term-hours',
        name: 'Half an hour a term',
        kind: 'hours-per-period',
        hours: 0.5,
        period: { kind: 'term' },
      },
      { id: 'one', name: 'One a term', kind: 'sessions-per-term', sessions: 1 },
    ],
  });
  const course = (educatorId: string, date: string, time: string) => ({
    ...completed(educatorId, 'restorative', date, time),
    at: newYork(date, time),
  });

  it('counts 23:30 local on the last day of a summer term for that term', () => {
    const late: Participation = {
      ...attended('e1', 'late', '2027-07-20', '23:30', 30),
      at: newYork('2027-07-20', '23:30'),
    };
    expect(late.at).toBe('2027-07-21T03:30:00.000Z');
    const report = evaluateRequirements(
      scenario,
      [late],
      newYork('2027-07-21', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'one')).toMatchObject({
      status: 'met',
      period: { id: 't1', end: '2027-07-20' },
    });
    expect(verdictOf(report, 'e1', 'term-hours')?.progress).toBe(30);
  });

  it('counts 23:30 local on the last day of a winter term for that term', () => {
    // 23:30 EST on 24 December is 04:30 UTC on the 25th.
    const records = [course('e2', '2027-12-24', '23:30')];
    expect(records[0]?.at).toBe('2027-12-25T04:30:00.000Z');
    const report = evaluateRequirements(
      scenario,
      records,
      newYork('2027-12-28', '09:00'),
    );
    expect(verdictOf(report, 'e2', 'term-hours')).toMatchObject({
      status: 'met',
      period: { id: 't2' },
    });
  });

  it('keeps the evening before a term out of it, though UTC has begun it', () => {
    // 21:00 on 31 August in New York is 01:00 UTC on 1 September.
    const records = [course('e3', '2027-08-31', '21:00')];
    const report = evaluateRequirements(
      scenario,
      records,
      newYork('2027-09-02', '09:00'),
    );
    expect(verdictOf(report, 'e3', 'term-hours')).toMatchObject({
      period: { id: 't2' },
      progress: 0,
    });
  });
});

describe('hours at term, year and window boundaries', () => {
  const hours = (period: object) =>
    withRules([
      { id: 'h', name: 'Hours', kind: 'hours-per-period', hours: 0.5, period },
    ]);
  const lastOfTerm = completed('e1', 'restorative', '2027-07-20', '23:30');
  const firstOfNext = completed('e2', 'restorative', '2027-09-01', '00:10');

  it('counts a term by its local days', () => {
    const scenario = hours({ kind: 'term' });
    const records = [lastOfTerm, firstOfNext];
    const summer = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-08-20', '09:00'),
    );
    expect(verdictOf(summer, 'e1', 'h')?.status).toBe('met');
    expect(verdictOf(summer, 'e2', 'h')?.status).toBe('behind');
    const autumn = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-09-02', '09:00'),
    );
    expect(verdictOf(autumn, 'e1', 'h')?.progress).toBe(0);
    expect(verdictOf(autumn, 'e2', 'h')?.status).toBe('met');
  });

  it('counts a year up to 23:30 on its last day and not a minute past midnight', () => {
    const scenario = hours({ kind: 'year' });
    const records = [
      completed('e1', 'restorative', '2028-03-31', '23:30'),
      completed('e2', 'restorative', '2028-04-01', '00:01'),
    ];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2028-04-02', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'h')).toMatchObject({
      status: 'met',
      period: { kind: 'year', id: '2027', end: '2028-03-31' },
    });
    expect(verdictOf(report, 'e2', 'h')).toMatchObject({
      status: 'behind',
      progress: 0,
      note: '30 min needed, no sessions left this year',
    });
  });

  it('opens a rolling window on the day after the same date months before', () => {
    const scenario = hours({ kind: 'rolling', months: 3 });
    const records = [
      completed('e1', 'restorative', '2027-06-10', '23:30'),
      completed('e2', 'restorative', '2027-06-11', '00:30'),
      // After the evaluation instant on its own day: not yet counted.
      completed('e3', 'restorative', '2027-09-10', '10:00'),
    ];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-09-10', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'h')?.status).toBe('behind');
    expect(verdictOf(report, 'e2', 'h')?.status).toBe('met');
    expect(verdictOf(report, 'e3', 'h')?.status).toBe('behind');
  });
});

describe('yearly rules at the year boundary', () => {
  it('covers a category at 23:30 on the last day of the year, not after', () => {
    const scenario = withRules([
      {
        id: 'cover',
        name: 'Cover',
        kind: 'category-coverage',
        categoryIds: ['tl', 'pastoral'],
      },
    ]);
    const records = [
      attended('e1', 'opt-in', '2027-07-13', '16:00', 60),
      completed('e1', 'restorative', '2028-03-31', '23:30'),
      attended('e2', 'opt-in', '2027-07-13', '16:00', 60),
      completed('e2', 'restorative', '2028-04-01', '00:30'),
    ];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2028-04-02', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'cover')?.status).toBe('met');
    expect(verdictOf(report, 'e2', 'cover')).toMatchObject({
      status: 'behind',
      progress: 1,
      missingCategoryIds: ['pastoral'],
    });
  });
});

describe('certification at its window and lapse', () => {
  const scenario = withRules([
    {
      id: 'cert',
      name: 'Cert',
      kind: 'certification',
      offeringId: 'restorative',
      validMonths: 12,
      renewalWindowDays: 30,
    },
  ]);
  const records = [completed('e1', 'restorative', '2027-04-10', '10:00')];
  const at = (date: string, time: string) =>
    verdictOf(
      evaluateRequirements(scenario, records, tokyo(date, time)),
      'e1',
      'cert',
    );

  it('is met until the renewal window opens, 30 days before the lapse', () => {
    expect(at('2028-03-10', '23:30')?.status).toBe('met');
    expect(at('2028-03-11', '00:30')).toMatchObject({
      status: 'on-track',
      needed: 1,
      expiresOn: '2028-04-10',
      lastChance: '2028-04-09',
    });
  });

  it('lapses at the start of its expiry day in the district zone', () => {
    expect(at('2028-04-09', '23:30')?.status).toBe('on-track');
    expect(at('2028-04-10', '00:30')).toMatchObject({
      status: 'behind',
      expiresOn: '2028-04-10',
      selfPaced: true,
      note: 'lapsed on 10 April; 0 sessions ahead, self-paced options open',
    });
  });

  it('is renewed by a completion in the window, valid from the new date', () => {
    const renewed = [
      ...records,
      completed('e1', 'restorative', '2028-03-20', '10:00'),
    ];
    const report = evaluateRequirements(
      scenario,
      renewed,
      tokyo('2028-03-21', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'cert')).toMatchObject({
      status: 'met',
      expiresOn: '2029-03-20',
    });
  });
});

describe('group rules at month and year boundaries', () => {
  it('counts department PD at 23:30 on the last day of a month for that month', () => {
    const scenario = withRules([
      { id: 'dept', name: 'Dept', kind: 'department-monthly' },
    ]);
    const records = [
      record('e5', 'dept-pd', '2027-06-30', '23:30', 45),
      record('e6', 'dept-pd', '2027-07-01', '00:30', 45),
    ];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-10', '09:00'),
    );
    const [maths, science] = report.groups;
    expect(maths).toMatchObject({
      department: 'maths',
      status: 'at-risk',
      missedMonths: ['2027-04', '2027-05'],
    });
    expect(science).toMatchObject({
      department: 'science',
      status: 'met',
      missedMonths: ['2027-04', '2027-05', '2027-06'],
      note: 'met: 1 session this month, 1 session required',
    });
  });

  it('judges trained leaders for the year that has begun once it is over', () => {
    const scenario = withRules([
      {
        id: 'leaders',
        name: 'Leaders',
        kind: 'trained-leaders',
        offeringId: 'citizenship',
        leaders: 1,
      },
    ]);
    const records = [attended('e8', 'citizenship', '2027-11-10', '14:00', 120)];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2028-04-01', '00:30'),
    );
    expect(report.groups.map((g) => [g.schoolId, g.status])).toEqual([
      ['s1', 'behind'],
      ['s2', 'behind'],
      ['s3', 'met'],
    ]);
    expect(report.groups[0]?.period).toMatchObject({
      kind: 'year',
      id: '2027',
    });
  });

  it('promises no more leaders than people left to train', () => {
    const scenario = withRules([
      {
        id: 'leaders',
        name: 'Leaders',
        kind: 'trained-leaders',
        offeringId: 'opt-in',
        leaders: 3,
        scope: { schoolIds: ['s3'] },
      },
    ]);
    // Three opt-in sessions lie ahead, but only e7 is left to train.
    const records = [attended('e8', 'opt-in', '2027-07-13', '16:00', 60)];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-14', '12:00'),
    );
    expect(report.groups).toMatchObject([
      {
        schoolId: 's3',
        status: 'behind',
        progress: 1,
        needed: 2,
        sessionsLeft: 1,
        note: '2 leaders needed, 1 seat left this year',
      },
    ]);
  });
});
