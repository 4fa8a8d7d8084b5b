import { describe, expect, it } from 'vitest';
import { safeParseScenario } from '../../src/index.js';
import { handDistrict, podLevel, seminarCascade } from './district.js';

function issuesOf(input: unknown) {
  const result = safeParseScenario(input);
  if (result.success) return [];
  return result.issues;
}

describe('cascade plans in a scenario', () => {
  it('accepts a two-level cascade led level by level', () => {
    const input = handDistrict(
      [10, 12],
      [seminarCascade([podLevel('l1', 'source'), podLevel('l2', 'l1')])],
    );
    expect(issuesOf(input)).toEqual([]);
  });

  it('reports every problem at once, each with its path', () => {
    const bad = seminarCascade(
      [
        podLevel('l1', 'source', { fidelityKept: 1.2 }),
        podLevel('l2', 'l3', { fidelityKept: 0 }),
        podLevel('l3', 'l2', { podSize: { min: 40, max: 50 } }),
      ],
      { sourceOfferingId: 'no-such-seminar' },
    );
    expect(issuesOf(handDistrict([10, 12], [bad]))).toEqual([
      {
        code: 'unknown_reference',
        path: ['cascades', 0, 'sourceOfferingId'],
        message:
          'cascade "design-cascade" names offering "no-such-seminar", which is not in the catalogue',
      },
      {
        code: 'cascade_cycle',
        path: ['cascades', 0, 'levels', 1, 'ledBy'],
        message:
          'levels lead each other in a cycle: "l2" led by "l3" led by "l2"',
      },
      {
        code: 'out_of_range',
        path: ['cascades', 0, 'levels', 0, 'fidelityKept'],
        message:
          'fidelityKept must be greater than 0 and at most 1, received 1.2',
      },
      {
        code: 'out_of_range',
        path: ['cascades', 0, 'levels', 1, 'fidelityKept'],
        message:
          'fidelityKept must be greater than 0 and at most 1, received 0',
      },
      {
        code: 'pod_too_large',
        path: ['cascades', 0, 'levels', 2, 'podSize', 'min'],
        message:
          'a pod of at least 40 members and its leader fits no school: the largest, "s02", has 12 educators',
      },
    ]);
  });

  it('names a level led by a level other than the one above it', () => {
    const plan = seminarCascade([
      podLevel('l1', 'source'),
      podLevel('l2', 'l1'),
      podLevel('l3', 'l1'),
    ]);
    expect(issuesOf(handDistrict([10], [plan]))).toEqual([
      {
        code: 'leader_not_trained',
        path: ['cascades', 0, 'levels', 2, 'ledBy'],
        message:
          'level "l3" is led by "l1", but its leaders must be the people trained by the level above, "l2"',
      },
    ]);
  });

  it('names a leader level that does not exist and a self-led level', () => {
    const plan = seminarCascade([
      podLevel('l1', 'source'),
      podLevel('l2', 'l9'),
      podLevel('l3', 'l3'),
    ]);
    expect(issuesOf(handDistrict([10], [plan]))).toEqual([
      {
        code: 'cascade_cycle',
        path: ['cascades', 0, 'levels', 2, 'ledBy'],
        message: 'levels lead each other in a cycle: "l3" led by "l3"',
      },
      {
        code: 'unknown_reference',
        path: ['cascades', 0, 'levels', 1, 'ledBy'],
        message:
          'level "l2" is led by "l9", which is neither "source" nor a level of this cascade',
      },
    ]);
  });

  it('names each school where nobody can lead', () => {
    const input = handDistrict(
      [10, 12, 8],
      [
        seminarCascade([podLevel('l1', 'source')], {
          leaderSelection: { by: 'role', roles: ['principal'] },
        }),
      ],
    );
    const issues = issuesOf(input);
    expect(issues.map((i) => i.code)).toEqual([
      'no_possible_leader',
      'no_possible_leader',
      'no_possible_leader',
    ]);
    expect(issues[0]).toEqual({
      code: 'no_possible_leader',
      path: ['cascades', 0, 'leaderSelection'],
      message:
        'school "s01" has no educator who can lead cascade "design-cascade" (by role: principal); add one or leave the school out with schoolIds',
    });
  });

  it('accepts a school left out of the plan', () => {
    const input = handDistrict([10, 12], []);
    input.district.educators = input.district.educators.map((e) =>
      e.schoolId === 's02' ? { ...e, roles: ['teacher'] } : e,
    );
    input.cascades = [
      seminarCascade([podLevel('l1', 'source')], {
        leaderSelection: { by: 'role', roles: ['ict-leader'] },
        schoolIds: ['s01'],
      }),
    ];
    expect(issuesOf(input)).toEqual([]);
  });

  it('rejects a self-paced source, unknown leaders and too many per school', () => {
    const input = handDistrict(
      [10, 12],
      [
        seminarCascade([podLevel('l1', 'source')], {
          sourceOfferingId: 'ict-course',
          leaderSelection: {
            by: 'list',
            educatorIds: ['s01-e001', 's01-e002', 's01-e003', 's01-e004', 'x'],
          },
          schoolIds: ['s01'],
          leadersPerSchool: 2,
        }),
      ],
    );
    expect(issuesOf(input)).toEqual([
      {
        code: 'not_scheduled',
        path: ['cascades', 0, 'sourceOfferingId'],
        message:
          'cascade "design-cascade" names offering "ict-course", which is self-paced (async-course) and has no sessions to train leaders or meet in',
      },
      {
        code: 'unknown_reference',
        path: ['cascades', 0, 'leaderSelection', 'educatorIds', 4],
        message: 'leader "x" is not an educator of the district',
      },
      {
        code: 'seats_exceeded',
        path: ['cascades', 0, 'leaderSelection', 'educatorIds'],
        message: '4 leaders are listed for school "s01", but it has 2 seats',
      },
    ]);
  });

  it('rejects probabilities outside 0 to 1 and a depth below the levels', () => {
    const input = handDistrict(
      [10],
      [
        seminarCascade([podLevel('l1', 'source'), podLevel('l2', 'l1')], {
          behaviour: { leaderActivation: 1.5, attendance: -0.1 },
          maxDepth: 1,
        }),
      ],
    );
    expect(issuesOf(input).map((i) => [i.code, i.message])).toEqual([
      [
        'out_of_range',
        'leaderActivation is a probability from 0 to 1, received 1.5',
      ],
      [
        'out_of_range',
        'attendance is a probability from 0 to 1, received -0.1',
      ],
      ['invalid_range', 'maxDepth 1 is less than the 2 levels given'],
    ]);
  });

  it('checks a standing community against its meeting offering', () => {
    const input = handDistrict(
      [10],
      [
        {
          kind: 'community',
          id: 'pods',
          name: 'Monthly pods',
          offeringId: 'pod-community',
          leaderSelection: { by: 'segment', segments: ['early-adopter'] },
          audience: 'school',
          podSize: { min: 8, max: 4 },
          fidelityKept: 0.9,
        },
      ],
    );
    expect(issuesOf(input)).toEqual([
      {
        code: 'invalid_range',
        path: ['cascades', 0, 'podSize'],
        message: 'pod size min 8 is larger than max 4',
      },
    ]);
  });

  it('reports a malformed level by its path before any cross-check', () => {
    const level = podLevel('l1', 'source', {
      podSize: { min: 0, max: 6 },
      audience: 'team' as never,
    });
    expect(issuesOf(handDistrict([10], [seminarCascade([level])]))).toEqual([
      {
        code: 'invalid_value',
        path: ['cascades', 0, 'levels', 0, 'audience'],
        message: '"team" is not one of "pod", "department", "school"',
      },
      {
        code: 'too_small',
        path: ['cascades', 0, 'levels', 0, 'podSize', 'min'],
        message: 'expected a number at least 1, received number 0',
      },
    ]);
  });
});

