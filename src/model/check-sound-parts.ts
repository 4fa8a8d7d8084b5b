import { checkCalendar } from '../calendar/check-calendar.js';
import type { Catalogue } from './catalogue.js';
import { catalogueSchema } from './catalogue.js';
import { checkCatalogue, checkEligibility } from './check-catalogue.js';
import { checkDistrict } from './check-district.js';
import type { District } from './district.js';
import { districtSchema } from './district.js';
import type { ReachplanIssue } from './issues.js';
import { safeParseWithRoster } from './long-roster.js';
import { safeParseWith } from './zod-issues.js';

/**
 * When a scenario's shape is broken somewhere, checks the district and the
 * catalogue whose own shape is sound, so a typo in the catalogue does not
 * hide an educator at an unknown school. The checks that need the whole
 * scenario (requirements, cascades, schedules) wait for a sound shape.
 *
 * @param input - the scenario input whose shape failed.
 * @param shapeIssues - the shape issues found in it.
 * @returns the issues of the sound parts' checks, scenario paths.
 * @internal
 */
export function checkSoundParts(
  input: unknown,
  shapeIssues: readonly ReachplanIssue[],
): ReachplanIssue[] {
  const broken = new Set(shapeIssues.map((issue) => issue.path[0]));
  // An issue at the root (not an object, unreadable) leaves no part sound.
  if (broken.has(undefined)) return [];

  const district = broken.has('district')
    ? undefined
    : soundPart<District>(input, 'district', (value) =>
        safeParseWithRoster(districtSchema, value, []),
      );
  const catalogue = broken.has('catalogue')
    ? undefined
    : soundPart<Catalogue>(input, 'catalogue', (value) =>
        safeParseWith(catalogueSchema, value),
      );

  const issues: ReachplanIssue[] = [];
  if (district) {
    issues.push(...checkDistrict(district, ['district']));
    issues.push(...checkCalendar(district.calendar, ['district', 'calendar']));
  }
  if (catalogue) issues.push(...checkCatalogue(catalogue, ['catalogue']));
  if (district && catalogue) {
    issues.push(...checkEligibility(catalogue, district, ['catalogue']));
  }
  return issues;
}

function soundPart<T>(
  input: unknown,
  key: string,
  parse: (value: unknown) => { success: boolean; data?: T },
): T | undefined {
  // The input was read once already; a proxy may still refuse a second go.
  try {
    if (typeof input !== 'object' || input === null) return undefined;
    const result = parse((input as Record<string, unknown>)[key]);
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
