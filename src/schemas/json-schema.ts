/** JSON Schemas generated from the zod schemas, for editors (YAML language server, VS Code). */
import { z } from 'zod';
import { noteFrontmatterSchema } from './note.ts';
import { roadmapSchema } from './roadmap.ts';

function toJsonSchema(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
  return { title, description, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
}

/** Output path → schema. */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return {
    'public/schemas/note-frontmatter.schema.json': toJsonSchema(
      noteFrontmatterSchema,
      'MLOps Study Notes: note frontmatter',
      'The frontmatter of content/notes/**/<slug>.mdx. Rules that span fields or notes (status needs dates, prerequisites exist, no cycles) are checked by npm run check.',
    ),
    'public/schemas/roadmap.schema.json': toJsonSchema(
      roadmapSchema,
      'MLOps Study Notes: roadmap',
      'content/roadmap.yaml: the site title and the phases in order.',
    ),
  };
}
