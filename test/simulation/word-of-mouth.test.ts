import { describe, expect, it } from 'vitest';
import { bassRecursion, simulate } from '../../src/index.js';
import { buildScenario, teachers, wholeYearCalendar } from './fixtures.js';

describe('word of mouth alone', () => {
  it('follows the discrete Bass recursion on 10,000 educators (p 0.03, q 0.38)', () => {
    const years = 6;
    const scenario = buildScenario({
      educators: teachers(10_000),
      calendar: wholeYearCalendar(years),
      behaviour: { wordOfMouth: { p: 0.03, q: 0.38 } },
    });
    const horizon = Array.from({ length: years }, (_, k) => String(2027 + k));
    const result = simulate(scenario, { seed: 11, replications: 100, horizon });

    // Each school day is one step of 1 / (school days in its year) years.
    const perYear = new Map<string, number>();
    const yearOf = (date: string) =>
      date.slice(5) >= '04-01'
        ? date.slice(0, 4)
        : String(Number(date.slice(0, 4)) - 1);
    for (const date of result.layout.dates) {
      perYear.set(yearOf(date), (perYear.get(yearOf(date)) ?? 0) + 1);
    }
    const steps = result.layout.dates.map(
      (d) => 1 / (perYear.get(yearOf(d)) ?? 1),
    );
    const expected = bassRecursion(0.03, 0.38, steps);

    const worst = Math.max(
      ...expected.map((value, d) =>
        Math.abs((result.daily.reached.mean[d] ?? 0) - value),
      ),
    );
    expect(expected.at(-1)).toBeGreaterThan(0.4);
    expect(worst).toBeLessThan(0.005);
    // Sharper than the 0.005 asked for: a step 0.4% too long in one year
    // ends about 0.002 high; the sampling error of the mean is near 0.0005.
    expect(worst).toBeLessThan(0.0015);
  }, 120_000);

  it('is checked against the recursion written out here, not only the library’s', () => {
    // F(t+1) = F(t) + (1 − F(t))(1 − e^{−(p + q·F(t))·Δ}), on uneven steps
    const steps = [1 / 200, 0, 1 / 190, 1 / 190, 0.5];
    let share = 0;
    const expected = steps.map((step) => {
      share += (1 - share) * (1 - Math.exp(-(0.03 + 0.38 * share) * step));
      return share;
    });
    expect(bassRecursion(0.03, 0.38, steps)).toEqual(expected);
    expect(expected[0]).toBeCloseTo(0.03 / 200, 7);
    expect(expected[1]).toBe(expected[0]);
  });

  it('reaches about 3.6% in one school year, as the continuous Bass curve says', () => {
    const steps = new Array(200).fill(1 / 200);
    const t = 1;
    const continuous =
      (1 - Math.exp(-0.41 * t)) / (1 + (0.38 / 0.03) * Math.exp(-0.41 * t));
    expect(bassRecursion(0.03, 0.38, steps).at(-1)).toBeCloseTo(continuous, 3);
  });
});

describe('word of mouth peer groups', () => {
  const make = (scope: 'school' | 'department') =>
    buildScenario({
      educators: [
        ...teachers(50, 's1', 'm').map((e) => ({
          ...e,
          departments: ['maths'],
        })),
        ...teachers(50, 's1', 'x').map((e) => ({
          ...e,
          departments: ['english'],
        })),
      ],
      offerings: [
        {
          id: 'seminar',
          format: 'seminar-series',
          title: 'Seminar',
          description: 'Maths only.',
          categoryIds: ['tl'],
          durationMinutes: 60,
          venue: 'central',
          eligibility: { departments: ['maths'] },
          schedule: {
            kind: 'dates',
            dates: ['2027-04-06'],
            startTime: '16:00',
          },
        },
      ],
      behaviour: {
        attendIfBooked: 1,
        volunteer: 1,
        wordOfMouth: { p: 0, q: 5, scope },
      },
    });

  it('stay within a department when the scope is department', () => {
    const result = simulate(make('department'), { seed: 1, replications: 3 });
    expect(result.end.byDepartment['english']?.reached.p95).toBe(0);
    expect(result.end.byDepartment['maths']?.reached.mean).toBe(1);
  });

  it('cross departments when the scope is the school', () => {
    const result = simulate(make('school'), { seed: 1, replications: 3 });
    expect(result.end.byDepartment['english']?.reached.mean).toBeGreaterThan(
      0.5,
    );
  });
});
