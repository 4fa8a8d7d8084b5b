import type { Educator } from '../model/educator.js';
import type { Audience, PodSize } from './plan-schema.js';

/**
 * Why an educator ended up without a pod.
 *
 * - `no-leader-at-school`: nobody at their school was trained to lead;
 * - `no-leader-in-department`: with a `department` audience, no leader
 *   shares a department with them;
 * - `pods-full`: every pod the leaders could run was full;
 * - `below-minimum-pod`: too few were left to make a pod of the minimum
 *   size;
 * - `no-session-day`: the pod they were put in found no day to meet (the
 *   leader's window holds no allowed session day, the community's offering
 *   never meets at the school, or a community leader's extra pod would
 *   start past midnight), so it was not formed.
 *
 * @example
 * ```ts
 * const reason: UnplacedReason = 'pods-full';
 * ```
 */
export type UnplacedReason =
  | 'no-leader-at-school'
  | 'no-leader-in-department'
  | 'pods-full'
  | 'below-minimum-pod'
  | 'no-session-day';

/** @internal */
export interface PodDraft {
  readonly leaderId: string;
  readonly memberIds: string[];
  readonly department?: string;
}

/** @internal */
export interface PodSplit {
  readonly pods: PodDraft[];
  readonly left: { educatorId: string; reason: UnplacedReason }[];
}

/** @internal */
export interface PodRules {
  readonly audience: Audience;
  readonly podSize: PodSize;
  readonly maxPodsPerLeader: number;
}

/**
 * Splits one school's unreached educators into pods led by its leaders:
 * as few pods as hold everyone, sizes as even as the bounds allow, every
 * leader's first pod before anyone's second. `staff` comes in the order
 * the planner drew; ties follow it.
 *
 * @internal
 */
export function formPods(
  leaders: readonly Educator[],
  staff: readonly Educator[],
  rules: PodRules,
): PodSplit {
  if (leaders.length === 0) {
    const left = staff.map((e) => ({
      educatorId: e.id,
      reason: 'no-leader-at-school' as const,
    }));
    return { pods: [], left };
  }
  if (rules.audience !== 'department') {
    const capacity = leaders.map(() => rules.maxPodsPerLeader);
    return splitGroup(leaders, capacity, staff, rules);
  }
  return splitByDepartment(leaders, staff, rules);
}

function splitByDepartment(
  leaders: readonly Educator[],
  staff: readonly Educator[],
  rules: PodRules,
): PodSplit {
  const capacity = leaders.map(() => rules.maxPodsPerLeader);
  const led = new Set(leaders.flatMap((l) => l.departments ?? []));
  const result: PodSplit = { pods: [], left: [] };

  const placed = new Set<string>();
  for (const department of departmentsBySize(staff, led)) {
    const members = staff.filter(
      (e) => !placed.has(e.id) && e.departments?.includes(department),
    );
    const open = leaders.filter(
      (l, i) => (capacity[i] ?? 0) > 0 && l.departments?.includes(department),
    );
    const openCapacity = open.map((l) => capacity[leaders.indexOf(l)] ?? 0);
    const split = splitGroup(open, openCapacity, members, rules, department);

    for (const pod of split.pods) {
      const i = leaders.findIndex((l) => l.id === pod.leaderId);
      capacity[i] = (capacity[i] ?? 0) - 1;
      result.pods.push(pod);
    }
    for (const e of members) placed.add(e.id);
    result.left.push(...split.left);
  }

  for (const educator of staff) {
    if (placed.has(educator.id)) continue;
    result.left.push({
      educatorId: educator.id,
      reason: 'no-leader-in-department',
    });
  }
  return result;
}

function departmentsBySize(
  staff: readonly Educator[],
  led: ReadonlySet<string>,
): string[] {
  const counts = new Map<string, number>();
  for (const e of staff) {
    for (const d of e.departments ?? []) {
      if (led.has(d)) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([d]) => d);
}

// Splits one group among leaders with `capacity[i]` pods each.
function splitGroup(
  leaders: readonly Educator[],
  capacity: readonly number[],
  staff: readonly Educator[],
  rules: PodRules,
  department?: string,
): PodSplit {
  const { min, max } = rules.podSize;
  const total = capacity.reduce((sum, n) => sum + n, 0);
  const wanted = Math.min(total, Math.ceil(staff.length / max));
  const full = wanted * max < staff.length;

  // Fewer, fuller pods when the minimum cannot be met by all of them.
  const pods = Math.min(wanted, Math.floor(staff.length / min));
  const seated = Math.min(staff.length, pods * max);
  const sizes = evenSizes(seated, pods);
  // roundRobin returns indices into `capacity`, which matches `leaders`.
  const owners = roundRobin(capacity, pods).map((i) => leaders[i] as Educator);

  const pool = [...staff];
  const drafts = owners.map((leader) => draft(leader, department));
  if (rules.audience === 'pod') {
    drafts.forEach((pod, i) => {
      take(pool, pod, sizes[i] ?? 0, (e) => sharesDepartment(e, owners[i]));
    });
  }
  drafts.forEach((pod, i) => {
    take(pool, pod, sizes[i] ?? 0, () => true);
  });

  const reason = full ? 'pods-full' : 'below-minimum-pod';
  const left = pool.map((e) => ({ educatorId: e.id, reason }) as const);
  return { pods: drafts.map((d) => labelDepartment(d, staff)), left };
}

function evenSizes(seated: number, pods: number): number[] {
  if (pods === 0) return [];
  const base = Math.floor(seated / pods);
  const extra = seated % pods;
  return Array.from({ length: pods }, (_, i) => base + (i < extra ? 1 : 0));
}

// Leader indices for `pods` pods: everyone's first pod, then second, …
function roundRobin(capacity: readonly number[], pods: number): number[] {
  const owners: number[] = [];
  for (let round = 0; owners.length < pods; round += 1) {
    capacity.forEach((cap, i) => {
      if (cap > round && owners.length < pods) owners.push(i);
    });
  }
  return owners;
}

function draft(leader: Educator, department: string | undefined): PodDraft {
  const pod = { leaderId: leader.id, memberIds: [] as string[] };
  return department === undefined ? pod : { ...pod, department };
}

function take(
  pool: Educator[],
  pod: PodDraft,
  size: number,
  fits: (e: Educator) => boolean,
): void {
  for (let i = 0; i < pool.length && pod.memberIds.length < size; ) {
    const educator = pool[i] as Educator; // i < pool.length
    if (!fits(educator)) {
      i += 1;
      continue;
    }
    pod.memberIds.push(educator.id);
    pool.splice(i, 1);
  }
}

function sharesDepartment(e: Educator, leader: Educator | undefined) {
  const mine = leader?.departments ?? [];
  return (e.departments ?? []).some((d) => mine.includes(d));
}

// A mixed pod whose members all share one department is labelled with it.
function labelDepartment(pod: PodDraft, staff: readonly Educator[]): PodDraft {
  if (pod.department !== undefined || pod.memberIds.length === 0) return pod;
  const byId = new Map(staff.map((e) => [e.id, e]));
  const [first, ...rest] = pod.memberIds.map((id) => byId.get(id));
  const shared = (first?.departments ?? []).find((d) =>
    rest.every((e) => e?.departments?.includes(d)),
  );
  return shared === undefined ? pod : { ...pod, department: shared };
}
