/**
 * The site build: the pipeline writes MDX and data into `content/`, Astro renders `dist/`, and
 * Pagefind indexes it. Ends with a summary of what was skipped and why.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { annotateFolder } from './pipeline/run.ts';
import { writeContent } from './pipeline/emit/write.ts';

export interface BuildOptions {
  root?: string;
  log: (line: string) => void;
}

async function indexSite(dist: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    log(`indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
}

export async function buildSite({ root = process.cwd(), log }: BuildOptions): Promise<void> {
  const articles = join(root, 'content', 'articles');
  const result = annotateFolder(articles, log);
  writeContent(result, join(root, 'content'));

  const started = performance.now();
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const astroRun = spawnSync(process.execPath, [astro, 'build', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astroRun.status !== 0) throw new Error(`astro build failed (exit ${astroRun.status}); see its messages above`);
  log(`rendered the site in ${Math.round(performance.now() - started)} ms`);

  await indexSite(resolve(root, 'dist'), log);

  const { corpus } = result;
  log(`built ${corpus.articles.length} briefings and ${corpus.entities.length} entity pages into dist/`);
  if (corpus.errors.length > 0) {
    log(`skipped ${corpus.errors.length} file(s):`);
    for (const error of corpus.errors) log(`  ${error.file}: ${error.reason}`);
  }
}
