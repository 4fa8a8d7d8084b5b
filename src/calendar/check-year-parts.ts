import type { AcademicYear, Closure, Term } from '../model/calendar-schema.js';
import type { ReachplanIssue } from '../model/issues.js';
import { formatPath } from '../model/issues.js';

type Path = readonly (string | number)[];

// How a dated part reads in a message: `"t1" (2027-04-06 to 2027-07-20)`.
const span = (id: string, part: { start: string; end: string }): string =>
  `"${id}" (${part.start} to ${part.end})`;

/**
 * Checks the terms and closures of one year: duplicate term ids (across the
 * whole calendar, through `termIds`), dates out of order, terms and closures
 * outside the year, terms that overlap each other or are not listed in date
 * order.
 *
 * @param year - the year.
 * @param path - where the year sits in the input.
 * @param termIds - term ids seen so far, with where; updated.
 * @returns the issues found, in input order.
 * @internal
 */
export function checkYearParts(
  year: AcademicYear,
  path: Path,
  termIds: Map<string, string>,
): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];

  year.terms.forEach((term, index) => {
    const termPath = [...path, 'terms', index];
    const seen = termIds.get(term.id);
    if (seen === undefined) termIds.set(term.id, formatPath(termPath));
    else {
      issues.push({
        code: 'duplicate_id',
        path: [...termPath, 'id'],
        message: `term id "${term.id}" is already used by ${seen}`,
      });
    }
    issues.push(...checkTerm(year, term, index, termPath));
  });
  year.closures.forEach((closure, index) => {
    issues.push(...checkClosure(year, closure, [...path, 'closures', index]));
  });

  return issues;
}

function checkTerm(
  year: AcademicYear,
  term: Term,
  index: number,
  path: Path,
): ReachplanIssue[] {
  if (term.end < term.start) {
    return [
      {
        code: 'term_end_before_start',
        path: [...path, 'end'],
        message: `term "${term.id}" ends on ${term.end}, before it starts on ${term.start}`,
      },
    ];
  }

  const issues: ReachplanIssue[] = [];
  if (!inside(term, year)) {
    issues.push({
      code: 'term_outside_year',
      path,
      message: `term ${span(term.id, term)} is not inside year ${span(year.id, year)}`,
    });
  }
  for (const earlier of year.terms.slice(0, index)) {
    if (overlaps(term, earlier)) {
      issues.push({
        code: 'overlapping_terms',
        path,
        message: `term ${span(term.id, term)} overlaps term ${span(earlier.id, earlier)}`,
      });
    }
  }
  // Term-by-term questions ("the term so far", "the end of each term")
  // read the terms in the order listed.
  const previous = year.terms[index - 1];
  if (previous && ordered(previous) && term.end < previous.start) {
    issues.push({
      code: 'terms_out_of_order',
      path,
      message: `term ${span(term.id, term)} is listed after term ${span(previous.id, previous)} but comes before it; list terms in date order`,
    });
  }
  return issues;
}

function ordered(range: DateRange): boolean {
  return range.start <= range.end;
}

function checkClosure(
  year: AcademicYear,
  closure: Closure,
  path: Path,
): ReachplanIssue[] {
  if (closure.end < closure.start) {
    return [
      {
        code: 'closure_end_before_start',
        path: [...path, 'end'],
        message: `closure "${closure.name}" ends on ${closure.end}, before it starts on ${closure.start}`,
      },
    ];
  }
  if (inside(closure, year)) return [];

  return [
    {
      code: 'closure_outside_year',
      path,
      message: `closure ${span(closure.name, closure)} is not inside year ${span(year.id, year)}`,
    },
  ];
}

interface DateRange {
  readonly start: string;
  readonly end: string;
}

// A reversed year is reported on its own; nothing is "outside" it.
function inside(range: DateRange, year: DateRange): boolean {
  if (year.end < year.start) return true;
  return year.start <= range.start && range.end <= year.end;
}

// Reversed ranges are reported on their own and overlap nothing.
function overlaps(a: DateRange, b: DateRange): boolean {
  if (a.end < a.start || b.end < b.start) return false;
  return a.start <= b.end && b.start <= a.end;
}
