import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Weekday } from '../../src/index.js';
import { fromEpochDay, toEpochDay, WEEKDAYS } from '../../src/index.js';
import { findImpossibility } from '../../src/schedule/impossible-rule.js';
import { expandRecurrence } from '../../src/schedule/recurrence.js';
import type { RecurrenceRule } from '../../src/schedule/recurrence-rule.js';

/*
 * An independent reading of the simple parts of RFC 5545 (a step of
 * INTERVAL periods, BYMONTH, BYMONTHDAY, plain BYDAY, and the start date's
 * day, weekday or month when a rule names none), day by day. It checks
 * that a rule refused as never occurring really has no date.
 */
function firstDate(
  rule: RecurrenceRule,
  start: string,
  years: number,
  from = start,
): string | undefined {
  const first = toEpochDay(start);
  const [y0, m0, d0] = start.split('-').map(Number) as [number, number, number];
  const weekdayOf = (day: number) => WEEKDAYS[(((day + 3) % 7) + 7) % 7];
  const bare = !rule.weekdays && !rule.monthDays;

  const end = toEpochDay(from) + years * 366;
  for (let day = first; day < end; day += 1) {
    const date = fromEpochDay(day);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const weekStart = WEEKDAYS.indexOf(rule.weekStart ?? 'mon');
    const weekBeginning = (n: number) =>
      n - ((((n + 3 - weekStart) % 7) + 7) % 7);

    const step = {
      daily: day - first,
      weekly: (weekBeginning(day) - weekBeginning(first)) / 7,
      monthly: (y - y0) * 12 + (m - m0),
      yearly: y - y0,
    }[rule.frequency];
    if (step % rule.interval !== 0) continue;

    const months =
      rule.months ?? (rule.frequency === 'yearly' && bare ? [m0] : undefined);
    if (months && !months.includes(m)) continue;
    const calendarRule =
      rule.frequency === 'monthly' || rule.frequency === 'yearly';
    const days = rule.monthDays ?? (bare && calendarRule ? [d0] : undefined);
    if (days && !days.some((n) => n === d || n === d - length - 1)) continue;
    const weekdays =
      rule.weekdays?.map((w) => w.weekday) ??
      (bare && rule.frequency === 'weekly' ? [weekdayOf(first)] : undefined);
    if (weekdays && !weekdays.includes(weekdayOf(day) as Weekday)) continue;
    if (date >= from) return date;
  }
  return undefined;
}

const ruleArbitrary = fc.record(
  {
    frequency: fc.constantFrom('daily', 'weekly', 'monthly', 'yearly'),
    interval: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(12)),
    months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), {
      minLength: 1,
      maxLength: 3,
    }),
    monthDays: fc.uniqueArray(
      fc.oneof(
        fc.integer({ min: 28, max: 31 }),
        fc.integer({ min: -31, max: -28 }),
        fc.integer({ min: 1, max: 27 }),
      ),
      { minLength: 1, maxLength: 2 },
    ),
    weekdays: fc.uniqueArray(
      fc.constantFrom(...WEEKDAYS).map((weekday) => ({ weekday })),
      { minLength: 1, maxLength: 2, selector: (w) => w.weekday },
    ),
    weekStart: fc.constantFrom(...WEEKDAYS),
  },
  { requiredKeys: ['frequency', 'interval'] },
) as fc.Arbitrary<RecurrenceRule>;

const startArbitrary = fc
  .integer({ min: toEpochDay('2027-01-01'), max: toEpochDay('2027-12-31') })
  .map(fromEpochDay);

describe('recurrence checks and expansion', () => {
  it('refuses only rules that have no date at all', () => {
    fc.assert(
      fc.property(ruleArbitrary, startArbitrary, (rule, start) => {
        if (findImpossibility(rule, start) === undefined) return;
        expect(firstDate(rule, start, 60)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('reads rules as rrule does, so the check above means something', () => {
    fc.assert(
      fc.property(ruleArbitrary, startArbitrary, (rule, start) => {
        const expected = firstDate(rule, start, 3);
        if (expected === undefined) return;
        const window = {
          from: start,
          to: fromEpochDay(toEpochDay(start) + 3 * 366 - 1),
        };
        const found = expandRecurrence(rule, start, window, 1);
        expect(found.dates[0]).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same dates for a rule that began years before the window', () => {
    const longAgo = fc
      .integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2026-12-31') })
      .map(fromEpochDay);
    fc.assert(
      fc.property(ruleArbitrary, longAgo, (rule, start) => {
        const from = '2027-01-01';
        const expected = firstDate(rule, start, 3, from);
        if (expected === undefined) return;
        // The same days the reading above looks at.
        const window = {
          from,
          to: fromEpochDay(toEpochDay(from) + 3 * 366 - 1),
        };
        const found = expandRecurrence(rule, start, window, 1);
        expect(found.dates[0]).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });
});
