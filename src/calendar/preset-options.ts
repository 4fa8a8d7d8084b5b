import { z } from 'zod';
import type {
  AcademicCalendar,
  AcademicYear,
  BlackoutRule,
  Closure,
} from '../model/calendar-schema.js';
import {
  academicCalendarSchema,
  closureSchema,
} from '../model/calendar-schema.js';
import type { ReachplanIssue } from '../model/issues.js';
import { ReachplanError } from '../model/issues.js';
import type { Weekday } from '../model/primitives.js';
import { safeParseWith } from '../model/zod-issues.js';
import { checkCalendar } from './check-calendar.js';

/**
 * Lesson hours of a school day, wall-clock times in the district's zone.
 *
 * @example
 * ```ts
 * const hours: SchoolHours = { start: '08:30', end: '15:30' };
 * ```
 */
export interface SchoolHours {
  /** When lessons begin, `HH:mm`. */
  readonly start: string;
  /** When lessons end, `HH:mm`. */
  readonly end: string;
}

/**
 * Overrides accepted by every calendar preset. The preset's own values stay
 * where an option is missing; the result is plain data the caller may still
 * edit.
 *
 * @example
 * ```ts
 * const options: PresetOptions = {
 *   years: 2,
 *   blackouts: [{ kind: 'weekdays', weekdays: ['mon'] }],
 * };
 * japanCalendar(2027, options).years.length; // 2
 * ```
 */
export interface PresetOptions {
  /** How many consecutive academic years to build, 1 to 20; 1 when missing. */
  readonly years?: number;
  /** Lesson hours, replacing the preset's typical day. */
  readonly schoolHours?: SchoolHours;
  /** Weekdays with lessons; Monday to Friday when missing. */
  readonly schoolWeekdays?: readonly Weekday[];
  /** Rules that keep sessions off some school days. */
  readonly blackouts?: readonly BlackoutRule[];
  /**
   * Extra closures (a regional holiday, a teacher-only day); each joins the
   * year that holds its first day.
   */
  readonly closures?: readonly Closure[];
}

/** What a preset contributes: its typical hours and how to build one year. */
interface PresetRecipe {
  readonly schoolHours: SchoolHours;
  readonly buildYear: (startYear: number) => AcademicYear;
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;
const MAX_YEARS = 20;

/**
 * Builds a preset calendar: checks the arguments, builds each year and
 * applies the options.
 *
 * @internal
 */
export function buildPreset(
  startYear: number,
  options: PresetOptions,
  recipe: PresetRecipe,
): AcademicCalendar {
  throwIfBadShape(options);
  const count = options.years ?? 1;
  throwIfInvalid(startYear, count);

  const years: AcademicYear[] = [];
  for (let offset = 0; offset < count; offset += 1) {
    years.push(recipe.buildYear(startYear + offset));
  }
  addExtraClosures(years, options.closures ?? []);

  const calendar: AcademicCalendar = {
    schoolHours: { ...(options.schoolHours ?? recipe.schoolHours) },
    years,
  };
  if (options.schoolWeekdays) {
    calendar.schoolWeekdays = [...options.schoolWeekdays];
  }
  if (options.blackouts) {
    calendar.blackouts = options.blackouts.map((rule) => ({ ...rule }));
  }

  // The preset's own dates always pass; an extra closure or blackout that
  // ends before it starts would not, and is reported here, not later.
  const issues = checkCalendar(calendar);
  if (issues.length > 0) throw new ReachplanError(issues);
  return calendar;
}

/**
 * The options other than `years`, whose range has its own message: hours,
 * weekdays, blackouts and closures as a calendar file would hold them.
 */
const optionsShape = z.strictObject({
  years: z.unknown().optional(),
  schoolHours: academicCalendarSchema.shape.schoolHours,
  schoolWeekdays: academicCalendarSchema.shape.schoolWeekdays,
  blackouts: academicCalendarSchema.shape.blackouts,
  closures: z.array(closureSchema).max(1000).optional(),
});

function throwIfBadShape(options: unknown): void {
  const result = safeParseWith(optionsShape, options, ['options']);
  if (!result.success) throw new ReachplanError(result.issues);
}

function throwIfInvalid(startYear: number, count: number): void {
  const issues: ReachplanIssue[] = [];
  const inRange =
    Number.isInteger(startYear) &&
    startYear >= FIRST_YEAR &&
    startYear <= LAST_YEAR;
  if (!inRange) {
    issues.push({
      code: 'invalid_year',
      path: ['startYear'],
      message: `start year ${String(startYear)} is not a whole year from ${FIRST_YEAR} to ${LAST_YEAR}`,
    });
  }
  if (!Number.isInteger(count) || count < 1 || count > MAX_YEARS) {
    issues.push({
      code: 'invalid_option',
      path: ['options', 'years'],
      message: `years ${String(count)} is not a whole number from 1 to ${MAX_YEARS}`,
    });
  }
  if (issues.length > 0) throw new ReachplanError(issues);
}

function addExtraClosures(
  years: AcademicYear[],
  closures: readonly Closure[],
): void {
  const issues: ReachplanIssue[] = [];

  closures.forEach((closure, index) => {
    const home = years.find(
      (year) => year.start <= closure.start && closure.start <= year.end,
    );
    if (home) {
      home.closures.push({ ...closure });
      return;
    }
    const first = years[0]?.start ?? '';
    const last = years[years.length - 1]?.end ?? '';
    issues.push({
      code: 'closure_outside_year',
      path: ['options', 'closures', index],
      message: `closure "${closure.name}" starts on ${closure.start}, outside the years built (${first} to ${last})`,
    });
  });

  if (issues.length > 0) throw new ReachplanError(issues);
}
