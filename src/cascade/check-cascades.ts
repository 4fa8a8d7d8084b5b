import type { ReachplanIssue } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import type { School } from '../model/school.js';
import { checkLeaders } from './check-leaders.js';
import { checkLevelChain, checkLevelWeekdays } from './check-levels.js';
import type { CascadeBehaviour, CascadePlan, PodSize } from './plan-schema.js';
import { planSchools } from './plan-scope.js';

type Path = readonly (string | number)[];

/**
 * Checks the scenario's cascade and community plans against the rest of
 * the scenario: known offerings and schools, a level chain without gaps or
 * cycles, fidelity and probabilities in range, pods that fit a school, and
 * a possible leader in every school the plan covers. Every problem is
 * reported, each with its path.
 *
 * @param scenario - a scenario whose shape is valid.
 * @returns the issues found; empty when the plans are sound.
 * @example
 * ```ts
 * checkCascades({ ...scenario, cascades: [] }); // []
 * ```
 */
export function checkCascades(scenario: Scenario): ReachplanIssue[] {
  const plans = scenario.cascades ?? [];
  const issues: ReachplanIssue[] = [];
  const seen = new Set<string>();

  plans.forEach((plan, i) => {
    const path = ['cascades', i];
    if (seen.has(plan.id)) {
      issues.push({
        code: 'duplicate_id',
        path: [...path, 'id'],
        message: `cascade id "${plan.id}" is used twice`,
      });
    }
    seen.add(plan.id);
    issues.push(...checkPlan(scenario, plan, path));
  });

  return issues;
}

function checkPlan(
  scenario: Scenario,
  plan: CascadePlan,
  path: Path,
): ReachplanIssue[] {
  const issues = [
    ...checkOffering(scenario, plan, path),
    ...checkBehaviour(plan.behaviour, [...path, 'behaviour']),
    ...checkLeaders(scenario, plan, path),
  ];

  if (plan.kind === 'community') {
    issues.push(
      ...checkFidelity(plan.fidelityKept, [...path, 'fidelityKept']),
      ...checkPodSize(scenario, plan, plan.podSize, [...path, 'podSize']),
    );
    return issues;
  }

  issues.push(...checkLevelChain(plan.levels, [...path, 'levels']));
  if (plan.maxDepth !== undefined && plan.maxDepth < plan.levels.length) {
    issues.push({
      code: 'invalid_range',
      path: [...path, 'maxDepth'],
      message: `maxDepth ${plan.maxDepth} is less than the ${plan.levels.length} levels given`,
    });
  }
  plan.levels.forEach((level, j) => {
    const at = [...path, 'levels', j];
    issues.push(
      ...checkFidelity(level.fidelityKept, [...at, 'fidelityKept']),
      ...checkPodSize(scenario, plan, level.podSize, [...at, 'podSize']),
      ...checkBehaviour(level.behaviour, [...at, 'behaviour']),
      ...checkLevelWeekdays(scenario.district.calendar, level, at),
    );
  });
  return issues;
}

function checkOffering(
  scenario: Scenario,
  plan: CascadePlan,
  path: Path,
): ReachplanIssue[] {
  const [key, id] =
    plan.kind === 'cascade'
      ? (['sourceOfferingId', plan.sourceOfferingId] as const)
      : (['offeringId', plan.offeringId] as const);
  const offering = scenario.catalogue.offerings.find((o) => o.id === id);

  if (offering === undefined) {
    return [
      {
        code: 'unknown_reference',
        path: [...path, key],
        message: `${plan.kind} "${plan.id}" names offering "${id}", which is not in the catalogue`,
      },
    ];
  }
  if (!('schedule' in offering)) {
    return [
      {
        code: 'not_scheduled',
        path: [...path, key],
        message: `${plan.kind} "${plan.id}" names offering "${id}", which is self-paced (${offering.format}) and has no sessions to train leaders or meet in`,
      },
    ];
  }
  return [];
}

function checkFidelity(value: number, path: Path): ReachplanIssue[] {
  if (value > 0 && value <= 1) return [];
  return [
    {
      code: 'out_of_range',
      path,
      message: `fidelityKept must be greater than 0 and at most 1, received ${value}`,
    },
  ];
}

function checkBehaviour(
  behaviour: CascadeBehaviour | undefined,
  path: Path,
): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];
  for (const key of ['leaderActivation', 'attendance'] as const) {
    const value = behaviour?.[key];
    if (value === undefined || (value >= 0 && value <= 1)) continue;
    issues.push({
      code: 'out_of_range',
      path: [...path, key],
      message: `${key} is a probability from 0 to 1, received ${value}`,
    });
  }
  return issues;
}

function checkPodSize(
  scenario: Scenario,
  plan: CascadePlan,
  size: PodSize,
  path: Path,
): ReachplanIssue[] {
  if (size.min > size.max) {
    return [
      {
        code: 'invalid_range',
        path,
        message: `pod size min ${size.min} is larger than max ${size.max}`,
      },
    ];
  }

  const schools = planSchools(scenario, plan);
  if (schools.length === 0) return [];
  const [largest, headcount] = largestSchool(scenario, schools);
  // A pod needs its members and a leader from the same school.
  if (size.min + 1 <= headcount) return [];
  const which = plan.schoolIds === undefined ? 'school' : 'school it covers';
  return [
    {
      code: 'pod_too_large',
      path: [...path, 'min'],
      message: `a pod of at least ${size.min} members and its leader fits no ${which}: the largest, "${largest}", has ${headcount} educators`,
    },
  ];
}

function largestSchool(
  scenario: Scenario,
  schools: readonly School[],
): [string, number] {
  const counts = new Map<string, number>();
  for (const educator of scenario.district.educators) {
    counts.set(educator.schoolId, (counts.get(educator.schoolId) ?? 0) + 1);
  }
  let best: [string, number] = [schools[0]?.id ?? '', 0];
  for (const school of schools) {
    const count = counts.get(school.id) ?? 0;
    if (count > best[1]) best = [school.id, count];
  }
  return best;
}
