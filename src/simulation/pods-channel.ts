import { mix32 } from '../random/hash.js';
import { keyedUniform } from '../random/stream.js';
import { CHANNEL } from './channels.js';
import type { ReplicationContext } from './context.js';
import { attends, COST, recordParticipation, worksOn } from './context.js';
import { rateOf } from './resolve-rate.js';
import { addAt } from './typed.js';

/**
 * Decides, once per replication, which leaders run their pods. The draw is
 * keyed by the plan and the leader, so a leader with two pods in one plan
 * runs both or neither, and another plan's pods leave it alone.
 *
 * @internal
 */
export function activateLeaders(ctx: ReplicationContext): void {
  const { pods, behaviour } = ctx.compiled;
  for (let p = 0; p < pods.count; p += 1) {
    const leader = pods.leader[p] ?? 0;
    const given = pods.activation[p] ?? Number.NaN;
    const chance = Number.isNaN(given)
      ? rateOf(
          behaviour.leaderActivation,
          leader,
          ctx.world.segment[leader] ?? 0,
        )
      : given;
    const key = mix32(ctx.keys.activation, pods.planKey[p] ?? 0);
    ctx.podActive[p] = keyedUniform(key, leader) < chance ? 1 : 0;
  }
}

/**
 * The day's pod meetings, shallow levels first. A meeting happens when its
 * leader runs the pod and has been reached by then; each member who comes
 * receives the leader's current fidelity times the level's `fidelityKept`.
 *
 * @internal
 */
export function runPodMeetings(ctx: ReplicationContext, day: number): void {
  const { pods, days, behaviour } = ctx.compiled;
  const end = pods.meetingStart[day + 1] ?? 0;
  const epochDay = days.epochDay[day] ?? 0;
  const weekday = days.weekday[day] ?? 0;

  for (let m = pods.meetingStart[day] ?? 0; m < end; m += 1) {
    const p = pods.meetingPod[m] ?? 0;
    const leader = pods.leader[p] ?? 0;
    if (ctx.podActive[p] !== 1) continue;
    // A leader does not run a meeting on a weekday they do not work.
    if (!worksOn(ctx, leader, weekday)) continue;
    const channel = pods.channel[p] ?? 0;
    const minutes = pods.meetingMinutes[m] ?? 0;
    const release = pods.meetingReleaseMinutes[m] ?? 0;
    const leaderFidelity = leaderSource(ctx, p, leader, epochDay, day);
    if (leaderFidelity <= 0) continue;

    addAt(ctx.costs, COST.facilitator, minutes);
    addAt(ctx.costs, COST.release, release);
    const source = leaderFidelity * (pods.fidelityKept[p] ?? 1);
    const given = pods.attendance[p] ?? Number.NaN;
    const memberEnd = pods.memberStart[p + 1] ?? 0;
    const offering = pods.offering[p] ?? 0;
    // Each member's draw is theirs at this pod's meeting of this day.
    const meeting = mix32(
      mix32(ctx.keys.podAttendance, pods.key[p] ?? 0),
      epochDay,
    );

    for (let k = pods.memberStart[p] ?? 0; k < memberEnd; k += 1) {
      const i = pods.members[k] ?? 0;
      const chance = Number.isNaN(given)
        ? rateOf(behaviour.attendIfBooked, i, ctx.world.segment[i] ?? 0)
        : given;
      const u = keyedUniform(meeting, i);
      if (!attends(ctx, i, weekday, chance, u)) continue;

      ctx.world.expose(i, day, epochDay, channel, source);
      recordParticipation(ctx, i, minutes, offering);
      addAt(ctx.costs, COST.seat, minutes);
      addAt(ctx.costs, COST.release, release);
    }
  }
}

// A cascade pod passes on what its leader still holds, and meets only once
// the leader has been reached. A community pod has its own material: its
// leader is exposed at each meeting and passes on the better of the
// community's source fidelity and their own.
function leaderSource(
  ctx: ReplicationContext,
  p: number,
  leader: number,
  epochDay: number,
  day: number,
): number {
  const { pods, behaviour } = ctx.compiled;
  const own = ctx.world.fidelityOn(leader, epochDay);
  if (pods.channel[p] !== CHANNEL.community) return own;

  const material = behaviour.channelFidelity[CHANNEL.community] ?? 1;
  ctx.world.expose(leader, day, epochDay, CHANNEL.community, material);
  return Math.max(own, material);
}
