import { ReachplanError } from '../model/issues.js';
import type { Offering } from '../model/offering.js';
import type { Scenario } from '../model/scenario.js';
import type { Booking } from './booking.js';
import { compareSessions } from './overlaps.js';
import type { Session } from './session.js';
import { isOpenTo } from './session-audience.js';

/**
 * One session in an educator's calendar view.
 *
 * @example
 * ```ts
 * const entry: EducatorCalendarEntry = {
 *   sessionId: 'opt-in@2027-04-13T16:00', offeringId: 'opt-in',
 *   title: 'Opt-in: questioning', description: 'Thirty minutes on questions.',
 *   categories: ['Teaching & Learning'], start: '2027-04-13T07:00:00.000Z',
 *   end: '2027-04-13T08:00:00.000Z', localDate: '2027-04-13',
 *   localStart: '16:00', venue: 'central', sessionStatus: 'scheduled',
 *   place: 'waitlisted', waitlistPosition: 2,
 * };
 * ```
 */
export interface EducatorCalendarEntry {
  /** The session. */
  readonly sessionId: string;
  /** Its offering. */
  readonly offeringId: string;
  /** The offering's title. */
  readonly title: string;
  /** The offering's short description. */
  readonly description: string;
  /** Names of the offering's categories. */
  readonly categories: readonly string[];
  /** Start instant, ISO 8601 UTC. */
  readonly start: string;
  /** End instant, ISO 8601 UTC. */
  readonly end: string;
  /** Local date in the district's zone. */
  readonly localDate: string;
  /** Local start, `HH:mm`. */
  readonly localStart: string;
  /** Central, school or online. */
  readonly venue: Session['venue'];
  /** Room, address or link, when known. */
  readonly location?: string;
  /** The school holding a school-based session. */
  readonly schoolId?: string;
  /** Whether the session still takes place. */
  readonly sessionStatus: Session['status'];
  /** The educator's place: a seat, a waitlist entry, or open to them. */
  readonly place: 'booked' | 'waitlisted' | 'eligible';
  /** Position on the waitlist, from 1, for `waitlisted`. */
  readonly waitlistPosition?: number;
}

/**
 * A calendar for one educator, as plain data for apps that draw their own.
 *
 * @example
 * ```ts
 * const view: EducatorCalendar = { educatorId: 'e001', schoolId: 's01', entries: [] };
 * ```
 */
export interface EducatorCalendar {
  /** The educator. */
  readonly educatorId: string;
  /** Their school. */
  readonly schoolId: string;
  /** Their sessions, by start instant then id. */
  readonly entries: readonly EducatorCalendarEntry[];
}

/**
 * One educator's sessions: those booked into and waitlisted on (from the
 * bookings, whatever eligibility says), and the scheduled sessions they
 * are eligible for and could still ask for. A cancelled session stays
 * listed only where the educator held a place.
 *
 * @param scenario - a parsed scenario.
 * @param sessions - sessions from {@link expandSessions} or elsewhere.
 * @param educatorId - whose calendar.
 * @param bookings - places held, such as `allocateSeats(...).bookings`;
 *   waitlist positions follow their order.
 * @returns the calendar view.
 * @throws {@link ReachplanError} when the educator is not in the district.
 * @example
 * ```ts
 * const view = educatorCalendar(scenario, sessions, 'e001', allocation.bookings);
 * view.entries.filter((e) => e.place === 'booked').length; // 3
 * ```
 */
export function educatorCalendar(
  scenario: Scenario,
  sessions: readonly Session[],
  educatorId: string,
  bookings: readonly Booking[] = [],
): EducatorCalendar {
  const educator = scenario.district.educators.find((e) => e.id === educatorId);
  const school = scenario.district.schools.find(
    (s) => s.id === educator?.schoolId,
  );
  if (!educator || !school) {
    throw new ReachplanError([
      {
        code: 'unknown_reference',
        path: ['educatorId'],
        message: `educator "${educatorId}" is not in the district`,
      },
    ]);
  }

  const places = placesOf(educatorId, bookings);
  const offerings = new Map(scenario.catalogue.offerings.map((o) => [o.id, o]));
  const categoryNames = new Map(
    scenario.catalogue.categories.map((c) => [c.id, c.name]),
  );

  const entries: EducatorCalendarEntry[] = [];
  for (const session of [...sessions].sort(compareSessions)) {
    const offering = offerings.get(session.offeringId);
    if (!offering) continue;
    const held = places.get(session.id);
    const open =
      session.status === 'scheduled' &&
      isOpenTo(session, offering, educator, school);
    if (!held && !open) continue;
    entries.push(toEntry(session, offering, categoryNames, held));
  }
  return { educatorId, schoolId: school.id, entries };
}

type Place = { place: 'booked' } | { place: 'waitlisted'; position: number };

function placesOf(
  educatorId: string,
  bookings: readonly Booking[],
): Map<string, Place> {
  const waiting = new Map<string, number>();
  const places = new Map<string, Place>();
  for (const booking of bookings) {
    if (booking.status === 'waitlisted') {
      const position = (waiting.get(booking.sessionId) ?? 0) + 1;
      waiting.set(booking.sessionId, position);
      if (booking.educatorId === educatorId) {
        places.set(booking.sessionId, { place: 'waitlisted', position });
      }
    } else if (booking.educatorId === educatorId) {
      places.set(booking.sessionId, { place: 'booked' });
    }
  }
  return places;
}

function toEntry(
  session: Session,
  offering: Offering,
  categoryNames: ReadonlyMap<string, string>,
  held: Place | undefined,
): EducatorCalendarEntry {
  return {
    sessionId: session.id,
    offeringId: offering.id,
    title: offering.title,
    description: offering.description,
    categories: offering.categoryIds.map((id) => categoryNames.get(id) ?? id),
    start: session.start,
    end: session.end,
    localDate: session.localDate,
    localStart: session.localStart,
    venue: session.venue,
    ...(session.location === undefined ? {} : { location: session.location }),
    ...(session.schoolId === undefined ? {} : { schoolId: session.schoolId }),
    sessionStatus: session.status,
    place: held?.place ?? 'eligible',
    ...(held?.place === 'waitlisted'
      ? { waitlistPosition: held.position }
      : {}),
  };
}
