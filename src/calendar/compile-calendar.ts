import type { AcademicCalendar } from '../model/calendar-schema.js';
import { ReachplanError } from '../model/issues.js';
import { MAX_CALENDAR_DAYS } from './calendar-limits.js';
import { attachLookups } from './calendar-lookups.js';
import type {
  CompiledCalendar,
  CompiledTerm,
  CompiledYear,
} from './compiled-calendar.js';
import type { DaySpan } from './day-flags.js';
import {
  blackedOutDays,
  closedDays,
  fillDays,
  schoolWeekdayMask,
} from './day-flags.js';
import { toEpochDay, weekdayIndex } from './local-date.js';

/**
 * Compiles a calendar into typed arrays over epoch days, from the first
 * year's first day to the last year's last day, with constant-time lookups.
 * The school-day functions (`isSchoolDay`, `addSchoolDays`, …) accept the
 * result in place of the calendar; compile once when asking about many days.
 *
 * A school day lies in a term of a year, falls on a school weekday (Monday
 * to Friday unless `schoolWeekdays` says otherwise) and is in no closure of
 * any year. A session day is a school day that no blackout rule covers.
 *
 * @param calendar - a calendar, ideally checked with `parseCalendar`.
 * @returns the compiled calendar.
 * @throws {@link ReachplanError} when the years span more than 36,600 days,
 *   or when the calendar is malformed (never checked by `parseCalendar`).
 * @example
 * ```ts
 * const compiled = compileCalendar(englandCalendar(2027));
 * compiled.terms.map((term) => term.schoolDays); // [72, 64, 59]
 * compiled.countSchoolDays(compiled.firstDay, compiled.lastDay + 1); // 195
 * ```
 */
export function compileCalendar(calendar: AcademicCalendar): CompiledCalendar {
  try {
    return compile(calendar);
  } catch (error) {
    if (error instanceof ReachplanError) throw error;
    // Only a calendar that skipped parseCalendar can get here (a missing
    // array, a number for a date); say so rather than leak a TypeError.
    throw invalidCalendar(error);
  }
}

function compile(calendar: AcademicCalendar): CompiledCalendar {
  const span = spanOf(calendar);

  const years = compileYears(calendar);
  const yearIndex = new Int16Array(span.length).fill(-1);
  for (const year of years) {
    fillDays(yearIndex, span, year.firstDay, year.lastDay, year.index);
  }
  const termBounds = compileTermBounds(calendar);
  const termIndex = new Int16Array(span.length).fill(-1);
  termBounds.forEach((term, index) => {
    fillDays(termIndex, span, term.firstDay, term.lastDay, index);
  });

  const open = schoolWeekdayMask(calendar);
  const closed = closedDays(calendar, span);
  const blacked = blackedOutDays(calendar.blackouts ?? [], span);
  const schoolDay = new Uint8Array(span.length);
  const sessionDay = new Uint8Array(span.length);
  const schoolDaysBefore = new Int32Array(span.length + 1);
  for (let i = 0; i < span.length; i += 1) {
    const school =
      yearIndex[i] !== -1 &&
      termIndex[i] !== -1 &&
      open[weekdayIndex(span.firstDay + i)] === true &&
      closed[i] === 0;
    schoolDay[i] = school ? 1 : 0;
    sessionDay[i] = school && blacked[i] === 0 ? 1 : 0;
    schoolDaysBefore[i + 1] = (schoolDaysBefore[i] ?? 0) + (school ? 1 : 0);
  }

  const schoolDays = new Int32Array(schoolDaysBefore[span.length] ?? 0);
  let next = 0;
  for (let i = 0; i < span.length; i += 1) {
    if (schoolDay[i] === 1) schoolDays[next++] = span.firstDay + i;
  }

  const terms: CompiledTerm[] = termBounds.map((term, index) => ({
    ...term,
    index,
    schoolDays: countIn(schoolDaysBefore, span, term.firstDay, term.lastDay),
  }));

  return attachLookups({
    calendar,
    firstDay: span.firstDay,
    lastDay: span.firstDay + span.length - 1,
    length: span.length,
    schoolDay,
    sessionDay,
    termIndex,
    yearIndex,
    schoolDaysBefore,
    schoolDays,
    years,
    terms,
  });
}

function spanOf(calendar: AcademicCalendar): DaySpan {
  const starts = calendar.years.map((year) => toEpochDay(year.start));
  const ends = calendar.years.map((year) => toEpochDay(year.end));
  const firstDay = Math.min(...starts);
  const lastDay = Math.max(...ends);

  if (!Number.isFinite(firstDay) || !Number.isFinite(lastDay)) {
    throw invalidCalendar(undefined);
  }
  const length = Math.max(lastDay - firstDay + 1, 0);
  if (length > MAX_CALENDAR_DAYS) {
    throw new ReachplanError([
      {
        code: 'calendar_too_long',
        path: ['years'],
        message: `the years span ${length} days, more than the ${MAX_CALENDAR_DAYS} a calendar may cover`,
      },
    ]);
  }
  return { firstDay, length };
}

function invalidCalendar(cause: unknown): ReachplanError {
  const issue = {
    code: 'invalid_calendar',
    path: ['years'],
    message:
      'the calendar is not a valid academic calendar; check it with parseCalendar first',
  };
  return new ReachplanError([issue], { cause });
}

function compileYears(calendar: AcademicCalendar): CompiledYear[] {
  return calendar.years.map((year, index) => ({
    index,
    year,
    firstDay: toEpochDay(year.start),
    lastDay: toEpochDay(year.end),
  }));
}

function compileTermBounds(calendar: AcademicCalendar) {
  return calendar.years.flatMap((year, yearIndex) =>
    year.terms.map((term) => ({
      yearIndex,
      year,
      term,
      firstDay: toEpochDay(term.start),
      lastDay: toEpochDay(term.end),
    })),
  );
}

function countIn(
  before: Int32Array,
  span: DaySpan,
  firstDay: number,
  lastDay: number,
): number {
  const clamp = (day: number) =>
    Math.min(Math.max(day - span.firstDay, 0), span.length);
  const from = clamp(firstDay);
  const to = clamp(lastDay + 1);
  return Math.max((before[to] ?? 0) - (before[from] ?? 0), 0);
}
