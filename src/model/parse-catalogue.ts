import type { Catalogue } from './catalogue.js';
import { catalogueSchema } from './catalogue.js';
import { checkCatalogue } from './check-catalogue.js';
import type { SafeResult } from './issues.js';
import { unwrapResult } from './issues.js';
import { capIssues, safeParseWith } from './zod-issues.js';

/**
 * Validates a catalogue on its own and returns every issue found, never
 * throwing. Paths start at the catalogue: `['offerings', 2, 'follows']`.
 *
 * On its own a catalogue cannot tell whether the schools and departments
 * its eligibility names exist; {@link safeParseScenario} checks that.
 *
 * @param input - anything, such as the `catalogue` part of a scenario file.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * const result = safeParseCatalogue({
 *   categories: [],
 *   offerings: [{ ...exampleScenario().catalogue.offerings[0], categoryIds: ['x'] }],
 * });
 * if (!result.success) result.issues[0].message;
 * // 'offering "lesson-design" names category "x", which is not in the catalogue'
 * ```
 */
export function safeParseCatalogue(input: unknown): SafeResult<Catalogue> {
  const shaped = safeParseWith(catalogueSchema, input);
  if (!shaped.success) return shaped;

  const issues = capIssues(checkCatalogue(shaped.data));
  if (issues.length > 0) return { success: false, issues };
  return shaped;
}

/**
 * Validates a catalogue on its own and returns it typed.
 *
 * @param input - anything, such as the `catalogue` part of a scenario file.
 * @returns the catalogue.
 * @throws {@link ReachplanError} carrying every issue found.
 * @example
 * ```ts
 * const catalogue = parseCatalogue(exampleScenario().catalogue);
 * catalogue.offerings.length; // 3
 * ```
 */
export function parseCatalogue(input: unknown): Catalogue {
  return unwrapResult(safeParseCatalogue(input));
}
