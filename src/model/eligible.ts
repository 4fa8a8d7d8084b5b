import type { Educator } from './educator.js';
import type { Eligibility } from './eligibility.js';
import type { School } from './school.js';

/**
 * Whether an educator at a school meets an offering's eligibility: every
 * list given must match, a missing list does not restrict. An educator
 * whose segment is unknown never matches a list of segments.
 *
 * @param educator - the educator.
 * @param school - the educator's school.
 * @param eligibility - the offering's eligibility; everyone when missing.
 * @returns true when the educator may take part.
 * @example
 * ```ts
 * const school: School = { id: 's01', name: 'Minato', level: 'elementary' };
 * const educator: Educator = { id: 'e1', schoolId: 's01', roles: ['teacher'] };
 * isEligible(educator, school, { roles: ['ict-leader'] }); // false
 * isEligible(educator, school, { levels: ['elementary'] }); // true
 * ```
 */
export function isEligible(
  educator: Educator,
  school: School,
  eligibility: Eligibility | undefined,
): boolean {
  if (eligibility === undefined) return true;
  const { roles, schoolIds, departments, levels, segments } = eligibility;

  if (roles && !educator.roles.some((r) => roles.includes(r))) return false;
  if (schoolIds && !schoolIds.includes(school.id)) return false;
  if (levels && !levels.includes(school.level)) return false;
  if (
    departments &&
    !(educator.departments ?? []).some((d) => departments.includes(d))
  ) {
    return false;
  }
  if (segments) {
    return (
      educator.segment !== undefined && segments.includes(educator.segment)
    );
  }
  return true;
}
