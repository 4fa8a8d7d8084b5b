import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/index.js';
import {
  exampleScenario,
  parseScenario,
  planCascade,
} from '../../src/index.js';

// Four plans fed by the lesson-design seminar, one per session, as a city
// would write "each attendee leads a pod within two weeks of each seminar".
function planPerSession(): Scenario {
  return parseScenario({
    ...exampleScenario(),
    cascades: [1, 2, 3, 4].map((session) => ({
      kind: 'cascade' as const,
      id: `pods-${session}`,
      name: `Pods after seminar ${session}`,
      sourceOfferingId: 'lesson-design',
      sourceSession: session,
      leaderSelection: { by: 'segment' as const },
      levels: [
        {
          id: 'pods',
          ledBy: 'source' as const,
          audience: 'pod' as const,
          podSize: { min: 3, max: 6 },
          sessionsPerLeader: 1,
          withinSchoolDays: 10,
          startTime: '16:00',
          durationMinutes: 45,
          fidelityKept: 0.75,
        },
      ],
    })),
  });
}

describe('plans fed by one seminar', () => {
  const plan = planCascade(planPerSession(), { seed: 11 });
  const leadersOf = (k: number) =>
    new Set(
      plan.cascades[k]?.leaders
        .filter((leader) => leader.level === 0)
        .map((leader) => leader.educatorId),
    );

  it('name the same first leaders: the seminar’s three seats a school', () => {
    const first = leadersOf(0);
    expect(first.size).toBe(63);
    for (const k of [1, 2, 3]) expect(leadersOf(k)).toEqual(first);
  });
});
