import { z } from 'zod';
import type { SchemaNote } from './json-schema-notes.js';
import { modelNotes } from './json-schema-notes.js';
import { scenarioSchema } from './scenario.js';

/**
 * The JSON Schema (draft 2020-12) of a scenario file, for editor completion
 * and validation. The package ships the same schema as
 * `reachplan/scenario.schema.json`; a scenario file points at it with a
 * `"$schema"` key.
 *
 * It describes the shape only. Checks written as code cannot be expressed
 * in JSON Schema: real calendar dates (it checks `YYYY-MM-DD` only), time
 * zones the runtime knows (it checks the `Area/Location` form only), and
 * every check across parts (duplicate ids, unknown references, terms
 * outside their year, seats per school above capacity). An editor can show
 * a file as valid that {@link parseScenario} still rejects.
 *
 * @returns a fresh JSON Schema object.
 * @example
 * ```ts
 * const schema = scenarioJsonSchema();
 * schema.title; // 'reachplan scenario'
 * schema.required; // ['schemaVersion', 'name', 'district', 'catalogue']
 * ```
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  // A registry of our own, filled on each call: nothing is kept between
  // calls and nothing touches zod's global registry.
  const notes = z.registry<SchemaNote>();
  for (const [schema, note] of modelNotes()) notes.add(schema, note);

  const schema = z.toJSONSchema(scenarioSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    metadata: notes,
  });
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: 'reachplan scenario',
    description:
      'Everything a reachplan run needs: district, catalogue, and the ' +
      'cascade, requirement and behaviour inputs. Checks across parts are ' +
      'made by parseScenario, not by this schema.',
    ...rest,
  };
}
