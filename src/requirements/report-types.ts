import type { LocalDate } from '../calendar/local-date.js';
import type { Session } from '../schedule/session.js';
import type { RequirementKind } from './rule-schema.js';
import type { StatusCounts } from './summarise.js';

/**
 * The verdicts of a requirement, best first after `exempt`.
 *
 * - `exempt`: an exemption covers the whole period being judged.
 * - `met`: progress has reached the target for the period.
 * - `on-track`: not met yet; the chances left (scheduled sessions that
 *   count and that the educator or group can attend, and open self-paced
 *   offerings) are at least twice what is needed, and progress is not
 *   behind pace, i.e. at least `floor(target × elapsed share of the
 *   period)`.
 * - `at-risk`: not met, still possible, but fewer than twice the chances
 *   needed are left, or progress is behind pace.
 * - `behind`: not met and no longer possible in the period with the
 *   chances left, including a period that has ended.
 *
 * @example
 * ```ts
 * REQUIREMENT_STATUSES; // ['exempt', 'met', 'on-track', 'at-risk', 'behind']
 * ```
 */
export const REQUIREMENT_STATUSES = [
  'exempt',
  'met',
  'on-track',
  'at-risk',
  'behind',
] as const;

/** A verdict such as `met` or `behind`; see {@link REQUIREMENT_STATUSES}. */
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

/**
 * What a rule's progress is counted in: sessions, minutes (hours rules),
 * credit hours, categories, completions or trained leaders.
 *
 * @example
 * ```ts
 * const unit: RequirementUnit = 'minutes';
 * ```
 */
export type RequirementUnit =
  | 'sessions'
  | 'minutes'
  | 'credits'
  | 'categories'
  | 'completions'
  | 'leaders';

/**
 * The stretch of time a verdict is about.
 *
 * @example
 * ```ts
 * const period: RequirementPeriod = {
 *   kind: 'term', id: 't1', start: '2027-04-06', end: '2027-07-20',
 * };
 * ```
 */
export interface RequirementPeriod {
  /** A term, an academic year, a rolling window, a month or a validity. */
  readonly kind: 'term' | 'year' | 'rolling' | 'month' | 'validity';
  /** The term or year id, or the month `YYYY-MM`, where there is one. */
  readonly id?: string;
  /** First day, local to the district. */
  readonly start: LocalDate;
  /** Last day (inclusive), local to the district. */
  readonly end: LocalDate;
}

/**
 * The verdict of one rule for one educator or one group.
 *
 * @example
 * ```ts
 * const verdict: RequirementVerdict = {
 *   ruleId: 'one-per-term', kind: 'sessions-per-term', status: 'at-risk',
 *   period: { kind: 'term', id: 't1', start: '2027-04-06', end: '2027-07-20' },
 *   unit: 'sessions', target: 1, progress: 0, needed: 1, sessionsLeft: 2,
 *   selfPaced: false, lastChance: '2027-07-12',
 *   note: '1 session needed, 2 sessions left this term, last on 12 July',
 * };
 * ```
 */
export interface RequirementVerdict {
  /** The rule's id. */
  readonly ruleId: string;
  /** The rule's kind. */
  readonly kind: RequirementKind;
  /** The verdict. */
  readonly status: RequirementStatus;
  /** The period judged. */
  readonly period: RequirementPeriod;
  /** What target, progress and needed are counted in. */
  readonly unit: RequirementUnit;
  /** The target after pro-rata and partial exemptions. */
  readonly target: number;
  /** What counts so far in the period, up to the evaluation instant. */
  readonly progress: number;
  /** What is still missing: `max(0, target - progress)`. */
  readonly needed: number;
  /**
   * Scheduled chances still ahead in the period that count and can be
   * taken: sessions, or seats for `trained-leaders`.
   */
  readonly sessionsLeft: number;
  /** True when an open self-paced offering also counts. */
  readonly selfPaced: boolean;
  /** The last day on which starting still meets the rule, if any. */
  readonly lastChance?: LocalDate;
  /** For `category-coverage`: the categories not yet covered. */
  readonly missingCategoryIds?: readonly string[];
  /** For `certification`: the day the current certificate lapses. */
  readonly expiresOn?: LocalDate;
  /** One line for people, such as "1 session needed, 2 sessions left …". */
  readonly note: string;
}

/**
 * The verdict of an individual rule for one educator.
 *
 * @example
 * ```ts
 * report.results.filter((r) => r.educatorId === 'e001');
 * ```
 */
export interface EducatorVerdict extends RequirementVerdict {
  /** The educator judged. */
  readonly educatorId: string;
  /** The educator's school. */
  readonly schoolId: string;
}

/**
 * The verdict of a group rule for one school, or one department of a school.
 *
 * @example
 * ```ts
 * report.groups.filter((g) => g.status === 'behind').map((g) => g.department);
 * ```
 */
export interface GroupVerdict extends RequirementVerdict {
  /** The school judged. */
  readonly schoolId: string;
  /** For `department-monthly`: the department judged. */
  readonly department?: string;
  /** For `department-monthly`: earlier months `YYYY-MM` with no PD held. */
  readonly missedMonths?: readonly string[];
}

/**
 * Options of {@link evaluateRequirements}.
 *
 * @example
 * ```ts
 * const sessions = expandSessions(scenario);
 * evaluateRequirements(scenario, records, '2027-07-01T00:00:00Z', { sessions });
 * ```
 */
export interface EvaluateOptions {
  /**
   * The scenario's sessions, when already expanded; `expandSessions` runs
   * when missing. Cancelled sessions are ignored.
   */
  readonly sessions?: readonly Session[];
}

/**
 * Status counts per school, department, role, rule and for the district.
 *
 * @example
 * ```ts
 * report.aggregates.district.behind; // 12
 * ```
 */
export interface RequirementAggregates {
  /** Every educator in scope of an individual rule, counted once. */
  readonly district: StatusCounts;
  /** One row per school id. */
  readonly schools: readonly StatusCounts[];
  /** One row per department; an educator counts in each of theirs. */
  readonly departments: readonly StatusCounts[];
  /** One row per role; an educator counts in each of theirs. */
  readonly roles: readonly StatusCounts[];
  /** One row per individual rule, over every verdict of the rule. */
  readonly rules: readonly StatusCounts[];
}

/**
 * The compliance report of {@link evaluateRequirements}.
 *
 * @example
 * ```ts
 * report.behind[0]?.note; // '1 session needed, no sessions left this term'
 * ```
 */
export interface RequirementsReport {
  /** The evaluation instant, ISO 8601 UTC. */
  readonly asOf: string;
  /** Its local date in the district's zone. */
  readonly asOfDate: LocalDate;
  /** One verdict per educator and individual rule in scope. */
  readonly results: readonly EducatorVerdict[];
  /** The binding (most urgent) verdict of each educator in scope. */
  readonly binding: readonly EducatorVerdict[];
  /** One verdict per school or department and group rule. */
  readonly groups: readonly GroupVerdict[];
  /** Binding statuses counted by group. */
  readonly aggregates: RequirementAggregates;
  /**
   * Binding verdicts that are `behind` or `at-risk`: `behind` first, then
   * by the earliest last chance, then by the largest share still needed.
   */
  readonly behind: readonly EducatorVerdict[];
  /** Records naming an educator or offering the scenario does not have. */
  readonly unmatchedParticipations: number;
}
