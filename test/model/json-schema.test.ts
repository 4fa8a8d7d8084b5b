import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exampleScenario,
  generateDistrict,
  safeParseScenario,
  scenarioJsonSchema,
} from '../../src/index.js';
import { scenarioJsonSchemaText } from '../../src/model/json-schema-text.js';
import { catalogueArbitrary } from './catalogue-arbitrary.js';
import { smallScenario } from './small-scenario.js';

const shippedPath = resolve(
  import.meta.dirname,
  '../../schema/scenario.schema.json',
);

// Compiling the schema is the slow part; compile it once for the file.
const validate = new Ajv2020({
  allErrors: true,
  validateFormats: false,
}).compile(scenarioJsonSchema());

describe('scenarioJsonSchema', () => {
  it('matches the schema file the package ships (npm run schema:write)', () => {
    expect(readFileSync(shippedPath, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('accepts the example scenario as a file would hold it', () => {
    const file = JSON.parse(JSON.stringify(exampleScenario()));
    expect(validate(file)).toBe(true);
  });

  it('accepts every scenario that parses, in every offering format', () => {
    fc.assert(
      fc.property(
        catalogueArbitrary,
        fc.integer({ min: 1, max: 6 }),
        fc.integer(),
        (catalogue, schools, seed) => {
          const district = generateDistrict({
            schools,
            educators: schools * 8,
            seed,
          });
          const scenario = { ...smallScenario(), district, catalogue };
          // Eligibility may name the small district's departments.
          for (const offering of catalogue.offerings) {
            delete offering.eligibility?.schoolIds;
            delete offering.eligibility?.departments;
          }
          expect(safeParseScenario(scenario).success).toBe(true);
          expect(validate(JSON.parse(JSON.stringify(scenario)))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('lets a scenario file name its schema with a "$schema" key', () => {
    const file = {
      $schema: './node_modules/reachplan/schema/scenario.schema.json',
      ...smallScenario(),
    };
    expect(validate(file)).toBe(true);
    expect(safeParseScenario(file).success).toBe(true);
  });

  it('rejects what the shape forbids: an unknown level, an unknown key', () => {
    const file = JSON.parse(JSON.stringify(smallScenario()));
    file.district.schools[0].level = 'primary';
    file.district.colour = 'blue';
    expect(validate(file)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual([
      '/district',
      '/district/schools/0/level',
    ]);
  });

  it('cannot see checks written as code, which parsing still makes', () => {
    const file = JSON.parse(JSON.stringify(smallScenario()));
    file.district.educators[0].schoolId = 's99';
    file.catalogue.offerings[0].schedule.dates[0] = '2027-02-30';
    expect(validate(file)).toBe(true);
    expect(safeParseScenario(file).success).toBe(false);
  });

  it('names the model’s parts for editors', () => {
    const defs = scenarioJsonSchema()['$defs'] as Record<string, unknown>;
    expect(Object.keys(defs)).toEqual(
      expect.arrayContaining(['District', 'Educator', 'Offering', 'LocalDate']),
    );
  });
});
