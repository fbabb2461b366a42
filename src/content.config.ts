import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The MDX briefings written by the pipeline (`npm run build` writes them before Astro runs). */
const briefings = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${process.env.BRIEFINGS_CONTENT_DIR ?? './content'}/briefings` }),
  schema: z.object({ id: z.string(), title: z.string() }),
});

export const collections = { briefings };
