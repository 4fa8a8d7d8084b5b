import type { RandomStream } from '../random/stream.js';
import type { CompiledOffering, CompiledScenario } from './compiled.js';
import { rateOf } from './resolve-rate.js';

/**
 * Each educator's standing as a seminar delegate in one replication: a
 * single uniform draw shared by every series. An educator volunteers when
 * the draw falls under their `volunteer` chance, and among volunteers of
 * one segment the lower draw ranks first. Because the draw is shared, a
 * school sends the same few people to every series, as the example city
 * does (about three per school, about 60 in all), instead of new faces
 * each time.
 *
 * @internal
 */
export function drawDelegateStanding(
  size: number,
  stream: RandomStream,
): Float64Array {
  const standing = new Float64Array(size);
  for (let i = 0; i < size; i += 1) standing[i] = stream.next();
  return standing;
}

/**
 * Who holds a seat in a seminar series for a replication: at each school,
 * eligible educators who volunteer (see {@link drawDelegateStanding}) are
 * ranked by adopter segment, earliest first, then by their standing, and
 * up to `seatsPerSchool` of them take the seats; if the series' capacity
 * is still exceeded, a random subset keeps them. A cascade's first
 * leaders (1 in `leaders`) are the school's delegates: they come before
 * every volunteer in each series they may attend, so adding a cascade
 * does not send new faces to the other seminars.
 *
 * @internal
 */
export function drawCohort(
  compiled: CompiledScenario,
  offering: CompiledOffering,
  segment: Int8Array,
  standing: Float64Array,
  leaders: Uint8Array,
  stream: RandomStream,
): Int32Array {
  const { eligible, schoolStart, capacity, seatsPerSchool } = offering;
  const rate = compiled.behaviour.volunteer;
  const cohort: number[] = [];

  const who: number[] = [];
  const rank: number[] = [];
  for (let s = 0; s + 1 < schoolStart.length; s += 1) {
    who.length = 0;
    rank.length = 0;
    for (let k = schoolStart[s] ?? 0; k < (schoolStart[s + 1] ?? 0); k += 1) {
      const i = eligible[k] ?? 0;
      const draw = standing[i] ?? 1;
      if (leaders[i] === 1) {
        who.push(i);
        rank.push(draw - 1);
        continue;
      }
      const chance = rateOf(rate, i, segment[i] ?? 0);
      if (draw >= chance) continue;
      // draw / chance is uniform on [0, 1) among volunteers: the tie-break.
      who.push(i);
      rank.push((segment[i] ?? 0) + draw / chance);
    }
    takeLowest(who, rank, seatsPerSchool, cohort);
  }

  if (cohort.length > capacity) {
    shuffleHead(cohort, capacity, stream);
    cohort.length = capacity;
  }
  return Int32Array.from(cohort);
}

/**
 * Who joins a standing community for a replication.
 *
 * @internal
 */
export function drawMembers(
  compiled: CompiledScenario,
  eligible: Int32Array,
  segment: Int8Array,
  stream: RandomStream,
): Uint8Array {
  const rate = compiled.behaviour.joinCommunity;
  const members = new Uint8Array(compiled.roster.size);
  for (const i of eligible) {
    if (stream.next() < rateOf(rate, i, segment[i] ?? 0)) members[i] = 1;
  }
  return members;
}

// Appends the `take` items of lowest rank, lowest first; the seats are few,
// so repeated minimum search beats sorting.
function takeLowest(
  who: number[],
  rank: number[],
  take: number,
  out: number[],
): void {
  if (take >= who.length) {
    for (const i of who) out.push(i);
    return;
  }
  for (let seat = 0; seat < take; seat += 1) {
    let best = -1;
    for (let k = 0; k < rank.length; k += 1) {
      if (best < 0 || (rank[k] ?? 0) < (rank[best] ?? 0)) best = k;
    }
    out.push(who[best] ?? 0);
    rank[best] = Number.POSITIVE_INFINITY;
  }
}

// Moves a uniformly random choice of `take` items to the front.
function shuffleHead(items: number[], take: number, stream: RandomStream) {
  const n = items.length;
  for (let k = 0; k < Math.min(take, n - 1); k += 1) {
    const pick = k + Math.floor(stream.next() * (n - k));
    const held = items[k] ?? 0;
    items[k] = items[pick] ?? 0;
    items[pick] = held;
  }
}
