import type {
  CompiledTerm,
  CompiledYear,
} from '../calendar/compiled-calendar.js';
import { ChanceFinder } from './chance-finder.js';
import { NO_CHANCES } from './chances.js';
import type { EvaluationContext } from './context.js';
import { addMonthsToDay, termInView, yearInView } from './dates.js';
import type { EducatorVerdict } from './report-types.js';
import type { LeaveRanges } from './rule-run.js';
import {
  leaveShare,
  offeringMask,
  scaleCredits,
  scaleTarget,
} from './rule-run.js';
import type { HoursPeriod, Requirement } from './rule-schema.js';
import type { DayPeriod } from './verdict.js';
import {
  dayPeriod,
  elapsedShare,
  exemptVerdict,
  settle,
  sumRecords,
} from './verdict.js';

/** Judges one educator (by index) for one rule. @internal */
export type Judge = (
  i: number,
  leave: LeaveRanges | undefined,
  owner: EducatorOwner,
) => EducatorVerdict;

/** Who an individual verdict is about. @internal */
export interface EducatorOwner {
  readonly educatorId: string;
  readonly schoolId: string;
}

type Rule<K extends Requirement['kind']> = Extract<Requirement, { kind: K }>;

/** The term in view as a period. @internal */
export function termPeriod(context: EvaluationContext): DayPeriod {
  const term: CompiledTerm = termInView(context.compiled, context.asOfDay);
  return dayPeriod(context, 'term', term.firstDay, term.lastDay, term.term.id);
}

/** The academic year in view as a period. @internal */
export function yearPeriod(context: EvaluationContext): DayPeriod {
  const year: CompiledYear = yearInView(context.compiled, context.asOfDay);
  return dayPeriod(context, 'year', year.firstDay, year.lastDay, year.year.id);
}

/**
 * The pro-rata factor of an educator for a period: their fte (when the
 * rule is pro-rata) times the share of the period they are not excused.
 *
 * @internal
 */
export function presence(
  context: EvaluationContext,
  i: number,
  leave: LeaveRanges | undefined,
  period: DayPeriod,
  proRata: boolean,
): number {
  const fte = proRata ? (context.educators[i]?.fte ?? 1) : 1;
  return fte * (1 - leaveShare(leave, period.first, period.last));
}

/** At least N sessions in the term in view. @internal */
export function judgeSessionsPerTerm(
  context: EvaluationContext,
  rule: Rule<'sessions-per-term'>,
): Judge {
  const period = termPeriod(context);
  const mask = offeringMask(context, rule.categoryIds);
  const finder = new ChanceFinder(context, {
    mask,
    lastDay: period.last,
    amount: 'one',
    selfPaced: false,
  });
  const elapsed = elapsedShare(period, context.asOfDay);

  return (i, leave, owner) => {
    const factor = presence(context, i, leave, period, rule.proRata ?? true);
    if (factor <= 0) return exemptVerdict(owner, rule, period, 'sessions');
    return settle(context, owner, {
      rule,
      period,
      unit: 'sessions',
      target: scaleTarget(rule.sessions, factor),
      progress: sumRecords(context, i, mask, period, 'completions', true),
      chances: [finder.for(i, leave)],
      needs: [],
      elapsed,
    });
  };
}

/** At least H hours per term, year or rolling window. @internal */
export function judgeHoursPerPeriod(
  context: EvaluationContext,
  rule: Rule<'hours-per-period'>,
): Judge {
  const mask = offeringMask(context, rule.categoryIds);
  return judgeAmount(context, rule, mask, {
    unit: 'minutes',
    target: rule.hours * 60,
    scale: scaleTarget,
  });
}

/**
 * At least N credit hours per term, year or rolling window. Only the
 * offerings that grant credit hours count, towards progress and as
 * chances.
 *
 * @internal
 */
export function judgeCreditsPerPeriod(
  context: EvaluationContext,
  rule: Rule<'credits-per-period'>,
): Judge {
  const mask = creditMask(context, rule.categoryIds);
  return judgeAmount(context, rule, mask, {
    unit: 'credits',
    target: rule.credits,
    scale: scaleCredits,
  });
}

/**
 * The offerings that count for a credits rule: those of its categories
 * that grant credit hours.
 *
 * @internal
 */
export function creditMask(
  context: EvaluationContext,
  categoryIds: readonly string[] | undefined,
): Uint8Array {
  const mask = offeringMask(context, categoryIds);
  context.credits.forEach((credits, o) => {
    if (credits <= 0) mask[o] = 0;
  });
  return mask;
}

/** The period a rule with a `period` field counts over. @internal */
export function amountPeriod(
  context: EvaluationContext,
  period: HoursPeriod,
): DayPeriod {
  if (period.kind === 'term') return termPeriod(context);
  if (period.kind === 'year') return yearPeriod(context);
  const first = addMonthsToDay(context.asOfDay, -period.months) + 1;
  return dayPeriod(context, 'rolling', first, context.asOfDay);
}

interface Measure {
  readonly unit: 'minutes' | 'credits';
  readonly target: number;
  readonly scale: (target: number, factor: number) => number;
}

function judgeAmount(
  context: EvaluationContext,
  rule: Rule<'hours-per-period' | 'credits-per-period'>,
  mask: Uint8Array,
  measure: Measure,
): Judge {
  const rolling = rule.period.kind === 'rolling';
  const period = amountPeriod(context, rule.period);
  const finder = new ChanceFinder(context, {
    mask,
    lastDay: period.last,
    amount: measure.unit,
    selfPaced: true,
  });
  // A rolling window has no end to work towards: it is met or behind.
  const elapsed = rolling ? 1 : elapsedShare(period, context.asOfDay);

  return (i, leave, owner) => {
    const factor = presence(context, i, leave, period, rule.proRata ?? true);
    if (factor <= 0) return exemptVerdict(owner, rule, period, measure.unit);
    return settle(context, owner, {
      rule,
      period,
      unit: measure.unit,
      target: measure.scale(measure.target, factor),
      progress: sumRecords(context, i, mask, period, measure.unit),
      chances: [rolling ? NO_CHANCES : finder.for(i, leave)],
      needs: [],
      elapsed,
    });
  };
}