describe('listed leaders', () => {
  it('names leaders listed twice, outside the plan or not eligible', () => {
    const input = handDistrict(
      [10, 12],
      [
        seminarCascade([podLevel('l1', 'source')], {
          leaderSelection: {
            by: 'list',
            educatorIds: ['s01-e001', 's01-e002', 's01-e001', 's02-e001'],
          },
          schoolIds: ['s01'],
        }),
      ],
    );
    const seminar = input.catalogue.offerings[0];
    if (seminar) seminar.eligibility = { roles: ['ict-leader'] };
    expect(issuesOf(input)).toEqual([
      {
        code: 'not_eligible',
        path: ['cascades', 0, 'leaderSelection', 'educatorIds', 1],
        message:
          'leader "s01-e002" is not eligible for offering "lesson-design"',
      },
      {
        code: 'duplicate_id',
        path: ['cascades', 0, 'leaderSelection', 'educatorIds', 2],
        message: 'leader "s01-e001" is listed twice',
      },
      {
        code: 'not_covered',
        path: ['cascades', 0, 'leaderSelection', 'educatorIds', 3],
        message:
          'leader "s02-e001" works at school "s02", which cascade "design-cascade" does not cover',
      },
    ]);
  });
});

describe('pod sizes', () => {
  it('measures a pod against the schools the plan covers', () => {
    const plan = seminarCascade(
      [podLevel('l1', 'source', { podSize: { min: 12, max: 14 } })],
      { schoolIds: ['s01'] },
    );
    expect(issuesOf(handDistrict([10, 20], [plan]))).toEqual([
      {
        code: 'pod_too_large',
        path: ['cascades', 0, 'levels', 0, 'podSize', 'min'],
        message:
          'a pod of at least 12 members and its leader fits no school it covers: the largest, "s01", has 10 educators',
      },
    ]);
  });
});

describe('leaders by segment', () => {
  it('says unknown segments need includeUnknown when nobody qualifies', () => {
    const input = handDistrict(
      [6],
      [
        seminarCascade([podLevel('l1', 'source')], {
          leaderSelection: { by: 'segment' },
        }),
      ],
    );
    input.district.educators = input.district.educators.map(
      ({ segment: _segment, ...rest }) => rest,
    );
    expect(issuesOf(input)).toEqual([
      {
        code: 'no_possible_leader',
        path: ['cascades', 0, 'leaderSelection'],
        message:
          'school "s01" has no educator who can lead cascade "design-cascade" (by segment: any known; educators of unknown segment only with includeUnknown); add one or leave the school out with schoolIds',
      },
    ]);
  });
});
