import { match } from 'ts-pattern';
import { toEpochDay } from '../calendar/local-date.js';
import type { SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { safeExpandSessions } from '../schedule/expand-sessions.js';
import type { EvaluationContext, SessionFacts } from './context.js';
import { buildContext } from './context.js';
import { creditMask, presence } from './judge-period-rules.js';
import type { EvaluateOptions } from './report-types.js';
import type { RuleRun } from './rule-run.js';
import {
  hundredths,
  offeringMask,
  prepareRule,
  scaleCredits,
  scaleTarget,
} from './rule-run.js';
import type { Requirement } from './rule-schema.js';
import { groupSupply } from './supply-groups.js';
import type { Demand, Measured } from './supply-measure.js';
import { measureSupply, selfPacedOpen } from './supply-measure.js';
import type { SupplyReport, SupplyRow } from './supply-types.js';
import type { DayPeriod } from './verdict.js';
import { dayPeriod } from './verdict.js';

/**
 * Checks, before the year starts, whether the scheduled capacity can
 * satisfy each rule for everyone in its scope, never throwing.
 *
 * For each rule and period (each term for term rules, each academic year
 * for yearly, rolling and certification rules) it adds up what the
 * educators in scope need (pro-rata, without those excused for the whole
 * period) and the seats of counting sessions they are eligible for and
 * free to attend (eligibility, school-based sessions, seats per school,
 * capacity, weekday availability), with the shortfall per school. A rule
 * is flagged `impossible` when it asks for more sessions than the period
 * schedules, or when no educator in scope could meet it even with every
 * seat free; educators who could not are counted as `unreachable`.
 *
 * Approximations, also in the docs: a rolling window of N months is
 * checked per year with the target × 12 / N; a certification needs
 * `min(1, 12 / validMonths)` completions a year per educator; seats are
 * counted as if each educator could take any of them (no clash between
 * sessions at the same hour).
 *
 * @param scenario - a parsed scenario.
 * @param options - pre-expanded sessions.
 * @returns the rows, or the issues of expanding the sessions.
 * @example
 * ```ts
 * const result = safeCheckSupply(scenario);
 * if (result.success) result.data.impossible.map((row) => row.reason);
 * // ['rule "three-per-term" asks for 3 sessions in term "t3", which schedules 2']
 * ```
 */
export function safeCheckSupply(
  scenario: Scenario,
  options: EvaluateOptions = {},
): SafeResult<SupplyReport> {
  let sessions = options.sessions;
  if (sessions === undefined) {
    const expanded = safeExpandSessions(scenario);
    if (!expanded.success) return expanded;
    sessions = expanded.data;
  }
  // Judged as seen two days before the calendar begins: every session
  // lies ahead.
  const starts = scenario.district.calendar.years.map((y) => y.start);
  const before = (toEpochDay(starts.sort()[0] as string) - 2) * 86_400_000;
  const context = buildContext(scenario, [], before, sessions);
  const rows = (scenario.requirements ?? []).flatMap((rule) =>
    rowsOf(context, rule),
  );
  return {
    success: true,
    data: { rows, impossible: rows.filter((row) => row.impossible) },
  };
}

/**
 * Checks whether the scheduled capacity can satisfy each rule; see
 * {@link safeCheckSupply}.
 *
 * @param scenario - a parsed scenario.
 * @param options - pre-expanded sessions.
 * @returns the rows per rule and period.
 * @throws {@link ReachplanError} when the sessions cannot be expanded.
 * @example
 * ```ts
 * const { rows } = checkSupply(scenario);
 * rows[0]?.shortfall; // 32
 * rows[0]?.schools.find((s) => s.shortfall > 0)?.schoolId; // 's07'
 * ```
 */
export function checkSupply(
  scenario: Scenario,
  options: EvaluateOptions = {},
): SupplyReport {
  return unwrapResult(safeCheckSupply(scenario, options));
}

function rowsOf(context: EvaluationContext, rule: Requirement): SupplyRow[] {
  const run = prepareRule(context, rule);
  const terms = () =>
    context.compiled.terms.map((t) =>
      dayPeriod(context, 'term', t.firstDay, t.lastDay, t.term.id),
    );
  const years = () =>
    context.compiled.years.map((y) =>
      dayPeriod(context, 'year', y.firstDay, y.lastDay, y.year.id),
    );
  const row = (
    period: DayPeriod,
    mask: Uint8Array,
    unit: RowQuery['unit'],
    target: number,
    proRata: boolean,
    categoryId?: string,
  ) =>
    supplyRow(context, rule, run, {
      period,
      mask,
      unit,
      target,
      proRata,
      categoryId,
    });

  return match(rule)
    .with({ kind: 'sessions-per-term' }, (r) =>
      terms().map((p) =>
        row(
          p,
          offeringMask(context, r.categoryIds),
          'sessions',
          r.sessions,
          r.proRata ?? true,
        ),
      ),
    )
    .with({ kind: 'hours-per-period' }, (r) => {
      const mask = offeringMask(context, r.categoryIds);
      const scale = r.period.kind === 'rolling' ? 12 / r.period.months : 1;
      const minutes = Math.ceil(r.hours * 60 * scale);
      const periods = r.period.kind === 'term' ? terms() : years();
      return periods.map((p) =>
        row(p, mask, 'minutes', minutes, r.proRata ?? true),
      );
    })
    .with({ kind: 'credits-per-period' }, (r) => {
      const mask = creditMask(context, r.categoryIds);
      const scale = r.period.kind === 'rolling' ? 12 / r.period.months : 1;
      const periods = r.period.kind === 'term' ? terms() : years();
      return periods.map((p) =>
        row(p, mask, 'credits', r.credits * scale, r.proRata ?? true),
      );
    })
    .with({ kind: 'offering-per-year' }, (r) => {
      const mask =
        r.offeringId === undefined
          ? offeringMask(context, r.categoryId ? [r.categoryId] : [])
          : offeringMask(context, undefined, r.offeringId);
      return years().map((p) => row(p, mask, 'completions', 1, false));
    })
    .with({ kind: 'category-coverage' }, (r) =>
      years().flatMap((p) =>
        r.categoryIds.map((id) =>
          row(p, offeringMask(context, [id]), 'completions', 1, false, id),
        ),
      ),
    )
    .with({ kind: 'certification' }, (r) => {
      const mask = offeringMask(context, undefined, r.offeringId);
      const share = Math.min(1, 12 / r.validMonths);
      return years().map((p) => row(p, mask, 'completions', share, false));
    })
    .with({ kind: 'department-monthly' }, (r) =>
      groupSupply(context, r, run, years()),
    )
    .with({ kind: 'trained-leaders' }, (r) =>
      groupSupply(context, r, run, years()),
    )
    .exhaustive();
}

interface RowQuery {
  readonly period: DayPeriod;
  readonly mask: Uint8Array;
  readonly unit: 'sessions' | 'minutes' | 'credits' | 'completions';
  /** Per educator, before pro-rata; may be a fraction for certification. */
  readonly target: number;
  readonly proRata: boolean;
  readonly categoryId: string | undefined;
}

function supplyRow(
  context: EvaluationContext,
  rule: Requirement,
  run: RuleRun,
  query: RowQuery,
): SupplyRow {
  const { period, mask, unit, target } = query;
  const demands: Demand[] = [];
  run.inScope.forEach((flag, i) => {
    if (flag !== 1) return;
    const factor = presence(
      context,
      i,
      run.leave.get(i),
      period,
      query.proRata,
    );
    if (factor <= 0) return;
    const need =
      query.unit === 'credits'
        ? scaleCredits(target, factor)
        : target < 1
          ? target
          : scaleTarget(target, factor);
    demands.push({ i, target: need });
  });

  const sessions = context.sessions.filter(
    (s: SessionFacts) =>
      mask[s.offering] === 1 && s.day >= period.first && s.day <= period.last,
  );
  const amountOf = (s: SessionFacts) =>
    unit === 'minutes'
      ? s.minutes
      : unit === 'credits'
        ? (context.credits[s.offering] as number)
        : 1;
  const measured = measureSupply(context, demands, sessions, amountOf);
  const selfPaced = selfPacedOpen(context, mask, period);
  const scheduled = sessions.reduce((sum, s) => sum + amountOf(s), 0);
  const reason = selfPaced
    ? undefined
    : impossibility(rule, period, unit, target, scheduled, measured);
  // Credit hours stay fractional; seats and minutes are whole.
  const needed =
    unit === 'credits'
      ? hundredths(measured.seatsNeeded)
      : Math.ceil(measured.seatsNeeded - 1e-9);

  return {
    ruleId: rule.id,
    kind: rule.kind,
    ...(query.categoryId === undefined ? {} : { categoryId: query.categoryId }),
    period: period.view,
    unit,
    educators: measured.educators,
    seatsNeeded: needed,
    seatsOffered: hundredths(measured.seatsOffered),
    shortfall: selfPaced
      ? 0
      : hundredths(Math.max(0, needed - measured.seatsOffered)),
    sessionsScheduled: sessions.length,
    selfPaced,
    unreachable: selfPaced ? 0 : measured.unreachable,
    impossible: reason !== undefined,
    ...(reason === undefined ? {} : { reason }),
    schools: measured.schools,
  };
}

function impossibility(
  rule: Requirement,
  period: DayPeriod,
  unit: RowQuery['unit'],
  target: number,
  scheduled: number,
  measured: Measured,
): string | undefined {
  const needed = unit === 'credits' ? target : Math.ceil(target - 1e-9);
  const where = `${period.view.kind} "${period.view.id}"`;
  const noun =
    unit === 'minutes'
      ? 'minutes'
      : unit === 'credits'
        ? 'credit hours'
        : needed === 1
          ? 'session'
          : 'sessions';
  const asks = `rule "${rule.id}" asks for ${hundredths(needed)} ${noun} in ${where}`;
  if (scheduled < needed - 1e-9) {
    return `${asks}, which schedules ${hundredths(scheduled)}`;
  }

  // Enough in total, but spread over schools or days nobody can cover.
  const nobody =
    measured.educators > 0 && measured.unreachable === measured.educators;
  if (!nobody) return undefined;
  return `${asks}; no educator in scope can take more than ${measured.mostReachable}`;
}
