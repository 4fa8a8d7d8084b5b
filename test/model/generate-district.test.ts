import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GenerateDistrictOptions } from '../../src/index.js';
import {
  ADOPTER_SEGMENTS,
  generateDistrict,
  japanCalendar,
  ReachplanError,
  safeParseDistrict,
} from '../../src/index.js';

// biome-ignore lint/suspicious/noExplicitAny: tests break the data on purpose
type Loose = any;

/** The issues generateDistrict throws; fails when it throws anything else. */
function issuesThrownBy(options: GenerateDistrictOptions) {
  try {
    generateDistrict(options);
  } catch (error) {
    if (error instanceof ReachplanError) return error.issues;
    throw error;
  }
  throw new Error('expected a ReachplanError, but nothing was thrown');
}

describe('generateDistrict', () => {
  it('gives the same district for the same seed, another for another', () => {
    const a = generateDistrict({ schools: 12, educators: 300, seed: 5 });
    const b = generateDistrict({ schools: 12, educators: 300, seed: 5 });
    const c = generateDistrict({ schools: 12, educators: 300, seed: 6 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('builds exactly the schools and educators asked for', () => {
    const district = generateDistrict({ schools: 21, educators: 512, seed: 1 });
    expect(district.schools).toHaveLength(21);
    expect(district.educators).toHaveLength(512);
    expect(district.educators[12]?.id).toBe('e013');
    expect(district.schools[0]?.id).toBe('s01');
  });

  it('mixes elementary, lower and upper secondary schools', () => {
    const { schools } = generateDistrict({
      schools: 20,
      educators: 500,
      seed: 1,
    });
    const levels = schools.map((school) => school.level);
    expect(levels.filter((l) => l === 'elementary')).toHaveLength(12);
    expect(levels.filter((l) => l === 'lower-secondary')).toHaveLength(6);
    expect(levels.filter((l) => l === 'upper-secondary')).toHaveLength(2);
  });

  it('gives every school a principal and an ICT leader', () => {
    const district = generateDistrict({
      schools: 30,
      educators: 700,
      seed: 3,
    });
    for (const school of district.schools) {
      const staff = district.educators.filter((e) => e.schoolId === school.id);
      const count = (role: string) =>
        staff.filter((e) => e.roles.some((r) => r === role)).length;
      expect(count('principal')).toBe(1);
      expect(count('ict-leader')).toBe(1);
      expect(count('vice-principal')).toBe(staff.length >= 20 ? 1 : 0);
    }
  });

  it('gives secondary schools departments, each with a head', () => {
    const district = generateDistrict({ schools: 10, educators: 400, seed: 2 });
    const secondary = district.schools.filter((s) => s.level !== 'elementary');
    expect(secondary.length).toBeGreaterThan(0);
    for (const school of secondary) {
      const heads = district.educators.filter(
        (e) => e.schoolId === school.id && e.roles.includes('department-head'),
      );
      expect(heads.map((e) => e.departments?.[0]).sort()).toEqual(
        [...(school.departments ?? [])].sort(),
      );
    }
  });

  it('varies school sizes around the mean', () => {
    const district = generateDistrict({
      schools: 200,
      educators: 6000,
      seed: 4,
    });
    const sizes = district.schools.map(
      (s) => district.educators.filter((e) => e.schoolId === s.id).length,
    );
    expect(Math.min(...sizes)).toBeLessThan(24);
    expect(Math.max(...sizes)).toBeGreaterThan(40);
  });

  it("assigns adopter segments at Rogers' proportions", () => {
    const district = generateDistrict({
      schools: 50,
      educators: 10_000,
      seed: 9,
    });
    const counts = ADOPTER_SEGMENTS.map(
      (segment) =>
        district.educators.filter((e) => e.segment === segment).length,
    );
    expect(counts).toEqual([228, 1359, 3413, 3413, 1587]);
  });

  it('makes some staff part time, working as many weekdays as their FTE', () => {
    const district = generateDistrict({
      schools: 20,
      educators: 2000,
      seed: 8,
    });
    const partTime = district.educators.filter((e) => e.fte !== undefined);
    expect(partTime.length).toBeGreaterThan(50);
    expect(partTime.length).toBeLessThan(250);
    for (const educator of partTime) {
      expect(educator.availability).toHaveLength(
        Math.round((educator.fte ?? 1) * 5),
      );
    }
  });

  it('rejects sizes it cannot build, naming each', () => {
    expect(
      issuesThrownBy({ schools: 0, educators: 1.5, seed: Number.NaN }),
    ).toEqual([
      {
        code: 'invalid_option',
        path: ['schools'],
        message: 'expected 1 to 100000 schools, received 0',
      },
      {
        code: 'invalid_option',
        path: ['educators'],
        message: 'expected one educator per school up to 2000000, received 1.5',
      },
      {
        code: 'invalid_option',
        path: ['seed'],
        message: 'expected an integer seed, received NaN',
      },
    ]);
  });

  it('names a zone, an id, a name or a calendar it cannot use', () => {
    const calendar: Loose = japanCalendar(2027);
    calendar.years[0].terms[1].end = '2027-08-01';
    expect(
      issuesThrownBy({
        schools: 3,
        educators: 30,
        seed: 1,
        timeZone: 'JST',
        id: ' d1',
        name: '',
        calendar,
      }),
    ).toEqual([
      {
        code: 'invalid_option',
        path: ['timeZone'],
        message: 'expected an IANA time zone, received "JST"',
      },
      {
        code: 'invalid_id',
        path: ['id'],
        message: 'expected an id without spaces at either end, received " d1"',
      },
      {
        code: 'too_small',
        path: ['name'],
        message: 'expected a non-empty string, received string ""',
      },
      {
        code: 'term_end_before_start',
        path: ['calendar', 'years', 0, 'terms', 1, 'end'],
        message:
          'term "2027-28-t2" ends on 2027-08-01, before it starts on 2027-09-01',
      },
    ]);
  });

  it('throws the library error, not a TypeError, for options that are not an object', () => {
    expect(() => generateDistrict(undefined as never)).toThrow(
      new ReachplanError([
        {
          code: 'invalid_option',
          path: [],
          message: 'expected an options object, received nothing',
        },
      ]),
    );
  });

  it('always builds a district that parses', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer(),
        (schools, perSchool, seed) => {
          const district = generateDistrict({
            schools,
            educators: schools + schools * perSchool,
            seed,
          });
          expect(safeParseDistrict(district)).toEqual({
            success: true,
            data: district,
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
