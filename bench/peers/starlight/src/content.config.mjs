// Starlight's own collection: the converted notes under src/content/docs/, validated by its docs schema.
// JavaScript, not TypeScript: the root project's type check would otherwise need this folder installed.
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
