import { checkScenarioCalendar } from '../calendar/check-calendar.js';
import { checkCascades } from '../cascade/check-cascades.js';
import { checkRequirements } from '../requirements/check-requirements.js';
import { checkSchedules } from '../schedule/check-schedules.js';
import { checkScenarioCatalogue } from './check-catalogue.js';
import { checkScenarioDistrict } from './check-district.js';
import type { ReachplanIssue } from './issues.js';
import type { Scenario } from './scenario.js';

/**
 * A check that runs after the shape is valid: references between parts,
 * duplicates, dates that must agree. Each area of the library adds its own.
 *
 * @internal
 */
export type ScenarioCheck = (scenario: Scenario) => ReachplanIssue[];

/**
 * The checks run by {@link parseScenario}, in order. Every check runs, so
 * all problems are reported at once.
 *
 * @internal
 */
export const SCENARIO_CHECKS: readonly ScenarioCheck[] = [
  checkScenarioDistrict,
  checkScenarioCatalogue,
  checkRequirements,
  checkCascades,
  checkScenarioCalendar,
  checkSchedules,
];

/**
 * Runs every scenario check and gathers the issues.
 *
 * @internal
 */
export function checkScenario(scenario: Scenario): ReachplanIssue[] {
  return SCENARIO_CHECKS.flatMap((check) => check(scenario));
}
