import { describe, expect, it } from 'vitest';
import { cascadePods } from '../../examples/lib/plans.js';
import { planCascade } from '../../src/index.js';

describe('plans fed by one seminar', () => {
  // Four plans fed by the lesson-design seminar, one per session: each
  // attendee leads a pod within two weeks of each seminar.
  const plan = planCascade(cascadePods(), { seed: 11 });
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
