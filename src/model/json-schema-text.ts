import { scenarioJsonSchema } from './json-schema.js';

/**
 * The scenario JSON Schema as the package ships it: two-space indent and a
 * final newline. Shared by the script that writes the file and the test
 * that checks it is current.
 *
 * @internal
 */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
