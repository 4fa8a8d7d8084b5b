import { describe, expect, it } from 'vitest';
import {
  expectedReach,
  planCascade,
  safePlanCascade,
} from '../../src/index.js';
import { handDistrict, parsed, podLevel, seminarCascade } from './district.js';

function firstLeaders(selection: object, headcounts = [10]) {
  const cascade = seminarCascade([podLevel('l1', 'source')], {
    leaderSelection: selection as never,
  });
  const plan = planCascade(parsed(handDistrict(headcounts, [cascade])));
  return (plan.cascades[0]?.leaders ?? [])
    .filter((l) => l.level === 0)
    .map((l) => l.educatorId)
    .sort();
}

describe('leader selection', () => {
  it('takes the ICT leader of each school when selecting by role', () => {
    expect(firstLeaders({ by: 'role', roles: ['ict-leader'] }, [8, 9])).toEqual(
      ['s01-e001', 's02-e001'],
    );
  });

  it('takes one leader per department, the largest departments first', () => {
    // Ten educators dealt to maths, science, language, arts in turn:
    // maths 3 (e001, e005, e009), science 3 (e002, e006, e010),
    // language 2, arts 2. Three seats: maths, science, then arts before
    // language by name. Inside each, early adopters before innovators
    // before the rest: e001 (maths has no early adopter; an innovator),
    // e002 (an early adopter), e004 (early majority).
    expect(firstLeaders({ by: 'department' })).toEqual([
      's01-e001',
      's01-e002',
      's01-e004',
    ]);
  });

  it('takes exactly the listed educators', () => {
    expect(
      firstLeaders({ by: 'list', educatorIds: ['s01-e007', 's01-e003'] }),
    ).toEqual(['s01-e003', 's01-e007']);
  });

  it('keeps to the listed adopter segments', () => {
    // Segments dealt in turn: e002, e003 are early adopters (j = 1, 2).
    expect(
      firstLeaders({ by: 'segment', segments: ['early-adopter'] }),
    ).toEqual(['s01-e002', 's01-e003']);
  });
});

describe('a caller’s own leader selector', () => {
  const plan = seminarCascade([podLevel('l1', 'source')]);

  it('is told the school, its staff, the seats and the plan’s suggestion', () => {
    const seen: unknown[] = [];
    planCascade(parsed(handDistrict([10], [plan])), {
      selectLeaders: ({ school, staff, seats, suggested }) => {
        seen.push([school.id, staff.length, seats, suggested.length]);
        return [];
      },
    });
    expect(seen).toEqual([['s01', 10, 3, 3]]);
  });

  it('may not pick beyond the seminar’s seats', () => {
    const result = safePlanCascade(parsed(handDistrict([10], [plan])), {
      selectLeaders: ({ staff }) => staff.slice(0, 4).map((e) => e.id),
    });
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: 'seats_exceeded',
        path: ['options', 'selectLeaders'],
        message:
          'selectLeaders chose 4 leaders for school "s01" in cascade "design-cascade", but the school has 3 seats',
      },
    ]);
  });

  it('may not pick someone the seminar does not admit', () => {
    const input = handDistrict([10], [plan]);
    const seminar = input.catalogue.offerings[0];
    if (seminar) seminar.eligibility = { roles: ['ict-leader'] };
    const result = safePlanCascade(parsed(input), {
      selectLeaders: () => ['s01-e002'],
    });
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: 'not_eligible',
        path: ['options', 'selectLeaders'],
        message:
          'selectLeaders chose "s01-e002" for school "s01" in cascade "design-cascade", but "s01-e002" is not eligible for its offering',
      },
    ]);
  });

  it('sets the first leaders of the forecast too', () => {
    const scenario = parsed(handDistrict([10, 12], [plan]));
    const onlyFirst = ({ staff }: { staff: readonly { id: string }[] }) => [
      staff[0]?.id ?? '',
    ];
    const [reach] = expectedReach(scenario, {
      selectLeaders: onlyFirst,
      behaviour: { leaderActivation: 1, attendance: 1 },
    }).cascades;
    // One leader a school, pods of six: 1 + 6 at each school.
    expect(reach?.schools.map((s) => s.reachedByLevel)).toEqual([
      [1, 6],
      [1, 6],
    ]);
  });
});
