import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  ReachplanError,
  safeParseCatalogue,
  safeParseDistrict,
  safeParseScenario,
} from '../../src/index.js';
import { issuesOf } from './issues-of.js';
import { smallScenario } from './small-scenario.js';

// biome-ignore lint/suspicious/noExplicitAny: tests break the data on purpose
type Loose = any;

function rejected(change: (scenario: Loose) => void) {
  const scenario: Loose = smallScenario();
  change(scenario);
  return issuesOf(safeParseScenario(scenario));
}

describe('checks across the parts of a scenario', () => {
  it('reports a reused id of each kind at the later item', () => {
    const issues = rejected((s) => {
      s.district.schools[1].id = 's01';
      s.district.educators[2].id = 'e001';
      s.catalogue.categories[1].id = 'tl';
      s.catalogue.offerings[1].id = 'lesson-design';
    });
    expect(issues).toContainEqual({
      code: 'duplicate_id',
      path: ['district', 'schools', 1, 'id'],
      message:
        'school id "s01" is used more than once (first at district.schools[0])',
    });
    expect(issues).toContainEqual({
      code: 'duplicate_id',
      path: ['district', 'educators', 2, 'id'],
      message:
        'educator id "e001" is used more than once (first at district.educators[0])',
    });
    expect(issues).toContainEqual({
      code: 'duplicate_id',
      path: ['catalogue', 'categories', 1, 'id'],
      message:
        'category id "tl" is used more than once (first at catalogue.categories[0])',
    });
    expect(issues).toContainEqual({
      code: 'duplicate_id',
      path: ['catalogue', 'offerings', 1, 'id'],
      message:
        'offering id "lesson-design" is used more than once (first at catalogue.offerings[0])',
    });
  });

  it('names an educator at a school that is not in the district', () => {
    expect(rejected((s) => (s.district.educators[2].schoolId = 's99'))).toEqual(
      [
        {
          code: 'unknown_reference',
          path: ['district', 'educators', 2, 'schoolId'],
          message:
            'educator "e003" names school "s99", which is not in the district',
        },
      ],
    );
  });

  it('names a department the educator’s school does not list', () => {
    expect(
      rejected((s) => (s.district.educators[2].departments = ['maths', 'art'])),
    ).toEqual([
      {
        code: 'unknown_reference',
        path: ['district', 'educators', 2, 'departments', 1],
        message:
          'educator "e003" names department "art", which school "s02" does not list',
      },
    ]);
  });

  it('accepts any department at a school that lists none', () => {
    const scenario: Loose = smallScenario();
    scenario.district.educators[1].departments = ['homeroom'];
    expect(safeParseScenario(scenario).success).toBe(true);
  });

  it('names an unknown category and an unknown offering to follow', () => {
    expect(
      rejected((s) => {
        s.catalogue.offerings[0].categoryIds = ['tl', 'pastoral'];
        s.catalogue.offerings[1].follows = 'intro';
      }),
    ).toEqual([
      {
        code: 'unknown_reference',
        path: ['catalogue', 'offerings', 0, 'categoryIds', 1],
        message:
          'offering "lesson-design" names category "pastoral", which is not in the catalogue',
      },
      {
        code: 'unknown_reference',
        path: ['catalogue', 'offerings', 1, 'follows'],
        message:
          'offering "ict-course" follows "intro", which is not in the catalogue',
      },
    ]);
  });

  it('reports offerings that follow each other in a circle', () => {
    expect(
      rejected((s) => (s.catalogue.offerings[0].follows = 'ict-course')),
    ).toEqual([
      {
        code: 'cyclic_reference',
        path: ['catalogue', 'offerings', 0, 'follows'],
        message:
          'offerings follow each other in a circle: "lesson-design" → "ict-course" → "lesson-design"',
      },
    ]);
    expect(
      rejected((s) => (s.catalogue.offerings[0].follows = 'lesson-design')),
    ).toEqual([
      {
        code: 'cyclic_reference',
        path: ['catalogue', 'offerings', 0, 'follows'],
        message: 'offering "lesson-design" follows itself',
      },
    ]);
  });

  it('names eligibility that points at unknown schools or departments', () => {
    expect(
      rejected((s) => {
        s.catalogue.offerings[1].eligibility = {
          schoolIds: ['s02', 's77'],
          departments: ['music'],
        };
      }),
    ).toEqual([
      {
        code: 'unknown_reference',
        path: ['catalogue', 'offerings', 1, 'eligibility', 'schoolIds', 1],
        message:
          'offering "ict-course" is open to school "s77", which is not in the district',
      },
      {
        code: 'unknown_reference',
        path: ['catalogue', 'offerings', 1, 'eligibility', 'departments', 0],
        message:
          'offering "ict-course" is open to department "music", which no school or educator in the district has',
      },
    ]);
  });

  it('reports seats per school that the capacity cannot hold', () => {
    expect(
      rejected((s) => (s.catalogue.offerings[0].seatsPerSchool = 8)),
    ).toEqual([
      {
        code: 'seats_exceed_capacity',
        path: ['catalogue', 'offerings', 0, 'seatsPerSchool'],
        message:
          'offering "lesson-design" gives 8 seats per school, more than its capacity of 6',
      },
    ]);
  });

  it('reports self-paced content that closes before it opens', () => {
    expect(
      rejected((s) => (s.catalogue.offerings[1].availableUntil = '2027-04-30')),
    ).toEqual([
      {
        code: 'invalid_range',
        path: ['catalogue', 'offerings', 1, 'availableUntil'],
        message:
          'offering "ict-course" is available until 2027-04-30, before it opens on 2027-05-01',
      },
    ]);
  });

  it('reports every problem at once and throws them together', () => {
    const scenario: Loose = smallScenario();
    scenario.district.educators[0].schoolId = 'nowhere';
    scenario.catalogue.offerings[0].seatsPerSchool = 7;
    scenario.catalogue.offerings[1].categoryIds = ['x'];
    expect(issuesOf(safeParseScenario(scenario))).toHaveLength(3);

    const error = (() => {
      try {
        parseScenario(scenario);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ReachplanError);
    expect((error as ReachplanError).message).toBe(
      [
        '3 issues found:',
        '- district.educators[0].schoolId: educator "e001" names school "nowhere", which is not in the district',
        '- catalogue.offerings[0].seatsPerSchool: offering "lesson-design" gives 7 seats per school, more than its capacity of 6',
        '- catalogue.offerings[1].categoryIds[0]: offering "ict-course" names category "x", which is not in the catalogue',
      ].join('\n'),
    );
  });
});

describe('checks across parts when the shape is broken elsewhere', () => {
  it('still checks a sound district and catalogue beside a shape error', () => {
    expect(
      rejected((s) => {
        s.name = 42;
        s.district.educators[2].schoolId = 's99';
        s.catalogue.offerings[1].categoryIds = ['x'];
      }),
    ).toEqual([
      {
        code: 'invalid_type',
        path: ['name'],
        message: 'expected string, received number 42',
      },
      {
        code: 'unknown_reference',
        path: ['district', 'educators', 2, 'schoolId'],
        message:
          'educator "e003" names school "s99", which is not in the district',
      },
      {
        code: 'unknown_reference',
        path: ['catalogue', 'offerings', 1, 'categoryIds', 0],
        message:
          'offering "ict-course" names category "x", which is not in the catalogue',
      },
    ]);
  });

  it('checks the sound part and leaves the broken one to its shape issue', () => {
    expect(
      rejected((s) => {
        s.district.educators[2].schoolId = 's99';
        s.catalogue.offerings[0].venue = 'garden';
      }),
    ).toEqual([
      {
        code: 'invalid_value',
        path: ['catalogue', 'offerings', 0, 'venue'],
        message: '"garden" is not one of "central", "school", "online"',
      },
      {
        code: 'unknown_reference',
        path: ['district', 'educators', 2, 'schoolId'],
        message:
          'educator "e003" names school "s99", which is not in the district',
      },
    ]);
  });
});

describe('parsing a district or a catalogue on its own', () => {
  it('gives paths that start at the district', () => {
    const district: Loose = smallScenario().district;
    district.educators[1].schoolId = 's99';
    expect(issuesOf(safeParseDistrict(district))).toEqual([
      {
        code: 'unknown_reference',
        path: ['educators', 1, 'schoolId'],
        message:
          'educator "e002" names school "s99", which is not in the district',
      },
    ]);
  });

  it('gives shape paths that start at the catalogue', () => {
    const catalogue: Loose = smallScenario().catalogue;
    catalogue.offerings[0].capacity = 0;
    catalogue.offerings[1].categoryIds = ['ict', 'nope'];
    expect(issuesOf(safeParseCatalogue(catalogue))).toEqual([
      {
        code: 'too_small',
        path: ['offerings', 0, 'capacity'],
        message: 'expected a number at least 1, received number 0',
      },
    ]);
    catalogue.offerings[0].capacity = 6;
    expect(issuesOf(safeParseCatalogue(catalogue))).toEqual([
      {
        code: 'unknown_reference',
        path: ['offerings', 1, 'categoryIds', 1],
        message:
          'offering "ict-course" names category "nope", which is not in the catalogue',
      },
    ]);
  });

  it('leaves eligibility against schools to the scenario', () => {
    const catalogue: Loose = smallScenario().catalogue;
    catalogue.offerings[1].eligibility = { schoolIds: ['elsewhere'] };
    expect(safeParseCatalogue(catalogue).success).toBe(true);
  });
});

describe('a district on its own runs its calendar checks too', () => {
  it('reports a term outside its year with a path from the district', () => {
    const district: Loose = smallScenario().district;
    district.calendar.years[0].terms[2].end = '2028-04-30';
    expect(issuesOf(safeParseDistrict(district))).toEqual([
      {
        code: 'term_outside_year',
        path: ['calendar', 'years', 0, 'terms', 2],
        message:
          'term "t3" (2028-01-11 to 2028-04-30) is not inside year "2027" (2027-04-01 to 2028-03-31)',
      },
    ]);
  });
});
