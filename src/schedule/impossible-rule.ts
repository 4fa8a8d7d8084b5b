import type { LocalDate } from '../calendar/local-date.js';
import { monthOf, weekdayOf } from '../calendar/local-date.js';
import type { RecurrenceRule } from './recurrence-rule.js';

/** The most days a month can have, January first (February in a leap year). */
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The rule as rrule reads it: a monthly or yearly rule without weekdays or
 * month days falls on the start date's day, and a yearly one without
 * months in the start date's month.
 */
interface EffectiveRule {
  readonly rule: RecurrenceRule;
  /** The months a period of the rule can fall in. */
  readonly months: readonly number[];
  readonly monthDays: readonly number[];
}

/**
 * Finds filter combinations that can never match any day.
 *
 * rrule only stops at its `until` when it produces a date, so a rule that
 * can never match walks period by period to the year 9999: about 20 s for
 * a daily rule, a second or more for a weekly or monthly one. These checks
 * catch the shapes that do that before rrule sees the rule. Each is exact
 * for what it looks at, so a rule that can occur is never refused.
 *
 * @param rule - the rule, already read.
 * @param startDate - its first date, which fixes the weekday of a daily
 *   step and the months a monthly step reaches.
 * @returns why the rule can never occur, or undefined when it can.
 * @internal
 */
export function findImpossibility(
  rule: RecurrenceRule,
  startDate: LocalDate,
): string | undefined {
  const effective = effectiveRule(rule, startDate);
  return (
    unreachableMonths(effective, startDate) ??
    missingMonthDays(effective) ??
    ordinalsBeyondMonths(rule) ??
    setPositionsBeyond(rule) ??
    ordinalsOffMonthDays(rule) ??
    stepMissesWeekdays(rule, startDate)
  );
}

function effectiveRule(
  rule: RecurrenceRule,
  startDate: LocalDate,
): EffectiveRule {
  const startDay = Number(startDate.slice(8, 10));
  const bare = !rule.weekdays?.length && !rule.monthDays?.length;
  const calendarRule =
    rule.frequency === 'monthly' || rule.frequency === 'yearly';
  const monthDays = bare && calendarRule ? [startDay] : (rule.monthDays ?? []);

  const allowed = rule.months?.length
    ? rule.months
    : rule.frequency === 'yearly' && bare
      ? [monthOf(startDate)]
      : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const reached = reachedMonths(rule, monthOf(startDate));
  const months = allowed.filter((m) => reached.includes(m));
  return { rule, months, monthDays };
}

/** Months a monthly step from the start month reaches; all for the rest. */
function reachedMonths(rule: RecurrenceRule, startMonth: number): number[] {
  const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  if (rule.frequency !== 'monthly') return all;
  return all.filter((m) => (m - startMonth) % gcd(rule.interval, 12) === 0);
}

function unreachableMonths(
  { rule, months }: EffectiveRule,
  startDate: LocalDate,
): string | undefined {
  if (months.length > 0 || rule.frequency !== 'monthly') return undefined;
  const wanted = (rule.months ?? []).join(', ');
  return `every ${rule.interval} months from month ${monthOf(startDate)} never reaches BYMONTH ${wanted}`;
}

function missingMonthDays({
  rule,
  months,
  monthDays,
}: EffectiveRule): string | undefined {
  if (monthDays.length === 0 || months.length === 0) return undefined;
  const longest = Math.max(...months.map((m) => MONTH_LENGTHS[m - 1] ?? 31));
  if (!monthDays.every((d) => Math.abs(d) > longest)) return undefined;
  const whose = rule.monthDays?.length ? '' : ", the start date's day";
  return `no month it can fall in has day ${monthDays.join(', ')}${whose}`;
}

/** "The 6th Monday" of a month, when every weekday is numbered so. */
function ordinalsBeyondMonths(rule: RecurrenceRule): string | undefined {
  const weekdays = rule.weekdays ?? [];
  const inMonths =
    rule.frequency === 'monthly' ||
    (rule.frequency === 'yearly' && Boolean(rule.months?.length));
  const beyond = (nth: number | undefined) =>
    nth !== undefined && Math.abs(nth) > 5;
  if (!inMonths || weekdays.length === 0) return undefined;
  if (!weekdays.every((w) => beyond(w.nth))) return undefined;
  // Written back as in BYDAY: 6MO, -6FR.
  const named = weekdays
    .map((w) => `${w.nth}${w.weekday.slice(0, 2).toUpperCase()}`)
    .join(', ');
  return `no month has a ${named}: a weekday falls at most 5 times in a month`;
}

