import type {
  Participation,
  RequirementsReport,
  Scenario,
} from '../../src/index.js';
import { localToInstant, parseScenario } from '../../src/index.js';
import { fixtureScenario } from './fixture.js';

/** The fixture with the given rules, parsed. */
export function withRules(requirements: unknown[]): Scenario {
  return parseScenario({ ...fixtureScenario(), requirements });
}

/** An instant from a Tokyo wall-clock time. */
export function tokyo(date: string, time: string): string {
  return localToInstant(date, time, 'Asia/Tokyo').instant;
}

/** A full attendance of a fixture session, at its Tokyo start. */
export function attended(
  educatorId: string,
  offeringId: string,
  date: string,
  time: string,
  minutes: number,
  schoolId?: string,
): Participation {
  const suffix = schoolId === undefined ? '' : `/${schoolId}`;
  return {
    kind: 'session',
    educatorId,
    offeringId,
    sessionId: `${offeringId}@${date}T${time}${suffix}`,
    at: tokyo(date, time),
    minutes,
    channel: 'opt-in',
  };
}

/** A self-paced record at a Tokyo time. */
export function completed(
  educatorId: string,
  offeringId: string,
  date: string,
  time: string,
  kind: 'module' | 'course' = 'course',
  minutes = 30,
): Participation {
  return {
    kind,
    educatorId,
    offeringId,
    at: tokyo(date, time),
    minutes,
    channel: 'async-course',
  };
}

/** The verdict of one individual rule for one educator. */
export function verdictOf(
  report: RequirementsReport,
  educatorId: string,
  ruleId: string,
) {
  return report.results.find(
    (r) => r.educatorId === educatorId && r.ruleId === ruleId,
  );
}
