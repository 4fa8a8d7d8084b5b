import type { ReachplanIssue } from '../model/issues.js';
import type { Schedule } from '../model/schedule-schema.js';
import { findImpossibility } from './impossible-rule.js';
import type { RecurrenceRule } from './recurrence-rule.js';
import { fromStructured } from './recurrence-rule.js';
import { parseRuleText } from './recurrence-text.js';

/** A schedule given as a recurrence. */
type RecurrenceSchedule = Extract<Schedule, { kind: 'recurrence' }>;

/**
 * A recurrence read into the common shape, or the issue that stops it.
 *
 * @internal
 */
export type ReadRecurrence =
  | {
      readonly ok: true;
      readonly rule: RecurrenceRule;
      /** How messages name the rule: quoted text, or "the recurrence". */
      readonly named: string;
    }
  | { readonly ok: false; readonly issue: ReachplanIssue };

/**
 * Reads a schedule's rule, and refuses one that cannot be read
 * (`invalid_rule`) or can never occur (`no_occurrences`), at
 * `path` + `rule`. Parsing a scenario and expanding it both read rules
 * here, so the two give the same issue, word for word.
 *
 * @internal
 */
export function readRecurrence(
  schedule: RecurrenceSchedule,
  path: readonly (string | number)[],
): ReadRecurrence {
  const rulePath = [...path, 'rule'];
  const named =
    typeof schedule.rule === 'string'
      ? `rule ${quoteRule(schedule.rule)}`
      : 'the recurrence';

  const read =
    typeof schedule.rule === 'string'
      ? parseRuleText(schedule.rule)
      : { ok: true as const, rule: fromStructured(schedule.rule) };
  if (!read.ok) {
    const message = `${named} is not a valid RRULE: ${read.reason}`;
    return refuse('invalid_rule', rulePath, message);
  }

  const never = findImpossibility(read.rule, schedule.startDate);
  if (never) {
    const message = `${named} can never occur: ${never}`;
    return refuse('no_occurrences', rulePath, message);
  }
  return { ok: true, rule: read.rule, named };
}

function refuse(
  code: string,
  path: (string | number)[],
  message: string,
): ReadRecurrence {
  return { ok: false, issue: { code, path, message } };
}

/** Quotes a rule for a message; very long rules are cut at 120 characters. */
function quoteRule(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}
