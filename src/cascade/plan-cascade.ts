import { compileCalendar } from '../calendar/compile-calendar.js';
import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import type { ReachplanIssue, SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { createStream } from '../random/stream.js';
import type { Booking } from '../schedule/booking.js';
import type { InstantCache } from '../schedule/build-session.js';
import { compareSessions } from '../schedule/overlaps.js';
import type { Session } from '../schedule/session.js';
import { checkCascades } from './check-cascades.js';
import { firstTraining, offeringMeetings } from './offering-meetings.js';
import { planConflicts } from './plan-conflicts.js';
import type { CascadePlanResult, PlannedCascade, Pod } from './plan-result.js';
import type { CascadePlan } from './plan-schema.js';
import type { PodPlan, SchoolPlan } from './plan-school.js';
import { planSchool } from './plan-school.js';
import { planSchools, staffBySchool } from './plan-scope.js';
import { planSessions } from './plan-sessions.js';
import { podSessions } from './pod-sessions.js';
import { resolveLevels } from './resolve-levels.js';
import type { LeaderSelector } from './select-leaders.js';
import { selectLeaders } from './select-leaders.js';
import { summariseLevels } from './summarise-levels.js';

/**
 * Options for {@link planCascade}.
 *
 * @example
 * ```ts
 * const options: PlanCascadeOptions = { seed: 7, cascadeIds: ['design-cascade'] };
 * ```
 */
export interface PlanCascadeOptions {
  /** Seeds the draw that breaks ties between leaders and orders pods; 0. */
  readonly seed?: number;
  /** Plan only these cascades; every one when missing. */
  readonly cascadeIds?: readonly string[];
  /** Your own choice of first leaders, used instead of the plan's rule. */
  readonly selectLeaders?: LeaderSelector;
  /**
   * Check the plan's sessions for conflicts; true when missing. False
   * leaves `conflicts` empty, for callers that need only the pods (the
   * simulation does: the check is a good part of the planning time).
   */
  readonly checkConflicts?: boolean;
}

/**
 * Plans every cascade and standing community of a scenario, returning
 * every problem instead of throwing. See {@link planCascade}.
 *
 * @param scenario - a parsed scenario.
 * @param options - seed, which cascades, and an optional leader selector.
 * @returns the plan, or the issues found in the plans or the selector.
 * @example
 * ```ts
 * const result = safePlanCascade(scenario, { seed: 1 });
 * if (result.success) result.data.cascades[0]?.pods.length; // 81
 * ```
 */
export function safePlanCascade(
  scenario: Scenario,
  options: PlanCascadeOptions = {},
): SafeResult<CascadePlanResult> {
  const checked = checkCascades(scenario);
  if (checked.length > 0) return { success: false, issues: checked };

  const expanded = planSessions(scenario);
  if (!expanded.success) return expanded;
  const context = {
    scenario,
    calendar: compileCalendar(scenario.district.calendar),
    sources: expanded.data,
    options,
  };

  const issues: ReachplanIssue[] = [];
  const cascades: PlannedCascade[] = [];
  const sessions: Session[] = [];
  (scenario.cascades ?? []).forEach((plan, i) => {
    if (options.cascadeIds && !options.cascadeIds.includes(plan.id)) return;
    const made = planOne(context, plan, i);
    issues.push(...made.issues);
    cascades.push(made.planned);
    sessions.push(...made.sessions);
  });
  if (issues.length > 0) return { success: false, issues };

  sessions.sort(compareSessions);
  const bookings = bookPods(cascades);
  const conflicts =
    options.checkConflicts === false
      ? []
      : planConflicts(scenario, expanded.data, cascades, sessions, bookings);
  return { success: true, data: { cascades, sessions, bookings, conflicts } };
}

/**
 * Plans every cascade and standing community of a scenario: picks the
 * first leaders at each school (the source's seats per school hold), splits
 * the educators nobody has reached into pods led by trained leaders, by
 * department where it can and within the size bounds, dates each pod's
 * sessions within the level's window of school days on its weekdays (off
 * closures and blackouts), and checks the sessions for conflicts, counting
 * each first leader at every session of the source. The
 * members of one level's pods lead the next level. A pod that finds no day
 * to meet is not formed. Everyone left without a pod is listed with the
 * reason.
 *
 * `selectLeaders` is a function and so cannot live in a scenario file; it
 * is passed here, in code, and the scenario stays plain data.
 *
 * The same scenario and seed give the same plan. The plan assumes every
 * leader leads and every member comes; {@link expectedReach} weighs in
 * the probabilities.
 *
 * @param scenario - a parsed scenario.
 * @param options - seed, which cascades, and an optional leader selector.
 * @returns pods, leaders, who is left out, sessions, bookings, conflicts.
 * @throws {@link ReachplanError} when a plan is unsound (see
 *   {@link checkCascades}), its source has too few sessions, or a caller's
 *   selector picks someone outside the school, beyond the seats or not
 *   eligible for the offering.
 * @example
 * ```ts
 * // the example city, three seats per school, two levels of pods of six
 * const plan = planCascade(scenario, { seed: 7 });
 * plan.cascades[0]?.levels.map((l) => l.reached); // [63, 359, 88]
 * plan.cascades[0]?.unplaced[0]?.reason; // 'below-minimum-pod'
 * plan.sessions.length; // 81
 * ```
 */
export function planCascade(
  scenario: Scenario,
  options: PlanCascadeOptions = {},
): CascadePlanResult {
  return unwrapResult(safePlanCascade(scenario, options));
}

interface PlanContext {
  readonly scenario: Scenario;
  readonly calendar: CompiledCalendar;
  /** Sessions of the plans' source and meeting offerings. */
  readonly sources: readonly Session[];
  readonly options: PlanCascadeOptions;
}

function planOne(
  context: PlanContext,
  plan: CascadePlan,
  planIndex: number,
): { planned: PlannedCascade; sessions: Session[]; issues: ReachplanIssue[] } {
  const { scenario, calendar, sources, options } = context;
  const seed = options.seed ?? 0;
  const staff = staffBySchool(scenario);
  const levels = resolveLevels(plan);
  const issues: ReachplanIssue[] = [];
  const schools: SchoolPlan[] = [];

  for (const school of planSchools(scenario, plan)) {
    const schoolStaff = staff.get(school.id) ?? [];
    // Ties among leaders break by the source offering, not the plan: plans
    // fed by one seminar (a plan per session, say) pick the same people,
    // who hold its seats. Pods are formed from a stream of the plan's own.
    const source =
      plan.kind === 'cascade' ? plan.sourceOfferingId : plan.offeringId;
    const picked = selectLeaders(
      scenario,
      plan,
      school,
      schoolStaff,
      createStream(seed, 'leaders', source, school.id),
      options.selectLeaders,
    );
    const stream = createStream(seed, 'cascade', plan.id, school.id);
    issues.push(...picked.issues);

    const training = firstTraining(plan, planIndex, sources, school.id);
    if (!training.success) {
      issues.push(...training.issues);
      continue;
    }
    const meetings =
      plan.kind === 'community'
        ? offeringMeetings(sources, plan.offeringId, school.id)
        : [];
    schools.push(
      planSchool({
        planId: plan.id,
        school,
        staff: schoolStaff,
        levels,
        firstLeaders: picked.leaders,
        firstTrained: training.data,
        meetings,
        calendar,
        stream,
      }),
    );
  }

  const podPlans = schools.flatMap((s) => s.pods);
  const cache: InstantCache = new Map();
  const made = podPlans.map((pod) =>
    podSessions(scenario, calendar, plan, pod, cache),
  );
  const pods: Pod[] = podPlans.map((pod, i) => toPod(plan, pod, made[i]));
  const planned: PlannedCascade = {
    cascadeId: plan.id,
    kind: plan.kind,
    levels: summariseLevels(plan, levels, schools, pods, made.flat()),
    leaders: schools.flatMap((s) => s.leaders),
    pods,
    unplaced: schools.flatMap((s) => s.unplaced),
    unscheduled: podPlans.flatMap((pod) => shortOf(plan, pod)),
  };
  return { planned, sessions: made.flat(), issues };
}

function toPod(
  plan: CascadePlan,
  pod: PodPlan,
  sessions: readonly Session[] = [],
): Pod {
  const base = {
    id: pod.id,
    cascadeId: plan.id,
    level: pod.level.number,
    levelId: pod.level.id,
    schoolId: pod.schoolId,
    leaderId: pod.leaderId,
    memberIds: pod.memberIds,
    fidelity: pod.level.fidelity,
    sessionIds: sessions.map((s) => s.id),
  };
  return pod.department === undefined
    ? base
    : { ...base, department: pod.department };
}

function shortOf(plan: CascadePlan, pod: PodPlan) {
  if (pod.slots.length >= pod.wanted) return [];
  const why =
    plan.kind === 'community'
      ? 'some meetings start too late in the day for a further pod of the same leader'
      : 'its leader’s window holds too few allowed session days';
  return [
    {
      podId: pod.id,
      wanted: pod.wanted,
      scheduled: pod.slots.length,
      message: `pod "${pod.id}" has ${pod.slots.length} of ${pod.wanted} sessions: ${why}`,
    },
  ];
}

function bookPods(cascades: readonly PlannedCascade[]): Booking[] {
  return cascades.flatMap((c) =>
    c.pods.flatMap((pod) =>
      pod.sessionIds.flatMap((sessionId) =>
        pod.memberIds.map((educatorId) => ({
          educatorId,
          sessionId,
          status: 'booked' as const,
        })),
      ),
    ),
  );
}
