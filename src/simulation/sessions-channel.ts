import { mix32 } from '../random/hash.js';
import { createStream, keyedUniform } from '../random/stream.js';
import { CHANNEL } from './channels.js';
import type { CompiledOffering } from './compiled.js';
import type { ReplicationContext } from './context.js';
import { attends, COST, recordParticipation, worksOn } from './context.js';
import { askForSeats } from './opt-in-asks.js';
import { rateOf } from './resolve-rate.js';
import { addAt } from './typed.js';

/**
 * Runs the day's scheduled sessions in their fixed order: seminars for the
 * booked cohort, opt-in sessions for those who ask and get a seat,
 * department PD and communities for their members. Each session's draws
 * are keyed by its id (see `DrawKeys`).
 *
 * @internal
 */
export function runSessions(ctx: ReplicationContext, day: number): void {
  const { sessions, offerings } = ctx.compiled;
  const end = sessions.dayStart[day + 1] ?? 0;

  for (let s = sessions.dayStart[day] ?? 0; s < end; s += 1) {
    const o = sessions.offering[s] ?? 0;
    const offering = offerings[o];
    if (offering === undefined || offering.ledByPods) continue;

    const minutes = sessions.durationMinutes[s] ?? 0;
    addAt(
      ctx.costs,
      COST.facilitator,
      minutes * (sessions.facilitators[s] ?? 1),
    );
    const key = sessions.key[s] ?? 0;
    const candidates = gatherCandidates(ctx, s, offering, day, key);
    const seated = allocate(ctx, s, candidates, key);
    attendSession(
      ctx,
      s,
      offering,
      day,
      seated,
      mix32(ctx.keys.attendance, key),
    );
    if (offering.channel === CHANNEL.community) {
      chargeCommunityGroups(ctx, s, offering, candidates);
    }
  }
}

// Who wants a seat: the cohort for seminars, those who ask for opt-in
// sessions, and for department PD and communities every eligible member
// who works that weekday.
function gatherCandidates(
  ctx: ReplicationContext,
  s: number,
  offering: CompiledOffering,
  day: number,
  key: number,
): number {
  const { sessions, days } = ctx.compiled;
  const o = sessions.offering[s] ?? 0;
  const school = sessions.school[s] ?? -1;

  if (offering.channel === CHANNEL.seminar) {
    return cohortAt(ctx, ctx.cohorts[o], school);
  }
  if (offering.channel === CHANNEL.optIn) {
    // Open sessions are shared by every school (see hostSchools).
    const asks = mix32(ctx.keys.asks, key);
    return askForSeats(ctx, offering.eligible, day, asks);
  }

  const from = school < 0 ? 0 : (offering.schoolStart[school] ?? 0);
  const to =
    school < 0
      ? offering.eligible.length
      : (offering.schoolStart[school + 1] ?? 0);
  const members = ctx.members[o];
  const weekday = days.weekday[day] ?? 0;
  const out = ctx.scratch;
  let count = 0;
  for (let k = from; k < to; k += 1) {
    const i = offering.eligible[k] ?? 0;
    if (members !== undefined && members[i] === 0) continue;
    if (worksOn(ctx, i, weekday)) out[count++] = i;
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

// Capacity and seats per school hold; when there are more candidates than
// seats, seats go in a random order (a partial Fisher-Yates shuffle).
function allocate(
  ctx: ReplicationContext,
  s: number,
  count: number,
  key: number,
): number {
  const { sessions, roster } = ctx.compiled;
  const capacity = sessions.capacity[s] ?? Number.POSITIVE_INFINITY;
  const perSchool = sessions.seatsPerSchool[s] ?? Number.POSITIVE_INFINITY;
  if (count <= capacity && perSchool === Number.POSITIVE_INFINITY) {
    return count;
  }

  // Only a session with more candidates than seats draws, from a stream
  // of its own.
  const stream = createStream(ctx.keys.seats, key);
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

// Each seated educator's attendance draw is keyed by the session and by
// them, so it does not depend on who else was seated.
function attendSession(
  ctx: ReplicationContext,
  s: number,
  offering: CompiledOffering,
  day: number,
  seated: number,
  key: number,
): void {
  const { sessions, days, behaviour } = ctx.compiled;
  const weekday = days.weekday[day] ?? 0;
  const epochDay = days.epochDay[day] ?? 0;
  const minutes = sessions.durationMinutes[s] ?? 0;
  const release = sessions.releaseMinutes[s] ?? 0;
  const source = behaviour.channelFidelity[offering.channel] ?? 1;
  const o = sessions.offering[s] ?? 0;

  for (let k = 0; k < seated; k += 1) {
    const i = ctx.scratch[k] ?? 0;
    const segment = ctx.world.segment[i] ?? 0;
    const chance = rateOf(behaviour.attendIfBooked, i, segment);
    if (!attends(ctx, i, weekday, chance, keyedUniform(key, i))) continue;

    ctx.world.expose(i, day, epochDay, offering.channel, source);
    recordParticipation(ctx, i, minutes, o);
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
