import { describe, expect, it } from 'vitest';
import type { SeatRequest } from '../../src/index.js';
import {
  allocateSeats,
  ReachplanError,
  safeAllocateSeats,
} from '../../src/index.js';
import { at, makeSession } from './session-fixtures.js';

const educators = [
  { id: 'e1', schoolId: 's1' },
  { id: 'e2', schoolId: 's1' },
  { id: 'e3', schoolId: 's2' },
  { id: 'e4', schoolId: 's2' },
];

function request(educatorId: string, sessionId: string, minute: number) {
  return { educatorId, sessionId, requestedAt: at(minute) };
}

describe('allocateSeats', () => {
  const small = makeSession('opt-in', '2027-04-13', { capacity: 2 });

  it('seats the earliest requests and waitlists the rest in order', () => {
    const { outcomes, fill } = allocateSeats({
      sessions: [small],
      educators,
      requests: [
        request('e3', small.id, 30),
        request('e1', small.id, 10),
        request('e4', small.id, 40),
        request('e2', small.id, 20),
      ],
    });

    expect(outcomes.map((o) => o.status)).toEqual([
      'waitlisted',
      'seated',
      'waitlisted',
      'seated',
    ]);
    expect(outcomes[0]).toEqual({
      status: 'waitlisted',
      educatorId: 'e3',
      sessionId: small.id,
      position: 1,
      reason: 'capacity',
      message: `waitlisted at position 1 for "${small.id}": all 2 seats are taken`,
    });
    expect(outcomes[2]).toMatchObject({ position: 2 });
    expect(fill).toEqual([
      { sessionId: small.id, seated: 2, waitlisted: 2, capacity: 2 },
    ]);
  });

  it('promotes the head of the waitlist when a seat is cancelled', () => {
    const { outcomes, bookings } = allocateSeats({
      sessions: [small],
      educators,
      requests: [
        request('e1', small.id, 1),
        request('e2', small.id, 2),
        request('e3', small.id, 3),
        request('e4', small.id, 4),
      ],
      cancellations: [{ educatorId: 'e1', sessionId: small.id, at: at(100) }],
    });

    expect(outcomes[0]).toMatchObject({
      status: 'cancelled',
      message: `cancelled at ${at(100)}`,
    });
    expect(outcomes[2]).toEqual({
      status: 'seated',
      educatorId: 'e3',
      sessionId: small.id,
      promoted: true,
      message: `seated in "${small.id}" from the waitlist after a cancellation`,
    });
    expect(outcomes[3]).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(bookings).toEqual([
      { educatorId: 'e2', sessionId: small.id, status: 'booked' },
      { educatorId: 'e3', sessionId: small.id, status: 'booked' },
      { educatorId: 'e4', sessionId: small.id, status: 'waitlisted' },
    ]);
  });

  it('explains each cancellation: who moved up, or why nothing was freed', () => {
    const { cancellations, outcomes } = allocateSeats({
      sessions: [small],
      educators,
      existing: [{ educatorId: 'e4', sessionId: small.id }],
      requests: [
        request('e1', small.id, 1),
        request('e2', small.id, 2),
        request('e3', small.id, 3),
      ],
      cancellations: [
        { educatorId: 'e4', sessionId: small.id, at: at(100) },
        { educatorId: 'e3', sessionId: small.id, at: at(90) },
        { educatorId: 'e3', sessionId: small.id, at: at(110) },
        {
          educatorId: 'e1',
          sessionId: 'nowhere@2027-04-13T16:00',
          at: at(120),
        },
        { educatorId: 'ghost', sessionId: small.id, at: at(130) },
      ],
    });

    expect(cancellations).toEqual([
      {
        status: 'released',
        educatorId: 'e4',
        sessionId: small.id,
        at: at(100),
        place: 'seat',
        promoted: ['e2'],
        message: `the seat of educator "e4" in "${small.id}" was given back at ${at(100)}; seated from the waitlist: e2`,
      },
      {
        status: 'released',
        educatorId: 'e3',
        sessionId: small.id,
        at: at(90),
        place: 'waitlist',
        promoted: [],
        message: `the waitlist place of educator "e3" in "${small.id}" was given back at ${at(90)}`,
      },
      {
        status: 'ignored',
        educatorId: 'e3',
        sessionId: small.id,
        at: at(110),
        reason: 'no-place',
        message: `educator "e3" holds no place in "${small.id}" at ${at(110)}`,
      },
      {
        status: 'ignored',
        educatorId: 'e1',
        sessionId: 'nowhere@2027-04-13T16:00',
        at: at(120),
        reason: 'unknown-session',
        message:
          'session "nowhere@2027-04-13T16:00" is not among the sessions given',
      },
      {
        status: 'ignored',
        educatorId: 'ghost',
        sessionId: small.id,
        at: at(130),
        reason: 'unknown-educator',
        message: 'educator "ghost" is not among the educators given',
      },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'seated',
      'seated',
      'cancelled',
    ]);
  });

  it('leaves a seat given back after the session began empty', () => {
    const { cancellations, fill } = allocateSeats({
      sessions: [small],
      educators,
      requests: [
        request('e1', small.id, 1),
        request('e2', small.id, 2),
        request('e3', small.id, 3),
      ],
      cancellations: [
        { educatorId: 'e1', sessionId: small.id, at: small.start },
      ],
    });

    expect(cancellations[0]).toMatchObject({
      promoted: [],
      message: `the seat of educator "e1" in "${small.id}" was given back at ${small.start}; the session had started, so the seat stays empty`,
    });
    expect(fill).toEqual([
      { sessionId: small.id, seated: 1, waitlisted: 1, capacity: 2 },
    ]);
  });

  it('refuses duplicate ids and existing bookings it cannot place', () => {
    const result = safeAllocateSeats({
      sessions: [small, small],
      educators: [...educators, { id: 'e1', schoolId: 's2' }],
      requests: [],
      existing: [
        { educatorId: 'e1', sessionId: 'gone@2027-04-01T16:00' },
        { educatorId: 'ghost', sessionId: small.id },
        { educatorId: 'e2', sessionId: small.id },
        { educatorId: 'e2', sessionId: small.id, status: 'waitlisted' },
      ],
    });

    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'duplicate_id',
          path: ['sessions', 1, 'id'],
          message: `session id "${small.id}" is given twice, at sessions[0] and sessions[1]`,
        },
        {
          code: 'duplicate_id',
          path: ['educators', 4, 'id'],
          message:
            'educator id "e1" is given twice, at educators[0] and educators[4]',
        },
        {
          code: 'unknown_reference',
          path: ['existing', 0, 'sessionId'],
          message:
            'existing booking 0 names session "gone@2027-04-01T16:00", which is not among the sessions given',
        },
        {
          code: 'unknown_reference',
          path: ['existing', 1, 'educatorId'],
          message:
            'existing booking 1 names educator "ghost", which is not among the educators given',
        },
        {
          code: 'duplicate_booking',
          path: ['existing', 3],
          message: `educator "e2" holds two places in "${small.id}", at existing[2] and existing[3]`,
        },
      ],
    });
  });

  it('keeps to seats per school and skips a capped school when promoting', () => {
    const capped = makeSession('seminar', '2027-04-14', {
      capacity: 3,
      seatsPerSchool: 1,
    });
    const { outcomes } = allocateSeats({
      sessions: [capped],
      educators,
      requests: [
        request('e1', capped.id, 1),
        request('e2', capped.id, 2),
        request('e3', capped.id, 3),
        request('e4', capped.id, 4),
      ],
      cancellations: [{ educatorId: 'e3', sessionId: capped.id, at: at(50) }],
    });

    expect(outcomes.map((o) => o.status)).toEqual([
      'seated',
      'waitlisted',
      'cancelled',
      'seated',
    ]);
    expect(outcomes[1]).toMatchObject({
      reason: 'school-cap',
      message: `waitlisted at position 1 for "${capped.id}": school "s1" already has its 1 seats`,
    });
  });

  it('refuses a booking over "at most one per term", counting only bookings not yet past', () => {
    const early = makeSession('opt-in', '2027-04-06');
    const later = makeSession('opt-in', '2027-05-11');
    const latest = makeSession('opt-in', '2027-06-08');
    const base = {
      sessions: [early, later, latest],
      educators,
      limits: [{ max: 1, period: 'term' as const }],
      existing: [{ educatorId: 'e1', sessionId: early.id }],
    };

    const before = allocateSeats({
      ...base,
      asOf: at(0),
      requests: [request('e1', later.id, 1)],
    });
    expect(before.outcomes[0]).toEqual({
      status: 'refused',
      educatorId: 'e1',
      sessionId: later.id,
      reason: 'limit',
      limit: { max: 1, period: 'term' },
      message:
        'educator "e1" already has 1 booking in term "2027-t1"; the limit is 1 per term',
    });

    const afterFirst = allocateSeats({
      ...base,
      asOf: '2027-04-20T00:00:00.000Z',
      requests: [request('e1', later.id, 1), request('e1', latest.id, 2)],
    });
    expect(afterFirst.outcomes.map((o) => o.status)).toEqual([
      'seated',
      'refused',
    ]);
  });

  it('counts a limit per week and only for the offerings it names', () => {
    const monday = makeSession('opt-in', '2027-04-12');
    const friday = makeSession('opt-in', '2027-04-16');
    const other = makeSession('dept', '2027-04-14');
    const nextWeek = makeSession('opt-in', '2027-04-19');
    const { outcomes } = allocateSeats({
      sessions: [monday, friday, other, nextWeek],
      educators,
      limits: [{ max: 1, period: 'week', offeringIds: ['opt-in'] }],
      requests: [
        request('e1', monday.id, 1),
        request('e1', other.id, 2),
        request('e1', friday.id, 3),
        request('e1', nextWeek.id, 4),
      ],
    });

    expect(outcomes.map((o) => o.status)).toEqual([
      'seated',
      'seated',
      'refused',
      'seated',
    ]);
    expect(outcomes[2]?.message).toBe(
      'educator "e1" already has 1 booking of these offerings in the week of 2027-04-12; the limit is 1 per week',
    );
  });

  it('puts favoured educators ahead of earlier requests', () => {
    const one = makeSession('opt-in', '2027-04-13', { capacity: 1 });
    const requests = [request('e1', one.id, 1), request('e3', one.id, 2)];

    const plain = allocateSeats({ sessions: [one], educators, requests });
    const behind = allocateSeats({
      sessions: [one],
      educators,
      requests,
      favour: new Set(['e3']),
    });
    const scored = allocateSeats({
      sessions: [one],
      educators,
      requests,
      favour: (id) => (id === 'e3' ? 5 : 0),
    });

    expect(plain.outcomes.map((o) => o.status)).toEqual([
      'seated',
      'waitlisted',
    ]);
    expect(behind.outcomes.map((o) => o.status)).toEqual([
      'waitlisted',
      'seated',
    ]);
    expect(scored.outcomes).toEqual(behind.outcomes);
  });

  it('refuses unknown, cancelled, started, other-school, duplicate and overlapping requests', () => {
    const cancelled = makeSession('gone', '2027-04-13', {
      status: 'cancelled',
    });
    const past = makeSession('opt-in', '2027-03-30');
    const school = makeSession('dept', '2027-04-14', { schoolId: 's2' });
    const first = makeSession('a', '2027-04-15');
    const clash = makeSession('b', '2027-04-15', { localStart: '16:30' });
    const { outcomes } = allocateSeats({
      sessions: [cancelled, past, school, first, clash],
      educators,
      asOf: at(0),
      requests: [
        request('e1', 'nowhere@2027-04-13T16:00', 1),
        request('ghost', first.id, 2),
        request('e1', cancelled.id, 3),
        request('e1', past.id, 4),
        request('e1', school.id, 5),
        request('e1', first.id, 6),
        request('e1', first.id, 7),
        request('e1', clash.id, 8),
      ],
    });

    expect(outcomes.map((o) => o.message)).toEqual([
      'session "nowhere@2027-04-13T16:00" is not among the sessions given',
      'educator "ghost" is not among the educators given',
      `session "${cancelled.id}" is cancelled`,
      `session "${past.id}" started before ${at(0)}`,
      `session "${school.id}" is for school "s2", and educator "e1" is at school "s1"`,
      `seated in "${first.id}"`,
      `educator "e1" already holds a place in "${first.id}"`,
      `educator "e1" is already seated in "${first.id}", which overlaps "${clash.id}"`,
    ]);
  });

  it('reports every malformed request with its path', () => {
    const result = safeAllocateSeats({
      sessions: [small],
      educators,
      requests: [
        request('e1', small.id, 1),
        { educatorId: 'e2', sessionId: small.id, requestedAt: 'yesterday' },
      ],
      limits: [{ max: -1, period: 'term' }],
    });

    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.path)).toEqual([
      ['requests', 1, 'requestedAt'],
      ['limits', 0, 'max'],
    ]);
    expect(() =>
      allocateSeats({
        sessions: [small],
        educators,
        requests: [{ educatorId: 'e1' } as unknown as SeatRequest],
      }),
    ).toThrow(ReachplanError);
  });
});

