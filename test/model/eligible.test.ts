import { describe, expect, it } from 'vitest';
import type { Educator, School } from '../../src/index.js';
import { isEligible } from '../../src/index.js';

const school: School = {
  id: 's01',
  name: 'Minato',
  level: 'lower-secondary',
  departments: ['maths', 'science'],
};
const teacher: Educator = {
  id: 'e1',
  schoolId: 's01',
  roles: ['teacher'],
  departments: ['maths'],
};

describe('isEligible', () => {
  it('admits everyone when the offering sets no eligibility', () => {
    expect(isEligible(teacher, school, undefined)).toBe(true);
  });

  it('needs one matching role, department and level when each is listed', () => {
    expect(isEligible(teacher, school, { roles: ['ict-leader'] })).toBe(false);
    expect(isEligible(teacher, school, { departments: ['maths'] })).toBe(true);
    expect(isEligible(teacher, school, { departments: ['science'] })).toBe(
      false,
    );
    expect(isEligible(teacher, school, { levels: ['elementary'] })).toBe(false);
    expect(
      isEligible(teacher, school, {
        roles: ['teacher'],
        levels: ['lower-secondary'],
        schoolIds: ['s01'],
      }),
    ).toBe(true);
  });

  it('never admits an unknown segment to a list of segments', () => {
    expect(isEligible(teacher, school, { segments: ['laggard'] })).toBe(false);
    const known: Educator = { ...teacher, segment: 'laggard' };
    expect(isEligible(known, school, { segments: ['laggard'] })).toBe(true);
  });
});
