import { findDuplicateIds } from './check-ids.js';
import type { District } from './district.js';
import type { ReachplanIssue } from './issues.js';
import type { Scenario } from './scenario.js';
import type { School } from './school.js';

type Path = readonly (string | number)[];

/**
 * The checks across the parts of a district: duplicate school and educator
 * ids, educators at unknown schools, and departments a school does not list.
 * The calendar's own checks live with the calendar.
 *
 * @param district - a district whose shape is valid.
 * @param basePath - where the district sits in the input.
 * @returns every issue found.
 * @internal
 */
export function checkDistrict(
  district: District,
  basePath: Path = [],
): ReachplanIssue[] {
  return [
    ...findDuplicateIds(district.schools, [...basePath, 'schools'], 'school'),
    ...findDuplicateIds(
      district.educators,
      [...basePath, 'educators'],
      'educator',
    ),
    ...checkEducatorSchools(district, basePath),
  ];
}

/**
 * {@link checkDistrict} as a scenario check.
 *
 * @internal
 */
export function checkScenarioDistrict(scenario: Scenario): ReachplanIssue[] {
  return checkDistrict(scenario.district, ['district']);
}

function checkEducatorSchools(
  district: District,
  basePath: Path,
): ReachplanIssue[] {
  const schools = new Map<string, School>();
  for (const school of district.schools) {
    if (!schools.has(school.id)) schools.set(school.id, school);
  }
  const departmentsOf = new Map<string, Set<string>>();
  for (const school of schools.values()) {
    if (school.departments) {
      departmentsOf.set(school.id, new Set(school.departments));
    }
  }

  // Messages are built only for the rare educator with a problem, so a
  // million-strong roster checks in a few milliseconds.
  const issues: ReachplanIssue[] = [];
  district.educators.forEach((educator, index) => {
    const path = (...rest: (string | number)[]) => [
      ...basePath,
      'educators',
      index,
      ...rest,
    ];
    const who = () => `educator ${JSON.stringify(educator.id)}`;
    const school = () => JSON.stringify(educator.schoolId);

    if (!schools.has(educator.schoolId)) {
      issues.push({
        code: 'unknown_reference',
        path: path('schoolId'),
        message: `${who()} names school ${school()}, which is not in the district`,
      });
      return;
    }

    // A school without a department list accepts any department.
    const listed = departmentsOf.get(educator.schoolId);
    if (!listed || !educator.departments) return;
    educator.departments.forEach((department, at) => {
      if (listed.has(department)) return;
      issues.push({
        code: 'unknown_reference',
        path: path('departments', at),
        message:
          `${who()} names department ${JSON.stringify(department)}, ` +
          `which school ${school()} does not list`,
      });
    });
  });
  return issues;
}