describe('allocateSeats ordering', () => {
  const one = makeSession('opt-in', '2027-04-13', { capacity: 1 });

  it('lets a higher priority go before an earlier request', () => {
    const { outcomes } = allocateSeats({
      sessions: [one],
      educators,
      requests: [
        request('e1', one.id, 1),
        { ...request('e2', one.id, 2), priority: 1 },
      ],
    });
    expect(outcomes.map((o) => o.status)).toEqual(['waitlisted', 'seated']);
  });

  it('keeps existing seats and puts existing waitlist places first', () => {
    const two = makeSession('opt-in', '2027-04-14', { capacity: 1 });
    const { outcomes, bookings } = allocateSeats({
      sessions: [two],
      educators,
      existing: [
        { educatorId: 'e1', sessionId: two.id },
        { educatorId: 'e2', sessionId: two.id, status: 'waitlisted' },
      ],
      requests: [request('e3', two.id, 1)],
      cancellations: [{ educatorId: 'e1', sessionId: two.id, at: at(10) }],
    });
    expect(outcomes).toEqual([
      {
        status: 'waitlisted',
        educatorId: 'e3',
        sessionId: two.id,
        position: 1,
        reason: 'capacity',
        message: `waitlisted at position 1 for "${two.id}": all 1 seats are taken`,
      },
    ]);
    expect(bookings).toEqual([
      { educatorId: 'e2', sessionId: two.id, status: 'booked' },
      { educatorId: 'e3', sessionId: two.id, status: 'waitlisted' },
    ]);
  });
});
