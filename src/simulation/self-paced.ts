import { mix32 } from '../random/hash.js';
import { keyedUniform } from '../random/stream.js';
import { CHANNEL } from './channels.js';
import type { CompiledOffering } from './compiled.js';
import type { ReplicationContext } from './context.js';
import { COST, recordParticipation, SELF_PACED } from './context.js';
import { rateOf } from './resolve-rate.js';
import { addAt } from './typed.js';

const NOT_ENROLLED = 0;
const ACTIVE = 1;
const DROPPED = 2;
const DONE = 3;

/**
 * One week of self-paced work, run on the first school day of each week:
 * micro-learning modules completed one at a time as they are released,
 * and asynchronous courses with enrolment when they open, weekly progress
 * and weekly dropping out.
 *
 * @internal
 */
export function runSelfPacedWeek(ctx: ReplicationContext, day: number) {
  const { offerings } = ctx.compiled;
  for (let o = 0; o < offerings.length; o += 1) {
    const offering = offerings[o];
    if (offering === undefined) continue;
    if (day < offering.openDay || day > offering.closeDay) continue;
    if (offering.channel === CHANNEL.microLearning) {
      runMicroLearning(ctx, o, offering, day);
    } else if (offering.channel === CHANNEL.asyncCourse) {
      runAsyncCourse(ctx, o, offering, day);
    }
  }
}

// Module k (0-based) opens k × releaseEveryWeeks weeks after the first
// (all at once when releaseEveryWeeks is 0).
function releasedModules(
  ctx: ReplicationContext,
  o: CompiledOffering,
  day: number,
) {
  if (o.releaseEveryWeeks === 0) return o.modules;
  const { epochDay } = ctx.compiled.days;
  const weeks = Math.floor(
    ((epochDay[day] ?? 0) - (epochDay[o.openDay] ?? 0)) / 7,
  );
  return Math.min(o.modules, 1 + Math.floor(weeks / o.releaseEveryWeeks));
}

// Each educator's weekly draw is keyed by the offering, the week and them,
// so plans compared on common random numbers draw alike for each of them.
function runMicroLearning(
  ctx: ReplicationContext,
  o: number,
  offering: CompiledOffering,
  day: number,
): void {
  const progress = ctx.progress[o];
  if (progress === undefined) return;
  const released = releasedModules(ctx, offering, day);
  const { behaviour, days } = ctx.compiled;
  const epochDay = days.epochDay[day] ?? 0;
  const source = behaviour.channelFidelity[offering.channel] ?? 1;
  const { bySegment, roleOverride } = behaviour.moduleCompletionPerWeek;
  const { segment } = ctx.world;
  const week = mix32(ctx.keys.offerings[o] ?? 0, epochDay);

  for (let k = 0; k < offering.eligible.length; k += 1) {
    if ((progress[k] ?? 0) >= released) continue;
    const i = offering.eligible[k] ?? 0;
    const override =
      roleOverride === undefined ? Number.NaN : (roleOverride[i] ?? Number.NaN);
    const chance = Number.isNaN(override)
      ? (bySegment[segment[i] ?? 0] ?? 0)
      : override;
    if (!(keyedUniform(week, i) < chance)) continue;

    addAt(progress, k, 1);
    complete(ctx, i, day, epochDay, offering, source);
  }
}

// A course's three draws per educator: enrolling when it opens, then each
// week dropping out or else progressing.
const ENROL = 1;
const WEEKLY = 2;
const DROP = 3;
const PROGRESS = 4;

function runAsyncCourse(
  ctx: ReplicationContext,
  o: number,
  offering: CompiledOffering,
  day: number,
): void {
  const progress = ctx.progress[o];
  const status = ctx.status[o];
  if (!progress || !status) return;
  const { behaviour, days } = ctx.compiled;
  const epochDay = days.epochDay[day] ?? 0;
  const source = behaviour.channelFidelity[offering.channel] ?? 1;
  const opening = day === firstWeekDay(ctx, offering);
  const course = ctx.keys.offerings[o] ?? 0;
  const enrol = mix32(course, ENROL);
  const week = mix32(mix32(course, WEEKLY), epochDay);
  const drop = mix32(week, DROP);
  const advance = mix32(week, PROGRESS);

  for (let k = 0; k < offering.eligible.length; k += 1) {
    const i = offering.eligible[k] ?? 0;
    const segment = ctx.world.segment[i] ?? 0;
    if (status[k] === NOT_ENROLLED) {
      if (!opening) continue;
      const chance = rateOf(behaviour.asyncEnrol, i, segment);
      if (!(keyedUniform(enrol, i) < chance)) {
        status[k] = DROPPED;
        continue;
      }
      status[k] = ACTIVE;
    }
    if (status[k] !== ACTIVE) continue;

    const dropChance = rateOf(behaviour.asyncDropPerWeek, i, segment);
    if (keyedUniform(drop, i) < dropChance) {
      status[k] = DROPPED;
      continue;
    }
    const progressChance = rateOf(behaviour.asyncProgressPerWeek, i, segment);
    if (!(keyedUniform(advance, i) < progressChance)) continue;
    addAt(progress, k, 1);
    complete(ctx, i, day, epochDay, offering, source);
    if ((progress[k] ?? 0) >= offering.modules) status[k] = DONE;
  }
}

// The first week-start day on or after the course opens.
function firstWeekDay(ctx: ReplicationContext, offering: CompiledOffering) {
  const { weekStart, count } = ctx.compiled.days;
  for (let d = offering.openDay; d < count; d += 1) {
    if (weekStart[d] === 1) return d;
  }
  return -1;
}

function complete(
  ctx: ReplicationContext,
  i: number,
  day: number,
  epochDay: number,
  offering: CompiledOffering,
  source: number,
): void {
  ctx.world.expose(i, day, epochDay, offering.channel, source);
  recordParticipation(ctx, i, offering.durationMinutes, SELF_PACED);
  addAt(ctx.costs, COST.seat, offering.durationMinutes);
}
