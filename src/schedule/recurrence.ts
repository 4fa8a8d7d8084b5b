import type { LocalDate } from '../calendar/local-date.js';
import {
  fromEpochDay,
  monthOf,
  toEpochDay,
  weekdayIndex,
  weekdayOf,
} from '../calendar/local-date.js';
import { WEEKDAYS } from '../model/primitives.js';
import type { RecurrenceRule } from './recurrence-rule.js';
import { RRule } from './rrule.js';

const MS_PER_DAY = 86_400_000;

/**
 * The local dates a recurrence yields inside a window, at most `limit`.
 *
 * @internal
 */
export interface RecurrenceDates {
  readonly dates: LocalDate[];
  /** True when more than `limit` dates exist; `dates` then holds `limit`. */
  readonly overflow: boolean;
}

/**
 * Expands a rule from its first date into local dates inside a window.
 *
 * rrule works here in "floating" time: dates are built with `Date.UTC` and
 * read back through their UTC fields, so the host's zone never leaks in.
 * The time of day and the district's zone are applied later, date by date.
 * Iteration stops at the window's end, and at `limit + 1` dates through
 * rrule's iterator callback, so neither an unbounded rule nor a huge one
 * can run away.
 *
 * @internal
 */
export function expandRecurrence(
  rule: RecurrenceRule,
  startDate: LocalDate,
  window: { readonly from: LocalDate; readonly to: LocalDate },
  limit: number,
): RecurrenceDates {
  const last = rule.until && rule.until < window.to ? rule.until : window.to;
  if (startDate > last || window.from > last) {
    return { dates: [], overflow: false };
  }

  const explicit = withDefaults(rule, startDate);
  const recurrence = new RRule(
    {
      freq: FREQUENCY[rule.frequency],
      dtstart: floating(firstPeriodFor(rule, startDate, window.from)),
      interval: rule.interval,
      count: rule.count ?? null,
      until: floating(last),
      byweekday: explicit.weekdays?.map(toRRuleWeekday) ?? null,
      bymonthday: explicit.monthDays ? [...explicit.monthDays] : null,
      bymonth: explicit.months ? [...explicit.months] : null,
      bysetpos: rule.setPositions ? [...rule.setPositions] : null,
      wkst: rule.weekStart ? WEEKDAYS.indexOf(rule.weekStart) : null,
    },
    true,
  );

  let overflow = false;
  const found = recurrence.between(
    floating(window.from),
    floating(last),
    true,
    (_date, collected) => {
      overflow = collected >= limit;
      return !overflow;
    },
  );
  return { dates: found.map(toLocalDate), overflow };
}

/**
 * The rule with rrule's fallbacks on the start date written out: a weekly
 * rule without weekdays falls on the start's weekday, a monthly or yearly
 * one without weekdays or month days on the start's day (and a yearly one
 * in the start's month). Written out, they no longer depend on `dtstart`,
 * which may then move.
 */
function withDefaults(
  rule: RecurrenceRule,
  startDate: LocalDate,
): RecurrenceRule {
  if (rule.weekdays?.length || rule.monthDays?.length) return rule;
  switch (rule.frequency) {
    case 'daily':
      return rule;
    case 'weekly':
      return { ...rule, weekdays: [{ weekday: weekdayOf(startDate) }] };
    case 'monthly':
      return { ...rule, monthDays: [dayOf(startDate)] };
    case 'yearly':
      return {
        ...rule,
        monthDays: [dayOf(startDate)],
        months: rule.months?.length ? rule.months : [monthOf(startDate)],
      };
  }
}

/**
 * Where rrule should start walking: the first day of the last period in
 * step with the start date that begins on or before the window, when that
 * is later than the start. A rule that began long ago would otherwise be
 * walked date by date from its start (seconds for a daily rule from the
 * year 1000). With COUNT the walk must start at the start, to count; COUNT
 * bounds it instead.
 */
function firstPeriodFor(
  rule: RecurrenceRule,
  startDate: LocalDate,
  from: LocalDate,
): LocalDate {
  if (rule.count !== undefined || from <= startDate) return startDate;
  const start = toEpochDay(startDate);
  const steps = (periods: number) =>
    Math.floor(periods / rule.interval) * rule.interval;

  switch (rule.frequency) {
    case 'daily':
      return fromEpochDay(start + steps(toEpochDay(from) - start));
    case 'weekly': {
      const weekStart = WEEKDAYS.indexOf(rule.weekStart ?? 'mon');
      const startWeek = weekBeginning(start, weekStart);
      const weeks =
        (weekBeginning(toEpochDay(from), weekStart) - startWeek) / 7;
      const moved = startWeek + steps(weeks) * 7;
      return moved > start ? fromEpochDay(moved) : startDate;
    }
    case 'monthly': {
      const month = monthIndex(startDate);
      const moved = month + steps(monthIndex(from) - month);
      return moved > month ? firstOfMonth(moved) : startDate;
    }
    case 'yearly': {
      const year = Number(startDate.slice(0, 4));
      const moved = year + steps(Number(from.slice(0, 4)) - year);
      return moved > year ? firstOfMonth(moved * 12) : startDate;
    }
  }
}

/** The day number of the first day of the week holding `day`. */
function weekBeginning(day: number, weekStart: number): number {
  // Day 0, 1970-01-01, was a Thursday: index 3 from Monday.
  const weekday = weekdayIndex(day);
  return day - ((((weekday - weekStart) % 7) + 7) % 7);
}

/** Months since the year 0: year * 12 + month - 1. */
function monthIndex(date: LocalDate): number {
  return Number(date.slice(0, 4)) * 12 + monthOf(date) - 1;
}

function firstOfMonth(index: number): LocalDate {
  const year = String(Math.floor(index / 12)).padStart(4, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  return `${year}-${month}-01`;
}

function dayOf(date: LocalDate): number {
  return Number(date.slice(8, 10));
}

const FREQUENCY = {
  yearly: RRule.YEARLY,
  monthly: RRule.MONTHLY,
  weekly: RRule.WEEKLY,
  daily: RRule.DAILY,
} as const;

const RRULE_WEEKDAYS = [
  RRule.MO,
  RRule.TU,
  RRule.WE,
  RRule.TH,
  RRule.FR,
  RRule.SA,
  RRule.SU,
];

function toRRuleWeekday(entry: NonNullable<RecurrenceRule['weekdays']>[0]) {
  // Both lists run Monday to Sunday, so the index always exists.
  const weekday = RRULE_WEEKDAYS[
    WEEKDAYS.indexOf(entry.weekday)
  ] as (typeof RRULE_WEEKDAYS)[number];
  return entry.nth === undefined ? weekday : weekday.nth(entry.nth);
}

function floating(date: LocalDate): Date {
  return new Date(toEpochDay(date) * MS_PER_DAY);
}

function toLocalDate(date: Date): LocalDate {
  return date.toISOString().slice(0, 10);
}
