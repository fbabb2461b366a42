/** The end-to-end tests read the site `npm run build` made; a fresh checkout gets it built first. */
import { existsSync } from 'node:fs';
import { buildSite } from '../scripts/build.ts';

if (!existsSync('dist/pagefind/pagefind.js')) {
  console.log('No built site in dist/: building it first (npm run build).');
  await buildSite({ log: console.log });
}
