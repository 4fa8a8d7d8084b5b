import type { CalendarSource } from '../calendar/calendar-source.js';
import { compiledOf } from '../calendar/calendar-source.js';
import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import { toEpochDay } from '../calendar/local-date.js';
import { localToInstant } from '../calendar/local-time.js';
import type { ReachplanIssue } from '../model/issues.js';
import { ReachplanError } from '../model/issues.js';
import type { Offering } from '../model/offering.js';
import { isLocalDate } from '../model/primitives.js';
import type { Session } from './session.js';
import { sessionId } from './session-id.js';

/**
 * The parts of an offering a session copies: any catalogue offering fits,
 * and so does a made-up one such as a cascade pod meeting.
 *
 * @example
 * ```ts
 * const pod: SessionSource = {
 *   id: 'pod-s01', durationMinutes: 45, venue: 'school', capacity: 6,
 *   facilitators: ['e017'],
 * };
 * ```
 */
export type SessionSource = Pick<
  Offering,
  | 'id'
  | 'durationMinutes'
  | 'venue'
  | 'location'
  | 'facilitators'
  | 'capacity'
  | 'seatsPerSchool'
>;

/**
 * When and where one session happens.
 *
 * @example
 * ```ts
 * const slot: SessionSlot = { date: '2027-05-12', startTime: '15:30', schoolId: 's01' };
 * ```
 */
export interface SessionSlot {
  /** The local date it happens on. */
  readonly date: LocalDate;
  /** Local wall-clock start, `HH:mm`. */
  readonly startTime: string;
  /** For school-based sessions: the school; it becomes part of the id. */
  readonly schoolId?: string;
  /**
   * The date it was scheduled on before moving off a closure. The id keeps
   * that date, so a move updates the session rather than replacing it.
   */
  readonly movedFrom?: LocalDate;
  /** Scheduled when missing. */
  readonly status?: Session['status'];
}

/**
 * Makes one session for an offering (or anything shaped like one) on a
 * local date and time in the district's zone: the stable id, the start and
 * end instants, the year and term from the calendar, and capacity, venue,
 * location and facilitators copied from the offering.
 *
 * A start time inside a spring-forward gap does not exist that day: the
 * session starts later by the gap (02:30 becomes 03:30) and `timeShifted`
 * is true. The end is always start plus the duration.
 *
 * @param district - the district's `timeZone` and `calendar` (plain or
 *   compiled with `compileCalendar`).
 * @param offering - id, duration, venue and seats of what is held.
 * @param slot - date, start time, school, and where it moved from.
 * @returns the session.
 * @throws {@link ReachplanError} when the date or time is malformed or the
 *   date is outside every academic year.
 * @example
 * ```ts
 * const session = buildSession(scenario.district, pod, {
 *   date: '2027-05-12', startTime: '15:30', schoolId: 's01',
 * });
 * session.id; // 'pod-s01@2027-05-12T15:30/s01'
 * session.start; // '2027-05-12T06:30:00.000Z' (Asia/Tokyo)
 * ```
 */
export function buildSession(
  district: { readonly timeZone: string; readonly calendar: CalendarSource },
  offering: SessionSource,
  slot: SessionSlot,
): Session {
  const issues = checkSlot(slot);
  if (issues.length > 0) throw new ReachplanError(issues);

  const compiled = compiledOf(district.calendar);
  const session = makeSession(compiled, district.timeZone, offering, slot);
  if (!session) {
    throw new ReachplanError([
      {
        code: 'outside_calendar',
        path: ['slot', 'date'],
        message: `date "${slot.date}" is outside every academic year of the calendar`,
      },
    ]);
  }
  return session;
}

function checkSlot(slot: SessionSlot): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];
  for (const key of ['date', 'movedFrom'] as const) {
    const value = slot[key];
    if (value !== undefined && !isLocalDate(value)) {
      issues.push({
        code: 'invalid_date',
        path: ['slot', key],
        message: `${key} ${JSON.stringify(value)} is not a real date written YYYY-MM-DD`,
      });
    }
  }
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(slot.startTime)) {
    issues.push({
      code: 'invalid_time',
      path: ['slot', 'startTime'],
      message: `startTime ${JSON.stringify(slot.startTime)} is not a time written HH:mm`,
    });
  }
  return issues;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Resolves wall-clock starts in a zone, remembering each answer: one
 * expansion asks for the same date and time once per school.
 *
 * @internal
 */
export type InstantCache = Map<string, { instant: string; shifted: boolean }>;

/**
 * {@link buildSession} without the checks, for callers that validated
 * already; undefined outside every academic year.
 *
 * @internal
 */
export function makeSession(
  compiled: CompiledCalendar,
  timeZone: string,
  offering: SessionSource,
  slot: SessionSlot,
  cache: InstantCache = new Map(),
): Session | undefined {
  const day = toEpochDay(slot.date);
  const year = compiled.yearOf(day);
  if (!year) return undefined;
  const term = compiled.termOf(day);

  const key = `${slot.date}T${slot.startTime}`;
  let resolved = cache.get(key);
  if (!resolved) {
    resolved = localToInstant(slot.date, slot.startTime, timeZone);
    cache.set(key, resolved);
  }
  const startMs = Date.parse(resolved.instant);
  const end = new Date(startMs + offering.durationMinutes * 60_000);

  // Built step by step: optional fields are left out, not set to
  // undefined, and this runs once per session of a whole year.
  const session: Mutable<Session> = {
    id: sessionId({
      offeringId: offering.id,
      localDate: slot.movedFrom ?? slot.date,
      localStart: slot.startTime,
      ...(slot.schoolId === undefined ? {} : { schoolId: slot.schoolId }),
    }),
    offeringId: offering.id,
    start: resolved.instant,
    end: end.toISOString(),
    localDate: slot.date,
    localStart: slot.startTime,
    durationMinutes: offering.durationMinutes,
    yearId: year.year.id,
    venue: offering.venue,
    facilitators: offering.facilitators ?? [],
    status: slot.status ?? 'scheduled',
  };
  if (term) session.termId = term.term.id;
  if (slot.schoolId !== undefined) session.schoolId = slot.schoolId;
  if (offering.location !== undefined) session.location = offering.location;
  if (offering.capacity !== undefined) session.capacity = offering.capacity;
  if (offering.seatsPerSchool !== undefined) {
    session.seatsPerSchool = offering.seatsPerSchool;
  }
  if (slot.movedFrom !== undefined) {
    session.moved = true;
    session.movedFrom = slot.movedFrom;
  }
  if (resolved.shifted) session.timeShifted = true;
  return session;
}
