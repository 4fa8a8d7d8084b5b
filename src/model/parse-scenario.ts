import { checkScenario } from './check-scenario.js';
import { checkSoundParts } from './check-sound-parts.js';
import type { ReachplanIssue, SafeResult } from './issues.js';
import { unwrapResult } from './issues.js';
import { safeParseWithRoster } from './long-roster.js';
import type { Scenario } from './scenario.js';
import { scenarioSchema } from './scenario.js';
import { capIssues } from './zod-issues.js';

/**
 * Validates a scenario and returns every issue found, never throwing.
 *
 * Shape comes first; the checks across parts (duplicate ids, unknown
 * references, overlapping terms, …) run once the shape is valid. When the
 * shape is broken, the district and the catalogue whose own shape is sound
 * are still checked, so both kinds of issue come back together; the checks
 * of cascades, requirements and schedules wait for a sound shape.
 *
 * @param input - anything, typically `JSON.parse` of a scenario file.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * const result = safeParseScenario({ schemaVersion: 1 });
 * if (!result.success) result.issues[0]?.path; // ['name']
 * ```
 */
export function safeParseScenario(input: unknown): SafeResult<Scenario> {
  const shaped = safeParseWithRoster(scenarioSchema, input, ['district']);
  if (!shaped.success) {
    const full = shaped.issues.some((i) => i.code === 'too_many_issues');
    if (full) return shaped;
    const more = runChecks(() => checkSoundParts(input, shaped.issues));
    return { success: false, issues: capIssues([...shaped.issues, ...more]) };
  }

  const issues = capIssues(runChecks(() => checkScenario(shaped.data)));
  if (issues.length > 0) return { success: false, issues };
  return shaped;
}

/**
 * Runs checks. A check that throws is a fault in reachplan, not in the
 * input; it is still reported as an issue, so callers only ever meet
 * {@link ReachplanError}.
 */
function runChecks(
  checks: () => readonly ReachplanIssue[],
): readonly ReachplanIssue[] {
  try {
    return checks();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `a scenario check failed unexpectedly: ${reason}`;
    return [{ code: 'internal_error', path: [], message }];
  }
}

/**
 * Validates a scenario and returns it typed.
 *
 * @param input - anything, typically `JSON.parse` of a scenario file.
 * @returns the scenario.
 * @throws {@link ReachplanError} carrying every issue found.
 * @example
 * ```ts
 * const scenario = parseScenario(exampleScenario());
 * scenario.district.schools.length; // 21
 * ```
 */
export function parseScenario(input: unknown): Scenario {
  return unwrapResult(safeParseScenario(input));
}
