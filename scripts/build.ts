/**
 * The site build: the pipeline writes MDX and data into `content/`, Astro renders `dist/`, and
 * Pagefind indexes it. Ends with a summary of what was skipped and why.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { annotateFolder } from './pipeline/run.ts';
import { writeContent } from './pipeline/emit/write.ts';
import { loadConfig } from './config.ts';
import { loadCuration } from './pipeline/curate.ts';
import { ensureChromium, INSTALL_HINT } from './chromium.ts';
import { printBriefings } from './pdf.ts';
import { runAstro } from './astro.ts';
import { ArticleCache } from './pipeline/cache.ts';
import { createHash } from 'node:crypto';
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

/** Where the content-hash cache of a folder of articles is kept. */
export function cachePath(root: string, articlesDir: string): string {
  return join(root, '.cache', 'pipeline', `${createHash('sha1').update(resolve(root, articlesDir)).digest('hex').slice(0, 12)}.json`);
}

export interface BuildSummary {
  briefings: number;
  entities: number;
  skipped: ReadError[];
  messages: Message[];
  /** Wall time of each stage in ms. */
  timings: { annotate: number; emit: number; astro: number; pagefind: number; pdf: number };
  /** Peak resident memory in MB: this process (read, annotate, emit, index) and Astro's. */
  peakMb: { pipeline: number; astro: number | null };
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
  const timings = { annotate: 0, emit: 0, astro: 0, pagefind: 0, pdf: 0 };
  let clock = performance.now();
  const lap = (stage: keyof typeof timings) => {
    const now = performance.now();
    timings[stage] = Math.round(now - clock);
    clock = now;
  };
  const cache = new ArticleCache(cachePath(root, articlesDir));
  const result = await annotateFolder(articlesDir, { log, curation: loadCuration(curationPath, relative(root, curationPath)), cache });
  lap('annotate');
  writeContent(result, contentDir, cache);
  cache.save();
  lap('emit');
  const chromiumPath = config.pdf ? ensureChromium(log) : null;
  const makePdfs = config.pdf && chromiumPath !== null;
  if (config.pdf && !makePdfs) log(`warning: no PDFs this time: Chromium was not found. ${INSTALL_HINT} Or set pdf: false in content/site.yaml.`);

  rmSync(building, { recursive: true, force: true });
  let astroPeak: number | null = null;
  clock = performance.now();
  try {
    const astroRun = runAstro(root, ['build', '--silent', ...(contentChanged(root, contentDir) ? ['--force'] : [])], {
      BRIEFINGS_CONTENT_DIR: contentDir, BRIEFINGS_OUT_DIR: building, BRIEFINGS_PDF: String(makePdfs), BRIEFINGS_BASE: config.base,
    });
    if (astroRun.status !== 0) throw new Error(`astro build failed (exit ${astroRun.status}); see its messages above. The previous site in ${outDir} is unchanged.`);
    astroPeak = astroRun.peakMb;
    lap('astro');
    log(`rendered the site in ${timings.astro} ms`);
    await indexSite(building, log);
    lap('pagefind');
    if (makePdfs) await printBriefings(building, config.base, config.site, result.corpus.articles.map((article) => article.id), chromiumPath!, log);
    lap('pdf');
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
  return {
    briefings: corpus.articles.length,
    entities: corpus.entities.length,
    skipped: corpus.errors,
    messages,
    timings,
    peakMb: { pipeline: Math.round(process.resourceUsage().maxRSS / 1024), astro: astroPeak },
  };
}
