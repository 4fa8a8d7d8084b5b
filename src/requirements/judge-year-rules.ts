import { ChanceFinder } from './chance-finder.js';
import type { Chances } from './chances.js';
import { NO_CHANCES } from './chances.js';
import type { EvaluationContext } from './context.js';
import { addMonthsToDay } from './dates.js';
import type { Judge } from './judge-period-rules.js';
import { presence, yearPeriod } from './judge-period-rules.js';
import { offeringMask } from './rule-run.js';
import type { Requirement } from './rule-schema.js';
import {
  dayPeriod,
  elapsedShare,
  exemptVerdict,
  settle,
  shareNote,
  sumRecords,
} from './verdict.js';

type Rule<K extends Requirement['kind']> = Extract<Requirement, { kind: K }>;

function finderFor(
  context: EvaluationContext,
  mask: Uint8Array,
  lastDay: number,
): ChanceFinder {
  return new ChanceFinder(context, {
    mask,
    lastDay,
    amount: 'one',
    selfPaced: true,
  });
}

/** A named offering, or any of a category, once per year. @internal */
export function judgeOfferingPerYear(
  context: EvaluationContext,
  rule: Rule<'offering-per-year'>,
): Judge {
  const period = yearPeriod(context);
  const mask =
    rule.offeringId === undefined
      ? offeringMask(context, rule.categoryId ? [rule.categoryId] : [])
      : offeringMask(context, undefined, rule.offeringId);
  const finder = finderFor(context, mask, period.last);
  const elapsed = elapsedShare(period, context.asOfDay);

  return (i, leave, owner) => {
    if (presence(context, i, leave, period, false) <= 0) {
      return exemptVerdict(owner, rule, period, 'completions');
    }
    const done = sumRecords(context, i, mask, period, 'completions');
    return settle(context, owner, {
      rule,
      period,
      unit: 'completions',
      target: 1,
      progress: Math.min(done, 1),
      chances: [finder.for(i, leave)],
      needs: [],
      elapsed,
    });
  };
}

/** One offering of each listed category per year. @internal */
export function judgeCategoryCoverage(
  context: EvaluationContext,
  rule: Rule<'category-coverage'>,
): Judge {
  const period = yearPeriod(context);
  const categories = rule.categoryIds.map((id) => {
    const mask = offeringMask(context, [id]);
    return { id, mask, finder: finderFor(context, mask, period.last) };
  });
  const elapsed = elapsedShare(period, context.asOfDay);

  return (i, leave, owner) => {
    if (presence(context, i, leave, period, false) <= 0) {
      return exemptVerdict(owner, rule, period, 'categories');
    }
    const missing = categories.filter(
      ({ mask }) => sumRecords(context, i, mask, period, 'completions') === 0,
    );
    return settle(context, owner, {
      rule,
      period,
      unit: 'categories',
      target: categories.length,
      progress: categories.length - missing.length,
      chances: missing.map(({ finder }) => finder.for(i, leave)),
      needs: missing.map(() => 1),
      elapsed,
      ...(missing.length === 0
        ? {}
        : { extra: { missingCategoryIds: missing.map(({ id }) => id) } }),
    });
  };
}

/**
 * A certificate valid `validMonths` after the latest completion, renewed
 * in the `renewalWindowDays` before it lapses.
 *
 * @internal
 */
export function judgeCertification(
  context: EvaluationContext,
  rule: Rule<'certification'>,
): Judge {
  const mask = offeringMask(context, undefined, rule.offeringId);
  // A certificate may lapse after the calendar ends, and a self-paced
  // offering stays open past it: look as far as the lapse, not the year.
  const finder = finderFor(context, mask, Number.POSITIVE_INFINITY);
  const todayOnly = dayPeriod(
    context,
    'validity',
    context.asOfDay,
    context.asOfDay,
  );

  return (i, leave, owner) => {
    const latest = latestCompletion(context, i, mask);
    const today = context.asOfDay;
    const lapses = Number.isFinite(latest)
      ? addMonthsToDay(latest, rule.validMonths)
      : today;
    const from = Number.isFinite(latest) ? latest : today;
    const period = dayPeriod(
      context,
      'validity',
      from,
      Math.max(from, lapses - 1),
    );
    if (presence(context, i, leave, todayOnly, false) <= 0) {
      return exemptVerdict(owner, rule, period, 'completions');
    }

    const windowOpens = lapses - rule.renewalWindowDays;
    const valid = today < lapses;
    const renewed = valid && today < windowOpens;
    const all = finder.for(i, leave);
    const chances: Chances = valid ? beforeDay(all, lapses) : all;
    const expiresOn = Number.isFinite(latest)
      ? { expiresOn: context.dates.iso(lapses) }
      : {};
    return settle(context, owner, {
      rule,
      period,
      unit: 'completions',
      target: 1,
      progress: renewed ? 1 : 0,
      chances: [valid ? chances : NO_CHANCES],
      needs: [],
      elapsed: 0,
      extra: valid
        ? expiresOn
        : { ...lapsed(context, latest, lapses, all), ...expiresOn },
    });
  };
}

/**
 * Without a valid certificate the rule is broken today, whatever sessions
 * lie ahead; they are still counted, to show the way back.
 */
function lapsed(
  context: EvaluationContext,
  latest: number,
  lapses: number,
  all: Chances,
) {
  const ahead = all.days.length;
  const since = Number.isFinite(latest)
    ? `lapsed on ${context.dates.spoken(lapses)}`
    : 'never completed';
  const sessions = `${ahead} ${ahead === 1 ? 'session' : 'sessions'} ahead`;
  const selfPaced = all.openUntil !== undefined;
  const open = selfPaced ? ', self-paced options open' : '';
  const note = `${since}; ${sessions}${open}`;
  return { sessionsLeft: ahead, selfPaced, note: shareNote(context, note) };
}

/** The day of the latest completion up to the instant, or -Infinity. */
function latestCompletion(
  context: EvaluationContext,
  i: number,
  mask: Uint8Array,
): number {
  const index = context.participations;
  const end = index.start[i + 1] as number;
  let latest = -Infinity;
  for (let r = index.start[i] as number; r < end; r++) {
    if (mask[index.offering[r] as number] !== 1) continue;
    if (index.completes[r] !== 1) continue;
    if ((index.ms[r] as number) > context.asOfMs) continue;
    latest = Math.max(latest, index.day[r] as number);
  }
  return latest;
}

function beforeDay(chances: Chances, day: number): Chances {
  const keep = chances.days.findIndex((d) => d >= day);
  const end = keep === -1 ? chances.days.length : keep;
  const open = chances.openUntil;
  return {
    days: chances.days.slice(0, end),
    amounts: chances.amounts.slice(0, end),
    ...(open === undefined ? {} : { openUntil: Math.min(open, day - 1) }),
  };
}
