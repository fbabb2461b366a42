/**
 * The site build: the pipeline writes MDX and data into `content/`, Astro renders `dist/`, and
 * Pagefind indexes it. Ends with a summary of what was skipped and why.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { annotateFolder } from './pipeline/run.ts';
import { writeContent } from './pipeline/emit/write.ts';
import { loadConfig } from './config.ts';
import { loadCuration, type Curation } from './pipeline/curate.ts';
import { ensureChromium, INSTALL_HINT } from './chromium.ts';
import { printBriefings } from './pdf.ts';
import { runAstro } from './astro.ts';
import { indexSite } from './search-index.ts';
import { ArticleCache, cachePath } from './pipeline/cache.ts';
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
  /** Pages in one search index (see `search-index.ts`); smaller in tests, to make several. */
  pagesPerSearchIndex?: number;
  log: (line: string) => void;
}

export interface BuildSummary {
  briefings: number;
  entities: number;
  skipped: ReadError[];
  messages: Message[];
  /** Wall time of each stage in ms. */
  timings: { annotate: number; emit: number; astro: number; pagefind: number; pdf: number };
  /** Peak resident memory in MB: this process (read, annotate, emit), Astro's and Pagefind's. */
  peakMb: { pipeline: number; astro: number | null; pagefind: number | null };
}

/**
 * The pipeline: annotates the articles and writes briefings and data into `contentDir`. Returns only
 * what the rest of the build needs, so the annotated corpus is freed before Astro runs.
 */
async function writeBriefings(articlesDir: string, contentDir: string, { cache, curation, log, lap }: {
  cache: ArticleCache;
  curation: Curation | null;
  log: (line: string) => void;
  lap: (stage: 'annotate' | 'emit') => void;
}) {
  const result = await annotateFolder(articlesDir, { log, curation, cache });
  lap('annotate');
  await writeContent(result, contentDir, cache);
  cache.save();
  lap('emit');
  const { corpus, annotated } = result;
  return {
    briefingIds: corpus.articles.map((article) => article.id),
    entityCount: corpus.entities.length,
    messages: [...corpus.messages, ...annotated.flatMap((article) => article.messages)],
    skipped: corpus.errors,
  };
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
export async function buildSite({ root = process.cwd(), articles, content, out, pdf, base, pagesPerSearchIndex, log }: BuildOptions): Promise<BuildSummary> {
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
  const { briefingIds, entityCount, messages, skipped } = await writeBriefings(articlesDir, contentDir, {
    cache: new ArticleCache(cachePath(root, articlesDir)),
    curation: loadCuration(curationPath, relative(root, curationPath)),
    log,
    lap,
  });
  const chromiumPath = config.pdf ? ensureChromium(log) : null;
  const makePdfs = config.pdf && chromiumPath !== null;
  if (config.pdf && !makePdfs) log(`warning: no PDFs this time: Chromium was not found. ${INSTALL_HINT} Or set pdf: false in content/site.yaml.`);

  rmSync(building, { recursive: true, force: true });
  const peakMb: BuildSummary['peakMb'] = { pipeline: 0, astro: null, pagefind: null };
  clock = performance.now();
  try {
    const astroRun = runAstro(root, ['build', '--silent', ...(contentChanged(root, contentDir) ? ['--force'] : [])], {
      BRIEFINGS_CONTENT_DIR: contentDir, BRIEFINGS_OUT_DIR: building, BRIEFINGS_PDF: String(makePdfs), BRIEFINGS_BASE: config.base,
    });
    if (astroRun.status !== 0) throw new Error(`astro build failed (exit ${astroRun.status}); see its messages above. The previous site in ${outDir} is unchanged.`);
    peakMb.astro = astroRun.peakMb;
    lap('astro');
    log(`rendered the site in ${timings.astro} ms`);
    peakMb.pagefind = indexSite(building, log, pagesPerSearchIndex).peakMb;
    lap('pagefind');
    if (makePdfs) await printBriefings(building, config.base, config.site, briefingIds, chromiumPath!, log);
    lap('pdf');
    rmSync(outDir, { recursive: true, force: true });
    renameSync(building, outDir);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }

  log(`built ${briefingIds.length} briefings and ${entityCount} entity pages into ${relative(root, outDir) || '.'}/`);
  for (const message of messages) log(`warning: ${message.file}:${message.line}:${message.column}: ${message.reason} [${message.rule}]`);
  if (skipped.length > 0) {
    log(`skipped ${skipped.length} file(s) that could not be read:`);
    for (const error of skipped) log(`  ${error.file}: ${error.reason}`);
  }
  return {
    briefings: briefingIds.length,
    entities: entityCount,
    skipped,
    messages,
    timings,
    peakMb: { ...peakMb, pipeline: Math.round(process.resourceUsage().maxRSS / 1024) },
  };
}
