import type { StructuredRecurrence } from '../model/offering.js';
import type { Weekday } from '../model/primitives.js';

/**
 * A weekday in a recurrence, optionally with its position in the month or
 * year (`nth: 2` is the second, `nth: -1` the last).
 *
 * @internal
 */
export interface RecurrenceWeekday {
  readonly weekday: Weekday;
  readonly nth?: number;
}

/**
 * One recurrence in a single shape, whether it was written as an RRULE
 * string or in structured form. Dates only: the time of day comes from the
 * schedule's `startTime`.
 *
 * @internal
 */
export interface RecurrenceRule {
  readonly frequency: 'daily' | 'weekly' | 'monthly' | 'yearly';
  readonly interval: number;
  readonly count?: number;
  /** Last possible date, inclusive. */
  readonly until?: string;
  readonly weekdays?: readonly RecurrenceWeekday[];
  readonly monthDays?: readonly number[];
  readonly months?: readonly number[];
  readonly setPositions?: readonly number[];
  readonly weekStart?: Weekday;
}

/**
 * Brings a structured recurrence into the common shape.
 *
 * @internal
 */
export function fromStructured(rule: StructuredRecurrence): RecurrenceRule {
  return {
    frequency: rule.frequency,
    interval: rule.interval ?? 1,
    ...(rule.count === undefined ? {} : { count: rule.count }),
    ...(rule.until === undefined ? {} : { until: rule.until }),
    ...(rule.weekdays === undefined
      ? {}
      : { weekdays: rule.weekdays.map((weekday) => ({ weekday })) }),
    ...(rule.monthDays === undefined ? {} : { monthDays: rule.monthDays }),
    ...(rule.setPosition === undefined
      ? {}
      : { setPositions: [rule.setPosition] }),
  };
}

/** The most days a month can have, January first (February in a leap year). */
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Finds filter combinations that can never match any day.
 *
 * rrule only stops at its `until` when it produces a date, so a rule that
 * can never match walks period by period to the year 9999 (seconds for a
 * daily rule). These checks catch the shapes that do that, before rrule
 * sees the rule.
 *
 * @returns why the rule can never occur, or undefined when it can.
 * @internal
 */
export function findImpossibility(
  rule: RecurrenceRule,
  startWeekday: Weekday,
): string | undefined {
  const months = rule.months ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const longest = Math.max(...months.map((m) => MONTH_LENGTHS[m - 1] ?? 31));

  const days = rule.monthDays ?? [];
  if (days.length > 0 && days.every((d) => Math.abs(d) > longest)) {
    return `no month it allows has day ${days.join(', ')}`;
  }

  const setSize = largestSet(rule);
  const positions = rule.setPositions ?? [];
  if (positions.length > 0 && positions.every((p) => Math.abs(p) > setSize)) {
    return `BYSETPOS ${positions.join(', ')} is beyond the ${setSize} days of each ${periodName(rule)}`;
  }

  const ordinals = (rule.weekdays ?? []).filter((w) => w.nth !== undefined);
  if (rule.monthDays && ordinals.length > 0 && rule.frequency === 'monthly') {
    const reachable = ordinals.some((w) =>
      rule.monthDays?.some((d) => ordinalCanFall(w.nth ?? 0, d)),
    );
    if (!reachable) return 'its numbered weekdays never fall on its month days';
  }

  const plain = (rule.weekdays ?? []).map((w) => w.weekday);
  const sameWeekdayEachTime =
    rule.frequency === 'daily' && rule.interval % 7 === 0;
  if (sameWeekdayEachTime && plain.length > 0) {
    if (!plain.includes(startWeekday)) {
      return `every ${rule.interval} days from a ${startWeekday} never lands on ${plain.join(', ')}`;
    }
  }
  return undefined;
}

/** The most days one period of the rule can hold, before BYSETPOS. */
function largestSet(rule: RecurrenceRule): number {
  const days = rule.monthDays?.length;
  const months = rule.months?.length;
  // A plain weekday falls at most 5 times in a month, 53 in a year; a
  // numbered one (2TU, -1FR) once.
  const weekdaysIn = (most: number) =>
    (rule.weekdays ?? []).reduce((n, w) => n + (w.nth ? 1 : most), 0);

  switch (rule.frequency) {
    case 'daily':
      return 1;
    case 'weekly':
      return days ? 7 : Math.max(1, rule.weekdays?.length ?? 0);
    case 'monthly':
      return days ?? (rule.weekdays ? weekdaysIn(5) : 1);
    case 'yearly':
      if (days) return days * (months ?? 12);
      if (rule.weekdays) return weekdaysIn(months ? 5 * months : 53);
      return months ?? 1;
  }
}

function periodName(rule: RecurrenceRule): string {
  const names = { daily: 'day', weekly: 'week', monthly: 'month' } as const;
  return rule.frequency === 'yearly' ? 'year' : names[rule.frequency];
}

/** Whether the nth weekday of a month can fall on month day `day`. */
function ordinalCanFall(nth: number, day: number): boolean {
  if (nth > 0) {
    const first = (nth - 1) * 7 + 1;
    return day > 0 ? day >= first && day <= first + 6 : true;
  }
  // Counting from the end: the last is on day -1 to -7, and so on.
  const last = (-nth - 1) * 7 + 1;
  return day < 0 ? -day >= last && -day <= last + 6 : true;
}
