/** One article through the per-article stages, read → clean → annotate: pure. */
import type { Annotated } from './model.ts';
import { readArticle, UnreadableArticle } from './read.ts';
import { cleanArticle } from './clean.ts';
import { annotateArticle } from './annotate.ts';

export function processArticle(file: string, text: string, id?: string): Annotated {
  return annotateArticle(cleanArticle(readArticle(file, text, id)));
}

export interface ArticleJob {
  file: string;
  id: string;
  text: string;
}

/** An annotated article, or the reason it could not be read. */
export type Outcome = { annotated: Annotated } | { unreadable: string };

/** `processArticle` with an unreadable article as an outcome, not an error: what the worker threads run. */
export function annotateJob(job: ArticleJob): Outcome {
  try {
    return { annotated: processArticle(job.file, job.text, job.id) };
  } catch (error) {
    if (error instanceof UnreadableArticle) return { unreadable: error.message };
    throw error;
  }
}
