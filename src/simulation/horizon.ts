import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { fromEpochDay, toEpochDay } from '../calendar/local-date.js';
import type { ReachplanIssue, SafeResult } from '../model/issues.js';
import type { SimulationHorizon } from './options.js';

/**
 * A horizon as a span of epoch days, both ends inclusive.
 *
 * @internal
 */
export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

const PATH = ['options', 'horizon'];

/**
 * Turns the horizon option into days, checking it lies in the calendar.
 *
 * @internal
 */
export function resolveHorizon(
  calendar: CompiledCalendar,
  horizon: SimulationHorizon | undefined,
): SafeResult<DaySpan> {
  const years = calendar.years;
  if (horizon === undefined) {
    const year = years[0];
    if (year === undefined) return failure('the calendar has no years');
    return {
      success: true,
      data: { first: year.firstDay, last: year.lastDay },
    };
  }

  if (Array.isArray(horizon)) return byYears(calendar, horizon as string[]);
  const range = horizon as { from: string; to: string };
  const first = toEpochDay(range.from);
  const last = toEpochDay(range.to);
  if (first > last) {
    return failure(
      `the horizon starts on ${range.from}, after its end ${range.to}`,
    );
  }
  if (first < calendar.firstDay || last > calendar.lastDay) {
    return failure(
      `the horizon ${range.from} to ${range.to} is outside the calendar, ` +
        `which runs from ${fromEpochDay(calendar.firstDay)} to ` +
        `${fromEpochDay(calendar.lastDay)}`,
    );
  }
  return { success: true, data: { first, last } };
}

function byYears(
  calendar: CompiledCalendar,
  ids: readonly string[],
): SafeResult<DaySpan> {
  const known = calendar.years.map((y) => y.year.id);
  const issues: ReachplanIssue[] = [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;

  ids.forEach((id, k) => {
    const year = calendar.years.find((y) => y.year.id === id);
    if (year === undefined) {
      issues.push({
        code: 'unknown_year',
        path: [...PATH, k],
        message:
          `academic year ${JSON.stringify(id)} is not in the calendar ` +
          `(its years: ${known.map((y) => JSON.stringify(y)).join(', ')})`,
      });
      return;
    }
    first = Math.min(first, year.firstDay);
    last = Math.max(last, year.lastDay);
  });
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: { first, last } };
}

function failure(message: string): SafeResult<DaySpan> {
  return {
    success: false,
    issues: [{ code: 'invalid_horizon', path: PATH, message }],
  };
}
