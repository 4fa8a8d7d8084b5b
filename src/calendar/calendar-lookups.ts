import type {
  CompiledCalendar,
  CompiledTerm,
  CompiledYear,
} from './compiled-calendar.js';

/** The data part of a compiled calendar, before its lookups. */
type CompiledData = Omit<
  CompiledCalendar,
  | 'isSchoolDay'
  | 'isSessionDay'
  | 'termOf'
  | 'yearOf'
  | 'countSchoolDays'
  | 'addSchoolDays'
  | 'nextSessionDay'
>;

/**
 * Adds the constant-time lookups to compiled calendar data. Each lookup
 * turns an epoch day into a slot and reads an array; days outside the
 * calendar are answered without reading out of bounds.
 *
 * @internal
 */
export function attachLookups(data: CompiledData): CompiledCalendar {
  const { firstDay, length } = data;
  const nextSession = nextSessionSlots(data.sessionDay);

  const slotOf = (day: number) => {
    const slot = day - firstDay;
    return slot >= 0 && slot < length ? slot : -1;
  };
  // School days before `day`, for any day: 0 before the calendar, all of
  // them after it.
  const before = (day: number) => {
    const slot = Math.min(Math.max(day - firstDay, 0), length);
    return data.schoolDaysBefore[slot] ?? 0;
  };

  return {
    ...data,
    isSchoolDay: (day) => data.schoolDay[slotOf(day)] === 1,
    isSessionDay: (day) => data.sessionDay[slotOf(day)] === 1,
    termOf: (day): CompiledTerm | undefined =>
      data.terms[data.termIndex[slotOf(day)] ?? -1],
    yearOf: (day): CompiledYear | undefined =>
      data.years[data.yearIndex[slotOf(day)] ?? -1],
    countSchoolDays: (from, to) => before(to) - before(from),
    addSchoolDays: (day, n) => {
      // School days up to and including `day`, and strictly before it.
      const position = n > 0 ? before(day + 1) + n - 1 : before(day) + n;
      if (n === 0) return day;
      return data.schoolDays[position];
    },
    nextSessionDay: (day) => {
      const slot = Math.max(day - firstDay, 0);
      const found = slot < length ? (nextSession[slot] ?? -1) : -1;
      return found === -1 ? undefined : firstDay + found;
    },
  };
}

// For each slot, the slot of the first session day on or after it, or -1.
function nextSessionSlots(sessionDay: Uint8Array): Int32Array {
  const next = new Int32Array(sessionDay.length);
  let upcoming = -1;
  for (let i = sessionDay.length - 1; i >= 0; i -= 1) {
    if (sessionDay[i] === 1) upcoming = i;
    next[i] = upcoming;
  }
  return next;
}
