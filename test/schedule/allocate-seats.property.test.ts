import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/index.js';
import { allocateSeats } from '../../src/index.js';
import { at, makeSession } from './session-fixtures.js';

const educators = Array.from({ length: 12 }, (_, i) => ({
  id: `e${i}`,
  schoolId: `s${i % 3}`,
}));

const scenarioArbitrary = fc.record({
  sessions: fc.array(
    fc.record({
      day: fc.integer({ min: 1, max: 20 }),
      hour: fc.integer({ min: 8, max: 18 }),
      capacity: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      perSchool: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  requests: fc.array(
    fc.record({
      educator: fc.integer({ min: 0, max: 11 }),
      session: fc.integer({ min: 0, max: 5 }),
      minute: fc.integer({ min: 0, max: 30 }),
      priority: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    }),
    { maxLength: 60 },
  ),
  cancellations: fc.array(
    fc.record({
      educator: fc.integer({ min: 0, max: 11 }),
      session: fc.integer({ min: 0, max: 5 }),
    }),
    { maxLength: 10 },
  ),
  limit: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
});

type Drawn =
  fc.Arbitrary<unknown> extends never
    ? never
    : typeof scenarioArbitrary extends fc.Arbitrary<infer T>
      ? T
      : never;

function build(drawn: Drawn) {
  const sessions: Session[] = drawn.sessions.map((s, i) =>
    makeSession(`o${i}`, `2027-04-${String(s.day).padStart(2, '0')}`, {
      localStart: `${String(s.hour).padStart(2, '0')}:00`,
      ...(s.capacity === undefined ? {} : { capacity: s.capacity }),
      ...(s.perSchool === undefined ? {} : { seatsPerSchool: s.perSchool }),
    }),
  );
  const idOf = (i: number) => sessions[i % sessions.length]?.id ?? '';
  return {
    sessions,
    educators,
    requests: drawn.requests.map((r) => ({
      educatorId: `e${r.educator}`,
      sessionId: idOf(r.session),
      requestedAt: at(r.minute),
      ...(r.priority === undefined ? {} : { priority: r.priority }),
    })),
    cancellations: drawn.cancellations.map((c, i) => ({
      educatorId: `e${c.educator}`,
      sessionId: idOf(c.session),
      at: at(100 + i),
    })),
    limits:
      drawn.limit === undefined
        ? []
        : [{ max: drawn.limit, period: 'month' as const }],
  };
}

describe('allocateSeats invariants', () => {
  it('never seats more than the capacity or a school its seats', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (drawn) => {
        const input = build(drawn);
        const { bookings } = allocateSeats(input);
        const schoolOf = new Map(educators.map((e) => [e.id, e.schoolId]));

        for (const session of input.sessions) {
          const seated = bookings.filter(
            (b) => b.sessionId === session.id && b.status === 'booked',
          );
          expect(seated.length).toBeLessThanOrEqual(
            session.capacity ?? Number.POSITIVE_INFINITY,
          );
          const perSchool = new Map<string, number>();
          for (const b of seated) {
            const school = schoolOf.get(b.educatorId) ?? '';
            perSchool.set(school, (perSchool.get(school) ?? 0) + 1);
          }
          for (const count of perSchool.values()) {
            expect(count).toBeLessThanOrEqual(
              session.seatsPerSchool ?? Number.POSITIVE_INFINITY,
            );
          }
        }
      }),
    );
  });

  it('gives the same outcome to each request whatever the input order', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.infiniteStream(fc.nat()),
        (drawn, s) => {
          const input = build(drawn);
          const keys = input.requests.map(() => s.next().value as number);
          const order = input.requests
            .map((_, i) => i)
            .sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
          const shuffled = {
            ...input,
            requests: order.flatMap((i) => input.requests[i] ?? []),
          };

          // Identical requests are interchangeable, so compare the pairs
          // (request, outcome) as multisets. A missing priority is 0, so
          // requests that differ only there are identical too.
          const pairs = (run: typeof input) => {
            const { outcomes } = allocateSeats(run);
            return run.requests
              .map((r, i) => {
                const request = { ...r, priority: r.priority ?? 0 };
                return JSON.stringify([request, outcomes[i]]);
              })
              .sort();
          };
          expect(pairs(shuffled)).toEqual(pairs(input));
          expect(allocateSeats(input)).toEqual(allocateSeats(input));
        },
      ),
    );
  });

  it('answers every request and every cancellation exactly once', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (drawn) => {
        const input = build(drawn);
        const { outcomes, cancellations } = allocateSeats(input);
        expect(outcomes).toHaveLength(input.requests.length);
        expect(cancellations).toHaveLength(input.cancellations.length);
        expect([...outcomes].every((o) => o !== undefined)).toBe(true);
        expect([...cancellations].every((c) => c !== undefined)).toBe(true);
      }),
    );
  });

  it('seats an educator at most once per session', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (drawn) => {
        const { bookings } = allocateSeats(build(drawn));
        const keys = bookings.map((b) => `${b.educatorId}|${b.sessionId}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});
