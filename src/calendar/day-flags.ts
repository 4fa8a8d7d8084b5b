import type {
  AcademicCalendar,
  BlackoutRule,
} from '../model/calendar-schema.js';
import { WEEKDAYS } from '../model/primitives.js';
import {
  fromEpochDay,
  monthOf,
  toEpochDay,
  weekdayIndex,
} from './local-date.js';

/**
 * The stretch of epoch days that per-day arrays cover.
 *
 * @internal
 */
export interface DaySpan {
  readonly firstDay: number;
  readonly length: number;
}

/**
 * Sets `value` in `target` for every epoch day of `[start, end]` that the
 * span covers. Ranges outside the span, or reversed, set nothing.
 *
 * @internal
 */
export function fillDays(
  target: Uint8Array | Int16Array,
  span: DaySpan,
  start: number,
  end: number,
  value: number,
): void {
  const from = Math.max(start - span.firstDay, 0);
  const to = Math.min(end - span.firstDay, span.length - 1);
  if (from <= to) target.fill(value, from, to + 1);
}

/**
 * 1 on days that a closure of any year covers.
 *
 * @internal
 */
export function closedDays(
  calendar: AcademicCalendar,
  span: DaySpan,
): Uint8Array {
  const closed = new Uint8Array(span.length);
  for (const year of calendar.years) {
    for (const closure of year.closures) {
      const start = toEpochDay(closure.start);
      fillDays(closed, span, start, toEpochDay(closure.end), 1);
    }
  }
  return closed;
}

/**
 * Which weekdays (Monday first) have lessons.
 *
 * @internal
 */
export function schoolWeekdayMask(calendar: AcademicCalendar): boolean[] {
  const open = calendar.schoolWeekdays ?? ['mon', 'tue', 'wed', 'thu', 'fri'];
  return WEEKDAYS.map((weekday) => open.includes(weekday));
}

/**
 * 1 on days that a blackout rule keeps sessions off.
 *
 * @internal
 */
export function blackedOutDays(
  rules: readonly BlackoutRule[],
  span: DaySpan,
): Uint8Array {
  const blacked = new Uint8Array(span.length);
  // Months are worked out once, not once per rule.
  const months = rules.some((rule) => rule.kind === 'months')
    ? monthsOf(span)
    : new Uint8Array(0);

  for (const rule of rules) {
    if (rule.kind === 'dates') {
      const start = toEpochDay(rule.start);
      fillDays(blacked, span, start, toEpochDay(rule.end), 1);
      continue;
    }
    for (let i = 0; i < span.length; i += 1) {
      const hit =
        rule.kind === 'weekdays'
          ? rule.weekdays.includes(
              WEEKDAYS[weekdayIndex(span.firstDay + i)] ?? 'mon',
            )
          : rule.months.includes(months[i] ?? 0);
      if (hit) blacked[i] = 1;
    }
  }
  return blacked;
}

function monthsOf(span: DaySpan): Uint8Array {
  const months = new Uint8Array(span.length);
  for (let i = 0; i < span.length; i += 1) {
    months[i] = monthOf(fromEpochDay(span.firstDay + i));
  }
  return months;
}
