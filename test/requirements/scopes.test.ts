import { describe, expect, it } from 'vitest';
import type { RequirementsReport } from '../../src/index.js';
import { evaluateRequirements } from '../../src/index.js';
import { attended, completed, tokyo, verdictOf, withRules } from './helpers.js';

const rule = { name: 'Rule', kind: 'sessions-per-term', sessions: 1 };

function reached(report: RequirementsReport, ruleId: string): string[] {
  return report.results
    .filter((verdict) => verdict.ruleId === ruleId)
    .map((verdict) => verdict.educatorId);
}

describe('scopes', () => {
  it('reaches educators by role, school, department, level, segment and list', () => {
    const scenario = withRules([
      { ...rule, id: 'all' },
      { ...rule, id: 'leaders', scope: { roles: ['ict-leader'] } },
      { ...rule, id: 'north', scope: { schoolIds: ['s1'] } },
      { ...rule, id: 'science', scope: { departments: ['science'] } },
      { ...rule, id: 'secondary', scope: { levels: ['lower-secondary'] } },
      { ...rule, id: 'laggards', scope: { segments: ['laggard'] } },
      { ...rule, id: 'listed', scope: { educatorIds: ['e8', 'e1'] } },
      {
        ...rule,
        id: 'both',
        scope: { roles: ['teacher'], levels: ['lower-secondary'] },
      },
    ]);
    const report = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-05-01', '09:00'),
    );
    const every = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8'];
    expect(reached(report, 'all')).toEqual(every);
    expect(reached(report, 'leaders')).toEqual(['e2', 'e8']);
    expect(reached(report, 'north')).toEqual(['e1', 'e2', 'e3']);
    expect(reached(report, 'science')).toEqual(['e4', 'e6']);
    expect(reached(report, 'secondary')).toEqual([
      'e4',
      'e5',
      'e6',
      'e7',
      'e8',
    ]);
    // Only e7 has a segment; educators without one never match.
    expect(reached(report, 'laggards')).toEqual(['e7']);
    expect(reached(report, 'listed')).toEqual(['e1', 'e8']);
    // Lists are combined with AND: teachers at lower-secondary schools.
    expect(reached(report, 'both')).toEqual(['e4', 'e5', 'e6', 'e7']);
  });

  it('judges each overlapping rule and binds each educator to the most urgent', () => {
    const scenario = withRules([
      { ...rule, id: 'any', sessions: 1 },
      {
        ...rule,
        id: 'science-two',
        sessions: 2,
        categoryIds: ['tl'],
        scope: { departments: ['science'] },
      },
      {
        id: 'citizenship',
        name: 'Citizenship',
        kind: 'offering-per-year',
        offeringId: 'citizenship',
        scope: { schoolIds: ['s2'] },
      },
    ]);
    const records = [
      attended('e4', 'opt-in', '2027-07-13', '16:00', 60),
      attended('e6', 'opt-in', '2027-07-13', '16:00', 60),
    ];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-14', '12:00'),
    );

    // e4 is in all three rules: one verdict each, and the worst binds.
    expect(
      report.results
        .filter((v) => v.educatorId === 'e4')
        .map((v) => [v.ruleId, v.status]),
    ).toEqual([
      ['any', 'met'],
      ['science-two', 'on-track'],
      ['citizenship', 'at-risk'],
    ]);
    expect(report.binding.find((v) => v.educatorId === 'e4')).toMatchObject({
      ruleId: 'citizenship',
      lastChance: '2027-11-10',
    });
    // e6 works Mondays and Tuesdays: one Tuesday left, one more needed,
    // but the November seminar is on a Wednesday.
    expect(report.binding.find((v) => v.educatorId === 'e6')).toMatchObject({
      ruleId: 'citizenship',
      status: 'behind',
    });
    // e4 sits in two departments and three rules, and counts once in each
    // department and once in the district.
    const departments = report.aggregates.departments.map((row) => [
      row.key,
      row.educators,
      row['at-risk'],
      row.behind,
    ]);
    expect(departments).toEqual([
      ['maths', 2, 2, 0],
      ['science', 2, 1, 1],
    ]);
    expect(report.aggregates.district.educators).toBe(8);
    expect(report.aggregates.rules.map((r) => [r.key, r.educators])).toEqual([
      ['any', 8],
      ['science-two', 2],
      ['citizenship', 3],
    ]);
  });
});

