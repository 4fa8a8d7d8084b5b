import type { Session } from '../schedule/session.js';
import { SOURCE_LEVEL } from './defaults.js';
import type { PlannedLevel, Pod } from './plan-result.js';
import type { CascadePlan } from './plan-schema.js';
import type { SchoolPlan } from './plan-school.js';
import type { ResolvedLevel } from './resolve-levels.js';

/**
 * Counts per level: level 0 holds the first leaders (reached by the source,
 * or leading the community), then one entry per level that ran.
 *
 * @internal
 */
export function summariseLevels(
  plan: CascadePlan,
  levels: readonly ResolvedLevel[],
  schools: readonly SchoolPlan[],
  pods: readonly Pod[],
  sessions: readonly Session[],
): PlannedLevel[] {
  const minutes = new Map(sessions.map((s) => [s.id, s.durationMinutes]));
  const first = schools.reduce(
    (sum, s) => sum + s.leaders.filter((l) => l.level === 0).length,
    0,
  );
  const summary: PlannedLevel[] = [
    {
      level: 0,
      levelId: plan.kind === 'cascade' ? SOURCE_LEVEL : 'leaders',
      leaders: 0,
      pods: 0,
      reached: first,
      fidelity: 1,
      sessions: 0,
      leaderHours: 0,
    },
  ];

  for (const level of levels) {
    const atLevel = pods.filter((p) => p.level === level.number);
    const ids = atLevel.flatMap((p) => p.sessionIds);
    const total = ids.reduce((sum, id) => sum + (minutes.get(id) ?? 0), 0);
    summary.push({
      level: level.number,
      levelId: level.id,
      leaders: new Set(atLevel.map((p) => p.leaderId)).size,
      pods: atLevel.length,
      reached: atLevel.reduce((sum, p) => sum + p.memberIds.length, 0),
      fidelity: level.fidelity,
      sessions: ids.length,
      leaderHours: total / 60,
    });
  }
  return summary;
}
