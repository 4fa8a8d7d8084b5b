import { compileCalendar } from '../calendar/compile-calendar.js';
import { toEpochDay } from '../calendar/local-date.js';
import type { Scenario } from '../model/scenario.js';
import type { Booking } from './booking.js';
import { compareSessions, overlappingPairs, pushTo } from './overlaps.js';
import type { Session } from './session.js';

/**
 * The kinds of conflict {@link findConflicts} reports.
 *
 * @example
 * ```ts
 * CONFLICT_KINDS.includes('venue-double-booked'); // true
 * ```
 */
export const CONFLICT_KINDS = [
  'educator-double-booked',
  'facilitator-double-booked',
  'venue-double-booked',
  'session-on-closure',
  'follow-up-too-early',
] as const;

/**
 * One conflict found among sessions: plain data with a sentence for people.
 *
 * @example
 * ```ts
 * const conflict: Conflict = {
 *   kind: 'facilitator-double-booked',
 *   sessionIds: ['a@2027-05-20T14:00', 'b@2027-05-20T15:00'],
 *   people: ['Dr Ito'],
 *   message: 'Dr Ito facilitates "a@2027-05-20T14:00" and "b@2027-05-20T15:00" at the same time',
 * };
 * ```
 */
export interface Conflict {
  /** What collides. */
  readonly kind: (typeof CONFLICT_KINDS)[number];
  /** The sessions involved, earliest first. */
  readonly sessionIds: readonly string[];
  /** Educator ids or facilitator names involved; empty when none. */
  readonly people: readonly string[];
  /** The location involved, for a double-booked venue. */
  readonly location?: string;
  /** A sentence naming the sessions and what collides. */
  readonly message: string;
}

/**
 * What {@link findConflicts} may look at besides the sessions.
 *
 * @example
 * ```ts
 * const context: ConflictContext = { bookings: [], scenario };
 * ```
 */
export interface ConflictContext {
  /** Seats held; waitlisted entries are ignored. */
  readonly bookings?: readonly Booking[];
  /**
   * Gives the calendar (for sessions on closures) and the catalogue (for
   * follow-ups that come too early). Those checks are skipped without it.
   */
  readonly scenario?: Scenario;
}

/**
 * Finds collisions among sessions, as data: an educator booked into
 * overlapping sessions (or booked into one while facilitating another), a
 * facilitator in two places at once, a location
 * double-booked, a session on a day without sessions (closure, weekend or
 * blackout), and a follow-up session that starts before the first session
 * of the offering it follows (compared within the same school when both
 * are school-based). Cancelled sessions take no part.
 *
 * @param sessions - the sessions, such as {@link expandSessions} returns.
 * @param context - bookings and the scenario, each optional.
 * @returns the conflicts, ordered by kind and then by first session.
 * @example
 * ```ts
 * const conflicts = findConflicts(expandSessions(scenario), { scenario });
 * conflicts[0]?.message;
 * // 'Dr Ito facilitates "a@2027-05-20T14:00" and "b@2027-05-20T15:00" at the same time'
 * ```
 */
export function findConflicts(
  sessions: readonly Session[],
  context: ConflictContext = {},
): Conflict[] {
  const live = sessions.filter((s) => s.status !== 'cancelled');
  const byId = new Map(live.map((s) => [s.id, s]));

  return [
    ...educatorConflicts(live, byId, context.bookings ?? []),
    ...facilitatorConflicts(live),
    ...venueConflicts(live),
    ...closureConflicts(live, context.scenario),
    ...followUpConflicts(live, context.scenario),
  ];
}

function educatorConflicts(
  sessions: readonly Session[],
  byId: ReadonlyMap<string, Session>,
  bookings: readonly Booking[],
): Conflict[] {
  const seats = new Map<string, Set<string>>();
  const byEducator = new Map<string, Session[]>();
  for (const booking of bookings) {
    const session = byId.get(booking.sessionId);
    if (!session || booking.status === 'waitlisted') continue;
    const held = seats.get(booking.educatorId) ?? new Set<string>();
    seats.set(booking.educatorId, held);
    // A booking listed twice is one seat, not a clash with itself.
    if (held.has(session.id)) continue;
    held.add(session.id);
    pushTo(byEducator, booking.educatorId, session);
  }

  // An educator who leads a session cannot sit in another at that time.
  for (const session of sessions) {
    for (const name of new Set(session.facilitators)) {
      const held = seats.get(name);
      if (held && !held.has(session.id)) pushTo(byEducator, name, session);
    }
  }

  const isSeat = (educator: string, session: Session) =>
    seats.get(educator)?.has(session.id) ?? false;
  return overlappingPairs(byEducator)
    .filter(
      ({ key, first, second }) => isSeat(key, first) || isSeat(key, second),
    )
    .map(({ key, first, second }) => ({
      kind: 'educator-double-booked',
      sessionIds: [first.id, second.id],
      people: [key],
      message: educatorMessage(key, first, second, isSeat),
    }));
}

