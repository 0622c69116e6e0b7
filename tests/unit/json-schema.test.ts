import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/schemas/json-schema.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the JSON Schemas for editors', () => {
  it.each(Object.entries(jsonSchemas()))('%s matches the zod schema (run npm run schema after changing it)', (file, schema) => {
    expect(JSON.parse(readFileSync(path.join(root, file), 'utf8'))).toEqual(schema);
  });

  it('describes every frontmatter field, with dates as dates and statuses as an enum', () => {
    const schema = jsonSchemas()['public/schemas/note-frontmatter.schema.json'] as {
      properties: Record<string, { description?: string; format?: string; enum?: string[] }>;
      required: string[];
    };
    for (const [field, property] of Object.entries(schema.properties)) expect(property.description, field).toBeTruthy();
    expect(schema.properties['started']?.format).toBe('date');
    expect(schema.properties['status']?.enum).toEqual(['planned', 'in-progress', 'done']);
    expect(schema.required).toEqual(['title', 'summary', 'phase']);
  });
});
