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
