import type { ScheduledOffering } from '../model/offering.js';
import type { Scenario } from '../model/scenario.js';

/**
 * Where an offering's sessions are held: one entry per school for
 * school-venue department PD and communities (the schools its eligibility
 * allows by id and level), or a single `undefined` for one shared session.
 *
 * @internal
 */
export function hostSchools(
  scenario: Scenario,
  offering: ScheduledOffering,
): (string | undefined)[] {
  const perSchool =
    offering.venue === 'school' &&
    (offering.format === 'department-pd' || offering.format === 'community');
  if (!perSchool) return [undefined];

  const { schoolIds, levels } = offering.eligibility ?? {};
  return scenario.district.schools
    .filter((school) => !schoolIds || schoolIds.includes(school.id))
    .filter((school) => !levels || levels.includes(school.level))
    .map((school) => school.id);
}
