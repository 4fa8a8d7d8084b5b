import type {
  AcademicCalendar,
  AcademicYear,
  BlackoutRule,
} from '../model/calendar-schema.js';
import type { ReachplanIssue } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { MAX_CALENDAR_DAYS } from './calendar-limits.js';
import { checkYearParts } from './check-year-parts.js';
import { toEpochDay } from './local-date.js';

type Path = readonly (string | number)[];

/**
 * Checks what the calendar's shape cannot: years that overlap, end before
 * they start or are not listed in date order, duplicate year and term ids,
 * terms and closures out of order or outside their year, terms that
 * overlap, reversed blackout dates, and a calendar too long to index.
 * Every problem is reported.
 *
 * @param calendar - a calendar whose shape is valid.
 * @param basePath - where the calendar sits in the input.
 * @returns the issues found, in input order.
 * @internal
 */
export function checkCalendar(
  calendar: AcademicCalendar,
  basePath: Path = [],
): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];
  const termIds = new Map<string, string>();

  calendar.years.forEach((year, index) => {
    const path = [...basePath, 'years', index];
    issues.push(...checkYear(calendar.years, year, index, path));
    issues.push(...checkYearParts(year, path, termIds));
  });
  (calendar.blackouts ?? []).forEach((rule, index) => {
    issues.push(...checkBlackout(rule, [...basePath, 'blackouts', index]));
  });
  issues.push(...checkSpan(calendar, basePath));

  return issues;
}

/**
 * The calendar check run by `parseScenario` on the district's calendar.
 *
 * @internal
 */
export function checkScenarioCalendar(scenario: Scenario): ReachplanIssue[] {
  return checkCalendar(scenario.district.calendar, ['district', 'calendar']);
}

function checkYear(
  years: readonly AcademicYear[],
  year: AcademicYear,
  index: number,
  path: Path,
): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];

  const first = years.findIndex((other) => other.id === year.id);
  if (first < index) {
    issues.push({
      code: 'duplicate_id',
      path: [...path, 'id'],
      message: `year id "${year.id}" is already used by years[${first}]`,
    });
  }
  if (year.end < year.start) {
    issues.push({
      code: 'year_end_before_start',
      path: [...path, 'end'],
      message: `year "${year.id}" ends on ${year.end}, before it starts on ${year.start}`,
    });
    return issues;
  }

  for (const earlier of years.slice(0, index)) {
    const ordered = earlier.start <= earlier.end;
    if (ordered && earlier.start <= year.end && year.start <= earlier.end) {
      issues.push({
        code: 'overlapping_years',
        path,
        message:
          `year "${year.id}" (${year.start} to ${year.end}) overlaps ` +
          `year "${earlier.id}" (${earlier.start} to ${earlier.end})`,
      });
    }
  }
  // Terms are read in the order listed, across years too.
  const previous = years[index - 1];
  if (previous && previous.start <= previous.end && year.end < previous.start) {
    issues.push({
      code: 'years_out_of_order',
      path,
      message:
        `year "${year.id}" (${year.start} to ${year.end}) is listed after ` +
        `year "${previous.id}" (${previous.start} to ${previous.end}) but ` +
        'comes before it; list years in date order',
    });
  }
  return issues;
}

function checkBlackout(rule: BlackoutRule, path: Path): ReachplanIssue[] {
  if (rule.kind !== 'dates' || rule.start <= rule.end) return [];

  const label = rule.name ? `blackout "${rule.name}"` : 'blackout';
  return [
    {
      code: 'blackout_dates_reversed',
      path: [...path, 'end'],
      message: `${label} ends on ${rule.end}, before it starts on ${rule.start}`,
    },
  ];
}

function checkSpan(
  calendar: AcademicCalendar,
  basePath: Path,
): ReachplanIssue[] {
  const first = Math.min(...calendar.years.map((y) => toEpochDay(y.start)));
  const last = Math.max(...calendar.years.map((y) => toEpochDay(y.end)));
  const length = last - first + 1;
  if (length <= MAX_CALENDAR_DAYS) return [];

  return [
    {
      code: 'calendar_too_long',
      path: [...basePath, 'years'],
      message:
        `the years span ${length} days, more than the ` +
        `${MAX_CALENDAR_DAYS} a calendar may cover`,
    },
  ];
}
