import { describe, expect, it } from 'vitest';
import { planCascade } from '../../src/index.js';
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
