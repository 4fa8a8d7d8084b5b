import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { fromEpochDay } from '../calendar/local-date.js';
import type { Educator } from '../model/educator.js';
import type { School } from '../model/school.js';
import type { RandomStream } from '../random/stream.js';
import type { PodDraft, UnplacedReason } from './form-pods.js';
import { formPods } from './form-pods.js';
import type { CascadeLeader, UnplacedEducator } from './plan-result.js';
import { dealDays, windowDays } from './pod-dates.js';
import type { ResolvedLevel } from './resolve-levels.js';
import { shuffle } from './select-leaders.js';

type Unplaced = { educatorId: string; reason: UnplacedReason };

/** A dated slot a pod meets in. @internal */
export interface PodSlot {
  readonly day: number;
  readonly time: string;
  readonly durationMinutes: number;
}

/** A pod before its sessions exist. @internal */
export interface PodPlan extends PodDraft {
  readonly id: string;
  readonly level: ResolvedLevel;
  readonly schoolId: string;
  readonly slots: PodSlot[];
  readonly wanted: number;
}

/** A community's meeting times, from its offering's sessions. @internal */
export interface Meeting {
  readonly day: number;
  readonly time: string;
  readonly durationMinutes: number;
}

/** Everything needed to plan one school. @internal */
export interface SchoolInput {
  readonly planId: string;
  readonly school: School;
  readonly staff: readonly Educator[];
  readonly levels: readonly ResolvedLevel[];
  readonly firstLeaders: readonly Educator[];
  /** The day the first leaders were trained, for a cascade. */
  readonly firstTrained: number | undefined;
  /** Meeting times, for a community. */
  readonly meetings: readonly Meeting[];
  readonly calendar: CompiledCalendar;
  readonly stream: RandomStream;
}

/** The plan of one school. @internal */
export interface SchoolPlan {
  readonly pods: PodPlan[];
  readonly leaders: CascadeLeader[];
  readonly unplaced: UnplacedEducator[];
}

/**
 * Plans one school level by level: each level's leaders take the
 * educators nobody has reached yet (in a seeded order), pods get dates, and
 * the pods' members become the next level's leaders, trained on their
 * pod's last session. A pod that finds no day to meet is not formed: its
 * members stay unreached, open to the next level, and are listed with
 * `no-session-day` if nobody takes them.
 *
 * @internal
 */
export function planSchool(input: SchoolInput): SchoolPlan {
  const { school, staff, levels } = input;
  const reached = new Set(input.firstLeaders.map((e) => e.id));
  const trainedOn = new Map<string, number | undefined>(
    input.firstLeaders.map((e) => [e.id, input.firstTrained]),
  );
  const trainedAt = new Map(input.firstLeaders.map((e) => [e.id, 0]));

  const pods: PodPlan[] = [];
  let leaders: readonly Educator[] = input.firstLeaders;
  let left: Unplaced[] = [];
  let lastLevel = 0;

  for (const level of levels) {
    const open = staff.filter((e) => !reached.has(e.id));
    if (open.length === 0) break;
    lastLevel = level.number;

    const split = formPods(leaders, shuffle(open, input.stream), level);
    const dated = datePods(input, level, split.pods, trainedOn);
    left = [...split.left, ...dated.undated];
    const levelPods = dated.pods;
    pods.push(...levelPods);

    const next: Educator[] = [];
    const byId = new Map(staff.map((e) => [e.id, e]));
    for (const pod of levelPods) {
      const last = pod.slots.at(-1)?.day;
      for (const id of pod.memberIds) {
        reached.add(id);
        trainedOn.set(id, last);
        trainedAt.set(id, level.number);
        // Pod members are drawn from this school's staff.
        next.push(byId.get(id) as Educator);
      }
    }
    leaders = next;
  }

  return {
    pods,
    leaders: listLeaders(input, pods, trainedOn, trainedAt),
    unplaced: left.map((l) => ({
      educatorId: l.educatorId,
      schoolId: school.id,
      level: lastLevel,
      reason: l.reason,
    })),
  };
}

