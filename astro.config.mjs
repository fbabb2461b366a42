// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { loadConfig } from './scripts/config.ts';

const config = loadConfig();

export default defineConfig({
  base: config.base,
  site: config.site,
  trailingSlash: 'always',
  // The build script renders into a folder of its own and swaps it in when the build succeeds.
  outDir: process.env.BRIEFINGS_OUT_DIR ?? './dist',
  // Several pages at a time: rendering one overlaps with writing another (about 15% at 10,000 briefings).
  build: { format: 'directory', concurrency: 4 },
  // Article text is shown as written: no typographic quotes, no autolinked URLs.
  integrations: [mdx({ smartypants: false, gfm: false })],
  vite: {
    build: {
      // Every MDX module repeats a directive warning that says nothing about our content.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
