import type { AsyncCourseRun } from './async-course.js';
import type { ReplicationContext } from './context.js';
import { COST, recordParticipation, SELF_PACED } from './context.js';
import type { MicroLearningRun } from './micro-learning.js';
import { addAt } from './typed.js';

/**
 * One week of self-paced work, run on the first school day of each week:
 * micro-learning modules completed one at a time as they are released
 * ({@link MicroLearningRun}), and asynchronous courses with enrolment when
 * they open, weekly progress and weekly dropping out
 * ({@link AsyncCourseRun}). Each completion exposes the educator and
 * counts their minutes.
 *
 * @internal
 */
export function runSelfPacedWeek(ctx: ReplicationContext, day: number) {
  const { offerings, days, behaviour } = ctx.compiled;
  const epochDay = days.epochDay[day] ?? 0;
  for (let o = 0; o < offerings.length; o += 1) {
    const offering = offerings[o];
    const run = ctx.microLearning[o] ?? ctx.courses[o];
    if (offering === undefined || run === undefined) continue;
    if (day < offering.openDay || day > offering.closeDay) continue;

    const source = behaviour.channelFidelity[offering.channel] ?? 1;
    const minutes = offering.durationMinutes;
    run.runWeek(ctx, day, (i) => {
      ctx.world.expose(i, day, epochDay, offering.channel, source);
      recordParticipation(ctx, i, minutes, SELF_PACED);
      addAt(ctx.costs, COST.seat, minutes);
    });
  }
}