function setPositionsBeyond(rule: RecurrenceRule): string | undefined {
  const setSize = largestSet(rule);
  const positions = rule.setPositions ?? [];
  if (positions.length > 0 && positions.every((p) => Math.abs(p) > setSize)) {
    return `BYSETPOS ${positions.join(', ')} is beyond the ${setSize} days of each ${periodName(rule)}`;
  }
  return undefined;
}

/** The most days one period of the rule can hold, before BYSETPOS. */
function largestSet(rule: RecurrenceRule): number {
  const days = rule.monthDays?.length ? rule.monthDays : undefined;
  const weekdays = rule.weekdays ?? [];
  if (!days && weekdays.length === 0) {
    // rrule falls back on the start date's weekday or day: one a period,
    // or one in each month a yearly rule names.
    return rule.frequency === 'yearly' ? (rule.months?.length ?? 1) : 1;
  }

  // A plain weekday falls at most 5 times in a month and 53 in a year, and
  // on no more of the month days than share a weekday; a numbered one
  // (2TU, -1FR) once in its month, or in its year without BYMONTH.
  const numbered = weekdays.filter((w) => w.nth !== undefined).length;
  const plain = weekdays.length - numbered;
  const perMonth = days ? sameWeekdayDays(days) : 5;
  const none = Number.POSITIVE_INFINITY;

  switch (rule.frequency) {
    case 'daily':
      return 1;
    case 'weekly':
      return Math.min(days?.length ?? 7, weekdays.length || 7);
    case 'monthly': {
      const byWeekday = weekdays.length ? plain * perMonth + numbered : none;
      return Math.min(days?.length ?? none, byWeekday);
    }
    case 'yearly': {
      const held = rule.months?.length ?? 12;
      const ordinals = rule.months?.length ? numbered * held : numbered;
      const byWeekday = weekdays.length
        ? plain * Math.min(perMonth * held, 53) + ordinals
        : none;
      return Math.min(days ? days.length * held : none, byWeekday);
    }
  }
}

/**
 * How many of the month days can share one weekday in a month: days seven
 * apart do. Days counted from the end mix with the others differently from
 * month to month, so they count as all of them.
 */
function sameWeekdayDays(days: readonly number[]): number {
  if (days.some((d) => d < 0)) return new Set(days).size;
  const perClass = new Map<number, number>();
  for (const day of new Set(days)) {
    perClass.set(day % 7, (perClass.get(day % 7) ?? 0) + 1);
  }
  return Math.max(...perClass.values());
}

function periodName(rule: RecurrenceRule): string {
  const names = { daily: 'day', weekly: 'week', monthly: 'month' } as const;
  return rule.frequency === 'yearly' ? 'year' : names[rule.frequency];
}

function ordinalsOffMonthDays(rule: RecurrenceRule): string | undefined {
  const ordinals = (rule.weekdays ?? []).filter((w) => w.nth !== undefined);
  const plain = (rule.weekdays ?? []).length > ordinals.length;
  const days = rule.monthDays ?? [];
  if (rule.frequency !== 'monthly' || days.length === 0) return undefined;
  if (ordinals.length === 0 || plain) return undefined;

  const reachable = ordinals.some((w) =>
    days.some((d) => ordinalCanFall(w.nth ?? 0, d)),
  );
  return reachable
    ? undefined
    : 'its numbered weekdays never fall on its month days';
}

/** Whether the nth weekday of a month can fall on month day `day`. */
function ordinalCanFall(nth: number, day: number): boolean {
  if (nth > 0) {
    const first = (nth - 1) * 7 + 1;
    return day > 0 ? day >= first && day <= first + 6 : true;
  }
  // Counting from the end: the last is on day -1 to -7, and so on.
  const last = (-nth - 1) * 7 + 1;
  return day < 0 ? -day >= last && -day <= last + 6 : true;
}

function stepMissesWeekdays(
  rule: RecurrenceRule,
  startDate: LocalDate,
): string | undefined {
  const plain = (rule.weekdays ?? []).map((w) => w.weekday);
  const startWeekday = weekdayOf(startDate);
  const sameWeekdayEachTime =
    rule.frequency === 'daily' && rule.interval % 7 === 0;
  if (!sameWeekdayEachTime || plain.length === 0) return undefined;
  if (plain.includes(startWeekday)) return undefined;
  return `every ${rule.interval} days from a ${startWeekday} never lands on ${plain.join(', ')}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
