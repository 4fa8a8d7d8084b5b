import { describe, expect, it } from 'vitest';
import { evaluateRequirements } from '../../src/index.js';
import { attended, tokyo, withRules } from './helpers.js';

describe('group rules', () => {
  it('judges each department of each school month by month', () => {
    const scenario = withRules([
      { id: 'dept', name: 'Dept', kind: 'department-monthly' },
    ]);
    const records = [
      attended('e4', 'dept-pd', '2027-05-12', '15:30', 45, 's2'),
    ];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-10', '09:00'),
    );

    expect(report.groups.map((g) => [g.schoolId, g.department])).toEqual([
      ['s2', 'maths'],
      ['s2', 'science'],
    ]);
    expect(report.groups[0]).toMatchObject({
      status: 'at-risk',
      period: {
        kind: 'month',
        id: '2027-07',
        start: '2027-07-01',
        end: '2027-07-31',
      },
      missedMonths: ['2027-04', '2027-06'],
      lastChance: '2027-07-14',
      note: '1 session needed, 1 session left this month, last on 14 July',
    });
  });

  it('counts trained leaders per school and the seats left for the others', () => {
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
    const before = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-11-01', '09:00'),
    );
    expect(before.groups.map((g) => [g.schoolId, g.status, g.note])).toEqual([
      [
        's1',
        'at-risk',
        '1 leader needed, 1 seat left this year, last on 10 November',
      ],
      [
        's2',
        'at-risk',
        '1 leader needed, 1 seat left this year, last on 10 November',
      ],
      [
        's3',
        'at-risk',
        '1 leader needed, 1 seat left this year, last on 10 November',
      ],
    ]);
    const after = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-11-11', '09:00'),
    );
    expect(after.groups.map((g) => [g.schoolId, g.status])).toEqual([
      ['s1', 'behind'],
      ['s2', 'behind'],
      ['s3', 'met'],
    ]);
  });
});

describe('binding rule, aggregates and who is behind', () => {
  const rules = [
    { id: 'one', name: 'One', kind: 'sessions-per-term', sessions: 1 },
    {
      id: 'teachers-tl',
      name: 'Teachers TL',
      kind: 'sessions-per-term',
      sessions: 2,
      categoryIds: ['tl'],
      scope: { roles: ['teacher'] },
    },
  ];

  it('names the most urgent rule of each educator', () => {
    const scenario = withRules(rules);
    const records = [attended('e1', 'opt-in', '2027-07-13', '16:00', 60)];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-14', '12:00'),
    );
    const e1 = report.binding.find((v) => v.educatorId === 'e1');
    expect(e1?.ruleId).toBe('teachers-tl');
    expect(e1?.status).toBe('on-track');
    // e3 is a principal: only the first rule reaches them.
    expect(report.binding.find((v) => v.educatorId === 'e3')?.ruleId).toBe(
      'one',
    );
  });

  it('counts each educator once in the district and once per department', () => {
    const scenario = withRules(rules);
    const report = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-07-14', '12:00'),
    );
    expect(report.aggregates.district.educators).toBe(8);
    const departments = Object.fromEntries(
      report.aggregates.departments.map((row) => [row.key, row.educators]),
    );
    expect(departments).toEqual({ maths: 2, science: 2 });
    const roles = Object.fromEntries(
      report.aggregates.roles.map((r) => [r.key, r.educators]),
    );
    expect(roles).toEqual({ teacher: 6, 'ict-leader': 2, principal: 1 });
    expect(report.aggregates.rules.map((r) => [r.key, r.educators])).toEqual([
      ['one', 8],
      ['teachers-tl', 6],
    ]);
  });

  it('orders the behind list by urgency: behind first, then by last chance', () => {
    const scenario = withRules(rules);
    const report = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-07-14', '12:00'),
    );
    const order = report.behind.map((v) => [
      v.educatorId,
      v.status,
      v.lastChance,
    ]);
    expect(order).toEqual([
      ['e6', 'behind', undefined],
      ['e1', 'at-risk', '2027-07-15'],
      ['e2', 'at-risk', '2027-07-15'],
      ['e4', 'at-risk', '2027-07-15'],
      ['e7', 'at-risk', '2027-07-15'],
    ]);
    // e5 works half time: one session of the three left is enough.
    expect(report.binding.find((v) => v.educatorId === 'e5')?.status).toBe(
      'on-track',
    );
  });
});
