import type { Offering } from '../model/offering.js';
import type { Participation } from './participation.js';
import type { ZoneDays } from './zone-day.js';
import { parseInstant } from './zone-day.js';

/** A session record counts as attended from this share of its length. */
export const ATTENDED_SHARE = 0.5;

/**
 * Participation records grouped by educator in flat typed arrays: the
 * records of educator `i` sit at positions `start[i]` to `start[i + 1]`.
 * Built once per evaluation; every rule reads it.
 *
 * @internal
 */
export interface ParticipationIndex {
  /** Offsets per educator index, one longer than the roster. */
  readonly start: Int32Array;
  /** Epoch milliseconds of each record. */
  readonly ms: Float64Array;
  /** Local day number (district zone) of each record. */
  readonly day: Int32Array;
  /** Minutes of each record. */
  readonly minutes: Float64Array;
  /** Index of each record's offering in the catalogue. */
  readonly offering: Int32Array;
  /** 1 for a session record, 0 for a module or course. */
  readonly isSession: Uint8Array;
  /**
   * 1 when the record counts as taking the offering: a session attended
   * for at least {@link ATTENDED_SHARE} of its length, or a completed
   * course; 0 for modules, short attendances and repeated records.
   */
  readonly completes: Uint8Array;
  /** Records naming an educator or offering the scenario does not have. */
  readonly unmatched: number;
}

/**
 * Indexes participation records by educator. A session recorded twice for
 * the same educator counts once, with the most minutes recorded for it.
 *
 * @internal
 */
export function indexParticipations(
  participations: readonly Participation[],
  educatorIndex: ReadonlyMap<string, number>,
  offerings: readonly Offering[],
  offeringIndex: ReadonlyMap<string, number>,
  zone: ZoneDays,
): ParticipationIndex {
  const total = participations.length;
  const owner = new Int32Array(total);
  const what = new Int32Array(total);
  const start = new Int32Array(educatorIndex.size + 1);
  let unmatched = 0;

  for (let i = 0; i < total; i++) {
    const record = participations[i] as Participation;
    const who = educatorIndex.get(record.educatorId);
    const offering = offeringIndex.get(record.offeringId);
    if (who === undefined || offering === undefined) {
      owner[i] = -1;
      unmatched++;
      continue;
    }
    owner[i] = who;
    what[i] = offering;
    start[who + 1] = (start[who + 1] as number) + 1;
  }
  for (let i = 1; i < start.length; i++) {
    start[i] = (start[i] as number) + (start[i - 1] as number);
  }

  const kept = total - unmatched;
  const index = {
    start,
    ms: new Float64Array(kept),
    day: new Int32Array(kept),
    minutes: new Float64Array(kept),
    offering: new Int32Array(kept),
    isSession: new Uint8Array(kept),
    completes: new Uint8Array(kept),
    unmatched,
  };
  const sessionIds: (string | undefined)[] = new Array(kept);
  const next = start.slice(0, -1);

  for (let i = 0; i < total; i++) {
    const who = owner[i] as number;
    if (who < 0) continue;
    const record = participations[i] as Participation;
    const at = next[who] as number;
    next[who] = at + 1;

    const offering = what[i] as number;
    const ms = parseInstant(record.at);
    index.ms[at] = ms;
    index.day[at] = zone.dayOf(ms);
    index.minutes[at] = record.minutes;
    index.offering[at] = offering;

    if (record.kind === 'session') {
      index.isSession[at] = 1;
      sessionIds[at] = record.sessionId;
      const length = (offerings[offering] as Offering).durationMinutes;
      const attended = record.minutes >= length * ATTENDED_SHARE;
      const first = earlierRecord(sessionIds, start[who] as number, at);
      if (first < 0) index.completes[at] = attended ? 1 : 0;
      else {
        // One attendance, recorded twice: keep the better of the two on
        // the first record, so the order of records never matters.
        index.minutes[first] = Math.max(
          index.minutes[first] as number,
          record.minutes,
        );
        if (attended) index.completes[first] = 1;
        index.minutes[at] = 0;
        index.completes[at] = 0;
      }
    } else {
      index.completes[at] = record.kind === 'course' ? 1 : 0;
    }
  }
  return index;
}

// Each educator has a few dozen records a year, so a backwards scan is
// cheaper than a set per educator.
function earlierRecord(
  sessionIds: readonly (string | undefined)[],
  from: number,
  at: number,
): number {
  const id = sessionIds[at];
  for (let j = from; j < at; j++) {
    if (sessionIds[j] === id) return j;
  }
  return -1;
}
