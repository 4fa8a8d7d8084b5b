import { toEpochDay } from '../calendar/local-date.js';
import type { CascadePlanResult } from '../cascade/plan-result.js';
import type { CascadePlan } from '../cascade/plan-schema.js';
import type { Scenario } from '../model/scenario.js';
import { hashString } from '../random/hash.js';
import { CHANNEL } from './channels.js';
import { releaseMinutes } from './compile-sessions.js';
import type { CompiledPods } from './compiled.js';

/**
 * The planned pods in typed arrays, and the first leaders of each source
 * offering (they hold its seats instead of volunteers).
 *
 * @internal
 */
export function compilePods(
  scenario: Scenario,
  plan: CascadePlanResult,
  educatorIndex: ReadonlyMap<string, number>,
  dayIndex: ReadonlyMap<number, number>,
  days: { readonly count: number; readonly schoolDay: Uint8Array },
  hours: readonly [number, number],
): { pods: CompiledPods; firstLeaders: Map<string, Int32Array> } {
  const plans = new Map((scenario.cascades ?? []).map((p) => [p.id, p]));
  const offeringIndex = new Map(
    scenario.catalogue.offerings.map((o, k) => [o.id, k]),
  );
  const kept = scenario.behaviour?.fidelityKept;
  const sessions = new Map(plan.sessions.map((s) => [s.id, s]));
  const pods = plan.cascades.flatMap((c) =>
    c.pods.map((pod) => ({
      pod,
      planId: c.cascadeId,
      source: plans.get(c.cascadeId),
    })),
  );

  const memberStart = new Int32Array(pods.length + 1);
  const members: number[] = [];
  const meetings: {
    pod: number;
    day: number;
    level: number;
    minutes: number;
    release: number;
  }[] = [];
  const out = {
    count: pods.length,
    leader: new Int32Array(pods.length),
    key: new Int32Array(pods.length),
    planKey: new Int32Array(pods.length),
    offering: new Int32Array(pods.length),
    level: new Int32Array(pods.length),
    channel: new Int32Array(pods.length),
    fidelityKept: new Float64Array(pods.length),
    activation: new Float64Array(pods.length),
    attendance: new Float64Array(pods.length),
  };

  pods.forEach(({ pod, planId, source }, p) => {
    out.leader[p] = educatorIndex.get(pod.leaderId) ?? 0;
    out.key[p] = hashString(pod.id);
    out.planKey[p] = hashString(planId);
    const offeringId =
      source?.kind === 'cascade' ? source.sourceOfferingId : source?.offeringId;
    // Plans name offerings the checks have found; -2 is never self-paced.
    out.offering[p] = offeringIndex.get(offeringId ?? '') ?? -2;
    out.level[p] = pod.level;
    out.channel[p] =
      source?.kind === 'community' ? CHANNEL.community : CHANNEL.cascade;
    const level = levelOf(source, pod.levelId);
    out.fidelityKept[p] = kept ?? level.fidelityKept;
    out.activation[p] = level.activation;
    out.attendance[p] = level.attendance;
    for (const id of pod.memberIds) members.push(educatorIndex.get(id) ?? 0);
    memberStart[p + 1] = members.length;

    for (const id of pod.sessionIds) {
      const session = sessions.get(id);
      if (session?.status !== 'scheduled') continue;
      const day = dayIndex.get(toEpochDay(session.localDate));
      if (day === undefined) continue;
      meetings.push({
        pod: p,
        day,
        level: pod.level,
        minutes: session.durationMinutes,
        release: releaseMinutes(
          session.localStart,
          session.durationMinutes,
          hours,
          days.schoolDay[day] === 1,
        ),
      });
    }
  });

  meetings.sort((a, b) => a.day - b.day || a.level - b.level || a.pod - b.pod);
  const meetingStart = new Int32Array(days.count + 1);
  for (const m of meetings)
    meetingStart[m.day + 1] = (meetingStart[m.day + 1] ?? 0) + 1;
  for (let d = 0; d < days.count; d += 1) {
    meetingStart[d + 1] = (meetingStart[d + 1] ?? 0) + (meetingStart[d] ?? 0);
  }

  return {
    pods: {
      ...out,
      memberStart,
      members: Int32Array.from(members),
      meetingStart,
      meetingPod: Int32Array.from(meetings, (m) => m.pod),
      meetingMinutes: Int32Array.from(meetings, (m) => m.minutes),
      meetingReleaseMinutes: Int32Array.from(meetings, (m) => m.release),
    },
    firstLeaders: firstLeadersBySource(plan, plans, educatorIndex),
  };
}

// The level's own behaviour wins over the plan's; NaN defers to the
// scenario's behaviour.
function levelOf(plan: CascadePlan | undefined, levelId: string) {
  if (plan === undefined) {
    return { fidelityKept: 1, activation: Number.NaN, attendance: Number.NaN };
  }
  const level =
    plan.kind === 'cascade'
      ? plan.levels.find((l) => l.id === levelId)
      : undefined;
  const behaviour = { ...plan.behaviour, ...level?.behaviour };
  return {
    fidelityKept:
      plan.kind === 'cascade' ? (level?.fidelityKept ?? 1) : plan.fidelityKept,
    activation: behaviour.leaderActivation ?? Number.NaN,
    attendance: behaviour.attendance ?? Number.NaN,
  };
}

function firstLeadersBySource(
  plan: CascadePlanResult,
  plans: ReadonlyMap<string, CascadePlan>,
  educatorIndex: ReadonlyMap<string, number>,
): Map<string, Int32Array> {
  // A set per source: plans fed by one seminar share their leaders, and a
  // district of a thousand schools has thousands of them.
  const bySource = new Map<string, Set<number>>();
  for (const cascade of plan.cascades) {
    const source = plans.get(cascade.cascadeId);
    if (source?.kind !== 'cascade') continue;
    const leaders = bySource.get(source.sourceOfferingId) ?? new Set();
    for (const leader of cascade.leaders) {
      if (leader.level !== 0) continue;
      const i = educatorIndex.get(leader.educatorId);
      if (i !== undefined) leaders.add(i);
    }
    bySource.set(source.sourceOfferingId, leaders);
  }
  return new Map(
    [...bySource].map(([id, leaders]) => [id, Int32Array.from(leaders)]),
  );
}
