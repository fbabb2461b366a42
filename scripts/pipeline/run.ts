/**
 * The orchestrator: read → clean → annotate each article, then resolve the corpus. It times the
 * stages, reports progress on long runs, and collects every file it could not read with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Annotated, Corpus, ReadError } from './model.ts';
import { createHash } from 'node:crypto';
import { ARTICLE_EXTENSIONS, articleId, decodeArticle, readArticle, UnreadableArticle } from './read.ts';
import { positionAt } from './position.ts';
import { cleanArticle } from './clean.ts';
import { annotateArticle } from './annotate.ts';
import { resolveCorpus } from './resolve.ts';
import type { Curation } from './curate.ts';
import type { ArticleCache } from './cache.ts';

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

/** One article through the per-article stages: pure. */
export function processArticle(file: string, text: string, id?: string): Annotated {
  return annotateArticle(cleanArticle(readArticle(file, text, id)));
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

export function annotateFolder(folder: string, { log = () => {}, curation = null, cache = null }: AnnotateOptions = {}): AnnotatedCorpus {
  const files = listArticleFiles(folder);
  const annotated: Annotated[] = [];
  const errors: ReadError[] = [];
  const takenIds = new Map<string, string>();
  const seenTexts = new Map<string, string>();
  const started = performance.now();
  files.forEach((file, index) => {
    try {
      const { text, encoding } = decodeArticle(readFileSync(join(folder, file)));
      const id = uniqueId(file, takenIds);
      const article = cache ? cache.annotated(file, id, text, () => processArticle(file, text, id)) : processArticle(file, text, id);
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
      takenIds.set(id, file);
      annotated.push(article);
    } catch (error) {
      if (!(error instanceof UnreadableArticle)) throw error;
      errors.push({ file, reason: error.message });
    }
    if ((index + 1) % PROGRESS_EVERY === 0 && index + 1 < files.length) {
      const seconds = (performance.now() - started) / 1000;
      const rate = (index + 1) / seconds;
      log(`  annotated ${index + 1}/${files.length} articles (${Math.round(rate)}/s, about ${Math.ceil((files.length - index - 1) / rate)} s left)`);
    }
  });
  const corpus = resolveCorpus(annotated, errors, curation);
  const reused = cache?.hits ? `, ${cache.hits} unchanged from the cache` : '';
  log(`annotated ${annotated.length} articles (${errors.length} skipped${reused}) in ${Math.round(performance.now() - started)} ms`);
  return { annotated, corpus };
}
