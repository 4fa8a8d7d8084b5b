import { compileCalendar } from '../calendar/compile-calendar.js';
import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import type { ReachplanIssue, SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { createStream } from '../random/stream.js';
import type { Session } from '../schedule/session.js';
import { checkCascades } from './check-cascades.js';
import { datedSchoolReach } from './dated-reach.js';
import { levelTimeline } from './level-timeline.js';
import { firstTraining, offeringMeetings } from './offering-meetings.js';
import type { CascadeBehaviour, CascadePlan } from './plan-schema.js';
import { planSchools, staffBySchool } from './plan-scope.js';
import { planSessions } from './plan-sessions.js';
import type {
  CascadeExpectedReach,
  ExpectedReachResult,
  ExpectedSchoolReach,
} from './reach-result.js';
import { sumLevels, sumTerms } from './reach-sums.js';
import { resolveLevels } from './resolve-levels.js';
import type { LeaderSelector } from './select-leaders.js';
import { selectLeaders } from './select-leaders.js';

/**
 * Options for {@link expectedReach}.
 *
 * @example
 * ```ts
 * const options: ExpectedReachOptions = { behaviour: { attendance: 0.7 } };
 * ```
 */
export interface ExpectedReachOptions {
  /** Overrides every level's and plan's probabilities, for sweeps. */
  readonly behaviour?: CascadeBehaviour;
  /** Only these cascades; every one when missing. */
  readonly cascadeIds?: readonly string[];
  /**
   * Your own choice of first leaders, as given to {@link planCascade}; the
   * forecast counts the leaders it picks at each school. Its `suggested`
   * leaders are drawn with seed 0.
   */
  readonly selectLeaders?: LeaderSelector;
}

/**
 * Expected reach without randomness, returning issues instead of
 * throwing. See {@link expectedReach}.
 *
 * @param scenario - a parsed scenario.
 * @param options - probability overrides, which cascades, a selector.
 * @returns the expected reach, or every issue found.
 * @example
 * ```ts
 * const result = safeExpectedReach(scenario, { behaviour: { attendance: 2 } });
 * result.success; // false: attendance is a probability
 * ```
 */
export function safeExpectedReach(
  scenario: Scenario,
  options: ExpectedReachOptions = {},
): SafeResult<ExpectedReachResult> {
  const issues = [
    ...checkCascades(scenario),
    ...checkOverride(options.behaviour ?? {}),
  ];
  if (issues.length > 0) return { success: false, issues };

  const sessions = planSessions(scenario);
  if (!sessions.success) return sessions;
  const calendar = compileCalendar(scenario.district.calendar);
  const cascades: CascadeExpectedReach[] = [];
  (scenario.cascades ?? []).forEach((plan, i) => {
    if (options.cascadeIds && !options.cascadeIds.includes(plan.id)) return;
    const reach = reachOf(scenario, plan, i, calendar, sessions.data, options);
    if (reach.success) cascades.push(reach.data);
    else issues.push(...reach.issues);
  });

  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: { cascades } };
}

/**
 * The expected number of educators each cascade and community reaches,
 * and how well, per level, school and term, with no randomness.
 *
 * Every educator reached at one level becomes a leader for the next; a
 * leader runs their pods with probability `a` (leader activation), invites
 * `k` colleagues (pods per leader × the largest pod) and each comes with
 * probability `c` (attendance). With `n0` first leaders, level `l` reaches
 * `n0 · (a·k·c)^l` in expectation: exact when schools are large enough.
 * Each school's reach is capped at the educators not yet reached, so no
 * school's total exceeds its headcount; the capped figures are a mean-field
 * approximation (see `docs/cascades.md`). `uncappedVariance` is exact for
 * the uncapped branching process.
 *
 * Levels are dated as in {@link planCascade}, one pod per leader: a level
 * whose window holds no session day at a school reaches nobody there, nor
 * do the levels below it; what they would have reached is `unmet`.
 *
 * Limits: the forecast caps per school, not per department, and ignores
 * pod minimums (see `docs/cascades.md`).
 *
 * @param scenario - a parsed scenario.
 * @param options - probability overrides, which cascades, and an optional
 *   leader selector.
 * @returns expected reach and fidelity per plan, level, school and term.
 * @throws {@link ReachplanError} for unsound plans, a source with too
 *   few sessions, probabilities outside 0 to 1, or a selector that picks
 *   someone outside the school, beyond the seats or not eligible.
 * @example
 * ```ts
 * // 21 schools, 3 seminar seats each, pods of six, a = 0.8, c = 0.9
 * expectedReach(scenario).cascades[0]?.levels.map((l) => l.uncappedMean);
 * // [63, 272.16, 1175.7312]
 * ```
 */
