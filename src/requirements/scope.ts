import type { Educator } from '../model/educator.js';
import type { School } from '../model/school.js';
import type { RequirementScope } from './scope-schema.js';

/**
 * Tells whether an educator is in a requirement's scope. Built once per
 * rule so the lists become sets.
 *
 * @internal
 */
export type ScopeMatcher = (educator: Educator, school: School) => boolean;

/**
 * Builds the matcher of a scope: every given list must match, a missing
 * list does not restrict, and a missing scope takes in everyone.
 *
 * @internal
 */
export function scopeMatcher(
  scope: RequirementScope | undefined,
): ScopeMatcher {
  if (scope === undefined) return () => true;

  const roles = toSet(scope.roles);
  const schools = toSet(scope.schoolIds);
  const departments = toSet(scope.departments);
  const levels = toSet(scope.levels);
  const segments = toSet(scope.segments);
  const educators = toSet(scope.educatorIds);

  return (educator, school) => {
    if (educators && !educators.has(educator.id)) return false;
    if (schools && !schools.has(educator.schoolId)) return false;
    if (levels && !levels.has(school.level)) return false;
    if (roles && !educator.roles.some((role) => roles.has(role))) {
      return false;
    }
    if (departments) {
      const own = educator.departments ?? [];
      if (!own.some((department) => departments.has(department))) {
        return false;
      }
    }
    if (segments) {
      if (educator.segment === undefined) return false;
      if (!segments.has(educator.segment)) return false;
    }
    return true;
  };
}

function toSet<T>(list: readonly T[] | undefined): Set<T> | undefined {
  return list === undefined ? undefined : new Set(list);
}
