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

  it('finds an educator who facilitates one session while booked into another', () => {
    const pod = makeSession('pod', '2027-04-13', { facilitators: ['e1'] });
    const seminar = makeSession('seminar', '2027-04-13', {
      localStart: '16:30',
    });
    const ledByAnother = makeSession('other', '2027-04-13', {
      facilitators: ['e2'],
    });

    const conflicts = findConflicts([pod, seminar, ledByAnother], {
      bookings: [
        { educatorId: 'e1', sessionId: seminar.id },
        { educatorId: 'e1', sessionId: seminar.id },
        { educatorId: 'e1', sessionId: pod.id },
      ],
    });

    expect(conflicts).toEqual([
      {
        kind: 'educator-double-booked',
        sessionIds: [pod.id, seminar.id],
        people: ['e1'],
        message: `educator "e1" is booked into "${pod.id}" and "${seminar.id}", which overlap`,
      },
    ]);
    const leading = findConflicts([pod, seminar], {
      bookings: [{ educatorId: 'e1', sessionId: seminar.id }],
    });
    expect(leading.map((c) => c.message)).toEqual([
      `educator "e1" facilitates "${pod.id}" and is booked into "${seminar.id}", which overlap`,
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

  it('compares a school follow-up with the first session at its own school', () => {
    const scenario = makeScenario({
      offerings: [
        optIn(
          'dept',
          { kind: 'dates', dates: ['2027-04-13'], startTime: '15:30' },
          { format: 'department-pd', venue: 'school' },
        ),
        optIn(
          'dept-follow-up',
          { kind: 'dates', dates: ['2027-04-20'], startTime: '15:30' },
          { format: 'department-pd', venue: 'school', follows: 'dept' },
        ),
      ],
    });
    const school = (id: string, date: string, schoolId: string) =>
      makeSession(id, date, {
        id: `${id}@${date}T16:00/${schoolId}`,
        schoolId,
        venue: 'school',
      });
    const firstAtS1 = school('dept', '2027-04-13', 's1');
    const lateAtS2 = school('dept', '2027-04-22', 's2');
    const followS1 = school('dept-follow-up', '2027-04-20', 's1');
    const followS2 = school('dept-follow-up', '2027-04-20', 's2');

    const conflicts = findConflicts([firstAtS1, lateAtS2, followS1, followS2], {
      scenario,
    });

    expect(conflicts).toEqual([
      {
        kind: 'follow-up-too-early',
        sessionIds: [followS2.id, lateAtS2.id],
        people: [],
        message: `"${followS2.id}" follows "dept" but starts before its first session "${lateAtS2.id}"`,
      },
    ]);
  });
});
