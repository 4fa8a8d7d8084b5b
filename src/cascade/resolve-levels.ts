import type { Weekday } from '../model/primitives.js';
import { DEFAULT_CASCADE_BEHAVIOUR } from './defaults.js';
import type {
  Audience,
  CascadeBehaviour,
  CascadePlan,
  PodSize,
} from './plan-schema.js';

/** @internal */
export type LevelTiming =
  | {
      readonly kind: 'window';
      readonly sessionsPerLeader: number;
      readonly withinSchoolDays: number;
      readonly weekdays: readonly Weekday[] | undefined;
      readonly startTime: string;
      readonly durationMinutes: number;
    }
  | { readonly kind: 'meetings' };

/**
 * A level with every default applied; the last level of a cascade is
 * repeated up to `maxDepth`.
 *
 * @internal
 */
export interface ResolvedLevel {
  /** 1 for the level led by the first leaders. */
  readonly number: number;
  readonly id: string;
  readonly audience: Audience;
  readonly podSize: PodSize;
  readonly maxPodsPerLeader: number;
  /** Fidelity at this level: the product of every level's `fidelityKept`. */
  readonly fidelity: number;
  readonly activation: number;
  readonly attendance: number;
  readonly timing: LevelTiming;
}

/**
 * The levels a plan runs, with behaviour taken from, in order of
 * precedence: `override`, the level, the plan, the defaults.
 *
 * @internal
 */
export function resolveLevels(
  plan: CascadePlan,
  override: CascadeBehaviour = {},
): ResolvedLevel[] {
  const pick = (level: CascadeBehaviour | undefined) => ({
    activation:
      override.leaderActivation ??
      level?.leaderActivation ??
      plan.behaviour?.leaderActivation ??
      DEFAULT_CASCADE_BEHAVIOUR.leaderActivation,
    attendance:
      override.attendance ??
      level?.attendance ??
      plan.behaviour?.attendance ??
      DEFAULT_CASCADE_BEHAVIOUR.attendance,
  });

  if (plan.kind === 'community') {
    return [
      {
        number: 1,
        id: plan.id,
        audience: plan.audience,
        podSize: plan.podSize,
        maxPodsPerLeader: plan.maxPodsPerLeader ?? 1,
        fidelity: plan.fidelityKept,
        ...pick(undefined),
        timing: { kind: 'meetings' },
      },
    ];
  }

  const depth = plan.maxDepth ?? plan.levels.length;
  const resolved: ResolvedLevel[] = [];
  let fidelity = 1;
  for (let n = 1; n <= depth; n += 1) {
    const level = plan.levels[Math.min(n, plan.levels.length) - 1];
    if (level === undefined) break;
    fidelity *= level.fidelityKept;
    resolved.push({
      number: n,
      id: level.id,
      audience: level.audience,
      podSize: level.podSize,
      maxPodsPerLeader: level.maxPodsPerLeader ?? 1,
      fidelity,
      ...pick(level.behaviour),
      timing: {
        kind: 'window',
        sessionsPerLeader: level.sessionsPerLeader,
        withinSchoolDays: level.withinSchoolDays,
        weekdays: level.weekdays,
        startTime: level.startTime,
        durationMinutes: level.durationMinutes,
      },
    });
  }
  return resolved;
}
