import type { AcademicYear, Term } from '../model/calendar-schema.js';
import { ymd } from './date-rules.js';
import type { Holiday } from './holiday-closures.js';
import {
  breakBetween,
  holidayClosures,
  makeTerm,
  sortClosures,
} from './holiday-closures.js';
import type { LocalDate } from './local-date.js';
import { addCalendarDays } from './local-date.js';

/**
 * How a four-term calendar year is laid out: terms 1–3 run whole weeks from
 * a Monday to a Friday, separated by holidays of whole weeks; term 4 ends on
 * a given Friday.
 *
 * @internal
 */
export interface FourTermPlan {
  readonly firstMonday: LocalDate;
  readonly termWeeks: readonly [number, number, number];
  readonly holidayWeeks: number;
  readonly lastFriday: LocalDate;
  readonly holidays: readonly Holiday[];
}

/**
 * Builds one calendar-year school year of four terms (Australia, New
 * Zealand), with the holidays between terms as breaks.
 *
 * @internal
 */
export function fourTermYear(y: number, plan: FourTermPlan): AcademicYear {
  const start = ymd(y, 1, 1);
  const end = ymd(y, 12, 31);

  const terms: Term[] = [];
  let monday = plan.firstMonday;
  for (const weeks of plan.termWeeks) {
    const friday = addCalendarDays(monday, 7 * weeks - 3);
    terms.push(termOf(y, terms.length + 1, monday, friday));
    monday = addCalendarDays(friday, 3 + 7 * plan.holidayWeeks);
  }
  terms.push(termOf(y, 4, monday, plan.lastFriday));

  const between = terms.slice(1).flatMap((term, index) =>
    // terms[index] is the term before `term`, as the slice starts at 1.
    breakBetween(
      `Term ${index + 1} holidays`,
      terms[index]?.end ?? '',
      term.start,
    ),
  );
  const breaks = [
    ...breakBetween(
      'Summer holidays',
      addCalendarDays(start, -1),
      plan.firstMonday,
    ),
    ...between,
    ...breakBetween(
      'Summer holidays',
      plan.lastFriday,
      addCalendarDays(end, 1),
    ),
  ];

  return {
    id: String(y),
    name: `School year ${y}`,
    start,
    end,
    terms,
    closures: sortClosures([
      ...breaks,
      ...holidayClosures(plan.holidays, { start, end }, breaks),
    ]),
  };
}

function termOf(y: number, n: number, start: LocalDate, end: LocalDate): Term {
  return makeTerm(`${y}-t${n}`, `Term ${n}`, start, end);
}
