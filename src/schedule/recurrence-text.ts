import type { Weekday } from '../model/primitives.js';
import { isLocalDate, WEEKDAYS } from '../model/primitives.js';
import type { RecurrenceRule, RecurrenceWeekday } from './recurrence-rule.js';

/**
 * The outcome of reading an RRULE string: the rule, or why it was refused.
 *
 * @internal
 */
export type ParsedRuleText =
  | { readonly ok: true; readonly rule: RecurrenceRule }
  | { readonly ok: false; readonly reason: string };

const FREQUENCIES = {
  DAILY: 'daily',
  WEEKLY: 'weekly',
  MONTHLY: 'monthly',
  YEARLY: 'yearly',
} as const;

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Parts that would fight the schedule's own start date, time and zone. */
const OWNED_BY_SCHEDULE: Record<string, string> = {
  DTSTART: 'the schedule’s startDate and startTime give the start',
  TZID: 'the district’s time zone applies',
  BYHOUR: 'the schedule’s startTime sets the time',
  BYMINUTE: 'the schedule’s startTime sets the time',
  BYSECOND: 'the schedule’s startTime sets the time',
  BYYEARDAY: 'use BYMONTH with BYMONTHDAY',
  BYWEEKNO: 'use BYMONTH with BYDAY',
  BYEASTER: 'it is not part of RFC 5545',
};

/**
 * Reads an RFC 5545 RRULE value such as `FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8`
 * (an `RRULE:` prefix is accepted). Stricter than rrule's own parser, which
 * lets misspelt parts through silently.
 *
 * @internal
 */
export function parseRuleText(text: string): ParsedRuleText {
  const body = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();

  for (const part of body.split(';')) {
    if (part === '') continue;
    const match = /^([A-Za-z]+)=(.*)$/.exec(part);
    if (!match) return refuse(`"${part}" is not written NAME=VALUE`);
    const name = (match[1] as string).toUpperCase();
    if (parts.has(name)) return refuse(`${name} is given twice`);
    parts.set(name, match[2] as string);
  }

  for (const name of parts.keys()) {
    const owner = OWNED_BY_SCHEDULE[name];
    if (owner) return refuse(`${name} is not supported: ${owner}`);
    if (!KNOWN.has(name)) return refuse(`unknown part "${name}"`);
  }

  try {
    return { ok: true, rule: buildRule(parts) };
  } catch (error) {
    if (error instanceof RuleTextError) return refuse(error.message);
    throw error;
  }
}

const KNOWN = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
]);

class RuleTextError extends Error {}

function refuse(reason: string): ParsedRuleText {
  return { ok: false, reason };
}

function buildRule(parts: Map<string, string>): RecurrenceRule {
  const freqText = parts.get('FREQ');
  if (freqText === undefined) throw new RuleTextError('FREQ is required');
  const frequency =
    FREQUENCIES[freqText.toUpperCase() as keyof typeof FREQUENCIES];
  if (!frequency) {
    throw new RuleTextError(
      `FREQ "${freqText}" is not one of DAILY, WEEKLY, MONTHLY, YEARLY`,
    );
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) {
    throw new RuleTextError('COUNT and UNTIL cannot both be given');
  }

  const weekdays = optional(parts, 'BYDAY', (v) => list(v, readWeekday));
  const ordinal = weekdays?.some((w) => w.nth !== undefined);
  if (ordinal && (frequency === 'daily' || frequency === 'weekly')) {
    throw new RuleTextError(
      `numbered BYDAY such as "${parts.get('BYDAY')}" needs FREQ MONTHLY or YEARLY`,
    );
  }

  // RFC 5545 reads "1MO,TU" as the first Monday and every Tuesday; rrule
  // asks a day to be both, so such a rule would never occur.
  if (ordinal && weekdays?.some((w) => w.nth === undefined)) {
    throw new RuleTextError(
      `BYDAY "${parts.get('BYDAY')}" mixes numbered weekdays with plain ones; give numbered (1MO) or plain (TU) weekdays, not both`,
    );
  }

  const interval = optional(parts, 'INTERVAL', (v) =>
    wholeNumber('INTERVAL', v, 1, 1000),
  );
  return {
    frequency,
    interval: interval ?? 1,
    ...spread('count', optional(parts, 'COUNT', countOf)),
    ...spread('until', optional(parts, 'UNTIL', readUntil)),
    ...spread('weekdays', weekdays),
    ...spread(
      'monthDays',
      optional(parts, 'BYMONTHDAY', (v) => list(v, readMonthDay)),
    ),
    ...spread(
      'months',
      optional(parts, 'BYMONTH', (v) =>
        list(v, (m) => wholeNumber('BYMONTH', m, 1, 12)),
      ),
    ),
    ...spread(
      'setPositions',
      optional(parts, 'BYSETPOS', (v) => list(v, readSetPosition)),
    ),
    ...spread('weekStart', optional(parts, 'WKST', readWeekStart)),
  };
}

function spread<K extends string, V>(
  key: K,
  value: V | undefined,
): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function optional<T>(
  parts: Map<string, string>,
  name: string,
  read: (value: string) => T,
): T | undefined {
  const value = parts.get(name);
  return value === undefined ? undefined : read(value);
}

function list<T>(value: string, read: (item: string) => T): T[] {
  return value.split(',').map(read);
}

function wholeNumber(name: string, text: string, min: number, max: number) {
  const value = /^[+-]?\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RuleTextError(
      `${name} "${text}" is not a whole number from ${min} to ${max}`,
    );
  }
  return value;
}

function countOf(text: string): number {
  return wholeNumber('COUNT', text, 1, 100_000);
}

function readMonthDay(text: string): number {
  const day = wholeNumber('BYMONTHDAY', text, -31, 31);
  if (day === 0) throw new RuleTextError('BYMONTHDAY "0" is not a day');
  return day;
}

function readSetPosition(text: string): number {
  const position = wholeNumber('BYSETPOS', text, -366, 366);
  if (position === 0) throw new RuleTextError('BYSETPOS "0" is not a position');
  return position;
}

function readWeekday(text: string): RecurrenceWeekday {
  const match = /^([+-]?\d{1,2})?([A-Za-z]{2})$/.exec(text);
  const index = DAY_CODES.indexOf(
    (match?.[2] ?? '').toUpperCase() as (typeof DAY_CODES)[number],
  );
  const nth = match?.[1] === undefined ? undefined : Number(match[1]);
  if (!match || index < 0 || nth === 0 || (nth && Math.abs(nth) > 53)) {
    throw new RuleTextError(
      `BYDAY "${text}" is not a weekday such as MO, TU or 2TU`,
    );
  }
  const weekday = WEEKDAYS[index] as Weekday;
  return nth === undefined ? { weekday } : { weekday, nth };
}

function readWeekStart(text: string): Weekday {
  const index = DAY_CODES.indexOf(
    text.toUpperCase() as (typeof DAY_CODES)[number],
  );
  if (index < 0) {
    throw new RuleTextError(`WKST "${text}" is not a weekday such as MO`);
  }
  return WEEKDAYS[index] as Weekday;
}

function readUntil(text: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(text);
  const date = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
  if (!match || !isLocalDate(date)) {
    throw new RuleTextError(`UNTIL "${text}" is not a date written YYYYMMDD`);
  }
  return date;
}
