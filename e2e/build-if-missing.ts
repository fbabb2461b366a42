/**
 * The end-to-end tests read the site `npm run build` made (built first when missing, as in a fresh
 * checkout), and a second site served from a sub-path, made anew every run from the sample
 * articles and the fixtures in `e2e/fixtures/`, with its search in several indexes.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { buildSite } from '../scripts/build.ts';

export const SUBPATH_SITE = '.cache/subpath-site';
export const SUBPATH = '/briefings/';
const SUBPATH_PAGES_PER_INDEX = 20;
/** The sample articles and fixtures (an article with a source and a link, in front matter). */
const SUBPATH_ARTICLES = '.cache/subpath-content/articles';

if (import.meta.main) {
  if (!existsSync('dist/pagefind/pagefind.js')) {
    console.log('No built site in dist/: building it first (npm run build).');
    await buildSite({ log: console.log });
  }
  console.log(`Building the site for ${SUBPATH} into ${SUBPATH_SITE} for the sub-path tests…`);
  rmSync(SUBPATH_ARTICLES, { recursive: true, force: true });
  cpSync('content/articles', SUBPATH_ARTICLES, { recursive: true });
  cpSync('e2e/fixtures', SUBPATH_ARTICLES, { recursive: true });
  // Small search indexes, so that the search merges several as on a large site.
  await buildSite({ articles: SUBPATH_ARTICLES, content: '.cache/subpath-content', out: SUBPATH_SITE, base: SUBPATH, pdf: false, pagesPerSearchIndex: SUBPATH_PAGES_PER_INDEX, log: () => {} });
}
