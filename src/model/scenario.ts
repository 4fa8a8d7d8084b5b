import { z } from 'zod';
import { cascadePlanSchema } from '../cascade/plan-schema.js';
import { requirementSchema } from '../requirements/rule-schema.js';
import { behaviourSchema } from '../simulation/behaviour-schema.js';
import { catalogueSchema } from './catalogue.js';
import { districtSchema } from './district.js';

/**
 * The scenario-file version this build of reachplan reads.
 *
 * @example
 * ```ts
 * SCHEMA_VERSION; // 1
 * ```
 */
export const SCHEMA_VERSION = 1;

/**
 * Everything a simulation needs: district, catalogue, cascades, rules and
 * behaviour. Serialisable as JSON; `schemaVersion` must be
 * {@link SCHEMA_VERSION}.
 *
 * @example
 * ```ts
 * const scenario = scenarioSchema.parse(JSON.parse(text));
 * ```
 */
export const scenarioSchema = z.strictObject({
  /** The JSON Schema the file follows, for editors; ignored otherwise. */
  $schema: z.string().max(2000).optional(),
  /** The file format version; must be {@link SCHEMA_VERSION}. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The scenario's name, shown in reports. */
  name: z.string().min(1).max(300),
  /** Free text. */
  description: z.string().max(5000).optional(),
  /** Schools, educators, calendar and time zone. */
  district: districtSchema,
  /** Categories and offerings. */
  catalogue: catalogueSchema,
  /** Train-the-trainer plans and standing communities. */
  cascades: z.array(cascadePlanSchema).max(100).optional(),
  /** Rules such as one session per term. */
  requirements: z.array(requirementSchema).max(1000).optional(),
  /** How likely each segment is to take part; defaults when missing. */
  behaviour: behaviourSchema.optional(),
});

/**
 * Everything a simulation needs.
 *
 * @example
 * ```ts
 * const scenario: Scenario = parseScenario(exampleScenario());
 * scenario.schemaVersion; // 1
 * ```
 */
export type Scenario = z.infer<typeof scenarioSchema>;
/**
 * A scenario as written in a file, before defaults are applied.
 *
 * @example
 * ```ts
 * const input: ScenarioInput = JSON.parse(text);
 * const scenario = parseScenario(input);
 * ```
 */
export type ScenarioInput = z.input<typeof scenarioSchema>;