function datePods(
  input: SchoolInput,
  level: ResolvedLevel,
  drafts: readonly PodDraft[],
  trainedOn: ReadonlyMap<string, number | undefined>,
): { pods: PodPlan[]; undated: Unplaced[] } {
  const byLeader = new Map<string, number[]>();
  drafts.forEach((pod, i) => {
    byLeader.set(pod.leaderId, [...(byLeader.get(pod.leaderId) ?? []), i]);
  });

  const timing = level.timing;
  const wanted =
    timing.kind === 'meetings'
      ? input.meetings.length
      : timing.sessionsPerLeader;
  const slots: PodSlot[][] = drafts.map(() => []);
  for (const [leaderId, indices] of byLeader) {
    if (timing.kind === 'meetings') {
      indices.forEach((podIndex, k) => {
        slots[podIndex] = meetingSlots(input.meetings, k);
      });
      continue;
    }

    const trained = trainedOn.get(leaderId);
    if (trained === undefined) continue;
    const window = windowDays(
      input.calendar,
      trained,
      timing.withinSchoolDays,
      timing.weekdays,
    );
    const dealt = dealDays(window, indices.length, timing.sessionsPerLeader);
    indices.forEach((podIndex, k) => {
      slots[podIndex] = (dealt[k] ?? []).map((day) => ({
        day,
        time: timing.startTime,
        durationMinutes: timing.durationMinutes,
      }));
    });
  }

  const dated = drafts.map((draft, i) => ({ draft, slots: slots[i] ?? [] }));
  // Numbered once the pods without a day are gone, so ids have no gaps.
  const pods = dated
    .filter((d) => d.slots.length > 0)
    .map(({ draft, slots: own }, i) => ({
      ...draft,
      id: `${input.planId}/${input.school.id}/L${level.number}-${i + 1}`,
      level,
      schoolId: input.school.id,
      slots: own,
      wanted,
    }));
  const undated = dated
    .filter((d) => d.slots.length === 0)
    .flatMap(({ draft }) =>
      draft.memberIds.map((educatorId) => ({
        educatorId,
        reason: 'no-session-day' as const,
      })),
    );
  return { pods, undated };
}

// A leader's k-th pod meets right after their earlier pods, on the same
// days; a start that would pass midnight is dropped.
function meetingSlots(meetings: readonly Meeting[], k: number): PodSlot[] {
  return meetings.flatMap((m) => {
    const [hh, mm] = m.time.split(':').map(Number) as [number, number];
    const start = hh * 60 + mm + k * m.durationMinutes;
    if (start >= 24 * 60) return [];
    const time = `${pad(Math.floor(start / 60))}:${pad(start % 60)}`;
    return [{ day: m.day, time, durationMinutes: m.durationMinutes }];
  });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function listLeaders(
  input: SchoolInput,
  pods: readonly PodPlan[],
  trainedOn: ReadonlyMap<string, number | undefined>,
  trainedAt: ReadonlyMap<string, number>,
): CascadeLeader[] {
  const podsOf = new Map<string, string[]>();
  for (const pod of pods) {
    podsOf.set(pod.leaderId, [...(podsOf.get(pod.leaderId) ?? []), pod.id]);
  }
  const ids = [
    ...input.firstLeaders.map((e) => e.id),
    ...[...podsOf.keys()].filter((id) => trainedAt.get(id) !== 0),
  ];

  return ids.map((educatorId) => {
    const day = trainedOn.get(educatorId);
    const leader = {
      educatorId,
      schoolId: input.school.id,
      level: trainedAt.get(educatorId) ?? 0,
      podIds: podsOf.get(educatorId) ?? [],
    };
    return day === undefined
      ? leader
      : { ...leader, trainedOn: fromEpochDay(day) };
  });
}
