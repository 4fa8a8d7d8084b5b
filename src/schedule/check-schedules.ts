import { weekdayOf } from '../calendar/local-date.js';
import type { ReachplanIssue } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { findImpossibility, fromStructured } from './recurrence-rule.js';
import { parseRuleText } from './recurrence-text.js';

/**
 * Scenario check: every recurrence can be read (`invalid_rule`) and can
 * occur at all (`no_occurrences`), so a scenario file with a misspelt
 * RRULE fails when it is parsed, not later when it is expanded. Whether a
 * rule meets the calendar is left to `expandSessions`.
 *
 * @internal
 */
export function checkSchedules(scenario: Scenario): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];

  scenario.catalogue.offerings.forEach((offering, index) => {
    if (!('schedule' in offering)) return;
    const { schedule } = offering;
    if (schedule.kind !== 'recurrence') return;
    const path = ['catalogue', 'offerings', index, 'schedule', 'rule'];
    const named =
      typeof schedule.rule === 'string'
        ? `rule ${JSON.stringify(schedule.rule)}`
        : 'the recurrence';

    const read =
      typeof schedule.rule === 'string'
        ? parseRuleText(schedule.rule)
        : { ok: true as const, rule: fromStructured(schedule.rule) };
    if (!read.ok) {
      issues.push({
        code: 'invalid_rule',
        path,
        message: `${named} is not a valid RRULE: ${read.reason}`,
      });
      return;
    }
    const never = findImpossibility(read.rule, weekdayOf(schedule.startDate));
    if (never) {
      issues.push({
        code: 'no_occurrences',
        path,
        message: `${named} can never occur: ${never}`,
      });
    }
  });
  return issues;
}
