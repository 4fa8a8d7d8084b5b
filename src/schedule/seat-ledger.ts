import { fromEpochDay, toEpochDay } from '../calendar/local-date.js';
import type { BookingLimit } from './allocation-input.js';
import type { Session } from './session.js';

/** Who holds a place: a request by index, or an existing booking (-1). */
interface Holder {
  readonly request: number;
  readonly educatorId: string;
  readonly schoolId: string;
}

/** Why a holder cannot take a seat it could otherwise have. */
export type Blocker =
  | { readonly reason: 'overlap'; readonly other: Session }
  | {
      readonly reason: 'limit';
      readonly limit: BookingLimit;
      readonly period: string;
      readonly held: number;
    };

const PERIODS = ['week', 'month', 'term', 'year'] as const;

/**
 * Seats, per-school counts and waitlists for a set of sessions, with the
 * per-educator view the limits need. All lookups are by session index into
 * typed arrays, or by key in a Map, so 50,000 requests stay fast.
 *
 * @internal
 */
export class SeatLedger {
  readonly sessions: readonly Session[];
  readonly indexOf = new Map<string, number>();
  readonly seated: Int32Array;
  readonly waitlists: Holder[][];
  private readonly capacity: Float64Array;
  private readonly perSchool: Float64Array;
  private readonly startMs: Float64Array;
  private readonly endMs: Float64Array;
  private readonly periodKeys: Record<(typeof PERIODS)[number], string[]>;
  private readonly schoolSeats = new Map<string, number>();
  /** `educator\0session` to the state of that place. */
  private readonly places = new Map<string, 'seated' | 'waitlisted'>();
  /** Seated session indices per educator. */
  private readonly seatsOf = new Map<string, number[]>();

  constructor(
    sessions: readonly Session[],
    private readonly limits: readonly BookingLimit[],
    private readonly asOfMs: number,
  ) {
    const n = sessions.length;
    this.sessions = sessions;
    this.seated = new Int32Array(n);
    this.waitlists = Array.from({ length: n }, () => []);
    this.capacity = new Float64Array(n);
    this.perSchool = new Float64Array(n);
    this.startMs = new Float64Array(n);
    this.endMs = new Float64Array(n);
    this.periodKeys = { week: [], month: [], term: [], year: [] };

    sessions.forEach((session, i) => {
      this.indexOf.set(session.id, i);
      this.capacity[i] = session.capacity ?? Number.POSITIVE_INFINITY;
      this.perSchool[i] = session.seatsPerSchool ?? Number.POSITIVE_INFINITY;
      this.startMs[i] = Date.parse(session.start);
      this.endMs[i] = Date.parse(session.end);
      // The keys double as the words used in messages.
      this.periodKeys.week.push(`the week of ${weekOf(session.localDate)}`);
      this.periodKeys.month.push(session.localDate.slice(0, 7));
      this.periodKeys.term.push(
        session.termId === undefined
          ? `the days between terms of year "${session.yearId}"`
          : `term "${session.termId}"`,
      );
      this.periodKeys.year.push(`year "${session.yearId}"`);
    });
  }

  /** Start instant of a session in milliseconds. */
  startOf(index: number): number {
    return this.startMs[index] ?? 0;
  }

  /** The place an educator holds in a session, if any. */
  placeOf(educatorId: string, index: number) {
    return this.places.get(`${educatorId}\0${index}`);
  }

  /** 'capacity' or 'school-cap' when no seat is free for the school. */
  fullness(index: number, schoolId: string) {
    if ((this.seated[index] ?? 0) >= (this.capacity[index] ?? 0)) {
      return 'capacity';
    }
    const atSchool = this.schoolSeats.get(`${index}\0${schoolId}`) ?? 0;
    return atSchool >= (this.perSchool[index] ?? 0) ? 'school-cap' : undefined;
  }

  /** An overlap or a reached limit that keeps the educator out. */
  blockerFor(educatorId: string, index: number): Blocker | undefined {
    const held = this.seatsOf.get(educatorId) ?? [];
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

    const offeringId = this.sessions[index]?.offeringId ?? '';
    for (const limit of this.limits) {
      if (limit.offeringIds && !limit.offeringIds.includes(offeringId))
        continue;
      const keys = this.periodKeys[limit.period];
      const period = keys[index] ?? '';
      // Past bookings no longer count: only those not yet over at `asOf`.
      const count = held.filter(
        (other) =>
          keys[other] === period &&
          (this.endMs[other] ?? 0) > this.asOfMs &&
          (!limit.offeringIds ||
            limit.offeringIds.includes(this.sessions[other]?.offeringId ?? '')),
      ).length;
      if (count >= limit.max) {
        return { reason: 'limit', limit, period, held: count };
      }
    }
    return undefined;
  }

  /** Gives the holder a seat. */
  seat(holder: Holder, index: number): void {
    this.seated[index] = (this.seated[index] ?? 0) + 1;
    const schoolKey = `${index}\0${holder.schoolId}`;
    this.schoolSeats.set(schoolKey, (this.schoolSeats.get(schoolKey) ?? 0) + 1);
    this.places.set(`${holder.educatorId}\0${index}`, 'seated');
    const held = this.seatsOf.get(holder.educatorId);
    if (held) held.push(index);
    else this.seatsOf.set(holder.educatorId, [index]);
  }

  /** Puts the holder at the end of the waitlist. */
  waitlist(holder: Holder, index: number): void {
    this.waitlists[index]?.push(holder);
    this.places.set(`${holder.educatorId}\0${index}`, 'waitlisted');
  }

  /** Gives a seat back, or leaves the waitlist. */
  release(educatorId: string, schoolId: string, index: number): void {
    const key = `${educatorId}\0${index}`;
    const place = this.places.get(key);
    this.places.delete(key);

    if (place === 'waitlisted') {
      const list = this.waitlists[index] ?? [];
      const at = list.findIndex((h) => h.educatorId === educatorId);
      if (at >= 0) list.splice(at, 1);
      return;
    }
    this.seated[index] = (this.seated[index] ?? 1) - 1;
    const schoolKey = `${index}\0${schoolId}`;
    this.schoolSeats.set(schoolKey, (this.schoolSeats.get(schoolKey) ?? 1) - 1);
    const held = this.seatsOf.get(educatorId) ?? [];
    held.splice(held.indexOf(index), 1);
  }

  /** Seats held, as [session index, educator id], session by session. */
  seatedPlaces(): [number, string][] {
    const seats: [number, string][] = [];
    for (const [key, place] of this.places) {
      if (place !== 'seated') continue;
      const cut = key.lastIndexOf('\0');
      seats.push([Number(key.slice(cut + 1)), key.slice(0, cut)]);
    }
    // Stable: within a session, seats keep the order they were given.
    return seats.sort((a, b) => a[0] - b[0]);
  }

  /** Forgets a waitlist entry that can never be seated. */
  dropFromWaitlist(holder: Holder, index: number): void {
    this.places.delete(`${holder.educatorId}\0${index}`);
  }
}

/** The Monday starting the week of a date. */
function weekOf(date: string): string {
  // 1970-01-01 was a Thursday, so day + 3 counts from a Monday.
  const day = toEpochDay(date);
  return fromEpochDay(day - ((((day + 3) % 7) + 7) % 7));
}

export type { Holder };
