import type { LocalDate } from '../calendar/local-date.js';
import { toEpochDay } from '../calendar/local-date.js';
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

  const recurrence = new RRule(
    {
      freq: FREQUENCY[rule.frequency],
      dtstart: floating(startDate),
      interval: rule.interval,
      count: rule.count ?? null,
      until: floating(last),
      byweekday: rule.weekdays?.map(toRRuleWeekday) ?? null,
      bymonthday: rule.monthDays ? [...rule.monthDays] : null,
      bymonth: rule.months ? [...rule.months] : null,
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
