import { describe, expect, it } from 'vitest';
import {
  exampleScenario,
  reportPlanFromSimulation,
  simulate,
} from '../../src/index.js';
import { reachOverTimeOption } from '../../src/report/chart-options.js';

describe('a report plan from a simulation', () => {
  const scenario = exampleScenario();
  const result = simulate(scenario, { seed: 3, replications: 40 });
  const plan = reportPlanFromSimulation("Today's plan", scenario, result);
  const educators = result.layout.educators;

  it('takes one point per month, ending on the horizon’s last day', () => {
    const dates = plan.reachOverTime.map((point) => point.date);
    expect(new Set(dates.map((date) => date.slice(0, 7))).size).toBe(
      dates.length,
    );
    expect(dates.at(-1)).toBe(result.layout.dates.at(-1));
  });

  it('holds the mean inside the range of 90% of runs at every point', () => {
    for (const point of plan.reachOverTime) {
      expect(point.low).toBeLessThanOrEqual(point.reached + 1e-9);
      expect(point.high).toBeGreaterThanOrEqual(point.reached - 1e-9);
    }
  });

  it('gives the exact range of the horizon’s end at the last point', () => {
    const last = plan.reachOverTime.at(-1);
    expect(last?.low).toBe(result.end.reached.p5 * educators);
    expect(last?.high).toBe(result.end.reached.p95 * educators);
  });
});

describe('the reach-over-the-year chart', () => {
  const scenario = exampleScenario();
  const result = simulate(scenario, { seed: 3, replications: 20 });
  const ranged = reportPlanFromSimulation('Seminars', scenario, result);
  const plain = {
    ...ranged,
    name: 'Means only',
    reachOverTime: ranged.reachOverTime.map(({ date, reached }) => ({
      date,
      reached,
    })),
  };
  const option = reachOverTimeOption({
    title: 'Reach',
    plans: [ranged, plain],
  });
  const series = option['series'] as {
    name: string;
    stack?: string;
    areaStyle?: object;
    data: (number | null)[];
  }[];

  it('draws a band under a plan with a range and a bare line otherwise', () => {
    expect(series.map((s) => [s.name, s.stack ?? null])).toEqual([
      ['Seminars', 'range-0'],
      ['Seminars', 'range-0'],
      ['Seminars', null],
      ['Means only', null],
    ]);
    expect(series[1]?.areaStyle).toBeDefined();
  });

  it('stacks the width of the range on its low edge', () => {
    const last = ranged.reachOverTime.at(-1);
    const [low, width] = [series[0]?.data.at(-1), series[1]?.data.at(-1)];
    const share = (count: number) => (100 * count) / ranged.educators;
    expect(low).toBeCloseTo(share(last?.low ?? 0), 1);
    expect((low ?? 0) + (width ?? 0)).toBeCloseTo(share(last?.high ?? 0), 0);
  });

  it('lists each plan once in the legend', () => {
    expect((option['legend'] as { data: string[] }).data).toEqual([
      'Seminars',
      'Means only',
    ]);
  });
});
