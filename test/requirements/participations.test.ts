import { describe, expect, it } from 'vitest';
import {
  checkSupply,
  evaluateRequirements,
  safeParseParticipations,
} from '../../src/index.js';
import { attended, tokyo, withRules } from './helpers.js';

describe('participation records', () => {
  it('reports every bad record with its path', () => {
    const result = safeParseParticipations([
      attended('e1', 'opt-in', '2027-07-13', '16:00', 60),
      {
        kind: 'course',
        educatorId: 'e1',
        offeringId: 'x',
        at: 'yesterday',
        minutes: -5,
        channel: 'opt-in',
      },
    ]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([
      [1, 'at'],
      [1, 'minutes'],
    ]);
  });

  it('counts records naming unknown educators or offerings, and ignores them', () => {
    const scenario = withRules([
      { id: 'one', name: 'One', kind: 'sessions-per-term', sessions: 1 },
    ]);
    const records = [
      attended('e99', 'opt-in', '2027-07-13', '16:00', 60),
      attended('e1', 'gone', '2027-07-13', '16:00', 60),
    ];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-14', '09:00'),
    );
    expect(report.unmatchedParticipations).toBe(2);
    expect(report.aggregates.district.met).toBe(0);
  });
});

describe('checkSupply for hours and leaders', () => {
  it('counts hours in seat-minutes per term', () => {
    const scenario = withRules([
      {
        id: 'hours',
        name: 'Hours',
        kind: 'hours-per-period',
        hours: 1,
        period: { kind: 'term' },
        categoryIds: ['digital'],
        scope: { schoolIds: ['s3'] },
      },
    ]);
    const rows = checkSupply(scenario).rows;
    expect(rows[1]).toMatchObject({
      unit: 'minutes',
      educators: 2,
      seatsNeeded: 120,
      seatsOffered: 120,
      shortfall: 0,
    });
    expect(rows[0]?.reason).toBe(
      'rule "hours" asks for 60 minutes in term "t1", which schedules 0',
    );
  });

  it('counts a school with fewer possible leaders than needed as unreachable', () => {
    const scenario = withRules([
      {
        id: 'leaders',
        name: 'Leaders',
        kind: 'trained-leaders',
        offeringId: 'late',
        leaders: 2,
        scope: { roles: ['principal'] },
      },
    ]);
    const [row] = checkSupply(scenario).rows;
    expect(row?.impossible).toBe(false);
    expect(row?.unreachable).toBe(1);
  });
});
