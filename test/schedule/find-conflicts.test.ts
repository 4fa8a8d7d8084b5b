import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../src/index.js';
import { makeScenario, optIn, simpleCalendar } from './scenario-fixtures.js';
import { makeSession } from './session-fixtures.js';

describe('findConflicts', () => {
  it('finds an educator booked into overlapping sessions', () => {
    const a = makeSession('a', '2027-04-13');
    const b = makeSession('b', '2027-04-13', { localStart: '16:30' });
    const c = makeSession('c', '2027-04-13', { localStart: '17:00' });

    const conflicts = findConflicts([a, b, c], {
      bookings: [
        { educatorId: 'e1', sessionId: a.id },
        { educatorId: 'e1', sessionId: b.id },
        { educatorId: 'e1', sessionId: c.id, status: 'waitlisted' },
        { educatorId: 'e2', sessionId: a.id },
      ],
    });

    expect(conflicts).toEqual([
      {
        kind: 'educator-double-booked',
        sessionIds: [a.id, b.id],
        people: ['e1'],
        message: `educator "e1" is booked into "${a.id}" and "${b.id}", which overlap`,
      },
    ]);
  });

  it('finds a facilitator in two places and a room holding two sessions', () => {
    const a = makeSession('a', '2027-04-13', {
      facilitators: ['Dr Ito'],
      location: 'Room 3',
    });
    const b = makeSession('b', '2027-04-13', {
      localStart: '16:59',
      facilitators: ['Dr Ito'],
      location: 'room 3 ',
    });
    const touching = makeSession('c', '2027-04-13', {
      localStart: '17:59',
      facilitators: ['Dr Ito'],
      location: 'Room 3',
    });

    const conflicts = findConflicts([touching, b, a]);

    expect(conflicts.map((c) => [c.kind, c.sessionIds])).toEqual([
      ['facilitator-double-booked', [a.id, b.id]],
      ['venue-double-booked', [a.id, b.id]],
    ]);
    expect(conflicts[0]?.message).toBe(
      `Dr Ito facilitates "${a.id}" and "${b.id}" at the same time`,
    );
    expect(conflicts[1]).toMatchObject({
      location: 'Room 3',
      message: `"Room 3" holds "${a.id}" and "${b.id}" at the same time`,
    });
  });

  it('ignores cancelled sessions', () => {
    const a = makeSession('a', '2027-04-13', { facilitators: ['X'] });
    const b = makeSession('b', '2027-04-13', {
      facilitators: ['X'],
      status: 'cancelled',
    });
    expect(findConflicts([a, b])).toEqual([]);
  });

  it('finds a session on a closure and a follow-up held too early', () => {
    const scenario = makeScenario({
      calendar: simpleCalendar({
        closures: [{ name: 'Holiday', start: '2027-04-14', end: '2027-04-14' }],
      }),
      offerings: [
        optIn('seminar', {
          kind: 'dates',
          dates: ['2027-04-20'],
          startTime: '14:00',
        }),
        optIn(
          'follow-up',
          { kind: 'dates', dates: ['2027-04-13'], startTime: '16:00' },
          { follows: 'seminar' },
        ),
      ],
    });
    const seminar = makeSession('seminar', '2027-04-20', {
      localStart: '14:00',
    });
    const followUp = makeSession('follow-up', '2027-04-13');
    const onHoliday = makeSession('seminar', '2027-04-14');

    expect(findConflicts([seminar, followUp, onHoliday], { scenario })).toEqual(
      [
        {
          kind: 'session-on-closure',
          sessionIds: [onHoliday.id],
          people: [],
          message: `"${onHoliday.id}" falls on 2027-04-14, which is not a session day (closure, break, weekend or blackout)`,
        },
        {
          kind: 'follow-up-too-early',
          sessionIds: [followUp.id, onHoliday.id],
          people: [],
          message: `"${followUp.id}" follows "seminar" but starts before its first session "${onHoliday.id}"`,
        },
      ],
    );
  });
});
