import type { RandomStream } from '../random/stream.js';
import { CHANNEL } from './channels.js';
import type { CompiledOffering } from './compiled.js';
import type { ReplicationContext } from './context.js';
import { attends, COST, recordParticipation } from './context.js';
import type { OptInPool } from './opt-in-pool.js';
import { rateOf } from './resolve-rate.js';
import { addAt } from './typed.js';

/**
 * Runs the day's scheduled sessions in their fixed order: seminars for the
 * booked cohort, opt-in sessions for those who ask and get a seat,
 * department PD and communities for their members.
 *
 * @internal
 */
export function runSessions(ctx: ReplicationContext, day: number): void {
  const { sessions, offerings } = ctx.compiled;
  const end = sessions.dayStart[day + 1] ?? 0;

  for (let s = sessions.dayStart[day] ?? 0; s < end; s += 1) {
    const o = sessions.offering[s] ?? 0;
    const offering = offerings[o];
    const stream = ctx.offeringStreams[o];
    if (offering === undefined || stream === undefined) continue;
    if (offering.ledByPods) continue;

    const minutes = sessions.durationMinutes[s] ?? 0;
    addAt(
      ctx.costs,
      COST.facilitator,
      minutes * (sessions.facilitators[s] ?? 1),
    );
    const candidates = gatherCandidates(ctx, s, offering, day, stream);
    const seated = allocate(ctx, s, candidates, stream);
    attendSession(ctx, s, offering, day, seated, stream);
    if (offering.channel === CHANNEL.community) {
      chargeCommunityGroups(ctx, s, offering, candidates);
    }
  }
}

// Who wants a seat: the cohort for seminars, those who ask for opt-in
// sessions, every eligible member for department PD and communities.
function gatherCandidates(
  ctx: ReplicationContext,
  s: number,
  offering: CompiledOffering,
  day: number,
  stream: RandomStream,
): number {
  const { sessions } = ctx.compiled;
  const o = sessions.offering[s] ?? 0;
  const school = sessions.school[s] ?? -1;

  if (offering.channel === CHANNEL.seminar) {
    return cohortAt(ctx, ctx.cohorts[o], school);
  }
  const from = school < 0 ? 0 : (offering.schoolStart[school] ?? 0);
  const to =
    school < 0
      ? offering.eligible.length
      : (offering.schoolStart[school + 1] ?? 0);
  if (offering.channel === CHANNEL.optIn) {
    // Open sessions are shared by every school (see hostSchools).
    const pool = ctx.optInPools[o];
    if (pool !== undefined && school < 0) {
      return askInPool(ctx, pool, day, stream);
    }
    return askForSeats(ctx, offering.eligible, from, to, day, stream);
  }

  const members = ctx.members[o];
  const out = ctx.scratch;
  let count = 0;
  for (let k = from; k < to; k += 1) {
    const i = offering.eligible[k] ?? 0;
    if (members !== undefined && members[i] === 0) continue;
    out[count++] = i;
  }
  return count;
}

function cohortAt(
  ctx: ReplicationContext,
  cohort: Int32Array | undefined,
  school: number,
): number {
  if (cohort === undefined) return 0;
  const out = ctx.scratch;
  const schools = ctx.compiled.roster.school;
  let count = 0;
  for (let k = 0; k < cohort.length; k += 1) {
    const i = cohort[k] ?? 0;
    if (school < 0 || schools[i] === school) out[count++] = i;
  }
  return count;
}

// The same chances as askForSeats, for a pool whose groups share them.
function askInPool(
  ctx: ReplicationContext,
  pool: OptInPool,
  day: number,
  stream: RandomStream,
): number {
  const { behaviour, days, sessionsPerTermTarget } = ctx.compiled;
  const { bySegment } = behaviour.optIn;
  const keep = 1 - behaviour.deadlineBoost * (days.termElapsed[day] ?? 0);
  const { behindChance, metChance } = ctx;
  for (let s = 0; s < bySegment.length; s += 1) {
    const base = bySegment[s] ?? 0;
    metChance[s] = base;
    behindChance[s] = sessionsPerTermTarget > 0 ? 1 - (1 - base) * keep : base;
  }
  return pool.ask(behindChance, metChance, stream, ctx.scratch);
}

