import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/index.js';
import {
  buildScenario,
  certain,
  offeringCommon,
  teachers,
} from './fixtures.js';

function course(modules: number) {
  return {
    id: 'course',
    format: 'async-course' as const,
    title: 'Course',
    ...offeringCommon,
    durationMinutes: 30,
    venue: 'online' as const,
    modules,
    expectedWeeks: modules,
    availableFrom: '2027-04-05',
  };
}

describe('asynchronous courses', () => {
  it('are completed by 0.692^m of those enrolled with the default rates', () => {
    const modules = 5;
    const scenario = buildScenario({
      educators: teachers(4000),
      offerings: [course(modules)],
      behaviour: { ...certain, asyncEnrol: 1 },
    });
    const result = simulate(scenario, { seed: 8, replications: 5 });

    // A module is finished before dropping out with chance
    // 0.5625 / (0.5625 + 0.25); seat hours count finished modules.
    const finish = 0.5625 / 0.8125;
    let expectedModules = 0;
    for (let k = 1; k <= modules; k += 1) expectedModules += finish ** k;
    const seatHours = (4000 * expectedModules * 30) / 60;
    expect(result.end.cost.seatHours.mean / seatHours).toBeCloseTo(1, 1);
    // Everyone enrolled; reach counts a first finished module.
    expect(result.end.reached.mean).toBeCloseTo(finish, 1);
  });
});

describe('micro-learning', () => {
  it('releases one module a week when asked and exposes each completion', () => {
    const scenario = buildScenario({
      educators: teachers(10),
      offerings: [
        {
          id: 'micro',
          format: 'micro-learning',
          title: 'Micro',
          ...offeringCommon,
          durationMinutes: 6,
          venue: 'online',
          modules: 4,
          releaseEveryWeeks: 2,
          availableFrom: '2027-04-05',
          availableUntil: '2027-05-02',
        },
      ],
      behaviour: certain,
    });
    const result = simulate(scenario, { seed: 1, replications: 2 });
    // Four weeks open, a module every second week: two modules each.
    expect(result.end.cost.seatHours.mean).toBeCloseTo((10 * 2 * 6) / 60, 9);
    expect(result.end.firstChannel['micro-learning']?.mean).toBe(1);
  });
});

describe('forgetting', () => {
  it('halves effective reach after one half-life', () => {
    const scenario = buildScenario({
      educators: teachers(20),
      offerings: [
        {
          id: 'seminar',
          format: 'seminar-series',
          title: 'Seminar',
          ...offeringCommon,
          durationMinutes: 60,
          venue: 'central',
          schedule: {
            kind: 'dates',
            dates: ['2027-04-05'],
            startTime: '16:00',
          },
        },
      ],
      behaviour: { ...certain, forgettingHalfLifeDays: 14 },
    });
    const result = simulate(scenario, { seed: 1, replications: 1 });
    const day = result.layout.dates.indexOf('2027-04-19');
    expect(result.daily.reached.mean[day]).toBe(1);
    expect(result.daily.effective.mean[day]).toBeCloseTo(0.5, 6);
  });
});

describe('standing communities without a pod plan', () => {
  it('meet with the members who joined, at their school', () => {
    const scenario = buildScenario({
      educators: [...teachers(200, 's1', 'a'), ...teachers(200, 's2', 'b')],
      offerings: [
        {
          id: 'circle',
          format: 'community',
          title: 'Practice circle',
          ...offeringCommon,
          durationMinutes: 45,
          venue: 'school',
          groupSize: 8,
          schedule: {
            kind: 'dates',
            dates: ['2027-05-12'],
            startTime: '16:00',
          },
        },
      ],
      behaviour: { ...certain, joinCommunity: 0.44 },
    });
    const result = simulate(scenario, { seed: 4, replications: 10 });
    expect(result.end.firstChannel['community']?.mean).toBeCloseTo(0.44, 1);
    // one facilitator per group of eight members, at each school (about
    // 88 members each); the count of members varies between replications
    const groups = 2 * Math.ceil(88 / 8);
    const hours = result.end.cost.facilitatorHours.mean;
    expect(Math.abs(hours - (groups * 45) / 60)).toBeLessThan(1.5);
  });
});
