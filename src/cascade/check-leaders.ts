import type { ReachplanIssue } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { candidateTiers } from './candidates.js';
import type { LeaderSelection } from './leader-selection-schema.js';
import type { CascadePlan } from './plan-schema.js';
import {
  leaderSeats,
  planOffering,
  planSchools,
  staffBySchool,
} from './plan-scope.js';

type Path = readonly (string | number)[];

/**
 * Checks who can lead: the plan's schools exist, listed leaders exist and
 * fit the seats, and every covered school with staff has at least one
 * educator the selection rule (and the source's eligibility) allows.
 *
 * @internal
 */
export function checkLeaders(
  scenario: Scenario,
  plan: CascadePlan,
  path: Path,
): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];
  const known = new Set(scenario.district.schools.map((s) => s.id));

  plan.schoolIds?.forEach((id, j) => {
    if (known.has(id)) return;
    issues.push({
      code: 'unknown_reference',
      path: [...path, 'schoolIds', j],
      message: `${plan.kind} "${plan.id}" covers school "${id}", which is not in the district`,
    });
  });

  const selection = plan.leaderSelection;
  if (selection.by === 'list') {
    issues.push(...checkList(scenario, plan, selection.educatorIds, path));
  }

  const staff = staffBySchool(scenario);
  const eligibility = planOffering(scenario, plan)?.eligibility;
  for (const school of planSchools(scenario, plan)) {
    const schoolStaff = staff.get(school.id) ?? [];
    if (schoolStaff.length === 0) continue;
    const tiers = candidateTiers(selection, school, schoolStaff, eligibility);
    if (tiers.some((tier) => tier.length > 0)) continue;
    issues.push({
      code: 'no_possible_leader',
      path: [...path, 'leaderSelection'],
      message: noLeaderMessage(school.id, plan, eligibility !== undefined),
    });
  }

  return issues;
}

function checkList(
  scenario: Scenario,
  plan: CascadePlan,
  ids: readonly string[],
  path: Path,
): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];
  const schoolOf = new Map(
    scenario.district.educators.map((e) => [e.id, e.schoolId]),
  );
  const perSchool = new Map<string, number>();

  ids.forEach((id, j) => {
    const school = schoolOf.get(id);
    if (school === undefined) {
      issues.push({
        code: 'unknown_reference',
        path: [...path, 'leaderSelection', 'educatorIds', j],
        message: `leader "${id}" is not an educator of the district`,
      });
      return;
    }
    perSchool.set(school, (perSchool.get(school) ?? 0) + 1);
  });

  const seats = leaderSeats(scenario, plan);
  if (seats === undefined) return issues;
  for (const [school, count] of perSchool) {
    if (count <= seats) continue;
    issues.push({
      code: 'seats_exceeded',
      path: [...path, 'leaderSelection', 'educatorIds'],
      message: `${count} leaders are listed for school "${school}", but it has ${seats} seats`,
    });
  }
  return issues;
}

function noLeaderMessage(
  schoolId: string,
  plan: CascadePlan,
  restricted: boolean,
): string {
  const rule = describeSelection(plan.leaderSelection);
  const eligible = restricted ? ' and eligible for the offering' : '';
  return `school "${schoolId}" has no educator who can lead ${plan.kind} "${plan.id}" (${rule}${eligible}); add one or leave the school out with schoolIds`;
}

function describeSelection(selection: LeaderSelection): string {
  switch (selection.by) {
    case 'role':
      return `by role: ${selection.roles.join(', ')}`;
    case 'segment':
      return `by segment: ${(selection.segments ?? ['any known']).join(', ')}`;
    case 'department':
      return 'one per department: nobody has a department';
    case 'list':
      return 'by list: none listed there';
  }
}
