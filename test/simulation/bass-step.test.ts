import { describe, expect, it } from 'vitest';
import { safeCompileScenario } from '../../src/simulation/compile.js';
import { buildScenario, teachers, wholeYearCalendar } from './fixtures.js';

// 2027-04-01 to 2028-03-31 ends on a Friday, a school day; the next year
// ends on a Saturday. Word of mouth's yearly coefficients act over one
// year of school days, so each year's steps must add up to exactly one.
describe('the word-of-mouth step', () => {
  const scenario = buildScenario({
    educators: teachers(3),
    calendar: wholeYearCalendar(2),
  });
  const compiled = safeCompileScenario(scenario, 1, ['2027', '2028']);
  if (!compiled.success) throw new Error('the scenario should compile');
  const { days } = compiled.data.compiled;

  const yearSums = (): { days: number; years: number }[] => {
    const out: { days: number; years: number }[] = [];
    for (let d = 0; d < days.count; d += 1) {
      if (days.yearStart[d] === 1) out.push({ days: 0, years: 0 });
      const year = out[out.length - 1];
      if (year === undefined || days.schoolDay[d] !== 1) continue;
      year.days += 1;
      year.years += days.bassStep[d] ?? 0;
    }
    return out;
  };

  it('adds up to one year over a year ending on a weekend', () => {
    const second = yearSums()[1];
    expect(second?.days).toBe(260);
    expect(second?.years).toBeCloseTo(1, 12);
  });

  // A year's last day that is a school day counts too: 1 / 261 over 262
  // days would make word of mouth 0.4% too fast that year.
  it('adds up to one year over a year ending on a school day', () => {
    const first = yearSums()[0];
    expect(first?.days).toBe(262);
    expect(first?.years).toBeCloseTo(1, 12);
  });
});
