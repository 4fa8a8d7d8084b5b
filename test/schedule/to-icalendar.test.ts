import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/index.js';
import {
  allocateSeats,
  expandSessions,
  ReachplanError,
  safeToICalendar,
  toICalendar,
} from '../../src/index.js';
import { makeScenario, optIn } from './scenario-fixtures.js';

const base = { domain: 'pd.example.org', generatedAt: '2027-04-01T00:00:00Z' };

const scenario = makeScenario({
  timeZone: 'Asia/Tokyo',
  offerings: [
    optIn(
      'creative',
      {
        kind: 'recurrence',
        startDate: '2027-04-13',
        startTime: '16:00',
        rule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=2',
      },
      {
        title: '創造的な授業づくり',
        description: '実際の授業を観察し、何が創造的かを話し合います。',
        location: '教育センター 3階',
        organiser: { name: '教育委員会 指導課', email: 'pd@example.org' },
        facilitators: ['伊藤 先生'],
      },
    ),
    optIn(
      'dept',
      { kind: 'dates', dates: ['2027-05-12'], startTime: '15:30' },
      {
        format: 'department-pd',
        venue: 'school',
        categoryIds: ['pastoral'],
        eligibility: { levels: ['lower-secondary'] },
      },
    ),
  ],
});
const sessions = expandSessions(scenario);

interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  location: string | null;
  start: string;
  end: string;
  status: unknown;
  categories: unknown[];
  organizer: unknown;
  alarms: unknown[];
}

function parseFeed(text: string) {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events: ParsedEvent[] = root
    .getAllSubcomponents('vevent')
    .map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        sequence: event.sequence,
        summary: event.summary,
        description: event.description,
        location: event.location,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        status: vevent.getFirstPropertyValue('status'),
        categories: vevent
          .getAllProperties('categories')
          .flatMap((p) => p.getValues()),
        organizer: vevent.getFirstPropertyValue('organizer'),
        alarms: vevent
          .getAllSubcomponents('valarm')
          .map((a) => String(a.getFirstPropertyValue('trigger'))),
      };
    });
  return {
    method: root.getFirstPropertyValue('method'),
    zone: root.getFirstPropertyValue('x-wr-timezone'),
    events,
  };
}

