import {
  fromEpochDay,
  toEpochDay,
  weekdayIndex,
} from '../calendar/local-date.js';
import type { BookingLimit } from './allocation-input.js';
import type { Session } from './session.js';

/**
 * Who holds or waits for a place: a request by index (-1 for an existing
 * booking), with the educator and school as dense numbers and as ids.
 *
 * @internal
 */
export interface Holder {
  readonly request: number;
  readonly educator: number;
  readonly educatorId: string;
  readonly school: number;
  readonly schoolId: string;
}

/**
 * Why a holder cannot take a seat it could otherwise have.
 *
 * @internal
 */
export type Blocker =
  | { readonly reason: 'overlap'; readonly other: Session }
  | {
      readonly reason: 'limit';
      readonly limit: BookingLimit;
      readonly period: string;
      readonly held: number;
    };

const SEATED = 1;
const WAITING = 2;

/**
 * Seats, per-school counts and waitlists for a set of sessions, with the
 * per-educator view the limits need. Educators, schools, sessions and
 * periods are dense numbers, so every lookup is a typed-array read or a
 * Map lookup by number, and 50,000 requests make little garbage.
 *
 * @internal
 */
export class SeatLedger {
  readonly sessions: readonly Session[];
  readonly indexOf = new Map<string, number>();
  readonly seated: Int32Array;
  readonly waitlists: Holder[][];
  /** Seat holders per session, in the order they were seated. */
  readonly seatHolders: Holder[][];
  private readonly capacity: Float64Array;
  private readonly perSchool: Float64Array;
  private readonly startMs: Float64Array;
  private readonly endMs: Float64Array;
  /** Per limit: the period number of each session, and their labels. */
  private readonly periodOf: Int32Array[];
  private readonly periodLabels: string[][];
  /** Per limit: 1 where the session's bookings count towards it. */
  private readonly counted: Uint8Array[];
  private readonly schoolSeats = new Map<number, number>();
  private readonly places = new Map<number, number>();
  private readonly seatsOf: number[][];

  constructor(
    sessions: readonly Session[],
    private readonly limits: readonly BookingLimit[],
    private readonly asOfMs: number,
    educatorCount: number,
    private readonly schoolCount: number,
  ) {
    const n = sessions.length;
    this.sessions = sessions;
    this.seated = new Int32Array(n);
    this.waitlists = Array.from({ length: n }, () => []);
    this.seatHolders = Array.from({ length: n }, () => []);
    this.seatsOf = Array.from({ length: educatorCount }, () => []);
    this.capacity = new Float64Array(n);
    this.perSchool = new Float64Array(n);
    this.startMs = new Float64Array(n);
    this.endMs = new Float64Array(n);

    sessions.forEach((session, i) => {
      this.indexOf.set(session.id, i);
      this.capacity[i] = session.capacity ?? Number.POSITIVE_INFINITY;
      this.perSchool[i] = session.seatsPerSchool ?? Number.POSITIVE_INFINITY;
      this.startMs[i] = Date.parse(session.start);
      this.endMs[i] = Date.parse(session.end);
    });

    this.periodOf = [];
    this.periodLabels = [];
    this.counted = limits.map((limit) => {
      const labels = sessions.map((s) => periodLabel(s, limit.period));
      const numbers = new Map<string, number>();
      this.periodOf.push(
        Int32Array.from(labels, (label) => {
          const known = numbers.get(label);
          if (known !== undefined) return known;
          numbers.set(label, numbers.size);
          return numbers.size - 1;
        }),
      );
      this.periodLabels.push([...numbers.keys()]);
      const only = limit.offeringIds && new Set(limit.offeringIds);
      return Uint8Array.from(sessions, (s) =>
        !only || only.has(s.offeringId) ? 1 : 0,
      );
    });
  }

  /** Start instant of a session in milliseconds. */
  startOf(index: number): number {
    return this.startMs[index] ?? 0;
  }

  /** Whether the educator holds a seat or a waitlist place. */
  holds(educator: number, index: number): boolean {
    return this.places.has(this.placeKey(educator, index));
  }

  /** The holder of an educator's seat or waitlist place in a session. */
  holderOf(educator: number, index: number): Holder | undefined {
    const byEducator = (h: Holder) => h.educator === educator;
    return (
      this.seatHolders[index]?.find(byEducator) ??
      this.waitlists[index]?.find(byEducator)
    );
  }

  /** Whether the educator holds a seat or a waitlist place, if either. */
  placeOf(educator: number, index: number): 'seat' | 'waitlist' | undefined {
    const place = this.places.get(this.placeKey(educator, index));
    if (place === undefined) return undefined;
    return place === SEATED ? 'seat' : 'waitlist';
  }

