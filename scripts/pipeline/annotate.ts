/** Annotate: one cleaned article to its sentences, entity mentions, quotes and time expressions. */
import type { Annotated, Article, Span } from './model.ts';
import { splitSentences } from './annotate/sentences.ts';
import { recogniseEntities } from './annotate/entities.ts';
import { annotateQuotes } from './annotate/quotes.ts';
import { annotateTimes } from './annotate/times.ts';

export function annotateArticle(article: Article): Annotated {
  const sentences = splitSentences(article.text, article.blocks);
  const mentions = recogniseEntities(article.text, article.blocks, sentences);
  // A name inside a longer one ("Google" in "Google Science Fair") speaks for nobody.
  const quotes = annotateQuotes(article.text, article.blocks, sentences, mentions.filter((mention) => !mention.nested));
  // A weekday or a month in someone's or a body's name is no date: "Air Vice Marshal Sunday Aneke", "The Sunday Times".
  const inName = (time: Span) => mentions.some((mention) => (mention.type === 'person' || mention.type === 'organization') && mention.start <= time.start && time.end <= mention.end);
  const times = annotateTimes(article.text, article.blocks, article.date).filter((time) => !inName(time));
  return { ...article, sentences, mentions, quotes, times };
}
