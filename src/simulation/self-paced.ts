import type { AsyncCourseRun } from './async-course.js';
import { CHANNEL } from './channels.js';
import type { CompiledOffering } from './compiled.js';
import type { ReplicationContext } from './context.js';
import { COST, recordParticipation, SELF_PACED } from './context.js';
import type { MicroLearningRun } from './micro-learning.js';
import { addAt } from './typed.js';

/**
 * One week of self-paced work, run on the first school day of each week:
 * micro-learning modules completed one at a time as they are released
 * ({@link MicroLearningRun}), and asynchronous courses with enrolment when
 * they open, weekly progress and weekly dropping out
 * ({@link AsyncCourseRun}).
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
  const epochDay = ctx.compiled.days.epochDay[day] ?? 0;
  const source = ctx.compiled.behaviour.channelFidelity[offering.channel] ?? 1;
  ctx.microLearning[o]?.runWeek(ctx, day, (i) => {
    complete(ctx, i, day, epochDay, offering, source);
  });
}

function runAsyncCourse(
  ctx: ReplicationContext,
  o: number,
  offering: CompiledOffering,
  day: number,
): void {
  const epochDay = ctx.compiled.days.epochDay[day] ?? 0;
  const source = ctx.compiled.behaviour.channelFidelity[offering.channel] ?? 1;
  ctx.courses[o]?.runWeek(ctx, day, (i) => {
    complete(ctx, i, day, epochDay, offering, source);
  });
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
