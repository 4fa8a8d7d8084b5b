import type { Educator } from '../model/educator.js';
import type { Offering } from '../model/offering.js';
import type { Scenario } from '../model/scenario.js';
import type { School } from '../model/school.js';
import type { CascadePlan } from './plan-schema.js';

/**
 * The offering a plan hangs on: the source seminar of a cascade, the
 * meetings of a community.
 *
 * @internal
 */
export function planOffering(
  scenario: Scenario,
  plan: CascadePlan,
): Offering | undefined {
  const id = plan.kind === 'cascade' ? plan.sourceOfferingId : plan.offeringId;
  return scenario.catalogue.offerings.find((o) => o.id === id);
}

/**
 * The most first leaders a school may have: the plan's own limit and, for a
 * cascade, the source's seats per school. Undefined means no limit.
 *
 * @internal
 */
export function leaderSeats(
  scenario: Scenario,
  plan: CascadePlan,
): number | undefined {
  const seats =
    plan.kind === 'cascade'
      ? planOffering(scenario, plan)?.seatsPerSchool
      : undefined;
  const limits = [plan.leadersPerSchool, seats].filter(
    (n): n is number => n !== undefined,
  );
  return limits.length === 0 ? undefined : Math.min(...limits);
}

/**
 * The schools a plan covers, in district order.
 *
 * @internal
 */
export function planSchools(scenario: Scenario, plan: CascadePlan): School[] {
  const { schools } = scenario.district;
  if (plan.schoolIds === undefined) return [...schools];
  const wanted = new Set(plan.schoolIds);
  return schools.filter((s) => wanted.has(s.id));
}

/**
 * Educators grouped by school id, in roster order.
 *
 * @internal
 */
export function staffBySchool(scenario: Scenario): Map<string, Educator[]> {
  const staff = new Map<string, Educator[]>();
  for (const educator of scenario.district.educators) {
    const list = staff.get(educator.schoolId) ?? [];
    list.push(educator);
    staff.set(educator.schoolId, list);
  }
  return staff;
}
