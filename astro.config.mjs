// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // Served from the root by default; set BRIEFINGS_BASE=/briefings/ to host under a sub-path.
  base: process.env.BRIEFINGS_BASE ?? '/',
  site: process.env.BRIEFINGS_SITE,
  trailingSlash: 'always',
  // The build script renders into a folder of its own and swaps it in when the build succeeds.
  outDir: process.env.BRIEFINGS_OUT_DIR ?? './dist',
  // Article text is shown as written: no typographic quotes, no autolinked URLs.
  integrations: [mdx({ smartypants: false, gfm: false })],
  build: { format: 'directory' },
  vite: {
    build: {
      // Every MDX module repeats a directive warning that says nothing about our content.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
