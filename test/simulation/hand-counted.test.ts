import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/index.js';
import { simulate } from '../../src/index.js';
import { buildScenario, certain, dated, offeringCommon } from './fixtures.js';

// Ten educators at two schools; every chance is 0 or 1, so each figure is
// a count worked out by hand below.
function handCountedScenario() {
  return buildScenario({
    educators: [
      {
        id: 'a0',
        schoolId: 'sA',
        roles: ['teacher', 'ict-leader'],
        departments: ['maths'],
      },
      {
        id: 'a1',
        schoolId: 'sA',
        roles: ['teacher', 'ict-leader'],
        departments: ['science'],
      },
      { id: 'a2', schoolId: 'sA', roles: ['teacher'], departments: ['maths'] },
      { id: 'a3', schoolId: 'sA', roles: ['teacher'], departments: ['maths'] },
      { id: 'a4', schoolId: 'sA', roles: ['counsellor'] },
      {
        id: 'a5',
        schoolId: 'sA',
        roles: ['teacher'],
        departments: ['english'],
      },
      { id: 'b0', schoolId: 'sB', roles: ['ict-leader'] },
      { id: 'b1', schoolId: 'sB', roles: ['counsellor'] },
      { id: 'b2', schoolId: 'sB', roles: ['librarian'] },
      { id: 'b3', schoolId: 'sB', roles: ['teacher'] },
    ].map((e) => ({
      ...e,
      roles: e.roles as Role[],
      segment: 'early-majority' as const,
    })),
    offerings: [
      dated('ict', 'seminar-series', ['2027-05-10', '2027-06-14'], {
        startTime: '14:00',
        durationMinutes: 180,
        seatsPerSchool: 2,
        eligibility: { roles: ['ict-leader'] },
      }),
      dated('drop-in', 'opt-in-session', ['2027-05-20'], {
        eligibility: { roles: ['counsellor'] },
      }),
      dated('maths-pd', 'department-pd', ['2027-06-01'], {
        startTime: '15:00',
        venue: 'school',
        eligibility: { departments: ['maths'] },
      }),
      {
        id: 'micro',
        format: 'micro-learning',
        title: 'Micro',
        ...offeringCommon,
        durationMinutes: 10,
        venue: 'online',
        modules: 3,
        availableFrom: '2027-05-03',
        eligibility: { roles: ['librarian'] },
      },
    ],
    behaviour: certain,
    requirements: [
      {
        id: 'one-per-term',
        name: 'One a term',
        kind: 'sessions-per-term',
        sessions: 1,
      },
      {
        id: 'two-hours',
        name: 'Two hours a term',
        kind: 'hours-per-period',
        hours: 2,
        period: { kind: 'term' },
      },
    ],
  });
}

const exact = (value: number) => ({
  mean: value,
  p5: value,
  p50: value,
  p95: value,
  replications: 3,
});
const share = (count: number, of: number) =>
  Math.round((count / of) * 2 ** 24) / 2 ** 24;

describe('simulate with every chance 0 or 1', () => {
  const result = simulate(handCountedScenario(), { seed: 5, replications: 3 });
  const end = result.end;

  it('reaches eight of ten educators', () => {
    expect(end.reached).toEqual(exact(share(8, 10)));
    expect(result.daily.reached.mean.at(-1)).toBe(share(8, 10));
  });

  it('gives daily percentiles equal to the count when no run differs', () => {
    const { mean, p5, p50, p95 } = result.daily.reached;
    expect(p5).toEqual(mean);
    expect(p50).toEqual(mean);
    expect(p95).toEqual(mean);
  });

  it('credits each educator to the channel that reached them first', () => {
    expect(end.firstChannel['seminar']).toEqual(exact(share(3, 10)));
    expect(end.firstChannel['opt-in']).toEqual(exact(share(2, 10)));
    expect(end.firstChannel['department-pd']).toEqual(exact(share(2, 10)));
    expect(end.firstChannel['micro-learning']).toEqual(exact(share(1, 10)));
    expect(end.firstChannel['word-of-mouth']).toEqual(exact(0));
    expect(end.anyChannel['department-pd']).toEqual(exact(share(3, 10)));
  });

  it('breaks reach down by school, role and department', () => {
    expect(end.bySchool['sA']?.reached).toEqual(exact(share(5, 6)));
    expect(end.bySchool['sB']?.reached).toEqual(exact(0.75));
    expect(end.byRole['ict-leader']?.reached).toEqual(exact(1));
    expect(end.byRole['teacher']?.reached).toEqual(exact(share(4, 6)));
    expect(end.byDepartment['maths']?.reached).toEqual(exact(1));
    expect(end.byDepartment['english']?.reached).toEqual(exact(0));
    expect(end.bySegment['early-majority']?.reached).toEqual(
      exact(share(8, 10)),
    );
  });

  it('reports the lowest school and the spread between schools', () => {
    expect(end.equity.lowestSchool).toEqual(exact(0.75));
    expect(end.equity.spread.mean).toBeCloseTo(5 / 6 - 0.75, 6);
  });

  it('counts facilitator hours, seat hours and substitute days', () => {
    // seminar 2 × 180 + opt-in 60 + department PD at both schools 2 × 60
    expect(end.cost.facilitatorHours).toEqual(exact(9));
    // seminar 3 × 2 × 180 + opt-in 2 × 60 + PD 3 × 60 + modules 3 × 10
    expect(end.cost.seatHours).toEqual(exact(23.5));
    // seminar 14:00–17:00 overlaps school hours (until 15:00) by 60 min
    expect(end.cost.substituteDays).toEqual(exact(1));
  });

  it('measures compliance with each rule at the end of the term', () => {
    expect(result.terms.map((t) => t.label)).toEqual(['2027-t1']);
    expect(result.terms[0]?.compliance['one-per-term']).toEqual(
      exact(share(7, 10)),
    );
    expect(result.terms[0]?.compliance['two-hours']).toEqual(
      exact(share(3, 10)),
    );
  });

  it('weighs reach by fidelity', () => {
    // 3 × 1 (seminar) + 2 × 0.9 (opt-in) + 2 × 0.7 (PD) + 1 − 0.6³ (modules)
    expect(end.effective.mean).toBeCloseTo(0.6984, 3);
  });

  it('gives each educator a probability of being reached', () => {
    expect(result.educatorReachProbability).toEqual([
      1, 1, 1, 1, 1, 0, 1, 1, 1, 0,
    ]);
  });
});
