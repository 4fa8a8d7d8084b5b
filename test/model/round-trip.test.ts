import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exampleScenario,
  generateDistrict,
  parseScenario,
} from '../../src/index.js';
import { catalogueArbitrary } from './catalogue-arbitrary.js';
import { smallScenario } from './small-scenario.js';

/** Writes, reads and parses a scenario as a file would carry it. */
function throughJson(scenario: unknown): string {
  return JSON.stringify(parseScenario(JSON.parse(JSON.stringify(scenario))));
}

/**
 * Nothing is lost or added: the same data comes back (keys may come back
 * in schema order), and a second trip gives the very same text.
 */
function expectLossless(scenario: unknown): void {
  const once = throughJson(scenario);
  expect(JSON.parse(once)).toEqual(JSON.parse(JSON.stringify(scenario)));
  expect(throughJson(JSON.parse(once))).toBe(once);
}

describe('JSON round trip', () => {
  it('keeps the example scenario exactly', () => {
    expectLossless(exampleScenario());
  });

  it('keeps the small scenario exactly', () => {
    expectLossless(smallScenario());
  });

  it('keeps any generated district exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer(),
        (schools, perSchool, seed) => {
          const scenario = {
            ...smallScenario(),
            district: generateDistrict({
              schools,
              educators: schools * (perSchool + 1),
              seed,
            }),
          };
          scenario.catalogue.offerings[1] = {
            ...scenario.catalogue.offerings[1],
            eligibility: {},
          } as never;
          expectLossless(scenario);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps any catalogue exactly, in every format and optional field', () => {
    fc.assert(
      fc.property(catalogueArbitrary, (catalogue) => {
        expectLossless({ ...smallScenario(), catalogue });
      }),
      { numRuns: 200 },
    );
  });
});