function educatorMessage(
  educator: string,
  first: Session,
  second: Session,
  isSeat: (educator: string, session: Session) => boolean,
): string {
  const pair = `"${first.id}" and "${second.id}"`;
  if (isSeat(educator, first) && isSeat(educator, second)) {
    return `educator "${educator}" is booked into ${pair}, which overlap`;
  }
  const [led, seat] = isSeat(educator, first)
    ? [second, first]
    : [first, second];
  return `educator "${educator}" facilitates "${led.id}" and is booked into "${seat.id}", which overlap`;
}

function facilitatorConflicts(sessions: readonly Session[]): Conflict[] {
  const byFacilitator = new Map<string, Session[]>();
  for (const session of sessions) {
    for (const name of new Set(session.facilitators)) {
      pushTo(byFacilitator, name, session);
    }
  }

  return overlappingPairs(byFacilitator).map(({ key, first, second }) => ({
    kind: 'facilitator-double-booked',
    sessionIds: [first.id, second.id],
    people: [key],
    message: `${key} facilitates "${first.id}" and "${second.id}" at the same time`,
  }));
}

function venueConflicts(sessions: readonly Session[]): Conflict[] {
  // Only a named location can be double-booked; "central" alone says
  // nothing about the room.
  const byLocation = new Map<string, Session[]>();
  for (const session of sessions) {
    const location = session.location?.trim();
    if (location) pushTo(byLocation, location.toLowerCase(), session);
  }

  return overlappingPairs(byLocation).map(({ first, second }) => {
    const location = first.location?.trim() ?? '';
    return {
      kind: 'venue-double-booked',
      sessionIds: [first.id, second.id],
      people: [],
      location,
      message: `"${location}" holds "${first.id}" and "${second.id}" at the same time`,
    };
  });
}

function closureConflicts(
  sessions: readonly Session[],
  scenario: Scenario | undefined,
): Conflict[] {
  if (!scenario) return [];
  const compiled = compileCalendar(scenario.district.calendar);

  return sessions
    .filter((session) => !compiled.isSessionDay(toEpochDay(session.localDate)))
    .sort(compareSessions)
    .map((session) => ({
      kind: 'session-on-closure',
      sessionIds: [session.id],
      people: [],
      message: `"${session.id}" falls on ${session.localDate}, which is not a session day (closure, break, weekend or blackout)`,
    }));
}

function followUpConflicts(
  sessions: readonly Session[],
  scenario: Scenario | undefined,
): Conflict[] {
  if (!scenario) return [];
  const follows = new Map<string, string>();
  for (const offering of scenario.catalogue.offerings) {
    if (offering.follows) follows.set(offering.id, offering.follows);
  }

  const firstOf = firstSessions(sessions);
  const conflicts: Conflict[] = [];
  for (const session of [...sessions].sort(compareSessions)) {
    const source = follows.get(session.offeringId);
    if (source === undefined) continue;
    const first =
      firstOf.get(`${source}/${session.schoolId ?? ''}`) ??
      firstOf.get(`${source}/`);
    if (!first || first.start <= session.start) continue;
    conflicts.push({
      kind: 'follow-up-too-early',
      sessionIds: [session.id, first.id],
      people: [],
      message: `"${session.id}" follows "${source}" but starts before its first session "${first.id}"`,
    });
  }
  return conflicts;
}

/** The earliest session per offering and school, and per offering. */
function firstSessions(sessions: readonly Session[]): Map<string, Session> {
  const first = new Map<string, Session>();
  const keep = (key: string, session: Session) => {
    const known = first.get(key);
    if (!known || compareSessions(session, known) < 0) first.set(key, session);
  };
  for (const session of sessions) {
    keep(`${session.offeringId}/`, session);
    if (session.schoolId) {
      keep(`${session.offeringId}/${session.schoolId}`, session);
    }
  }
  return first;
}
