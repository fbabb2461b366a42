/**
 * The site build: the pipeline writes MDX and data into `content/`, Astro renders `dist/`, and
 * Pagefind indexes it. Ends with a summary of what was skipped and why.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { annotateFolder } from './pipeline/run.ts';
import { writeContent } from './pipeline/emit/write.ts';
import { loadConfig } from './config.ts';
import { loadCuration } from './pipeline/curate.ts';
import { ensureChromium, INSTALL_HINT } from './chromium.ts';
import { printBriefings } from './pdf.ts';
import type { Message, ReadError } from './pipeline/model.ts';

export interface BuildOptions {
  /** The Astro project (this repository). */
  root?: string;
  /** The folder of articles; default `content/articles`. */
  articles?: string;
  /** Where generated briefings and data go, read by `src/`; default `content`. */
  content?: string;
  /** The finished site; default `dist`. */
  out?: string;
  /** Overrides the configuration's `pdf` for this build. */
  pdf?: boolean;
  /** Overrides the configuration's `base` (the path the site is served from) for this build. */
  base?: string;
  log: (line: string) => void;
}

export interface BuildSummary {
  briefings: number;
  entities: number;
  skipped: ReadError[];
  messages: Message[];
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

/**
 * Whether the generated content comes from another folder than in the last build: Astro's content
 * cache (in `.astro/`) then points at files that may be gone and must be cleared (`--force`).
 */
function contentChanged(root: string, contentDir: string): boolean {
  const marker = join(root, '.astro', 'briefings-content-dir');
  const previous = existsSync(marker) ? readFileSync(marker, 'utf8') : null;
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, contentDir);
  return previous !== contentDir;
}

/**
 * Builds into a folder beside `out` and swaps it in only when Astro and Pagefind both succeed, so
 * a failed build never leaves a half-written site.
 */
export async function buildSite({ root = process.cwd(), articles, content, out, pdf, base, log }: BuildOptions): Promise<BuildSummary> {
  const articlesDir = resolve(root, articles ?? join('content', 'articles'));
  const contentDir = resolve(root, content ?? 'content');
  const outDir = resolve(root, out ?? 'dist');
  const building = `${outDir}.building`;
  const config = loadConfig(root, { ...process.env, ...(base === undefined ? {} : { BRIEFINGS_BASE: base }) });
  if (pdf !== undefined) config.pdf = pdf;
  // Corrections belong to their corpus: `entities.yaml` beside the articles folder.
  const curationPath = join(dirname(articlesDir), 'entities.yaml');
  const result = annotateFolder(articlesDir, log, loadCuration(curationPath, relative(root, curationPath)));
  writeContent(result, contentDir);
  const chromiumPath = config.pdf ? ensureChromium(log) : null;
  const makePdfs = config.pdf && chromiumPath !== null;
  if (config.pdf && !makePdfs) log(`warning: no PDFs this time: Chromium was not found. ${INSTALL_HINT} Or set pdf: false in content/site.yaml.`);

  const started = performance.now();
  rmSync(building, { recursive: true, force: true });
  try {
    const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
    const astroRun = spawnSync(process.execPath, [astro, 'build', '--silent', ...(contentChanged(root, contentDir) ? ['--force'] : [])], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BRIEFINGS_CONTENT_DIR: contentDir, BRIEFINGS_OUT_DIR: building, BRIEFINGS_PDF: String(makePdfs), BRIEFINGS_BASE: config.base },
    });
    if (astroRun.status !== 0) throw new Error(`astro build failed (exit ${astroRun.status}); see its messages above. The previous site in ${outDir} is unchanged.`);
    log(`rendered the site in ${Math.round(performance.now() - started)} ms`);
    await indexSite(building, log);
    if (makePdfs) await printBriefings(building, config.base, config.site, result.corpus.articles.map((article) => article.id), chromiumPath!, log);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(building, outDir);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }

  const { corpus, annotated } = result;
  const messages = [...corpus.messages, ...annotated.flatMap((article) => article.messages)];
  log(`built ${corpus.articles.length} briefings and ${corpus.entities.length} entity pages into ${relative(root, outDir) || '.'}/`);
  for (const message of messages) log(`warning: ${message.file}:${message.line}:${message.column}: ${message.reason} [${message.rule}]`);
  if (corpus.errors.length > 0) {
    log(`skipped ${corpus.errors.length} file(s) that could not be read:`);
    for (const error of corpus.errors) log(`  ${error.file}: ${error.reason}`);
  }
  return { briefings: corpus.articles.length, entities: corpus.entities.length, skipped: corpus.errors, messages };
}
