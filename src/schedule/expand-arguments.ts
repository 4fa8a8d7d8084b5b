import type { ReachplanIssue } from '../model/issues.js';
import { isLocalDate } from '../model/primitives.js';
import type { ExpandOptions, ExpandRange } from './expand-sessions.js';

/**
 * Checks the range and options given to `expandSessions`.
 *
 * @internal
 */
export function checkExpandArguments(
  range: ExpandRange | undefined,
  options: ExpandOptions,
): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];
  if (range) {
    for (const key of ['from', 'to'] as const) {
      if (!isLocalDate(range[key])) {
        issues.push({
          code: 'invalid_date',
          path: ['range', key],
          message: `${key} ${JSON.stringify(range[key])} is not a real date written YYYY-MM-DD`,
        });
      }
    }
    if (issues.length === 0 && range.from > range.to) {
      issues.push({
        code: 'invalid_range',
        path: ['range'],
        message: `the range starts on ${range.from}, after its end ${range.to}`,
      });
    }
  }

  const max = options.maxSessions;
  if (max !== undefined && !(Number.isInteger(max) && max >= 1)) {
    issues.push({
      code: 'invalid_option',
      path: ['options', 'maxSessions'],
      message: `maxSessions ${String(max)} is not a whole number from 1`,
    });
  }
  return issues;
}
