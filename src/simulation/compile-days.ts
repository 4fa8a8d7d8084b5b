import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { fromEpochDay, weekdayIndex } from '../calendar/local-date.js';
import type { CompiledDays } from './compiled.js';
import type { DaySpan } from './horizon.js';
import type { CheckpointInfo } from './layout.js';

/**
 * The simulated days of a horizon: every school day, and any other day
 * that holds a session, in date order, with the checkpoints at term ends.
 *
 * @internal
 */
export function compileDays(
  calendar: CompiledCalendar,
  span: DaySpan,
  eventDays: Iterable<number>,
): { days: CompiledDays; dates: string[]; checkpoints: CheckpointInfo[] } {
  const chosen = new Set<number>();
  for (let day = span.first; day <= span.last; day += 1) {
    if (calendar.isSchoolDay(day)) chosen.add(day);
  }
  for (const day of eventDays) {
    if (day >= span.first && day <= span.last) chosen.add(day);
  }
  const epochDay = Int32Array.from([...chosen].sort((a, b) => a - b));
  const count = epochDay.length;

  const weekday = new Uint8Array(count);
  const schoolDay = new Uint8Array(count);
  const weekStart = new Uint8Array(count);
  const yearStart = new Uint8Array(count);
  const bassStep = new Float64Array(count);
  const term = new Int16Array(count);
  const termElapsed = new Float64Array(count);
  let lastWeek = Number.NaN;
  let lastYear = -2;

  for (let d = 0; d < count; d += 1) {
    const day = epochDay[d] ?? 0;
    weekday[d] = weekdayIndex(day);
    const school = calendar.isSchoolDay(day);
    schoolDay[d] = school ? 1 : 0;
    const week = Math.floor((day + 3) / 7);
    if (school && week !== lastWeek) {
      weekStart[d] = 1;
      lastWeek = week;
    }
    const year = calendar.yearOf(day);
    const yearIndex = year?.index ?? -1;
    if (yearIndex !== lastYear) yearStart[d] = 1;
    lastYear = yearIndex;
    if (school && year !== undefined) {
      // countSchoolDays counts [from, to): + 1 takes in the year's last day.
      bassStep[d] =
        1 / calendar.countSchoolDays(year.firstDay, year.lastDay + 1);
    }
    const inTerm = calendar.termOf(day);
    term[d] = inTerm?.index ?? -1;
    if (inTerm !== undefined) {
      const length = Math.max(1, inTerm.lastDay - inTerm.firstDay);
      termElapsed[d] = (day - inTerm.firstDay) / length;
    }
  }

  const checkpoints = checkpointsOf(calendar, span, epochDay);
  const checkpointDay = Int32Array.from(checkpoints.map((c) => c.day));
  return {
    days: {
      count,
      epochDay,
      weekday,
      schoolDay,
      weekStart,
      yearStart,
      bassStep,
      term,
      termElapsed,
      checkpointDay,
    },
    dates: Array.from(epochDay, (day) => fromEpochDay(day)),
    checkpoints,
  };
}

// A term closes at its last simulated day; the horizon's end comes last.
function checkpointsOf(
  calendar: CompiledCalendar,
  span: DaySpan,
  epochDay: Int32Array,
): CheckpointInfo[] {
  const lastIndexOnOrBefore = (day: number): number => {
    let found = -1;
    for (let d = 0; d < epochDay.length && (epochDay[d] ?? 0) <= day; d += 1) {
      found = d;
    }
    return found;
  };

  const out: CheckpointInfo[] = [];
  for (const term of calendar.terms) {
    if (term.lastDay < span.first || term.lastDay > span.last) continue;
    const d = lastIndexOnOrBefore(term.lastDay);
    if (d < 0 || (epochDay[d] ?? 0) < term.firstDay) continue;
    out.push({
      label: term.term.id,
      termId: term.term.id,
      date: fromEpochDay(epochDay[d] ?? 0),
      day: d,
    });
  }
  const end = epochDay.length - 1;
  out.push({ label: 'end', date: fromEpochDay(epochDay[end] ?? 0), day: end });
  return out;
}
