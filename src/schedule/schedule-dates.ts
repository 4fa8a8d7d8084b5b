import type { LocalDate } from '../calendar/local-date.js';
import type { ReachplanIssue } from '../model/issues.js';
import type { Schedule } from '../model/schedule-schema.js';
import { readRecurrence } from './read-recurrence.js';
import { expandRecurrence } from './recurrence.js';

/** A span of local dates, both ends inclusive. */
interface DateWindow {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/**
 * The dates one schedule yields, or the issue that stops it.
 *
 * @internal
 */
export type ScheduleDates =
  | {
      readonly ok: true;
      readonly dates: LocalDate[];
      readonly overflow: boolean;
    }
  | { readonly ok: false; readonly issue: ReachplanIssue };

/**
 * The local dates a schedule yields inside a window, before closures are
 * looked at. A rule that cannot be read, or can never occur, or occurs
 * nowhere in the whole calendar, is an issue at `path`.
 *
 * @internal
 */
export function scheduleDates(
  schedule: Schedule,
  path: readonly (string | number)[],
  window: DateWindow,
  calendarWindow: DateWindow,
  limit: number,
): ScheduleDates {
  if (schedule.kind === 'dates') {
    const inWindow = (date: LocalDate) =>
      date >= window.from && date <= window.to;
    const dates = [...new Set(schedule.dates)].filter(inWindow).sort();
    const inCalendar = schedule.dates.some(
      (d) => d >= calendarWindow.from && d <= calendarWindow.to,
    );
    if (!inCalendar) {
      return fail(
        [...path, 'dates'],
        `none of the ${schedule.dates.length} dates falls between ${calendarWindow.from} and ${calendarWindow.to}, the calendar's first and last day`,
      );
    }
    return {
      ok: true,
      dates: dates.slice(0, limit),
      overflow: dates.length > limit,
    };
  }

  const read = readRecurrence(schedule, path);
  if (!read.ok) return read;
  const { rule, named } = read;
  const rulePath = [...path, 'rule'];

  const found = expandRecurrence(rule, schedule.startDate, window, limit);
  if (found.dates.length > 0) return { ok: true, ...found };

  // None in the range asked for: an issue only when the rule has none in
  // the whole calendar either; a narrow range may simply miss it.
  const anywhere = expandRecurrence(
    rule,
    schedule.startDate,
    calendarWindow,
    1,
  );
  if (anywhere.dates.length > 0) return { ok: true, ...found };
  return fail(
    rulePath,
    `${named} starting ${schedule.startDate} has no occurrence between ${calendarWindow.from} and ${calendarWindow.to}, the calendar's first and last day`,
  );
}

function fail(path: (string | number)[], message: string): ScheduleDates {
  return { ok: false, issue: { code: 'no_occurrences', path, message } };
}
