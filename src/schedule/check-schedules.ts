import type { ReachplanIssue } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { readRecurrence } from './read-recurrence.js';

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
    if (offering.schedule.kind !== 'recurrence') return;
    const path = ['catalogue', 'offerings', index, 'schedule'];

    const read = readRecurrence(offering.schedule, path);
    if (!read.ok) issues.push(read.issue);
  });
  return issues;
}
