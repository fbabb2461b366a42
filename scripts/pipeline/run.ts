/**
 * The orchestrator: read → clean → annotate each article (on every core, unchanged articles from
 * the cache), then resolve the corpus. It reports progress on long runs and collects every file it
 * could not read with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Annotated, Corpus, ReadError } from './model.ts';
import { createHash } from 'node:crypto';
import { ARTICLE_EXTENSIONS, articleId, decodeArticle } from './read.ts';
import { positionAt } from './position.ts';
import { resolveCorpus } from './resolve.ts';
import type { Curation } from './curate.ts';
import type { ArticleCache } from './cache.ts';
import { mapInParallel } from '../parallel.ts';
import type { ArticleJob, Outcome } from './process.ts';

export interface AnnotatedCorpus {
  annotated: Annotated[];
  corpus: Corpus;
}

/** Article files below `folder`, as sorted paths relative to it. */
export function listArticleFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if ((ARTICLE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) files.push(relative(folder, path));
    }
  };
  walk(folder);
  return files.sort();
}

/** A free id for `file`: its name, or its name with -2, -3… when another file took it. */
function uniqueId(file: string, taken: Map<string, string>): string {
  const base = articleId(file);
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  return id;
}

export interface AnnotateOptions {
  log?: (line: string) => void;
  /** Corrections to the entities (`entities.yaml`). */
  curation?: Curation | null;
  /** Reuses the work on unchanged articles from an earlier run. */
  cache?: ArticleCache | null;
}

const PROGRESS_EVERY = 500;

export async function annotateFolder(folder: string, { log = () => {}, curation = null, cache = null }: AnnotateOptions = {}): Promise<AnnotatedCorpus> {
  const files = listArticleFiles(folder);
  const started = performance.now();
  const takenIds = new Map<string, string>();
  const read = files.map((file) => {
    const { text, encoding } = decodeArticle(readFileSync(join(folder, file)));
    const id = uniqueId(file, takenIds);
    takenIds.set(id, file);
    return { file, id, text, encoding, cached: cache?.lookup(file, id, text) };
  });

  // Annotation proper: on every core, for the articles the cache does not have.
  const jobs = read.filter((item) => !item.cached);
  const progress = (done: number) => {
    if (done % PROGRESS_EVERY !== 0 || done === jobs.length) return;
    const rate = done / ((performance.now() - started) / 1000);
    log(`  annotated ${done}/${jobs.length} articles (${Math.round(rate)}/s, about ${Math.ceil((jobs.length - done) / rate)} s left)`);
  };
  const outcomes = await mapInParallel<ArticleJob, Outcome>(jobs.map(({ file, id, text }) => ({ file, id, text })), { module: new URL('./process.ts', import.meta.url), name: 'annotateJob', onDone: progress });
  const fresh = new Map(jobs.map((job, index) => [job.file, outcomes[index]!]));

  const annotated: Annotated[] = [];
  const errors: ReadError[] = [];
  const seenTexts = new Map<string, string>();
  for (const { file, id, text, encoding, cached } of read) {
    const outcome = cached ? { annotated: cached } : fresh.get(file)!;
    if ('unreadable' in outcome) {
      errors.push({ file, reason: outcome.unreadable });
      continue;
    }
    const article = outcome.annotated;
    if (!cached) cache?.store(file, id, text, article);
    const note = (reason: string, rule: string) => article.messages.push({ file, line: 1, column: 1, reason, rule });
    if (encoding === 'windows-1252') {
      const { line, column } = positionAt(text, [...text].findIndex((character) => character.charCodeAt(0) > 0x7f));
      article.messages.push({ file, line, column, reason: 'Not UTF-8: read as Windows-1252 (Latin-1); save it as UTF-8 if characters look wrong', rule: 'read:encoding' });
    }
    if (id !== articleId(file)) note(`Its id "${articleId(file)}" is taken by ${takenIds.get(articleId(file))}: published as "${id}"; rename one file to choose`, 'read:duplicate-id');
    const digest = createHash('sha256').update(text).digest('hex');
    const twin = seenTexts.get(digest);
    if (twin) note(`Same text as ${twin}: both are published`, 'read:duplicate-text');
    seenTexts.set(digest, file);
    annotated.push(article);
  }
  const corpus = resolveCorpus(annotated, errors, curation);
  const reused = read.length - jobs.length;
  log(`annotated ${annotated.length} articles (${errors.length} skipped${reused ? `, ${reused} unchanged from the cache` : ''}) in ${Math.round(performance.now() - started)} ms`);
  return { annotated, corpus };
}
