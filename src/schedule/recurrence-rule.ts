import type { Weekday } from '../model/primitives.js';
import type { StructuredRecurrence } from '../model/schedule-schema.js';

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
