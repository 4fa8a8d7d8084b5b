import { toEpochDay } from '../calendar/local-date.js';
import type { AcademicCalendar } from '../model/calendar-schema.js';
import { hashString } from '../random/hash.js';
import type { Session } from '../schedule/session.js';
import type { CompiledSessions } from './compiled.js';

/**
 * School hours used for release time when the calendar gives none; an
 * assumption documented in docs/assumptions.md.
 *
 * @internal
 */
export const DEFAULT_SCHOOL_HOURS = { start: '08:30', end: '15:30' } as const;

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The school day in minutes: [start, end).
 *
 * @internal
 */
export function schoolHours(calendar: AcademicCalendar): [number, number] {
  const hours = calendar.schoolHours ?? DEFAULT_SCHOOL_HOURS;
  return [minutesOf(hours.start), minutesOf(hours.end)];
}

/**
 * Minutes of an activity that fall inside school hours on a school day:
 * the time a substitute must cover.
 *
 * @internal
 */
export function releaseMinutes(
  localStart: string,
  duration: number,
  hours: readonly [number, number],
  onSchoolDay: boolean,
): number {
  if (!onSchoolDay) return 0;
  const start = minutesOf(localStart);
  const overlap =
    Math.min(start + duration, hours[1]) - Math.max(start, hours[0]);
  return Math.max(0, overlap);
}

/**
 * Sessions in typed arrays, ordered by day.
 *
 * @internal
 */
export function compileSessions(
  sessions: readonly Session[],
  dayIndex: ReadonlyMap<number, number>,
  days: { readonly count: number; readonly schoolDay: Uint8Array },
  offeringIndex: ReadonlyMap<string, number>,
  schoolIndex: ReadonlyMap<string, number>,
  hours: readonly [number, number],
): CompiledSessions {
  const held = sessions
    .filter((s) => s.status === 'scheduled')
    .map((s) => ({ s, day: dayIndex.get(toEpochDay(s.localDate)) }))
    .filter((x): x is { s: Session; day: number } => x.day !== undefined)
    .filter((x) => offeringIndex.has(x.s.offeringId))
    .sort((a, b) => a.day - b.day);

  const count = held.length;
  const dayStart = new Int32Array(days.count + 1);
  const out = {
    count,
    dayStart,
    offering: new Int32Array(count),
    key: new Int32Array(count),
    school: new Int32Array(count),
    capacity: new Float64Array(count),
    seatsPerSchool: new Float64Array(count),
    durationMinutes: new Int32Array(count),
    releaseMinutes: new Int32Array(count),
    facilitators: new Int32Array(count),
  };

  held.forEach(({ s, day }, k) => {
    dayStart[day + 1] = (dayStart[day + 1] ?? 0) + 1;
    out.offering[k] = offeringIndex.get(s.offeringId) ?? 0;
    out.key[k] = hashString(s.id);
    out.school[k] =
      s.schoolId === undefined ? -1 : (schoolIndex.get(s.schoolId) ?? -1);
    out.capacity[k] = s.capacity ?? Number.POSITIVE_INFINITY;
    out.seatsPerSchool[k] = s.seatsPerSchool ?? Number.POSITIVE_INFINITY;
    out.durationMinutes[k] = s.durationMinutes;
    out.releaseMinutes[k] = releaseMinutes(
      s.localStart,
      s.durationMinutes,
      hours,
      days.schoolDay[day] === 1,
    );
    out.facilitators[k] = Math.max(1, s.facilitators.length);
  });
  for (let d = 0; d < days.count; d += 1) {
    dayStart[d + 1] = (dayStart[d + 1] ?? 0) + (dayStart[d] ?? 0);
  }
  return out;
}
