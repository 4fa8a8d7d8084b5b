import { describe, expect, it } from 'vitest';
import { exampleScenario, parseScenario, simulate } from '../../src/index.js';

// The brief's city: three seats per school, 21 schools, about 60 people
// reached by the seminars because each school sends the same few.
describe('seminar delegates', () => {
  it('sends the same people to every series a school attends', () => {
    const input = exampleScenario();
    for (const offering of input.catalogue.offerings) {
      delete offering.eligibility;
    }
    const scenario = parseScenario(input);
    const seats = 3 * scenario.district.schools.length;
    const headcount = scenario.district.educators.length;

    const result = simulate(scenario, { seed: 11, replications: 20 });

    // Three series with the same seats and the same eligibility: the union
    // of their attendees can never exceed one series' seats.
    const seminar = result.end.anyChannel['seminar'];
    if (seminar === undefined) throw new Error('no seminar figures');
    expect(seminar.p95 * headcount).toBeLessThanOrEqual(seats);
    expect(seminar.p5 * headcount).toBeGreaterThan(seats * 0.8);
  });

  it('reaches about sixty people through the example city seminars', () => {
    const scenario = parseScenario(exampleScenario());

    const result = simulate(scenario, { seed: 3, replications: 20 });

    const reached = (result.end.anyChannel['seminar']?.mean ?? 0) * 512;
    expect(reached).toBeGreaterThan(55);
    expect(reached).toBeLessThan(85);
  });
});
