import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { briefingsLoader } from './lib/briefings-loader';
import { contentDir } from './lib/data';

/** The MDX briefings written by the pipeline (`npm run build` writes them before Astro runs). */
const briefings = defineCollection({
  loader: briefingsLoader(join(contentDir, 'briefings')),
  // `html`: the file the briefing was rendered into.
  schema: z.object({ id: z.string(), title: z.string(), html: z.string() }),
});

export const collections = { briefings };