export function expectedReach(
  scenario: Scenario,
  options: ExpectedReachOptions = {},
): ExpectedReachResult {
  return unwrapResult(safeExpectedReach(scenario, options));
}

function reachOf(
  scenario: Scenario,
  plan: CascadePlan,
  planIndex: number,
  calendar: CompiledCalendar,
  sessions: readonly Session[],
  options: ExpectedReachOptions,
): SafeResult<CascadeExpectedReach> {
  const levels = resolveLevels(plan, options.behaviour);
  const steps = levels.map((level) => ({
    activation: level.activation,
    invited: level.maxPodsPerLeader * level.podSize.max,
    attendance: level.attendance,
  }));
  const fidelities = [1, ...levels.map((level) => level.fidelity)];
  const staff = staffBySchool(scenario);
  const meetingsOf =
    plan.kind === 'community' ? plan.offeringId : plan.sourceOfferingId;

  const issues: ReachplanIssue[] = [];
  const rows = planSchools(scenario, plan).map((school) => {
    const schoolStaff = staff.get(school.id) ?? [];
    const picked = selectLeaders(
      scenario,
      plan,
      school,
      schoolStaff,
      // As planCascade with seed 0: only how many leaders counts here.
      createStream(0, 'leaders', meetingsOf, school.id),
      options.selectLeaders,
    );
    issues.push(...picked.issues);
    const n0 = picked.leaders.length;
    const trained = firstTraining(plan, planIndex, sessions, school.id);
    if (!trained.success) issues.push(...trained.issues);
    const meetings = offeringMeetings(sessions, meetingsOf, school.id);
    const days = levelTimeline(
      calendar,
      levels,
      trained.success ? trained.data : undefined,
      meetings,
    );

    const dated = datedSchoolReach(schoolStaff.length, n0, steps, days);
    return { school, n0, headcount: schoolStaff.length, days, ...dated };
  });
  if (issues.length > 0) return { success: false, issues };

  const schools: ExpectedSchoolReach[] = rows.map((row) => {
    const reached = sum(row.reach);
    const weighted = sum(row.reach.map((r, l) => r * (fidelities[l] ?? 0)));
    return {
      schoolId: row.school.id,
      headcount: row.headcount,
      leaders: row.n0,
      reachedByLevel: row.reach,
      reached,
      meanFidelity: reached > 0 ? weighted / reached : 0,
    };
  });

  const headcount = sum(schools.map((s) => s.headcount));
  const reached = sum(schools.map((s) => s.reached));
  const weighted = sum(schools.map((s) => s.reached * s.meanFidelity));
  const dated = rows.map((r) => ({ reach: r.reach, days: r.days }));
  const terms = sumTerms(calendar, dated, fidelities);
  const lost = sum(rows.map((r) => r.lost));
  return {
    success: true,
    data: {
      cascadeId: plan.id,
      kind: plan.kind,
      headcount,
      reached,
      share: headcount > 0 ? reached / headcount : 0,
      meanFidelity: reached > 0 ? weighted / reached : 0,
      levels: sumLevels(plan, levels, rows, fidelities, calendar),
      schools,
      terms: terms.terms,
      undated: terms.undated,
      unmet: lost,
    },
  };
}

function checkOverride(behaviour: CascadeBehaviour): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];
  for (const key of ['leaderActivation', 'attendance'] as const) {
    const value = behaviour[key];
    if (value === undefined || (value >= 0 && value <= 1)) continue;
    issues.push({
      code: 'out_of_range',
      path: ['options', 'behaviour', key],
      message: `${key} is a probability from 0 to 1, received ${value}`,
    });
  }
  return issues;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
