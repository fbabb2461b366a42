/** One article through the per-article stages, read → clean → annotate: pure. */
import type { Annotated } from './model.ts';
import { readArticle } from './read.ts';
import { cleanArticle } from './clean.ts';
import { annotateArticle } from './annotate.ts';

export function processArticle(file: string, text: string, id?: string): Annotated {
  return annotateArticle(cleanArticle(readArticle(file, text, id)));
}