describe('toICalendar', () => {
  it('writes every session with its instants, text and reminders', () => {
    const feed = toICalendar(scenario, sessions, {
      ...base,
      reminders: [1440, 30],
    });
    const { method, zone, events } = parseFeed(feed.text);

    expect(method).toBe('PUBLISH');
    expect(zone).toBe('Asia/Tokyo');
    expect(feed.events).toBe(4);
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual(
      sessions.map((s) => [
        `${encodeURIComponent(s.id)}@pd.example.org`,
        s.start,
        s.end,
      ]),
    );
    expect(events[0]).toEqual({
      uid: 'creative%402027-04-13T16%3A00@pd.example.org',
      sequence: 0,
      summary: '創造的な授業づくり',
      description:
        '実際の授業を観察し、何が創造的かを話し合います。\n\nFacilitators: 伊藤 先生',
      location: '教育センター 3階',
      start: '2027-04-13T07:00:00.000Z',
      end: '2027-04-13T08:00:00.000Z',
      status: 'CONFIRMED',
      categories: ['Teaching & Learning'],
      organizer: 'mailto:pd@example.org',
      alarms: ['-P1D', '-PT30M'],
    });
    expect(events[2]).toMatchObject({
      summary: 'Opt-in dept (South Middle)',
      location: 'South Middle',
      categories: ['Pastoral care / restorative practice'],
    });
  });

  it('keeps UIDs and raises SEQUENCE only for events that changed', () => {
    const first = toICalendar(scenario, sessions, base);
    const changed: Session[] = sessions.map((s, i) =>
      i === 1 ? { ...s, status: 'cancelled' } : s,
    );
    const second = toICalendar(scenario, changed, {
      ...base,
      generatedAt: '2027-04-05T00:00:00Z',
      previous: first.state,
    });
    const before = parseFeed(first.text).events;
    const after = parseFeed(second.text).events;

    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after.map((e) => e.sequence)).toEqual([0, 1, 0, 0]);
    expect(after[1]).toMatchObject({ status: 'CANCELLED', alarms: [] });

    const third = toICalendar(scenario, changed, {
      ...base,
      previous: second.state,
    });
    expect(parseFeed(third.text).events.map((e) => e.sequence)).toEqual([
      0, 1, 0, 0,
    ]);
  });

  it('raises SEQUENCE for a new time or room, also after a session left the feed', () => {
    const first = toICalendar(scenario, sessions, base);
    const [opening, ...rest] = sessions as [Session, ...Session[]];
    const later: Session = {
      ...opening,
      start: '2027-04-13T08:00:00.000Z',
      end: '2027-04-13T09:00:00.000Z',
    };
    const without = toICalendar(scenario, rest, {
      ...base,
      previous: first.state,
    });
    const back = toICalendar(scenario, [later, ...rest], {
      ...base,
      previous: without.state,
    });
    const roomChanged = toICalendar(
      scenario,
      [{ ...later, location: '教育センター 5階' }, ...rest],
      { ...base, previous: back.state },
    );

    const sequenceOf = (text: string) =>
      parseFeed(text).events.find((e) =>
        e.uid.startsWith('creative%402027-04-13'),
      );
    expect(without.events).toBe(3);
    expect(sequenceOf(back.text)).toMatchObject({
      sequence: 1,
      start: '2027-04-13T08:00:00.000Z',
    });
    expect(sequenceOf(roomChanged.text)).toMatchObject({
      sequence: 2,
      location: '教育センター 5階',
    });
  });

  it('keeps emoji and Japanese whole, in lines of at most 75 octets', () => {
    const title = `${'😀'.repeat(40)} 創造的な授業づくり`;
    const emoji = makeScenario({
      timeZone: 'Asia/Tokyo',
      offerings: [
        optIn(
          'a',
          { kind: 'dates', dates: ['2027-04-13'], startTime: '16:00' },
          { title },
        ),
      ],
    });
    const { text } = toICalendar(emoji, expandSessions(emoji), base);

    const octets = text.split('\r\n').map((line) => Buffer.byteLength(line));
    expect(Math.max(...octets)).toBeLessThanOrEqual(75);
    expect(parseFeed(text).events[0]?.summary).toBe(title);
  });

  it('writes the same text for the same input', () => {
    expect(toICalendar(scenario, sessions, base).text).toBe(
      toICalendar(scenario, sessions, base).text,
    );
  });

  it('sends only cancelled sessions in a CANCEL feed', () => {
    const changed: Session[] = sessions.map((s, i) =>
      i === 0 ? { ...s, status: 'cancelled' } : s,
    );
    const { method, events } = parseFeed(
      toICalendar(scenario, changed, { ...base, method: 'CANCEL' }).text,
    );
    expect(method).toBe('CANCEL');
    expect(events.map((e) => [e.uid, e.status])).toEqual([
      ['creative%402027-04-13T16%3A00@pd.example.org', 'CANCELLED'],
    ]);
  });

  it('sends invitations with METHOD:REQUEST and the fallback organiser', () => {
    const moved: Session[] = [
      {
        ...(sessions[2] as Session),
        localDate: '2027-05-13',
        moved: true,
        movedFrom: '2027-05-12',
      },
    ];
    const { method, events } = parseFeed(
      toICalendar(scenario, moved, {
        ...base,
        method: 'REQUEST',
        organiser: { name: 'PD office', email: 'office@example.org' },
        reminders: [],
      }).text,
    );
    expect(method).toBe('REQUEST');
    expect(events[0]).toMatchObject({
      organizer: 'mailto:office@example.org',
      description:
        'A short opt-in session.\n\nMoved from 2027-05-12, a day without sessions.',
      alarms: [],
    });
  });

  it('builds school, category and educator feeds', () => {
    const uidsOf = (feed: Parameters<typeof toICalendar>[2]['feed']) =>
      parseFeed(
        toICalendar(scenario, sessions, { ...base, feed }).text,
      ).events.map((e) =>
        decodeURIComponent(e.uid.replace('@pd.example.org', '')),
      );

    expect(uidsOf({ kind: 'school', schoolId: 's3' })).toEqual([
      'creative@2027-04-13T16:00',
      'creative@2027-04-20T16:00',
      'dept@2027-05-12T15:30/s3',
    ]);
    expect(uidsOf({ kind: 'category', categoryId: 'pastoral' })).toEqual([
      'dept@2027-05-12T15:30/s2',
      'dept@2027-05-12T15:30/s3',
    ]);
    expect(uidsOf({ kind: 'educator', educatorId: 'e1' })).toEqual([
      'creative@2027-04-13T16:00',
      'creative@2027-04-20T16:00',
    ]);

    const { bookings } = allocateSeats({
      sessions,
      educators: scenario.district.educators,
      requests: [
        {
          educatorId: 'e2',
          sessionId: 'creative@2027-04-20T16:00',
          requestedAt: '2027-04-01T00:00:00Z',
        },
      ],
    });
    const booked = toICalendar(scenario, sessions, {
      ...base,
      feed: { kind: 'educator', educatorId: 'e2', bookings: [...bookings] },
    });
    expect(parseFeed(booked.text).events).toMatchObject([
      {
        uid: 'creative%402027-04-20T16%3A00@pd.example.org',
        status: 'CONFIRMED',
      },
    ]);
  });

  it('reports bad options and unknown feed ids', () => {
    const bad = safeToICalendar(scenario, sessions, {
      domain: 'not a domain',
      generatedAt: 'soon',
    });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(bad.issues.map((i) => i.path)).toEqual([
      ['options', 'domain'],
      ['options', 'generatedAt'],
    ]);

    expect(() =>
      toICalendar(scenario, sessions, {
        ...base,
        feed: { kind: 'school', schoolId: 'nowhere' },
      }),
    ).toThrow(
      new ReachplanError([
        {
          code: 'unknown_reference',
          path: ['options', 'feed', 'schoolId'],
          message: 'school "nowhere" is not in the scenario',
        },
      ]),
    );
  });
});

describe('toICalendar across a daylight-saving change', () => {
  it('writes the instants of 16:00 New York sessions on both sides', () => {
    const newYork = makeScenario({
      timeZone: 'America/New_York',
      offerings: [
        optIn('w', {
          kind: 'recurrence',
          startDate: '2027-03-11',
          startTime: '16:00',
          rule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=2',
        }),
      ],
    });
    const both = expandSessions(newYork);
    const { events } = parseFeed(toICalendar(newYork, both, base).text);

    expect(events.map((e) => e.start)).toEqual([
      '2027-03-11T21:00:00.000Z',
      '2027-03-18T20:00:00.000Z',
    ]);
  });

  it('marks a waitlist place TENTATIVE in an educator feed', () => {
    const [first] = sessions;
    const { events } = parseFeed(
      toICalendar(scenario, sessions, {
        ...base,
        feed: {
          kind: 'educator',
          educatorId: 'e1',
          bookings: [
            {
              educatorId: 'e1',
              sessionId: first?.id ?? '',
              status: 'waitlisted',
            },
          ],
        },
      }).text,
    );
    expect(events.map((e) => e.status)).toEqual(['TENTATIVE']);
  });
});
