import type { Scenario } from '../model/scenario.js';
import { hashString } from '../random/hash.js';
import type { FeedItem } from './ical-feed.js';

/**
 * What an event says, before SEQUENCE and UID: the part whose change
 * raises SEQUENCE.
 *
 * @internal
 */
export interface EventContent {
  readonly summary: string;
  readonly description: string;
  readonly start: string;
  readonly end: string;
  readonly location: string | undefined;
  readonly categories: readonly string[];
  readonly organiser: { name: string; email: string } | undefined;
  readonly status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

/**
 * The content of one event: title (with the school for school sessions),
 * description with notes on moves, category names, a location people can
 * read, organiser and status.
 *
 * @internal
 */
export function eventContent(
  scenario: Scenario,
  item: FeedItem,
  fallbackOrganiser: { name: string; email: string } | undefined,
): EventContent {
  const { session, offering } = item;
  const school = scenario.district.schools.find(
    (s) => s.id === session.schoolId,
  );
  const categoryNames = new Map(
    scenario.catalogue.categories.map((c) => [c.id, c.name]),
  );

  const notes = [offering.description];
  if (session.movedFrom) {
    notes.push(`Moved from ${session.movedFrom}, a day without sessions.`);
  }
  if (session.timeShifted) {
    notes.push(
      `${session.localStart} does not exist on ${session.localDate} (clocks go forward); it starts after the change.`,
    );
  }
  if (session.facilitators.length > 0) {
    notes.push(`Facilitators: ${session.facilitators.join(', ')}`);
  }

  const organiser = offering.organiser?.email
    ? { name: offering.organiser.name, email: offering.organiser.email }
    : fallbackOrganiser;
  return {
    summary: school ? `${offering.title} (${school.name})` : offering.title,
    description: notes.filter((n) => n !== '').join('\n\n'),
    start: session.start,
    end: session.end,
    location: session.location ?? placeName(session.venue, school?.name),
    categories: offering.categoryIds.map((id) => categoryNames.get(id) ?? id),
    organiser,
    status:
      session.status === 'cancelled'
        ? 'CANCELLED'
        : item.tentative
          ? 'TENTATIVE'
          : 'CONFIRMED',
  };
}

function placeName(
  venue: FeedItem['session']['venue'],
  schoolName: string | undefined,
): string | undefined {
  if (venue === 'online') return 'Online';
  if (venue === 'school') return schoolName;
  return undefined;
}

/**
 * A short, stable fingerprint of an event's content (two 32-bit FNV-1a
 * hashes, 16 hex digits), kept in the feed state to notice changes.
 *
 * @internal
 */
export function fingerprintOf(content: EventContent): string {
  const text = JSON.stringify(content);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(hashString(text)) + hex(hashString(`${text}\u0001`));
}

/**
 * The UID of a session's event: its id, escaped so that any offering or
 * school id is safe, at the caller's domain.
 *
 * @internal
 */
export function eventUid(sessionId: string, domain: string): string {
  return `${encodeURIComponent(sessionId)}@${domain}`;
}
