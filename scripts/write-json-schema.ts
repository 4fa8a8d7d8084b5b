// Writes schema/scenario.schema.json from the zod schemas, so the file the
// package ships always matches the code. test/model/json-schema.test.ts
// fails when the file is stale: run `npm run schema:write` after changing
// a schema.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scenarioJsonSchemaText } from '../src/model/json-schema-text.js';

const target = resolve(
  import.meta.dirname,
  '..',
  'schema/scenario.schema.json',
);
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
