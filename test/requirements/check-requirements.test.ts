import { describe, expect, it } from 'vitest';
import { safeParseScenario } from '../../src/index.js';
import { fixtureScenario } from './fixture.js';

function issuesFor(requirements: unknown[]) {
  const result = safeParseScenario({ ...fixtureScenario(), requirements });
  return result.success ? [] : result.issues;
}

describe('requirement rules in a scenario', () => {
  it('accepts every rule kind when its references exist', () => {
    const result = safeParseScenario({
      ...fixtureScenario(),
      requirements: [
        { id: 'a', name: 'A', kind: 'sessions-per-term', sessions: 1 },
        {
          id: 'b',
          name: 'B',
          kind: 'hours-per-period',
          hours: 6,
          period: { kind: 'rolling', months: 12 },
          categoryIds: ['tl'],
        },
        {
          id: 'c',
          name: 'C',
          kind: 'offering-per-year',
          offeringId: 'citizenship',
        },
        {
          id: 'd',
          name: 'D',
          kind: 'category-coverage',
          categoryIds: ['tl', 'pastoral'],
        },
        {
          id: 'e',
          name: 'E',
          kind: 'certification',
          offeringId: 'restorative',
          validMonths: 12,
          renewalWindowDays: 60,
        },
        { id: 'f', name: 'F', kind: 'department-monthly' },
        {
          id: 'h',
          name: 'H',
          kind: 'credits-per-period',
          credits: 2.5,
          period: { kind: 'term' },
          categoryIds: ['digital'],
        },
        {
          id: 'g',
          name: 'G',
          kind: 'trained-leaders',
          offeringId: 'citizenship',
          leaders: 1,
          scope: { schoolIds: ['s2'], departments: ['maths'] },
          exemptions: [{ educatorId: 'e1', from: '2027-09-01' }],
        },
      ],
    });
    expect(result.success).toBe(true);
  });

  it('names unknown offerings, categories, schools, departments and educators', () => {
    const issues = issuesFor([
      {
        id: 'r1',
        name: 'R1',
        kind: 'sessions-per-term',
        sessions: 1,
        categoryIds: ['tl', 'maths-ed'],
        scope: {
          schoolIds: ['s9'],
          departments: ['art'],
          educatorIds: ['e1', 'e99'],
        },
        exemptions: [{ educatorId: 'e42' }],
      },
      {
        id: 'r2',
        name: 'R2',
        kind: 'certification',
        offeringId: 'first-aid',
        validMonths: 24,
        renewalWindowDays: 30,
      },
    ]);
    expect(issues).toEqual([
      {
        code: 'unknown_reference',
        path: ['requirements', 0, 'scope', 'schoolIds', 0],
        message:
          'requirement "r1" names school "s9", which is not in the district',
      },
      {
        code: 'unknown_reference',
        path: ['requirements', 0, 'scope', 'departments', 0],
        message:
          'requirement "r1" names department "art", which no school or educator has',
      },
      {
        code: 'unknown_reference',
        path: ['requirements', 0, 'scope', 'educatorIds', 1],
        message:
          'requirement "r1" names educator "e99", which is not in the district',
      },
      {
        code: 'unknown_reference',
        path: ['requirements', 0, 'exemptions', 0, 'educatorId'],
        message:
          'requirement "r1" names educator "e42", which is not in the district',
      },
      {
        code: 'unknown_reference',
        path: ['requirements', 0, 'categoryIds', 1],
        message:
          'requirement "r1" names category "maths-ed", which is not in the catalogue',
      },
      {
        code: 'unknown_reference',
        path: ['requirements', 1, 'offeringId'],
        message:
          'requirement "r2" names offering "first-aid", which is not in the catalogue',
      },
    ]);
  });

  it('reports duplicate ids, backwards exemptions and ambiguous targets', () => {
    const issues = issuesFor([
      { id: 'x', name: 'X', kind: 'offering-per-year' },
      {
        id: 'x',
        name: 'X again',
        kind: 'offering-per-year',
        offeringId: 'citizenship',
        categoryId: 'digital',
        exemptions: [
          { educatorId: 'e1', from: '2027-06-01', to: '2027-05-01' },
        ],
      },
    ]);
    expect(issues).toEqual([
      {
        code: 'invalid_rule',
        path: ['requirements', 0],
        message:
          'requirement "x" names neither an offeringId nor a categoryId; name one',
      },
      {
        code: 'duplicate_id',
        path: ['requirements', 1, 'id'],
        message: 'requirement id "x" is used more than once',
      },
      {
        code: 'invalid_range',
        path: ['requirements', 1, 'exemptions', 0, 'to'],
        message:
          'exemption of educator "e1" ends on 2027-05-01, before it starts on 2027-06-01',
      },
      {
        code: 'invalid_rule',
        path: ['requirements', 1],
        message:
          'requirement "x" names both an offeringId and a categoryId; name one',
      },
    ]);
  });

  it('reports a rule of unknown kind and a bad target with their paths', () => {
    const issues = issuesFor([
      { id: 'q', name: 'Q', kind: 'sessions-per-week', sessions: 1 },
      { id: 'r', name: 'R', kind: 'sessions-per-term', sessions: 0 },
    ]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_value', ['requirements', 0, 'kind']],
      ['too_small', ['requirements', 1, 'sessions']],
    ]);
    expect(issues[0]?.message).toBe(
      '"sessions-per-week" is not one of "sessions-per-term", ' +
        '"hours-per-period", "credits-per-period", "offering-per-year", ' +
        '"category-coverage", "certification", "department-monthly", ' +
        '"trained-leaders"',
    );
  });

  it('reports a rule that reaches nobody, naming its scope', () => {
    const issues = issuesFor([
      {
        id: 'heads',
        name: 'Heads',
        kind: 'sessions-per-term',
        sessions: 1,
        scope: { roles: ['principal'], schoolIds: ['s2'] },
      },
      {
        id: 'dept',
        name: 'Dept',
        kind: 'department-monthly',
        scope: { schoolIds: ['s1', 's3'] },
      },
      // An unknown school is reported once, as unknown.
      {
        id: 'nowhere',
        name: 'Nowhere',
        kind: 'sessions-per-term',
        sessions: 1,
        scope: { schoolIds: ['s9'] },
      },
    ]);
    expect(issues).toEqual([
      {
        code: 'empty_scope',
        path: ['requirements', 0, 'scope'],
        message:
          'requirement "heads" reaches no educator: none matches its scope {"roles":["principal"],"schoolIds":["s2"]}',
      },
      {
        code: 'empty_scope',
        path: ['requirements', 1, 'scope'],
        message:
          'requirement "dept" reaches no department: no educator in its scope {"schoolIds":["s1","s3"]} belongs to one',
      },
      {
        code: 'unknown_reference',
        path: ['requirements', 2, 'scope', 'schoolIds', 0],
        message:
          'requirement "nowhere" names school "s9", which is not in the district',
      },
    ]);
  });
});
