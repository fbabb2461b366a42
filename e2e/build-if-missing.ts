/**
 * The end-to-end tests read the site `npm run build` made (built first when missing, as in a fresh
 * checkout), and a second build of it served from a sub-path, made anew every run.
 */
import { existsSync } from 'node:fs';
import { buildSite } from '../scripts/build.ts';

export const SUBPATH_SITE = '.cache/subpath-site';
export const SUBPATH = '/briefings/';

if (import.meta.main) {
  if (!existsSync('dist/pagefind/pagefind.js')) {
    console.log('No built site in dist/: building it first (npm run build).');
    await buildSite({ log: console.log });
  }
  console.log(`Building the site for ${SUBPATH} into ${SUBPATH_SITE} for the sub-path tests…`);
  await buildSite({ out: SUBPATH_SITE, base: SUBPATH, pdf: false, log: () => {} });
}
