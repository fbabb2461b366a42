/** Annotate: one cleaned article to its sentences, entity mentions, quotes and time expressions. */
import type { Annotated, Article } from './model.ts';
import { splitSentences } from './annotate/sentences.ts';
import { recogniseEntities } from './annotate/entities.ts';
import { annotateQuotes } from './annotate/quotes.ts';
import { annotateTimes } from './annotate/times.ts';

export function annotateArticle(article: Article): Annotated {
  const sentences = splitSentences(article.text, article.blocks);
  const mentions = recogniseEntities(article.text, article.blocks, sentences);
  const quotes = annotateQuotes(article.text, article.blocks, sentences, mentions);
  const times = annotateTimes(article.text, article.blocks, article.date);
  return { ...article, sentences, mentions, quotes, times };
}
