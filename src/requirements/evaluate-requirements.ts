import { match } from 'ts-pattern';
import { fromEpochDay } from '../calendar/local-date.js';
import type { Educator } from '../model/educator.js';
import type { ReachplanIssue, SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import type { School } from '../model/school.js';
import { safeExpandSessions } from '../schedule/expand-sessions.js';
import type { EvaluationContext } from './context.js';
import { buildContext } from './context.js';
import {
  judgeDepartmentMonthly,
  judgeTrainedLeaders,
} from './judge-group-rules.js';
import type { Judge } from './judge-period-rules.js';
import {
  judgeCreditsPerPeriod,
  judgeHoursPerPeriod,
  judgeSessionsPerTerm,
} from './judge-period-rules.js';
import {
  judgeCategoryCoverage,
  judgeCertification,
  judgeOfferingPerYear,
} from './judge-year-rules.js';
import type { Participation } from './participation.js';
import type {
  EducatorVerdict,
  EvaluateOptions,
  GroupVerdict,
  RequirementsReport,
} from './report-types.js';
import { prepareRule } from './rule-run.js';
import type { Requirement } from './rule-schema.js';
import type { StatusCounts } from './summarise.js';
import { compareUrgency, countByGroup, countByRule } from './summarise.js';

const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Evaluates the scenario's requirement rules at an instant, never throwing.
 *
 * Each individual rule gives every educator in its scope a verdict (see
 * {@link REQUIREMENT_STATUSES}) for the period in view: the term or year
 * holding the instant's local date in the district's zone, or, between
 * terms, the latest one begun, whose verdict is then final. Participation
 * records are read in the district's zone, so a session at 23:30 local on
 * the last day of term counts for that term on any host. Records are
 * trusted as typed; check untrusted ones with {@link safeParseParticipations}.
 *
 * Issues: `invalid_instant` when `asOf` is not a date-time, and the issues
 * of `safeExpandSessions` when sessions must be expanded.
 *
 * @param scenario - a parsed scenario.
 * @param participations - records of taking part, up to and after `asOf`
 *   (later ones are ignored).
 * @param asOf - the evaluation instant: a `Date` or an ISO 8601 date-time.
 * @param options - pre-expanded sessions.
 * @returns the report, or every issue found.
 * @example
 * ```ts
 * const result = safeEvaluateRequirements(scenario, records, '2027-07-05T00:00:00Z');
 * if (result.success) result.data.behind[0]?.note;
 * // '1 session needed, 2 sessions left this term, last on 15 July'
 * ```
 */
export function safeEvaluateRequirements(
  scenario: Scenario,
  participations: readonly Participation[],
  asOf: Date | string,
  options: EvaluateOptions = {},
): SafeResult<RequirementsReport> {
  const asOfMs =
    typeof asOf === 'string'
      ? ISO_INSTANT.test(asOf)
        ? Date.parse(asOf)
        : Number.NaN
      : asOf.getTime();
  if (!Number.isFinite(asOfMs)) return invalidInstant(asOf);

  let sessions = options.sessions;
  if (sessions === undefined) {
    const expanded = safeExpandSessions(scenario);
    if (!expanded.success) return expanded;
    sessions = expanded.data;
  }
  const context = buildContext(scenario, participations, asOfMs, sessions);
  return { success: true, data: report(context) };
}

/**
 * Evaluates the scenario's requirement rules at an instant; see
 * {@link safeEvaluateRequirements} for what is judged and how.
 *
 * @param scenario - a parsed scenario.
 * @param participations - records of taking part.
 * @param asOf - the evaluation instant: a `Date` or an ISO 8601 date-time.
 * @param options - pre-expanded sessions.
 * @returns the report.
 * @throws {@link ReachplanError} when `asOf` is not a date-time or the
 *   sessions cannot be expanded.
 * @example
 * ```ts
 * const report = evaluateRequirements(scenario, records, new Date('2027-07-05T00:00:00Z'));
 * report.aggregates.district.behind; // 3
 * ```
 */
export function evaluateRequirements(
  scenario: Scenario,
  participations: readonly Participation[],
  asOf: Date | string,
  options: EvaluateOptions = {},
): RequirementsReport {
  return unwrapResult(
    safeEvaluateRequirements(scenario, participations, asOf, options),
  );
}

function report(context: EvaluationContext): RequirementsReport {
  const rules = context.scenario.requirements ?? [];
  const results: EducatorVerdict[] = [];
  const groups: GroupVerdict[] = [];
  // The binding verdict of each educator, by roster position.
  const binding: (EducatorVerdict | undefined)[] = new Array(
    context.educators.length,
  );

  for (const rule of rules) {
    match(rule)
      .with({ kind: 'department-monthly' }, (r) =>
        groups.push(...judgeDepartmentMonthly(context, r)),
      )
      .with({ kind: 'trained-leaders' }, (r) =>
        groups.push(...judgeTrainedLeaders(context, r)),
      )
      .with(
        { kind: 'sessions-per-term' },
        { kind: 'hours-per-period' },
        { kind: 'credits-per-period' },
        { kind: 'offering-per-year' },
        { kind: 'category-coverage' },
        { kind: 'certification' },
        (r) => judgeEveryone(context, r, results, binding),
      )
      .exhaustive();
  }

  const educators = context.educators;
  const bindingList = binding.filter((v) => v !== undefined);
  const individualIds = rules
    .filter(
      (r) => r.kind !== 'department-monthly' && r.kind !== 'trained-leaders',
    )
    .map((r) => r.id);
  const district = countByGroup(educators, binding, () => DISTRICT)[0];

  return {
    asOf: new Date(context.asOfMs).toISOString(),
    asOfDate: fromEpochDay(context.asOfDay),
    results,
    binding: bindingList,
    groups,
    aggregates: {
      district: district ?? emptyDistrict(),
      schools: countByGroup(educators, binding, (e) => [e.schoolId]),
      departments: countByGroup(educators, binding, (e) => e.departments ?? []),
      roles: countByGroup(educators, binding, (e) => e.roles),
      rules: countByRule(individualIds, results),
    },
    behind: bindingList
      .filter((v) => v.status === 'behind' || v.status === 'at-risk')
      .sort((a, b) => compareUrgency(a, b) || byId(a.educatorId, b.educatorId)),
    unmatchedParticipations: context.participations.unmatched,
  };
}

function judgeEveryone(
  context: EvaluationContext,
  rule: Exclude<
    Requirement,
    { kind: 'department-monthly' | 'trained-leaders' }
  >,
  results: EducatorVerdict[],
  binding: (EducatorVerdict | undefined)[],
): void {
  const judge: Judge = match(rule)
    .with({ kind: 'sessions-per-term' }, (r) =>
      judgeSessionsPerTerm(context, r),
    )
    .with({ kind: 'hours-per-period' }, (r) => judgeHoursPerPeriod(context, r))
    .with({ kind: 'credits-per-period' }, (r) =>
      judgeCreditsPerPeriod(context, r),
    )
    .with({ kind: 'offering-per-year' }, (r) =>
      judgeOfferingPerYear(context, r),
    )
    .with({ kind: 'category-coverage' }, (r) =>
      judgeCategoryCoverage(context, r),
    )
    .with({ kind: 'certification' }, (r) => judgeCertification(context, r))
    .exhaustive();

  const run = prepareRule(context, rule);
  const { educators, schoolOf } = context;
  for (let i = 0; i < educators.length; i++) {
    if (run.inScope[i] !== 1) continue;
    const owner = {
      educatorId: (educators[i] as Educator).id,
      schoolId: (schoolOf[i] as School).id,
    };
    const verdict = judge(i, run.leave.get(i), owner);
    results.push(verdict);
    const held = binding[i];
    if (held === undefined || compareUrgency(verdict, held) < 0) {
      binding[i] = verdict;
    }
  }
}

const DISTRICT = ['district'];

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function emptyDistrict(): StatusCounts {
  return {
    key: 'district',
    educators: 0,
    exempt: 0,
    met: 0,
    'on-track': 0,
    'at-risk': 0,
    behind: 0,
  };
}

function invalidInstant(asOf: Date | string): SafeResult<RequirementsReport> {
  const shown =
    typeof asOf === 'string' ? JSON.stringify(asOf) : 'an invalid Date';
  const issue: ReachplanIssue = {
    code: 'invalid_instant',
    path: ['asOf'],
    message: `${shown} is not a date-time such as "2027-07-01T09:00:00+09:00"`,
  };
  return { success: false, issues: [issue] };
}
