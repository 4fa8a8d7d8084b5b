import type { AcademicCalendar } from '../../src/index.js';

/** Each year's terms as `[id, start, end]`, for compact assertions. */
export function termsOf(calendar: AcademicCalendar): string[][] {
  return calendar.years.flatMap((year) =>
    year.terms.map((term) => [term.id, term.start, term.end]),
  );
}

/** Each closure of every year as `start..end name`. */
export function closuresOf(calendar: AcademicCalendar): string[] {
  return calendar.years.flatMap((year) =>
    year.closures.map(
      (closure) => `${closure.start}..${closure.end} ${closure.name}`,
    ),
  );
}