describe('exemptions beyond term rules', () => {
  it('makes a yearly rule exempt for a whole-year leave and drops chances on leave days', () => {
    const scenario = withRules([
      {
        id: 'citizenship',
        name: 'Citizenship',
        kind: 'offering-per-year',
        offeringId: 'citizenship',
        exemptions: [
          { educatorId: 'e1', from: '2027-03-01', to: '2028-04-30' },
          { educatorId: 'e2', from: '2027-11-01', to: '2027-11-30' },
        ],
      },
    ]);
    const report = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-10-01', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'citizenship')).toMatchObject({
      status: 'exempt',
      note: 'exempt this year',
    });
    // Away in November, when the only seminar falls: not scaled, but
    // without a chance left.
    expect(verdictOf(report, 'e2', 'citizenship')).toMatchObject({
      status: 'behind',
      target: 1,
      sessionsLeft: 0,
    });
    expect(verdictOf(report, 'e4', 'citizenship')?.status).toBe('at-risk');
  });

  it('scales an hours target by the share of the year on leave', () => {
    const scenario = withRules([
      {
        id: 'hours',
        name: 'Hours',
        kind: 'hours-per-period',
        hours: 6,
        period: { kind: 'year' },
        // 183 of the year's 366 days.
        exemptions: [
          { educatorId: 'e1', from: '2027-10-01', to: '2028-03-31' },
        ],
      },
    ]);
    const report = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-05-01', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'hours')?.target).toBe(180);
    // e5 works half time: 6 h × 0.5.
    expect(verdictOf(report, 'e5', 'hours')?.target).toBe(180);
    expect(verdictOf(report, 'e2', 'hours')?.target).toBe(360);
  });

  it('excuses a certification while the leave lasts', () => {
    const scenario = withRules([
      {
        id: 'cert',
        name: 'Cert',
        kind: 'certification',
        offeringId: 'restorative',
        validMonths: 12,
        renewalWindowDays: 30,
        exemptions: [
          { educatorId: 'e2', from: '2027-06-01', to: '2027-06-30' },
        ],
      },
    ]);
    const records = [completed('e1', 'restorative', '2027-04-10', '10:00')];
    const during = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-06-15', '09:00'),
    );
    expect(verdictOf(during, 'e2', 'cert')?.status).toBe('exempt');
    const after = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-01', '09:00'),
    );
    expect(verdictOf(after, 'e2', 'cert')?.status).toBe('behind');
  });

  it('leaves members away for the whole period out of group rules', () => {
    const scenario = withRules([
      {
        id: 'dept',
        name: 'Dept',
        kind: 'department-monthly',
        exemptions: [
          { educatorId: 'e5', from: '2027-07-01', to: '2027-07-31' },
        ],
      },
      {
        id: 'leaders',
        name: 'Leaders',
        kind: 'trained-leaders',
        offeringId: 'citizenship',
        leaders: 1,
        scope: { schoolIds: ['s3'] },
        exemptions: [{ educatorId: 'e8' }],
      },
    ]);
    const records = [attended('e8', 'citizenship', '2027-11-10', '14:00', 120)];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-11-11', '09:00'),
    );
    // The only trained leader at s3 is excused for good: s3 has none.
    expect(report.groups.find((g) => g.ruleId === 'leaders')).toMatchObject({
      schoolId: 's3',
      status: 'behind',
      progress: 0,
    });

    const july = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-07-10', '09:00'),
    );
    // Maths at s2 is e4 and e5; in July only e4 counts, and still holds
    // a department: no group disappears while one member is left.
    expect(
      july.groups
        .filter((g) => g.ruleId === 'dept')
        .map((g) => [g.schoolId, g.department]),
    ).toEqual([
      ['s2', 'maths'],
      ['s2', 'science'],
    ]);
  });
});