  /** 'capacity' or 'school-cap' when no seat is free for the school. */
  fullness(
    index: number,
    school: number,
  ): 'capacity' | 'school-cap' | undefined {
    if ((this.seated[index] ?? 0) >= (this.capacity[index] ?? 0)) {
      return 'capacity';
    }
    const atSchool = this.schoolSeats.get(index * this.schoolCount + school);
    return (atSchool ?? 0) >= (this.perSchool[index] ?? 0)
      ? 'school-cap'
      : undefined;
  }

  /** An overlap or a reached limit that keeps the educator out. */
  blockerFor(educator: number, index: number): Blocker | undefined {
    const held = this.seatsOf[educator] ?? [];
    const start = this.startMs[index] ?? 0;
    const end = this.endMs[index] ?? 0;
    for (const other of held) {
      if (
        (this.startMs[other] ?? 0) < end &&
        (this.endMs[other] ?? 0) > start
      ) {
        return { reason: 'overlap', other: this.sessions[other] as Session };
      }
    }

    for (let l = 0; l < this.limits.length; l += 1) {
      const counted = this.counted[l] as Uint8Array;
      if (!counted[index]) continue;
      const periodOf = this.periodOf[l] as Int32Array;
      const period = periodOf[index];
      let count = 0;
      for (const other of held) {
        // Past bookings no longer count: only those not over at `asOf`.
        const current = (this.endMs[other] ?? 0) > this.asOfMs;
        if (counted[other] && periodOf[other] === period && current) count += 1;
      }
      const limit = this.limits[l] as BookingLimit;
      if (count >= limit.max) {
        const label = this.periodLabels[l]?.[period ?? 0] ?? '';
        return { reason: 'limit', limit, period: label, held: count };
      }
    }
    return undefined;
  }

  /** Gives the holder a seat. */
  seat(holder: Holder, index: number): void {
    this.seated[index] = (this.seated[index] ?? 0) + 1;
    const schoolKey = index * this.schoolCount + holder.school;
    this.schoolSeats.set(schoolKey, (this.schoolSeats.get(schoolKey) ?? 0) + 1);
    this.places.set(this.placeKey(holder.educator, index), SEATED);
    this.seatsOf[holder.educator]?.push(index);
    this.seatHolders[index]?.push(holder);
  }

  /** Puts the holder at the end of the waitlist. */
  waitlist(holder: Holder, index: number): void {
    this.waitlists[index]?.push(holder);
    this.places.set(this.placeKey(holder.educator, index), WAITING);
  }

  /** Gives a seat back, or leaves the waitlist. */
  release(holder: Holder, index: number): void {
    const key = this.placeKey(holder.educator, index);
    const place = this.places.get(key);
    this.places.delete(key);

    if (place === WAITING) {
      const list = this.waitlists[index] ?? [];
      const at = list.findIndex((h) => h.educator === holder.educator);
      if (at >= 0) list.splice(at, 1);
      return;
    }
    this.seated[index] = (this.seated[index] ?? 1) - 1;
    const schoolKey = index * this.schoolCount + holder.school;
    this.schoolSeats.set(schoolKey, (this.schoolSeats.get(schoolKey) ?? 1) - 1);
    const held = this.seatsOf[holder.educator] ?? [];
    held.splice(held.indexOf(index), 1);
    const seats = this.seatHolders[index] ?? [];
    seats.splice(
      seats.findIndex((h) => h.educator === holder.educator),
      1,
    );
  }

  /** Forgets a waitlist entry that was seated or can never be. */
  dropFromWaitlist(holder: Holder, index: number): void {
    this.places.delete(this.placeKey(holder.educator, index));
  }

  private placeKey(educator: number, index: number): number {
    return educator * this.sessions.length + index;
  }
}

/** The period a session falls in; the label doubles as message text. */
function periodLabel(session: Session, period: BookingLimit['period']) {
  switch (period) {
    case 'week': {
      // 1970-01-01 was a Thursday, so day + 3 counts from a Monday.
      const day = toEpochDay(session.localDate);
      const monday = day - weekdayIndex(day);
      return `the week of ${fromEpochDay(monday)}`;
    }
    case 'month':
      return session.localDate.slice(0, 7);
    case 'term':
      return session.termId === undefined
        ? `the days between terms of year "${session.yearId}"`
        : `term "${session.termId}"`;
    case 'year':
      return `year "${session.yearId}"`;
  }
}
