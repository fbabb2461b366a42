/**
 * Indexes the built site for search with Pagefind's own command, which on these machines indexed
 * 10,000 briefings in a quarter less time than its Node service, and whose peak memory can be
 * measured like Astro's.
 *
 * Pagefind holds about 250 KB a page in memory while it indexes (2.5 GB for 10,000 briefings), so
 * a large site is indexed in parts of at most `PAGES_PER_INDEX` pages, one after another, each into
 * a bundle of its own (`pagefind/`, `pagefind-2/`, …). `pagefind/indexes.json` names the others,
 * and the search page merges them into one list of results.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured } from './measured.ts';

/** Pages in one search index: about 1.5 GB of Pagefind's memory, under the 2 GB a build may take. */
const PAGES_PER_INDEX = 6000;

/** Briefings, entities and the help page; lists and the pages of every mention repeat their text. */
function indexedPages(site: string): string[] {
  const pagesIn = (folder: string) => (existsSync(join(site, folder))
    ? readdirSync(join(site, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(site, folder, entry.name, 'index.html')))
      .map((entry) => `${folder}/${entry.name}/index.html`)
    : []);
  return [...pagesIn('briefings'), ...pagesIn('entities'), ...(existsSync(join(site, 'about', 'index.html')) ? ['about/index.html'] : [])].sort();
}

/** A hard link where the file system allows one, else a copy. */
function linkPage(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The folder name of each part's bundle: `pagefind`, then `pagefind-2`, `pagefind-3`, … */
const bundleName = (part: number) => (part === 0 ? 'pagefind' : `pagefind-${part + 1}`);

export function indexSite(site: string, log: (line: string) => void, pagesPerIndex = PAGES_PER_INDEX): { peakMb: number | null } {
  const started = performance.now();
  const pagefind = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
  const pages = indexedPages(site);
  const parts = Array.from({ length: Math.max(1, Math.ceil(pages.length / pagesPerIndex)) }, (_, part) => pages.slice(part * pagesPerIndex, (part + 1) * pagesPerIndex));
  // Each part is indexed from a folder of links to its pages (copies where links fail), so that its
  // URLs are the site's own.
  const partFolder = join(site, '.search-part');
  let peakMb: number | null = null;
  let indexed = 0;
  try {
    for (const [part, partPages] of parts.entries()) {
      rmSync(partFolder, { recursive: true, force: true });
      for (const page of partPages) {
        mkdirSync(dirname(join(partFolder, page)), { recursive: true });
        linkPage(join(site, page), join(partFolder, page));
      }
      const run = runMeasured([process.execPath, pagefind, '--site', partFolder, '--output-path', join(site, bundleName(part))], {
        cwd: site, env: process.env, stdio: ['ignore', 'pipe', 'pipe'],
      });
      if (run.status !== 0) throw new Error(`Pagefind could not index ${site} (exit ${run.status}):\n${run.output.trim()}`);
      // Its summary ends "Indexed N pages" … "Finished in"; the last count is the part's total.
      indexed += Number([...run.output.matchAll(/Indexed (\d+) pages?/g)].pop()?.[1] ?? 0);
      if (run.peakMb !== null) peakMb = Math.max(peakMb ?? 0, run.peakMb);
    }
  } finally {
    rmSync(partFolder, { recursive: true, force: true });
  }
  writeFileSync(join(site, 'pagefind', 'indexes.json'), `${JSON.stringify(parts.slice(1).map((_, part) => bundleName(part + 1)))}\n`);
  const inParts = parts.length > 1 ? ` in ${parts.length} indexes of up to ${pagesPerIndex} pages` : '';
  log(`indexed ${indexed} pages for search${inParts} in ${Math.round(performance.now() - started)} ms`);
  return { peakMb };
}
