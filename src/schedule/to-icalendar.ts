import type { SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { safeParseWith } from '../model/zod-issues.js';
import type { EventContent } from './ical-event.js';
import { eventContent, eventUid, fingerprintOf } from './ical-event.js';
import { selectFeed } from './ical-feed.js';
import {
  createICalCalendar,
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventStatus,
} from './ical-module.js';
import type { ICalendarOptions, ICalendarState } from './ical-options.js';
import { icalendarOptionsSchema } from './ical-options.js';
import type { Session } from './session.js';

/**
 * An iCalendar feed and the state to pass to the next export.
 *
 * @example
 * ```ts
 * const feed: ICalendarExport = { text: 'BEGIN:VCALENDAR…', state: {}, events: 0 };
 * ```
 */
export interface ICalendarExport {
  /** The `.ics` text (RFC 5545), lines ending in CRLF. */
  readonly text: string;
  /**
   * SEQUENCE and fingerprint per UID: this export's events plus every
   * entry of `previous` it did not hold, so a session that leaves the feed
   * and returns changed gets a higher SEQUENCE than it had.
   */
  readonly state: ICalendarState;
  /** How many events the feed holds. */
  readonly events: number;
}

const DEFAULT_REMINDERS = [60];

/**
 * Writes sessions as an RFC 5545 feed through ical-generator, never
 * throwing. See {@link toICalendar}.
 *
 * @param scenario - a parsed scenario (titles, categories, schools).
 * @param sessions - the sessions to choose from.
 * @param options - feed, UID domain, time stamp, method, reminders and
 *   the previous state.
 * @returns the feed, or issues naming bad options and unknown feed ids.
 * @example
 * ```ts
 * const result = safeToICalendar(scenario, sessions, {
 *   domain: 'pd.example.org', generatedAt: '2027-04-01T00:00:00Z',
 *   feed: { kind: 'school', schoolId: 'nowhere' },
 * });
 * result.success; // false: school "nowhere" is not in the scenario
 * ```
 */
export function safeToICalendar(
  scenario: Scenario,
  sessions: readonly Session[],
  options: ICalendarOptions,
): SafeResult<ICalendarExport> {
  const parsed = safeParseWith(icalendarOptionsSchema, options, ['options']);
  if (!parsed.success) return parsed;
  const settings = parsed.data;

  const chosen = selectFeed(
    scenario,
    sessions,
    settings.feed ?? { kind: 'district' },
  );
  if ('issue' in chosen) return { success: false, issues: [chosen.issue] };

  const method = settings.method ?? 'PUBLISH';
  const items =
    method === 'CANCEL'
      ? chosen.items.filter((item) => item.session.status === 'cancelled')
      : chosen.items;

  const calendar = createICalCalendar({
    prodId: { company: 'reachplan', product: 'reachplan', language: 'EN' },
    name: settings.name ?? scenario.district.name,
    method: ICalCalendarMethod[method],
    // Instants are written in UTC; this tells apps which zone to show the
    // calendar in (Apple Calendar and Google Calendar read it).
    x: [{ key: 'X-WR-TIMEZONE', value: scenario.district.timeZone }],
  });
  const previous = settings.previous ?? {};
  const state: ICalendarState = { ...previous };
  const reminders = settings.reminders ?? DEFAULT_REMINDERS;

  for (const item of items) {
    const content = eventContent(scenario, item, settings.organiser);
    const uid = eventUid(item.session.id, settings.domain);
    const fingerprint = fingerprintOf(content);
    const before = previous[uid];
    const sequence = !before
      ? 0
      : before.fingerprint === fingerprint
        ? before.sequence
        : before.sequence + 1;
    state[uid] = { sequence, fingerprint };

    calendar.createEvent({
      id: uid,
      sequence,
      stamp: new Date(settings.generatedAt),
      start: new Date(content.start),
      end: new Date(content.end),
      summary: content.summary,
      description: content.description,
      categories: content.categories.map((name) => ({ name })),
      status: ICalEventStatus[content.status],
      ...(content.location ? { location: content.location } : {}),
      ...(content.organiser ? { organizer: content.organiser } : {}),
      alarms: alarmsFor(content, reminders),
    });
  }

  return {
    success: true,
    data: { text: calendar.toString(), state, events: items.length },
  };
}

/**
 * Writes sessions as an RFC 5545 feed (through ical-generator) for the
 * whole district, one school, one educator or one category.
 *
 * Each event has a summary, a short description, categories, a location,
 * an organiser (the offering's, else `options.organiser`), VALARM
 * reminders, and start and end written in UTC, so every calendar shows the
 * district's local time correctly; `X-WR-TIMEZONE` names the district's
 * zone for apps that read it. The UID is the session id at
 * `options.domain` and never changes between exports; SEQUENCE starts at
 * 0 and rises by one whenever the event's content differs from the
 * fingerprint kept in `options.previous`. Cancelled sessions are written
 * with STATUS:CANCELLED; waitlist places in an educator feed are
 * TENTATIVE. DTSTAMP is `options.generatedAt`, so the same input always
 * gives the same text.
 *
 * @param scenario - a parsed scenario (titles, categories, schools).
 * @param sessions - the sessions to choose from.
 * @param options - feed, UID domain, time stamp, method, reminders and
 *   the previous state.
 * @returns the `.ics` text, the new state and the number of events.
 * @throws {@link ReachplanError} for bad options or an unknown feed id.
 * @example
 * ```ts
 * const first = toICalendar(scenario, sessions, {
 *   domain: 'pd.example.org', generatedAt: '2027-04-01T00:00:00Z',
 * });
 * first.text.startsWith('BEGIN:VCALENDAR'); // true
 * // later, after a session moved room:
 * const next = toICalendar(scenario, changed, {
 *   domain: 'pd.example.org', generatedAt: '2027-04-08T00:00:00Z',
 *   previous: first.state,
 * });
 * // the moved session keeps its UID and now has SEQUENCE:1
 * ```
 */
export function toICalendar(
  scenario: Scenario,
  sessions: readonly Session[],
  options: ICalendarOptions,
): ICalendarExport {
  return unwrapResult(safeToICalendar(scenario, sessions, options));
}

function alarmsFor(content: EventContent, reminders: readonly number[]) {
  // A cancelled session needs no reminder.
  if (content.status === 'CANCELLED') return [];
  return reminders.map((minutes) => ({
    type: ICalAlarmType.display,
    triggerBefore: minutes * 60,
    description: content.summary,
  }));
}
