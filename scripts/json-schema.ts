#!/usr/bin/env node
/**
 * `npm run schema`: writes the JSON Schemas of note frontmatter and roadmap.yaml, generated from the zod schemas,
 * to public/schemas/ (so editors can validate as you type; see the README). A test keeps them in sync.
 */
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/schemas/json-schema.ts';

for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`Wrote ${file}\n`);
}
