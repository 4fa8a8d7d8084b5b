import type { DayNames } from './day-names.js';
import type {
  RequirementPeriod,
  RequirementStatus,
  RequirementUnit,
} from './report-types.js';
import { hundredths } from './rule-run.js';

const PERIOD_WORDS: Record<RequirementPeriod['kind'], string> = {
  term: 'this term',
  year: 'this year',
  rolling: 'in the window',
  month: 'this month',
  validity: 'before it lapses',
};

/** What {@link describeVerdict} needs. @internal */
export interface NoteFacts {
  readonly status: RequirementStatus;
  readonly unit: RequirementUnit;
  readonly periodKind: RequirementPeriod['kind'];
  readonly target: number;
  readonly progress: number;
  readonly needed: number;
  readonly sessionsLeft: number;
  readonly chanceWord: 'session' | 'seat';
  readonly selfPaced: boolean;
  readonly lastChance: number | undefined;
}

/**
 * One line for people: "1 session needed, 2 sessions left this term, last
 * on 12 July".
 *
 * @internal
 */
export function describeVerdict(facts: NoteFacts, dates?: DayNames): string {
  const when = PERIOD_WORDS[facts.periodKind];
  if (facts.status === 'exempt') return `exempt ${when}`;
  if (facts.status === 'met') {
    const done = amount(facts.unit, facts.progress);
    return `met: ${done} ${when}, ${amount(facts.unit, facts.target)} required`;
  }

  const parts = [`${amount(facts.unit, facts.needed)} needed`];
  const left = facts.sessionsLeft;
  const chances =
    left === 0 ? `no ${facts.chanceWord}s` : plural(left, facts.chanceWord);
  parts.push(`${chances} left ${when}`);
  if (facts.selfPaced) parts.push('self-paced options open');
  const last = facts.lastChance;
  if (last !== undefined && dates !== undefined && facts.status !== 'behind') {
    parts.push(`last on ${dates.spoken(last)}`);
  }
  return parts.join(', ');
}

function amount(unit: RequirementUnit, value: number): string {
  switch (unit) {
    case 'minutes':
      return duration(value);
    case 'credits':
      return value === 1
        ? '1 credit hour'
        : `${hundredths(value)} credit hours`;
    case 'sessions':
      return plural(value, 'session');
    case 'categories':
      return value === 1 ? '1 category' : `${value} categories`;
    case 'completions':
      return plural(value, 'completion');
    case 'leaders':
      return plural(value, 'leader');
  }
}

function duration(minutes: number): string {
  const whole = Math.ceil(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
