import { describe, expect, it } from 'vitest';
import {
  exampleScenario,
  expectedReach,
  parseScenario,
  planCascade,
} from '../../src/index.js';
import { podLevel, seminarCascade } from './district.js';

// The built-in example: 21 schools, 512 educators. School headcounts:
// 17, 21, 25, 19, 22, 18, 27, 26, 20, 17, 17, 21, 26, 20, 22, 31, 38, 27,
// 34, 34, 30. Creative lesson design has three seats per school and first
// meets on Thursday 17 June 2027.
function exampleWithCascade() {
  const scenario = exampleScenario();
  return parseScenario({
    ...scenario,
    cascades: [
      seminarCascade([podLevel('l1', 'source'), podLevel('l2', 'l1')]),
    ],
  });
}

const everyone = { leaderActivation: 1, attendance: 1 };

describe('the example city with pods of six', () => {
  it('reaches the counts worked out by hand, school by school', () => {
    const [reach] = expectedReach(exampleWithCascade(), {
      behaviour: everyone,
    }).cascades;
    // Level 0: 21 × 3 = 63 first leaders.
    // Level 1: 18 a school where 18 are left (the 14 schools of 21 or
    //   more: 252), else everyone left: three of 17 → 3 × 14, one of 18
    //   → 15, one of 19 → 16, two of 20 → 2 × 17. 252 + 42 + 15 + 16 + 34
    //   = 359.
    // Level 2: what the 14 larger schools have left after 21:
    //   0 + 4 + 1 + 6 + 5 + 0 + 5 + 1 + 10 + 17 + 6 + 13 + 13 + 9 = 90.
    // 63 + 359 + 90 = 512: everyone.
    expect(reach?.levels.map((l) => l.reached)).toEqual([63, 359, 90]);
    expect(reach?.levels.map((l) => l.uncappedMean)).toEqual([63, 378, 2268]);
    expect(reach?.reached).toBe(512);
    expect(reach?.levels.map((l) => l.termId)).toEqual([
      '2027-28-t1',
      '2027-28-t1',
      '2027-28-t1',
    ]);
  });

  it('plans pods that leave out only those below the pod minimum', () => {
    const plan = planCascade(exampleWithCascade(), { seed: 2027 });
    const [cascade] = plan.cascades;
    // As above, but the two schools of 22 keep one educator each at level
    // 2, too few for a pod of at least two: 90 − 2 = 88.
    expect(cascade?.levels.map((l) => l.reached)).toEqual([63, 359, 88]);
    expect(cascade?.unplaced.map((u) => u.reason)).toEqual([
      'below-minimum-pod',
      'below-minimum-pod',
    ]);
    expect(plan.conflicts).toEqual([]);
    // Every pod meets once: 63 level-1 pods and 18 at level 2.
    expect(plan.sessions).toHaveLength(81);
    // 45 minutes each: 63 × 0.75 = 47.25 and 18 × 0.75 = 13.5 leader hours.
    expect(cascade?.levels.map((l) => l.leaderHours)).toEqual([0, 47.25, 13.5]);
  });
});
