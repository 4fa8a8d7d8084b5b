import { describe, expect, it } from 'vitest';
import {
  allocateSeats,
  evaluateRequirements,
  expandSessions,
} from '../../src/index.js';
import { makeScenario, optIn } from './scenario-fixtures.js';

const scenario = makeScenario({
  offerings: [
    optIn(
      'open',
      {
        kind: 'dates',
        dates: ['2027-04-06', '2027-04-13'],
        startTime: '16:00',
      },
      { capacity: 1 },
    ),
  ],
  requirements: [
    { id: 'one', name: 'One a term', kind: 'sessions-per-term', sessions: 1 },
  ],
});
const sessions = expandSessions(scenario);
const [first, second] = sessions;

describe('allocateSeats with a requirement report', () => {
  it('gives the last seat to the educator who has not met the rule yet', () => {
    const report = evaluateRequirements(
      scenario,
      [
        {
          kind: 'session',
          educatorId: 'e1',
          offeringId: 'open',
          sessionId: first?.id ?? '',
          at: first?.start ?? '',
          minutes: 60,
          channel: 'opt-in',
        },
      ],
      '2027-04-08T12:00:00Z',
    );
    const notMet = new Set(
      report.results
        .filter((verdict) => verdict.status !== 'met')
        .map((verdict) => verdict.educatorId),
    );
    const requests = [
      {
        educatorId: 'e1',
        sessionId: second?.id ?? '',
        requestedAt: '2027-04-08T13:00:00Z',
      },
      {
        educatorId: 'e2',
        sessionId: second?.id ?? '',
        requestedAt: '2027-04-08T14:00:00Z',
      },
    ];
    const round = {
      sessions,
      educators: scenario.district.educators,
      requests,
      asOf: '2027-04-08T12:00:00Z',
    };

    expect([...notMet].sort()).toEqual(['e2', 'e3']);
    expect(allocateSeats(round).outcomes.map((o) => o.status)).toEqual([
      'seated',
      'waitlisted',
    ]);
    const favoured = allocateSeats({ ...round, favour: notMet });
    expect(favoured.outcomes.map((o) => o.status)).toEqual([
      'waitlisted',
      'seated',
    ]);
  });
});
