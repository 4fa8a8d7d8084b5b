import type { Participation } from 'reachplan';
import {
  calibrateBehaviour,
  createStream,
  expandSessions,
  generateDistrict,
  japanCalendar,
  parseScenario,
} from 'reachplan';
import { bench, describe } from 'vitest';
import { secondDistrict } from '../examples/lib/plans.js';

// A district the size of Los Angeles Unified with the second district's
// catalogue: twice-weekly opt-in sessions and monthly department PD at
// 900 schools, and a year of records drawn at about one session in ten.
const base = secondDistrict();
const scenario = parseScenario({
  ...base,
  district: generateDistrict({
    schools: 900,
    educators: 25_000,
    seed: 3,
    calendar: japanCalendar(2027),
  }),
});
const sessions = expandSessions(scenario);
const stream = createStream(3, 'records');
const records: Participation[] = sessions
  .filter((s) => s.offeringId === 'open-sessions')
  .flatMap((session) =>
    scenario.district.educators
      .filter(() => stream.chance(0.1))
      .map((e) => ({
        kind: 'session' as const,
        educatorId: e.id,
        offeringId: session.offeringId,
        sessionId: session.id,
        at: session.start,
        minutes: session.durationMinutes,
        channel: 'opt-in' as const,
      })),
  );

// The plain baseline: attendances per educator in a Map, no chances, no
// groups, no intervals: the least any calibration has to do.
function countAttendances(list: readonly Participation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of list) {
    counts.set(record.educatorId, (counts.get(record.educatorId) ?? 0) + 1);
  }
  return counts;
}

describe(`calibrate from ${records.length} records, 25,000 educators`, () => {
  bench('calibrateBehaviour', () => {
    calibrateBehaviour(scenario, records, { sessions });
  });

  bench('baseline: count attendances per educator', () => {
    countAttendances(records);
  });
});
