import type { ReachplanIssue } from '../model/issues.js';
import type { Offering } from '../model/offering.js';
import type { Scenario } from '../model/scenario.js';
import { educatorCalendar } from './educator-calendar.js';
import type { CalendarFeed } from './ical-options.js';
import { compareSessions } from './overlaps.js';
import type { Session } from './session.js';
import { isOpenToSchool } from './session-audience.js';

/**
 * A session chosen for a feed, with its offering.
 *
 * @internal
 */
export interface FeedItem {
  readonly session: Session;
  readonly offering: Offering;
  /** True for a waitlist place in an educator's feed. */
  readonly tentative: boolean;
}

/**
 * The sessions a feed holds, by start then id, or the issue naming an id
 * the scenario does not know.
 *
 * @internal
 */
export function selectFeed(
  scenario: Scenario,
  sessions: readonly Session[],
  feed: CalendarFeed,
): { items: FeedItem[] } | { issue: ReachplanIssue } {
  const offerings = new Map(scenario.catalogue.offerings.map((o) => [o.id, o]));
  const withOffering = (session: Session, tentative = false) => {
    const offering = offerings.get(session.offeringId);
    return offering ? [{ session, offering, tentative }] : [];
  };
  const sorted = [...sessions].sort(compareSessions);

  switch (feed.kind) {
    case 'district':
      return { items: sorted.flatMap((s) => withOffering(s)) };
    case 'category': {
      if (
        !scenario.catalogue.categories.some((c) => c.id === feed.categoryId)
      ) {
        return unknown('categoryId', 'category', feed.categoryId);
      }
      const items = sorted
        .flatMap((s) => withOffering(s))
        .filter((item) => item.offering.categoryIds.includes(feed.categoryId));
      return { items };
    }
    case 'school': {
      const school = scenario.district.schools.find(
        (s) => s.id === feed.schoolId,
      );
      if (!school) return unknown('schoolId', 'school', feed.schoolId);
      const items = sorted
        .flatMap((s) => withOffering(s))
        .filter((item) => isOpenToSchool(item.session, item.offering, school));
      return { items };
    }
    case 'educator': {
      const known = scenario.district.educators.some(
        (e) => e.id === feed.educatorId,
      );
      if (!known) return unknown('educatorId', 'educator', feed.educatorId);
      const view = educatorCalendar(
        scenario,
        sessions,
        feed.educatorId,
        feed.bookings ?? [],
      );
      const byId = new Map(sessions.map((s) => [s.id, s]));
      const items = view.entries
        .filter((e) => (feed.bookings ? e.place !== 'eligible' : true))
        .flatMap((entry) => {
          const session = byId.get(entry.sessionId);
          if (!session) return [];
          return withOffering(session, entry.place === 'waitlisted');
        });
      return { items };
    }
  }
}

function unknown(
  key: string,
  noun: string,
  id: string,
): { issue: ReachplanIssue } {
  return {
    issue: {
      code: 'unknown_reference',
      path: ['options', 'feed', key],
      message: `${noun} "${id}" is not in the scenario`,
    },
  };
}
