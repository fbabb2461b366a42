/**
 * The orchestrator: read → clean → annotate each article, then resolve the corpus. It times the
 * stages, reports progress on long runs, and collects every file it could not read with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Annotated, Corpus, ReadError } from './model.ts';
import { ARTICLE_EXTENSIONS, decodeArticle, readArticle, UnreadableArticle } from './read.ts';
import { cleanArticle } from './clean.ts';
import { annotateArticle } from './annotate.ts';
import { resolveCorpus } from './resolve.ts';

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

/** One article through the per-article stages; pure apart from reading its file. */
export function processArticle(file: string, text: string): Annotated {
  return annotateArticle(cleanArticle(readArticle(file, text)));
}

export function annotateFolder(folder: string, log: (line: string) => void = () => {}): AnnotatedCorpus {
  const files = listArticleFiles(folder);
  const annotated: Annotated[] = [];
  const errors: ReadError[] = [];
  const seenIds = new Map<string, string>();
  const started = performance.now();
  files.forEach((file, index) => {
    try {
      const article = processArticle(file, decodeArticle(readFileSync(join(folder, file))));
      const clash = seenIds.get(article.id);
      if (clash) throw new UnreadableArticle(`its id "${article.id}" is already taken by ${clash}; rename one of the two files`);
      seenIds.set(article.id, file);
      annotated.push(article);
    } catch (error) {
      if (!(error instanceof UnreadableArticle)) throw error;
      errors.push({ file, reason: error.message });
    }
    if ((index + 1) % 500 === 0) log(`  annotated ${index + 1}/${files.length} articles`);
  });
  const corpus = resolveCorpus(annotated, errors);
  log(`annotated ${annotated.length} articles (${errors.length} skipped) in ${Math.round(performance.now() - started)} ms`);
  return { annotated, corpus };
}
