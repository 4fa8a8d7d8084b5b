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
  readonly id: string;
  readonly offeringId: string;
  /** Start instant, ISO 8601 UTC. */
  readonly start: string;
  /** End instant, ISO 8601 UTC. */
  readonly end: string;
  /** Local date in the district's zone. */
  readonly localDate: string;
  /** Local wall-clock start, `HH:mm`. */
  readonly localStart: string;
  readonly durationMinutes: number;
  readonly yearId: string;
  /** The term holding the session; missing between terms. */
  readonly termId?: string;
  /** For school-based sessions: the school where it happens. */
  readonly schoolId?: string;
  readonly venue: 'central' | 'school' | 'online';
  readonly location?: string;
  readonly facilitators: readonly string[];
  /** Seats; unlimited when missing. */
  readonly capacity?: number;
  readonly seatsPerSchool?: number;
  readonly status: 'scheduled' | 'cancelled';
  /** True when the session was moved off a closure to the next school day. */
  readonly moved?: boolean;
}
