import { describe, expect, it } from 'vitest';
import { checkSupply } from '../../src/index.js';
import { withRules } from './helpers.js';

describe('checkSupply', () => {
  it('compares seats needed with seats offered per term and school', () => {
    const scenario = withRules([
      {
        id: 'digital',
        name: 'Digital',
        kind: 'sessions-per-term',
        sessions: 1,
        categoryIds: ['digital'],
      },
    ]);
    const { rows, impossible } = checkSupply(scenario);
    expect(rows.map((r) => r.period.id)).toEqual(['t1', 't2', 't3']);

    const second = rows[1];
    // One seat per school in the one seminar of term 2; e3 (a principal)
    // is not eligible and e6 does not work on Wednesdays.
    expect(second).toMatchObject({
      educators: 8,
      seatsNeeded: 8,
      seatsOffered: 3,
      shortfall: 5,
      sessionsScheduled: 1,
      unreachable: 2,
      impossible: false,
    });
    expect(second?.schools).toEqual([
      {
        schoolId: 's1',
        educators: 3,
        seatsNeeded: 3,
        seatsOffered: 1,
        shortfall: 2,
        unreachable: 1,
      },
      {
        schoolId: 's2',
        educators: 3,
        seatsNeeded: 3,
        seatsOffered: 1,
        shortfall: 2,
        unreachable: 1,
      },
      {
        schoolId: 's3',
        educators: 2,
        seatsNeeded: 2,
        seatsOffered: 1,
        shortfall: 1,
        unreachable: 0,
      },
    ]);
    expect(impossible.map((r) => r.reason)).toEqual([
      'rule "digital" asks for 1 session in term "t1", which schedules 0',
      'rule "digital" asks for 1 session in term "t3", which schedules 0',
    ]);
  });

  it('flags a rule asking for more sessions than a term schedules', () => {
    const scenario = withRules([
      {
        id: 'many',
        name: 'Many',
        kind: 'sessions-per-term',
        sessions: 5,
        categoryIds: ['tl'],
      },
    ]);
    const [first] = checkSupply(scenario).rows;
    // Three opt-in sessions and four department PDs at each of 3 schools.
    expect(first?.sessionsScheduled).toBe(15);
    expect(first?.impossible).toBe(false);
    expect(first?.unreachable).toBe(1); // e6, free on two of the days
    // Term 3 has six department PDs, but each school hosts only two.
    const third = checkSupply(scenario).rows[2];
    expect(third?.reason).toBe(
      'rule "many" asks for 5 sessions in term "t3"; no educator in scope can take more than 2',
    );
    const more = withRules([
      {
        id: 'many',
        name: 'Many',
        kind: 'sessions-per-term',
        sessions: 7,
        categoryIds: ['tl'],
      },
    ]);
    expect(checkSupply(more).rows[2]?.reason).toBe(
      'rule "many" asks for 7 sessions in term "t3", which schedules 6',
    );
  });

  it('leaves no shortfall when a self-paced offering counts', () => {
    const scenario = withRules([
      {
        id: 'pastoral',
        name: 'Pastoral',
        kind: 'offering-per-year',
        categoryId: 'pastoral',
      },
    ]);
    const [row] = checkSupply(scenario).rows;
    expect(row).toMatchObject({
      selfPaced: true,
      shortfall: 0,
      impossible: false,
      seatsNeeded: 8,
    });
  });

  it('counts trained-leader seats per school', () => {
    const scenario = withRules([
      {
        id: 'leaders',
        name: 'Leaders',
        kind: 'trained-leaders',
        offeringId: 'citizenship',
        leaders: 2,
      },
    ]);
    const [row] = checkSupply(scenario).rows;
    expect(row).toMatchObject({
      unit: 'leaders',
      seatsNeeded: 6,
      seatsOffered: 3,
      shortfall: 3,
      unreachable: 0,
    });
  });

  it('finds the months in which no department PD is scheduled', () => {
    const scenario = withRules([
      { id: 'dept', name: 'Dept', kind: 'department-monthly' },
    ]);
    const [row] = checkSupply(scenario).rows;
    expect(row?.reason).toBe(
      'rule "dept" asks for a department PD every month, but 2028-03 schedules none',
    );
    // Two departments at s2 over eleven months with terms; science has
    // e4 for Wednesdays, so both are covered in the ten months with PD.
    expect(row).toMatchObject({
      educators: 2,
      seatsNeeded: 22,
      seatsOffered: 20,
      shortfall: 2,
    });
  });
});
