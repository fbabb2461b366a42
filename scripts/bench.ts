/**
 * `npm run bench`: builds corpora of generated articles made from real text and reports the wall
 * time and peak memory of each stage, beside a yardstick: Astro building the same texts as plain
 * Markdown pages with no annotation.
 *
 *   npm run bench -- [--sizes 1000,3000,10000] [--source <folder>] [--keep]
 *
 * Articles are paragraphs of the sample and GUM articles (or of the articles in `--source`),
 * recombined by a seeded generator, so runs are comparable; 70% carry a date in front matter.
 * After each build one article is changed and the site built again, to measure the cache.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from './build.ts';
import { cachePath } from './pipeline/cache.ts';
import { runAstro } from './astro.ts';
import { loadGum } from './eval/gum.ts';
import { listArticleFiles } from './pipeline/run.ts';
import { ensureChromium, withSiteInChromium } from './chromium.ts';
import type { SiteData } from './pipeline/emit/data.ts';
import { byCodePoint } from './pipeline/resolve.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A small seeded generator (mulberry32): the same corpus every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraphsOf(text: string): string[] {
  return text.split(/\n+/).map((line) => line.trim()).filter((line) => line.split(/\s+/).length >= 12);
}

function paragraphPool(source: string | undefined): string[] {
  if (source) return listArticleFiles(source).flatMap((file) => paragraphsOf(readFileSync(join(source, file), 'utf8')));
  const seeds = join(root, 'scripts/eval/reference/seeds');
  return [
    ...readdirSync(seeds).filter((name) => name.endsWith('.txt')).flatMap((name) => paragraphsOf(readFileSync(join(seeds, name), 'utf8'))),
    ...loadGum(join(root, 'scripts/eval/reference/gum')).flatMap((document) => paragraphsOf(document.text)),
  ];
}

interface Article {
  name: string;
  date: string | null;
  paragraphs: string[];
}

function generate(count: number, pool: string[]): Article[] {
  const next = random(count);
  return Array.from({ length: count }, (_, index) => {
    const paragraphs = Array.from({ length: 5 + Math.floor(next() * 8) }, () => pool[Math.floor(next() * pool.length)]!);
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 9 * 365) * 86_400_000).toISOString().slice(0, 10);
    return { name: `article-${String(index).padStart(6, '0')}`, date: next() < 0.7 ? day : null, paragraphs };
  });
}

/** A minimal Astro project that renders Markdown pages: the yardstick. */
function writeYardstick(folder: string, articles: Article[]): void {
  mkdirSync(join(folder, 'src/pages'), { recursive: true });
  mkdirSync(join(folder, 'pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'));
  writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(folder, 'astro.config.mjs'), "export default { vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } } };\n");
  writeFileSync(join(folder, 'src/content.config.ts'), [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "export const collections = { pages: defineCollection({ loader: glob({ pattern: '*.md', base: './pages' }) }) };",
  ].join('\n'));
  writeFileSync(join(folder, 'src/pages/[id].astro'), [
    '---',
    "import { getCollection, render } from 'astro:content';",
    "export async function getStaticPaths() { return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }",
    'const { Content } = await render(Astro.props.entry);',
    '---',
    '<html lang="en"><head><title>{Astro.props.entry.id}</title></head><body><main><Content /></main></body></html>',
  ].join('\n'));
  for (const article of articles) writeFileSync(join(folder, 'pages', `${article.name}.md`), `# ${article.name}\n\n${article.paragraphs.join('\n\n')}\n`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Queries of every kind: a common word, the entity named most often, one named once, a phrase. */
function queriesFor(site: SiteData): string[] {
  const entities = [...site.entities].sort((a, b) => b.mentionCount - a.mentionCount || byCodePoint(a.id, b.id));
  return ['said', entities[0]?.name, entities.findLast((entity) => entity.mentionCount === 1)?.name, 'prime minister'].filter((query) => query !== undefined);
}

/**
 * What a reader's browser downloads for one search, measured in Chromium with an empty cache:
 * Pagefind's script, its WebAssembly, the index chunks for the words (from every index of a large
 * site) and the top five results.
 */
async function searchPayloads(siteDir: string, queries: string[]): Promise<{ query: string; kilobytes: number; files: number; results: number }[]> {
  const executablePath = ensureChromium(() => {});
  if (!executablePath) return [];
  return withSiteInChromium(siteDir, '/', executablePath, async (browser, origin) => {
    const payloads = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/about/`);
      // Pagefind fetches from a worker, which the page's resource timings do not see: count requests.
      const sizes: Promise<number>[] = [];
      context.on('requestfinished', (request) => {
        if (/^\/pagefind(?:-\d+)?\//.test(new URL(request.url()).pathname)) sizes.push(request.sizes().then(({ responseBodySize }) => responseBodySize));
      });
      const results = await page.evaluate(async ({ words, bundle }) => {
        const pagefind = await import(bundle);
        // The other indexes of a large site, merged as the search page merges them.
        const others: string[] = await fetch('/pagefind/indexes.json').then((response) => response.json());
        for (const name of others) await pagefind.mergeIndex(`/${name}/`);
        const found = await pagefind.search(words);
        await Promise.all(found.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()));
        return found.results.length as number;
      }, { words: query, bundle: '/pagefind/pagefind.js' });
      const loaded = await Promise.all(sizes);
      payloads.push({ query, results, files: loaded.length, kilobytes: Math.round(loaded.reduce((sum, size) => sum + size, 0) / 1024) });
      await context.close();
    }
    return payloads;
  });
}

async function benchOne(size: number, pool: string[], keep: boolean): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), `briefings-bench-${size}-`));
  try {
    const articles = generate(size, pool);
    mkdirSync(join(work, 'articles'));
    for (const article of articles) {
      const front = article.date ? `---\ndate: ${article.date}\n---\n` : '';
      writeFileSync(join(work, 'articles', `${article.name}.txt`), `${front}${article.paragraphs.join('\n\n')}\n`);
    }
    console.log(`\n${size} articles (${work})`);
    const started = performance.now();
    const summary = await buildSite({ root, articles: join(work, 'articles'), content: join(work, 'content'), out: join(work, 'site'), pdf: false, log: (line) => console.log(`  ${line}`) });
    const total = performance.now() - started;
    const site = JSON.parse(readFileSync(join(work, 'content', 'data', 'site.json'), 'utf8')) as SiteData;
    const payloads = await searchPayloads(join(work, 'site'), queriesFor(site));

    writeYardstick(join(work, 'yardstick'), articles);
    const yardstickStarted = performance.now();
    const yardstick = runAstro(join(work, 'yardstick'), ['build', '--silent'], {});
    const yardstickTime = performance.now() - yardstickStarted;
    if (yardstick.status !== 0) throw new Error('the yardstick build failed');

    // Incremental: one article changed, the rest served from the content-hash cache.
    const changed = join(work, 'articles', `${articles[0]!.name}.txt`);
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nThe mayor of Lyon said the bridge would reopen on Monday.\n`);
    const again = await buildSite({ root, articles: join(work, 'articles'), content: join(work, 'content'), out: join(work, 'site'), pdf: false, log: () => {} });

    const { timings, peakMb } = summary;
    console.log(`  stage               wall time   peak memory`);
    console.log(`  read + annotate     ${seconds(timings.annotate).padStart(9)}   ${peakMb.pipeline} MB (pipeline process)`);
    console.log(`  emit                ${seconds(timings.emit).padStart(9)}`);
    console.log(`  astro build         ${seconds(timings.astro).padStart(9)}   ${peakMb.astro ?? '?'} MB`);
    console.log(`  pagefind            ${seconds(timings.pagefind).padStart(9)}   ${peakMb.pagefind ?? '?'} MB`);
    console.log(`  whole               ${seconds(total).padStart(9)}   ${Math.max(peakMb.pipeline, peakMb.astro ?? 0, peakMb.pagefind ?? 0)} MB`);
    console.log(`  yardstick (plain)   ${seconds(yardstickTime).padStart(9)}   ${yardstick.peakMb ?? '?'} MB`);
    console.log(`  ratio to yardstick  ${(total / yardstickTime).toFixed(2)}×   (${summary.briefings} briefings, ${summary.entities} entity pages)`);
    if (payloads.length === 0) console.log('  search payload: not measured (no Chromium)');
    for (const { query, kilobytes, files, results } of payloads) console.log(`  search "${query}": ${kilobytes} KB in ${files} files for ${results} results (first query, empty cache)`);
    const before = again.timings.annotate + again.timings.emit;
    console.log(`  one article changed: ${seconds(before)} before Astro (annotate ${seconds(again.timings.annotate)}, emit ${seconds(again.timings.emit)}), Astro ${seconds(again.timings.astro)}`);
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
    rmSync(cachePath(root, join(work, 'articles')), { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (option('--sizes') ?? '1000,3000,10000').split(',').map(Number).filter((size) => size > 0);
const source = option('--source');
const pool = paragraphPool(source ? resolve(source) : undefined);
console.log(`bench: ${sizes.join(', ')} articles from ${pool.length} paragraphs of ${source ?? 'the sample and GUM articles'}`);
for (const size of sizes) await benchOne(size, pool, args.includes('--keep'));
