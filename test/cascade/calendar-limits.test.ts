import { describe, expect, it } from 'vitest';
import {
  expectedReach,
  planCascade,
  safeParseScenario,
} from '../../src/index.js';
import { handDistrict, parsed, podLevel, seminarCascade } from './district.js';

const sure = { leaderActivation: 1, attendance: 1 };

// The seminar meets on Thursday 20 May. One school day later is Friday
// 21 May, so a window of one school day holds no Monday.
const noMonday = podLevel('l1', 'source', {
  weekdays: ['mon'],
  withinSchoolDays: 1,
});

describe('pods that find no day to meet', () => {
  it('are not formed, and their members are listed as unplaced', () => {
    const plan = planCascade(
      parsed(handDistrict([10], [seminarCascade([noMonday])])),
    );
    const [cascade] = plan.cascades;
    expect(cascade?.pods).toEqual([]);
    expect(cascade?.levels.map((l) => l.reached)).toEqual([3, 0]);
    expect(cascade?.unplaced).toHaveLength(7);
    expect(new Set(cascade?.unplaced.map((u) => u.reason))).toEqual(
      new Set(['no-session-day']),
    );
    expect(cascade?.unscheduled).toEqual([]);
    expect(plan.sessions).toEqual([]);
  });

  it('leave their members open to the next level’s leaders', () => {
    // Level 1 meets on Friday 21 May; its members lead level 2 within one
    // school day (Monday 24 May), but only on Tuesdays: nobody meets.
    const second = podLevel('l2', 'l1', {
      weekdays: ['tue'],
      withinSchoolDays: 1,
    });
    const cascade = seminarCascade([podLevel('l1', 'source'), second]);
    const plan = planCascade(parsed(handDistrict([28], [cascade])));
    const [planned] = plan.cascades;
    // 3 leaders, 18 in level-1 pods, 7 left that level 2 cannot meet.
    expect(planned?.levels.map((l) => l.reached)).toEqual([3, 18, 0]);
    expect(planned?.unplaced).toHaveLength(7);
    expect(planned?.unplaced[0]).toMatchObject({
      level: 2,
      reason: 'no-session-day',
    });
  });

  it('reach nobody in the forecast, and count as unmet', () => {
    const second = podLevel('l2', 'l1', {
      weekdays: ['tue'],
      withinSchoolDays: 1,
    });
    const cascade = seminarCascade([podLevel('l1', 'source'), second]);
    const scenario = parsed(handDistrict([28], [cascade]));
    const [reach] = expectedReach(scenario, { behaviour: sure }).cascades;
    expect(reach?.levels.map((l) => l.reached)).toEqual([3, 18, 0]);
    expect(reach?.levels.map((l) => l.uncappedMean)).toEqual([3, 18, 0]);
    expect(reach?.reached).toBe(21);
    // Level 2 would have reached the 7 left.
    expect(reach?.unmet).toBe(7);
    expect(reach?.levels[2]?.date).toBeUndefined();
  });

  it('reports nothing unmet when every level finds a day', () => {
    const cascade = seminarCascade([podLevel('l1', 'source')]);
    const scenario = parsed(handDistrict([28], [cascade]));
    expect(expectedReach(scenario).cascades[0]?.unmet).toBe(0);
  });
});

describe('level weekdays', () => {
  it('rejects weekdays on which no session can fall', () => {
    const input = handDistrict(
      [10],
      [
        seminarCascade([
          podLevel('l1', 'source', { weekdays: ['sat', 'sun'] }),
        ]),
      ],
    );
    input.district.calendar.blackouts = [
      { kind: 'weekdays', weekdays: ['mon'] },
    ];
    const result = safeParseScenario(input);
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: 'no_session_weekday',
        path: ['cascades', 0, 'levels', 0, 'weekdays'],
        message:
          'level "l1" meets only on sat, sun, but sessions can fall only on tue, wed, thu, fri',
      },
    ]);
  });
});
