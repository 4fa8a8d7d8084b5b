import { CHANNEL } from './channels.js';
import type { CompiledOffering } from './compiled.js';
import type { ReplicationContext } from './context.js';
import { COST, recordParticipation } from './context.js';
import type { MicroLearningRun } from './micro-learning.js';
import { rateOf } from './resolve-rate.js';
import { addAt } from './typed.js';

const NOT_ENROLLED = 0;
const ACTIVE = 1;
const DROPPED = 2;
const DONE = 3;

/**
 * One week of self-paced work, run on the first school day of each week:
 * micro-learning modules completed one at a time as they are released
 * (see {@link MicroLearningRun}), and asynchronous courses with enrolment
 * when they open, weekly progress and weekly dropping out.
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

// Each completion exposes the educator and counts their minutes.
function runMicroLearning(
  ctx: ReplicationContext,
  o: number,
  offering: CompiledOffering,
  day: number,
): void {
  const run = ctx.microLearning[o];
  const stream = ctx.offeringStreams[o];
  if (run === undefined || stream === undefined) return;
  const epochDay = ctx.compiled.days.epochDay[day] ?? 0;
  const source = ctx.compiled.behaviour.channelFidelity[offering.channel] ?? 1;
  run.runWeek(ctx, day, stream, (i) => {
    complete(ctx, i, day, epochDay, offering, source);
  });
}

function runAsyncCourse(
  ctx: ReplicationContext,
  o: number,
  offering: CompiledOffering,
  day: number,
): void {
  const progress = ctx.progress[o];
  const status = ctx.status[o];
  const stream = ctx.offeringStreams[o];
  if (!progress || !status || !stream) return;
  const { behaviour, days } = ctx.compiled;
  const epochDay = days.epochDay[day] ?? 0;
  const source = behaviour.channelFidelity[offering.channel] ?? 1;
  const opening = day === firstWeekDay(ctx, offering);

  for (let k = 0; k < offering.eligible.length; k += 1) {
    const i = offering.eligible[k] ?? 0;
    const segment = ctx.world.segment[i] ?? 0;
    if (status[k] === NOT_ENROLLED) {
      if (!opening) continue;
      if (!(stream.next() < rateOf(behaviour.asyncEnrol, i, segment))) {
        status[k] = DROPPED;
        continue;
      }
      status[k] = ACTIVE;
    }
    if (status[k] !== ACTIVE) continue;

    if (stream.next() < rateOf(behaviour.asyncDropPerWeek, i, segment)) {
      status[k] = DROPPED;
      continue;
    }
    if (!(stream.next() < rateOf(behaviour.asyncProgressPerWeek, i, segment))) {
      continue;
    }
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
  recordParticipation(ctx, i, offering.durationMinutes, false);
  addAt(ctx.costs, COST.seat, offering.durationMinutes);
}
