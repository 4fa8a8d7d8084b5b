import { describe, expect, it } from 'vitest';
import { evaluateRequirements } from '../../src/index.js';
import { attended, tokyo, verdictOf, withRules } from './helpers.js';

const onePerTerm = {
  id: 'one',
  name: 'One a term',
  kind: 'sessions-per-term',
  sessions: 1,
};

describe('sessions-per-term', () => {
  it('counts a session at 23:30 local on the last day of term for that term', () => {
    const scenario = withRules([onePerTerm]);
    const late = attended('e1', 'late', '2027-07-20', '23:30', 30);
    // 23:30 in Tokyo is 14:30 UTC the same day; a host in New York would
    // read it as 10:30 on the 20th, one in Auckland as the 21st.
    expect(late.at).toBe('2027-07-20T14:30:00.000Z');
    const report = evaluateRequirements(
      scenario,
      [late],
      tokyo('2027-07-21', '09:00'),
    );

    const e1 = verdictOf(report, 'e1', 'one');
    expect(e1?.period).toEqual({
      kind: 'term',
      id: 't1',
      start: '2027-04-06',
      end: '2027-07-20',
    });
    expect(e1?.status).toBe('met');
    expect(e1?.note).toBe('met: 1 session this term, 1 session required');
    expect(verdictOf(report, 'e2', 'one')?.status).toBe('behind');
    expect(verdictOf(report, 'e2', 'one')?.note).toBe(
      '1 session needed, no sessions left this term',
    );
  });

  it('does not count the first minutes of the next term for the term before', () => {
    const scenario = withRules([onePerTerm]);
    const early = attended('e1', 'opt-in', '2027-09-07', '16:00', 60);
    const report = evaluateRequirements(
      scenario,
      [early],
      tokyo('2027-09-08', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'one')?.period.id).toBe('t2');
    expect(verdictOf(report, 'e1', 'one')?.status).toBe('met');

    const before = evaluateRequirements(
      scenario,
      [early],
      tokyo('2027-08-20', '09:00'),
    );
    expect(verdictOf(before, 'e1', 'one')?.period.id).toBe('t1');
    expect(verdictOf(before, 'e1', 'one')?.status).toBe('behind');
  });

  it('names the sessions left mid-term and the last day to start', () => {
    const scenario = withRules([
      { ...onePerTerm, id: 'two-tl', sessions: 2, categoryIds: ['tl'] },
    ]);
    const report = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-07-14', '12:00'),
    );

    const e1 = verdictOf(report, 'e1', 'two-tl');
    expect(e1).toMatchObject({
      status: 'at-risk',
      target: 2,
      progress: 0,
      needed: 2,
      sessionsLeft: 3,
      lastChance: '2027-07-15',
      note: '2 sessions needed, 3 sessions left this term, last on 15 July',
    });
    // e6 works Mondays and Tuesdays only: one Tuesday session is left.
    const e6 = verdictOf(report, 'e6', 'two-tl');
    expect(e6?.status).toBe('behind');
    expect(e6?.note).toBe('2 sessions needed, 1 session left this term');
    expect(e6?.lastChance).toBeUndefined();
  });

  it('is on track with twice the chances needed and at risk with fewer', () => {
    const scenario = withRules([{ ...onePerTerm, categoryIds: ['tl'] }]);
    const report = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-07-14', '12:00'),
    );
    expect(verdictOf(report, 'e1', 'one')?.status).toBe('on-track');
    expect(verdictOf(report, 'e6', 'one')?.status).toBe('at-risk');
  });

  it('ignores a short attendance and a session recorded twice', () => {
    const scenario = withRules([{ ...onePerTerm, sessions: 2 }]);
    const full = attended('e1', 'opt-in', '2027-07-13', '16:00', 60);
    const short = attended('e2', 'opt-in', '2027-07-13', '16:00', 20);
    const fuller = { ...short, educatorId: 'e3', minutes: 50 };
    const records = [full, full, short, { ...short, educatorId: 'e3' }, fuller];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-21', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'one')?.progress).toBe(1);
    expect(verdictOf(report, 'e2', 'one')?.progress).toBe(0);
    // Recorded short, then in full: the fuller record counts.
    expect(verdictOf(report, 'e3', 'one')?.progress).toBe(1);
  });

  it('scales targets for part-time staff, rounding up', () => {
    const scenario = withRules([{ ...onePerTerm, sessions: 3 }]);
    const report = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-05-01', '09:00'),
    );
    expect(verdictOf(report, 'e5', 'one')?.target).toBe(2); // 3 × 0.5 → 2
    expect(verdictOf(report, 'e4', 'one')?.target).toBe(3);

    const flat = withRules([{ ...onePerTerm, sessions: 3, proRata: false }]);
    const same = evaluateRequirements(flat, [], tokyo('2027-05-01', '09:00'));
    expect(verdictOf(same, 'e5', 'one')?.target).toBe(3);
  });

  it('exempts for good, and scales the target for part of a term on leave', () => {
    const scenario = withRules([
      {
        ...onePerTerm,
        sessions: 3,
        exemptions: [
          { educatorId: 'e2' },
          { educatorId: 'e3', from: '2027-04-06', to: '2027-05-31' },
          { educatorId: 'e4', from: '2027-09-01', to: '2027-12-24' },
        ],
      },
    ]);
    const report = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-07-01', '09:00'),
    );
    expect(verdictOf(report, 'e2', 'one')?.status).toBe('exempt');
    expect(verdictOf(report, 'e2', 'one')?.note).toBe('exempt this term');
    // 56 of the term's 106 days on leave: 3 × 50/106 → 2.
    expect(verdictOf(report, 'e3', 'one')?.target).toBe(2);
    expect(verdictOf(report, 'e4', 'one')?.target).toBe(3);

    const later = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-10-01', '09:00'),
    );
    expect(verdictOf(later, 'e4', 'one')?.status).toBe('exempt');
  });

  it('reports an instant that is not a date-time', () => {
    const scenario = withRules([onePerTerm]);
    expect(() =>
      evaluateRequirements(scenario, [], 'next tuesday'),
    ).toThrowError(
      'asOf: "next tuesday" is not a date-time such as "2027-07-01T09:00:00+09:00"',
    );
    expect(() =>
      evaluateRequirements(scenario, [], new Date('2027-13-01')),
    ).toThrowError(
      'asOf: an invalid Date is not a date-time such as "2027-07-01T09:00:00+09:00"',
    );
  });
});
