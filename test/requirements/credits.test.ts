import { describe, expect, it } from 'vitest';
import { checkSupply, evaluateRequirements } from '../../src/index.js';
import { attended, completed, tokyo, verdictOf, withRules } from './helpers.js';

// In the fixture, an opt-in session grants 1 credit hour, the citizenship
// seminar 2.5 and the restorative course 1.5; the other offerings none.
const credits = (period: object, extra: object = {}) =>
  withRules([
    {
      id: 'credits',
      name: 'Credits',
      kind: 'credits-per-period',
      credits: 4,
      period,
      ...extra,
    },
  ]);

describe('credits-per-period', () => {
  it('adds the credit hours of sessions attended and courses completed', () => {
    const scenario = credits({ kind: 'year' });
    const records = [
      attended('e1', 'opt-in', '2027-07-13', '16:00', 60),
      // Half the session or more earns its credit; less earns none.
      attended('e1', 'opt-in', '2027-07-15', '16:00', 20),
      completed('e1', 'restorative', '2027-07-16', '20:00', 'course'),
      // Modules and offerings without credit hours earn nothing.
      completed('e1', 'restorative', '2027-07-17', '20:00', 'module'),
      attended('e1', 'dept-pd', '2027-07-14', '15:30', 45, 's1'),
    ];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-18', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'credits')).toMatchObject({
      unit: 'credits',
      target: 4,
      progress: 2.5,
      needed: 1.5,
      selfPaced: true,
      note: '1.5 credit hours needed, 3 sessions left this year, self-paced options open, last on 31 March',
    });
  });

  it('scales the target for part-time staff to the hundredth', () => {
    const scenario = credits({ kind: 'term' }, { credits: 2.5 });
    const report = evaluateRequirements(
      scenario,
      [],
      tokyo('2027-05-01', '09:00'),
    );
    // e5 works half time: 2.5 × 0.5 = 1.25.
    expect(verdictOf(report, 'e5', 'credits')?.target).toBe(1.25);
    expect(verdictOf(report, 'e4', 'credits')?.target).toBe(2.5);
  });

  it('counts only the credit-granting offerings of its categories as chances', () => {
    const scenario = credits({ kind: 'term' }, { categoryIds: ['tl'] });
    const report = evaluateRequirements(
      scenario,
      [attended('e1', 'opt-in', '2027-07-13', '16:00', 60)],
      tokyo('2027-07-14', '12:00'),
    );
    // Two opt-in sessions of 1 credit hour each are left; department PD
    // (also Teaching & Learning) grants none.
    expect(verdictOf(report, 'e1', 'credits')).toMatchObject({
      status: 'behind',
      progress: 1,
      needed: 3,
      sessionsLeft: 2,
      note: '3 credit hours needed, 2 sessions left this term',
    });
  });

  it('reports in checkSupply a term that cannot grant the credit hours asked', () => {
    const scenario = credits({ kind: 'term' }, { categoryIds: ['digital'] });
    const rows = checkSupply(scenario).rows;
    expect(rows.map((row) => row.reason)).toEqual([
      'rule "credits" asks for 4 credit hours in term "t1", which schedules 0',
      'rule "credits" asks for 4 credit hours in term "t2", which schedules 2.5',
      'rule "credits" asks for 4 credit hours in term "t3", which schedules 0',
    ]);
    expect(rows[1]).toMatchObject({
      unit: 'credits',
      educators: 8,
      seatsNeeded: 30,
      seatsOffered: 7.5,
      shortfall: 22.5,
    });
  });
});