// Each eligible educator asks for a seat with their opt-in chance. Those
// behind on a sessions-per-term rule ask more as the term runs out: their
// chance is `1 − (1 − base)(1 − boost · elapsed)`. The loop runs for every
// eligible educator at every open session, so it reads typed arrays only.
function askForSeats(
  ctx: ReplicationContext,
  eligible: Int32Array,
  from: number,
  to: number,
  day: number,
  stream: RandomStream,
): number {
  const { behaviour, days, sessionsPerTermTarget } = ctx.compiled;
  const { bySegment, roleOverride } = behaviour.optIn;
  const { segment, sessionsThisTerm } = ctx.world;
  const keep = 1 - behaviour.deadlineBoost * (days.termElapsed[day] ?? 0);
  const target = sessionsPerTermTarget;
  const next = stream.next;
  const out = ctx.scratch;
  let count = 0;

  for (let k = from; k < to; k += 1) {
    const i = eligible[k] ?? 0;
    const override = roleOverride?.[i] ?? Number.NaN;
    let chance = Number.isNaN(override)
      ? (bySegment[segment[i] ?? 0] ?? 0)
      : override;
    if (target > 0 && (sessionsThisTerm[i] ?? 0) < target) {
      chance = 1 - (1 - chance) * keep;
    }
    if (next() < chance) out[count++] = i;
  }
  return count;
}

// Capacity and seats per school hold; when there are more candidates than
// seats, seats go in a random order (a partial Fisher-Yates shuffle).
function allocate(
  ctx: ReplicationContext,
  s: number,
  count: number,
  stream: RandomStream,
): number {
  const { sessions, roster } = ctx.compiled;
  const capacity = sessions.capacity[s] ?? Number.POSITIVE_INFINITY;
  const perSchool = sessions.seatsPerSchool[s] ?? Number.POSITIVE_INFINITY;
  if (count <= capacity && perSchool === Number.POSITIVE_INFINITY) {
    return count;
  }

  const out = ctx.scratch;
  let seated = 0;
  for (let k = 0; k < count && seated < capacity; k += 1) {
    const pick = k + Math.floor(stream.next() * (count - k));
    const i = out[pick] ?? 0;
    out[pick] = out[k] ?? 0;
    out[k] = i;
    const school = roster.school[i] ?? 0;
    if ((ctx.schoolSeats[school] ?? 0) >= perSchool) continue;
    addAt(ctx.schoolSeats, school, 1);
    out[seated++] = i;
  }
  for (let k = 0; k < seated; k += 1) {
    ctx.schoolSeats[roster.school[out[k] ?? 0] ?? 0] = 0;
  }
  return seated;
}

function attendSession(
  ctx: ReplicationContext,
  s: number,
  offering: CompiledOffering,
  day: number,
  seated: number,
  stream: RandomStream,
): void {
  const { sessions, days, behaviour } = ctx.compiled;
  const weekday = days.weekday[day] ?? 0;
  const epochDay = days.epochDay[day] ?? 0;
  const minutes = sessions.durationMinutes[s] ?? 0;
  const release = sessions.releaseMinutes[s] ?? 0;
  const source = behaviour.channelFidelity[offering.channel] ?? 1;

  for (let k = 0; k < seated; k += 1) {
    const i = ctx.scratch[k] ?? 0;
    const chance = rateOf(
      behaviour.attendIfBooked,
      i,
      ctx.world.segment[i] ?? 0,
    );
    if (!attends(ctx, i, weekday, chance, stream)) continue;

    ctx.world.expose(i, day, epochDay, offering.channel, source);
    recordParticipation(ctx, i, minutes, true);
    addAt(ctx.costs, COST.seat, minutes);
    addAt(ctx.costs, COST.release, release);
  }
}

// A community meeting needs one facilitator per group of members; the first
// facilitator was charged with the session itself.
function chargeCommunityGroups(
  ctx: ReplicationContext,
  s: number,
  offering: CompiledOffering,
  members: number,
): void {
  const groups = Math.ceil(members / offering.groupSize);
  if (groups <= 1) return;
  const minutes = ctx.compiled.sessions.durationMinutes[s] ?? 0;
  addAt(ctx.costs, COST.facilitator, (groups - 1) * minutes);
}
