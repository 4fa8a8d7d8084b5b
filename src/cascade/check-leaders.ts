import type { Educator } from '../model/educator.js';
import { isEligible } from '../model/eligible.js';
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
  const educators = new Map(scenario.district.educators.map((e) => [e.id, e]));
  const covered = new Set(planSchools(scenario, plan).map((s) => s.id));
  const perSchool = new Map<string, number>();
  const seen = new Set<string>();

  ids.forEach((id, j) => {
    const educator = educators.get(id);
    const problem = listedProblem(scenario, plan, id, educator, seen, covered);
    seen.add(id);
    if (problem || educator === undefined) {
      const at = [...path, 'leaderSelection', 'educatorIds', j];
      if (problem) issues.push({ ...problem, path: at });
      return;
    }
    const school = educator.schoolId;
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

type Problem = { code: string; message: string };

// A listed leader must be staff, listed once, at a school the plan covers,
// and able to attend the source: its eligibility holds.
function listedProblem(
  scenario: Scenario,
  plan: CascadePlan,
  id: string,
  educator: Educator | undefined,
  seen: ReadonlySet<string>,
  covered: ReadonlySet<string>,
): Problem | undefined {
  if (educator === undefined) {
    return {
      code: 'unknown_reference',
      message: `leader "${id}" is not an educator of the district`,
    };
  }
  if (seen.has(id)) {
    return { code: 'duplicate_id', message: `leader "${id}" is listed twice` };
  }
  if (!covered.has(educator.schoolId)) {
    return {
      code: 'not_covered',
      message: `leader "${id}" works at school "${educator.schoolId}", which ${plan.kind} "${plan.id}" does not cover`,
    };
  }

  const offering = planOffering(scenario, plan);
  const school = scenario.district.schools.find(
    (s) => s.id === educator.schoolId,
  );
  if (!offering || !school) return undefined;
  if (isEligible(educator, school, offering.eligibility)) return undefined;
  return {
    code: 'not_eligible',
    message: `leader "${id}" is not eligible for offering "${offering.id}"`,
  };
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
    case 'segment': {
      const segments = (selection.segments ?? ['any known']).join(', ');
      const unknown = selection.includeUnknown
        ? ''
        : '; educators of unknown segment only with includeUnknown';
      return `by segment: ${segments}${unknown}`;
    }
    case 'department':
      return 'one per department: nobody has a department';
    case 'list':
      return 'by list: none listed there';
  }
}
