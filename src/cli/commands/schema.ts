import { scenarioJsonSchema } from '../../index.js';
import type { CliIo } from '../io.js';

/**
 * `reachplan schema`: prints the scenario file's JSON Schema, for editors
 * and for validating files in other tools.
 *
 * @param io - where to write.
 */
export function schemaCommand(io: CliIo): void {
  io.stdout(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
}
