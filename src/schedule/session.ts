/**
 * One dated occurrence of a scheduled offering. Plain, serialisable data.
 *
 * The id is derived from the offering, the school (for school-based
 * sessions) and the local start, so it stays the same when a schedule is
 * expanded again.
 *
 * @example
 * ```ts
 * const session: Session = {
 *   id: 'lesson-design@2027-05-20T14:00', offeringId: 'lesson-design',
 *   start: '2027-05-20T05:00:00.000Z', end: '2027-05-20T08:00:00.000Z',
 *   localDate: '2027-05-20', localStart: '14:00', durationMinutes: 180,
 *   yearId: '2027', termId: '2027-t1', venue: 'central', facilitators: [],
 *   capacity: 63, seatsPerSchool: 3, status: 'scheduled',
 * };
 * ```
 */
export interface Session {
  /** Stable id: offering, scheduled local date and start, and school. */
  readonly id: string;
  /** The offering this is an occurrence of. */
  readonly offeringId: string;
  /** Start instant, ISO 8601 UTC. */
  readonly start: string;
  /** End instant, ISO 8601 UTC. */
  readonly end: string;
  /** Local date in the district's zone. */
  readonly localDate: string;
  /** Local wall-clock start, `HH:mm`. */
  readonly localStart: string;
  /** Length in minutes. */
  readonly durationMinutes: number;
  /** The academic year holding the session. */
  readonly yearId: string;
  /** The term holding the session; missing between terms. */
  readonly termId?: string;
  /** For school-based sessions: the school where it happens. */
  readonly schoolId?: string;
  /** Where it happens: centrally, at a school, or online. */
  readonly venue: 'central' | 'school' | 'online';
  /** A room, address or meeting link. */
  readonly location?: string;
  /** Who runs it: educator ids or outside names. */
  readonly facilitators: readonly string[];
  /** Seats; unlimited when missing. */
  readonly capacity?: number;
  /** The most seats one school may take; no cap when missing. */
  readonly seatsPerSchool?: number;
  /** Cancelled sessions stay listed so calendars can show the change. */
  readonly status: 'scheduled' | 'cancelled';
  /** True when the session was moved off a closure to the next school day. */
  readonly moved?: boolean;
  /** For a moved session: the closure date it was scheduled on. */
  readonly movedFrom?: string;
  /**
   * True when the start time did not exist that day (a spring-forward gap)
   * and the session starts later by the gap; `localStart` keeps the
   * scheduled time, `start` holds the real instant.
   */
  readonly timeShifted?: boolean;
}
