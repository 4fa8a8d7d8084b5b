import { describe, expect, it } from 'vitest';
import { parseScenario, simulate } from '../../src/index.js';
import { buildScenario, certain, dated, teachers } from './fixtures.js';

// A sessions-per-term rule that names categories counts only sessions of
// offerings in them.
describe('a sessions-per-term rule within a category', () => {
  const base = buildScenario({
    educators: teachers(10),
    offerings: [
      dated('design', 'department-pd', ['2027-05-11'], { venue: 'school' }),
      dated('pastoral', 'department-pd', ['2027-05-12'], { venue: 'school' }),
    ],
    behaviour: certain,
  });
  const scenario = (
    categoryIds: string[],
    offerings = ['design', 'pastoral'],
  ) =>
    parseScenario({
      ...base,
      catalogue: {
        categories: [
          ...base.catalogue.categories,
          { id: 'pc', name: 'Pastoral care' },
        ],
        offerings: base.catalogue.offerings
          .filter((o) => offerings.includes(o.id))
          .map((o) =>
            o.id === 'pastoral' ? { ...o, categoryIds: ['pc'] } : o,
          ),
      },
      requirements: [
        {
          id: 'pastoral-each-term',
          name: 'One pastoral session a term',
          kind: 'sessions-per-term',
          sessions: 1,
          categoryIds,
        },
      ],
    });
  const compliance = (s: ReturnType<typeof scenario>) =>
    simulate(s, { seed: 1, replications: 2 }).terms[0]?.compliance[
      'pastoral-each-term'
    ]?.mean;

  it('is met by a session of the category', () => {
    expect(compliance(scenario(['pc']))).toBe(1);
  });

  it('is not met by sessions of other categories', () => {
    expect(compliance(scenario(['pc'], ['design']))).toBe(0);
  });

  it('counts every session when it names the category of each', () => {
    expect(compliance(scenario(['tl', 'pc'], ['design']))).toBe(1);
  });
});
