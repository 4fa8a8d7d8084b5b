import type { Educator } from '../model/educator.js';
import type { Eligibility } from '../model/eligibility.js';
import { isEligible } from '../model/eligible.js';
import type { School } from '../model/school.js';
import { LEADER_SEGMENT_ORDER } from './defaults.js';
import type { LeaderSelection } from './leader-selection-schema.js';

/**
 * The educators of one school who may lead under a selection rule, in
 * tiers: everyone in an earlier tier is preferred to everyone in a later
 * one; inside a tier the planner breaks ties with its seeded stream.
 *
 * @internal
 */
export function candidateTiers(
  selection: LeaderSelection,
  school: School,
  staff: readonly Educator[],
  eligibility: Eligibility | undefined,
): Educator[][] {
  const eligible = staff.filter((e) => isEligible(e, school, eligibility));

  switch (selection.by) {
    case 'role':
      return selection.roles.map((_role, rank) =>
        eligible.filter((e) => firstRank(e.roles, selection.roles) === rank),
      );
    case 'segment':
      return segmentTiers(eligible, selection);
    case 'department':
      return onePerDepartment(eligible).map((e) => [e]);
    case 'list': {
      const listed = new Set(selection.educatorIds);
      return [eligible.filter((e) => listed.has(e.id))];
    }
  }
}

function firstRank(have: readonly string[], wanted: readonly string[]) {
  return wanted.findIndex((role) => have.includes(role));
}

function segmentTiers(
  eligible: readonly Educator[],
  selection: Extract<LeaderSelection, { by: 'segment' }>,
): Educator[][] {
  const order = selection.segments ?? LEADER_SEGMENT_ORDER;
  const tiers = order.map((segment) =>
    eligible.filter((e) => e.segment === segment),
  );
  if (selection.includeUnknown) {
    tiers.push(eligible.filter((e) => e.segment === undefined));
  }
  return tiers;
}

// Largest department first; inside it a department head, then the adopter
// segment in leader order, then roster order. Nobody leads two departments.
function onePerDepartment(eligible: readonly Educator[]): Educator[] {
  const members = new Map<string, Educator[]>();
  for (const educator of eligible) {
    for (const department of educator.departments ?? []) {
      const list = members.get(department) ?? [];
      list.push(educator);
      members.set(department, list);
    }
  }

  const departments = [...members.entries()].sort(
    ([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1),
  );
  const chosen = new Set<string>();
  const leaders: Educator[] = [];
  for (const [, staff] of departments) {
    const pick = [...staff]
      .filter((e) => !chosen.has(e.id))
      .sort(byDepartmentPreference)[0];
    if (pick === undefined) continue;
    chosen.add(pick.id);
    leaders.push(pick);
  }
  return leaders;
}

function byDepartmentPreference(a: Educator, b: Educator): number {
  const head = (e: Educator) => (e.roles.includes('department-head') ? 0 : 1);
  return head(a) - head(b) || segmentRank(a) - segmentRank(b);
}

function segmentRank(educator: Educator): number {
  if (educator.segment === undefined) return LEADER_SEGMENT_ORDER.length;
  return LEADER_SEGMENT_ORDER.indexOf(educator.segment);
}
