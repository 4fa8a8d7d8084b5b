import { describe, expect, it } from 'vitest';
import { cascadePods } from '../../examples/lib/plans.js';
import { exampleScenario, parseScenario, simulate } from '../../src/index.js';

// The example city: three seats per school, 21 schools, about 60 people
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

  it('sends a cascade’s first leaders to every series, not new faces', () => {
    const input = exampleScenario();
    for (const offering of input.catalogue.offerings) {
      delete offering.eligibility;
    }
    const plain = parseScenario(input);
    // A plan per lesson-design session, each led by that session's seats.
    const withPods = parseScenario({
      ...input,
      cascades: cascadePods().cascades,
    });
    const seats = 3 * plain.district.schools.length;
    const headcount = plain.district.educators.length;

    const result = simulate(withPods, { seed: 11, replications: 20 });

    // Every series seats the same 63 leaders: the seminars reach no more
    // people than one series' seats.
    const seminar = result.end.anyChannel['seminar'];
    if (seminar === undefined) throw new Error('no seminar figures');
    expect(seminar.p95 * headcount).toBeLessThanOrEqual(seats);
    expect(seminar.p5 * headcount).toBeGreaterThan(seats * 0.8);
  });
});
