/**
 * Scores the pipeline on the three sample articles against the hand-made `seeds/gold.json`:
 * furniture and headings, quotes and speakers, entities and types, cross-article links, dates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateFolder } from '../pipeline/run.ts';
import { ratio } from './score.ts';

interface GoldArticle {
  date: string | null;
  boilerplate: string[];
  headings: string[];
  quotes: { starts: string; speaker: string }[];
  not_speech: string[];
  entities: { name: string; type: string; mentions: string[] }[];
}

interface Gold {
  articles: Record<string, GoldArticle>;
  cross_article: { name: string; articles: string[] }[];
}

export interface SeedReport {
  furnitureRecall: number;
  furniturePrecision: number;
  headingRecall: number;
  quoteRecall: number;
  speakerAccuracy: number;
  nonSpeechTaken: number;
  entityRecall: number;
  entityTypeAccuracy: number;
  entityPrecision: number;
  crossArticleRecall: number;
  dateAccuracy: number;
  misses: string[];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function evaluateSeeds(folder: string): Promise<SeedReport> {
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as Gold;
  const { annotated, corpus } = await annotateFolder(folder);
  const entityById = new Map(corpus.entities.map((entity) => [entity.id, entity]));
  const entityByName = new Map(corpus.entities.map((entity) => [entity.name, entity]));
  const misses: string[] = [];
  const tally = { furniture: 0, furnitureGold: 0, furnitureRemoved: 0, furnitureRight: 0, headings: 0, headingsGold: 0, quotes: 0, quotesGold: 0, speakers: 0, nonSpeech: 0, entities: 0, entitiesGold: 0, typed: 0, predictedPairs: 0, predictedRight: 0, cross: 0, dates: 0 };

  for (const [id, expected] of Object.entries(gold.articles)) {
    const article = annotated.find((candidate) => candidate.id === id)!;
    const briefing = corpus.articles.find((candidate) => candidate.id === id)!;
    const removedLines = article.removed.filter((removed) => !['front-matter', 'date-marker'].includes(removed.reason)).map((removed) => normalise(removed.text));
    for (const line of expected.boilerplate) {
      tally.furnitureGold += 1;
      if (removedLines.includes(normalise(line))) tally.furniture += 1;
      else misses.push(`${id}: furniture kept: ${line}`);
    }
    tally.furnitureRemoved += removedLines.length;
    tally.furnitureRight += removedLines.filter((line) => expected.boilerplate.map(normalise).includes(line)).length;
    const headings = article.blocks.filter((block) => block.kind === 'heading').map((block) => normalise(article.original.slice(block.start, block.end)));
    for (const heading of expected.headings) {
      tally.headingsGold += 1;
      if (headings.includes(normalise(heading))) tally.headings += 1;
      else misses.push(`${id}: heading not kept as a heading: ${heading}`);
    }

    const remaining = [...briefing.quotes];
    for (const quote of expected.quotes) {
      tally.quotesGold += 1;
      const at = remaining.findIndex((candidate) => normalise(candidate.text).startsWith(normalise(quote.starts).replace(/[”"’]$/, '')));
      if (at === -1) {
        misses.push(`${id}: quote not found: ${quote.starts}`);
        continue;
      }
      const [found] = remaining.splice(at, 1);
      tally.quotes += 1;
      const speaker = found!.speaker?.entity ? entityById.get(found!.speaker.entity)?.name : null;
      if (speaker === quote.speaker) tally.speakers += 1;
      else misses.push(`${id}: quote "${quote.starts}" attributed to ${speaker ?? 'nobody'}, expected ${quote.speaker}`);
    }
    for (const text of expected.not_speech) {
      if (briefing.quotes.some((quote) => normalise(quote.text).startsWith(normalise(text)))) {
        tally.nonSpeech += 1;
        misses.push(`${id}: not speech, taken as a quote: ${text}`);
      }
    }

    const inArticle = new Set(briefing.mentions.map((mention) => mention.entity));
    for (const entity of expected.entities) {
      tally.entitiesGold += 1;
      const found = entityByName.get(entity.name);
      if (!found || !inArticle.has(found.id)) {
        misses.push(`${id}: entity not found: ${entity.name}`);
        continue;
      }
      tally.entities += 1;
      if (found.type === entity.type) tally.typed += 1;
      else misses.push(`${id}: ${entity.name} typed ${found.type}, expected ${entity.type}`);
    }
    const goldNames = new Set(expected.entities.map((entity) => entity.name));
    for (const entityId of inArticle) {
      tally.predictedPairs += 1;
      const name = entityById.get(entityId)!.name;
      if (goldNames.has(name)) tally.predictedRight += 1;
      else misses.push(`${id}: entity not in the reference: ${name}`);
    }
    if (article.date === expected.date) tally.dates += 1;
    else misses.push(`${id}: date ${article.date}, expected ${expected.date}`);
  }

  for (const link of gold.cross_article) {
    const found = entityByName.get(link.name);
    if (found && link.articles.every((id) => found.articles.includes(id))) tally.cross += 1;
    else misses.push(`cross-article link missing: ${link.name} in ${link.articles.join(', ')}`);
  }

  const articleCount = Object.keys(gold.articles).length;
  return {
    furnitureRecall: ratio(tally.furniture, tally.furnitureGold),
    furniturePrecision: ratio(tally.furnitureRight, tally.furnitureRemoved),
    headingRecall: ratio(tally.headings, tally.headingsGold),
    quoteRecall: ratio(tally.quotes, tally.quotesGold),
    speakerAccuracy: ratio(tally.speakers, tally.quotesGold),
    nonSpeechTaken: tally.nonSpeech,
    entityRecall: ratio(tally.entities, tally.entitiesGold),
    entityTypeAccuracy: ratio(tally.typed, tally.entitiesGold),
    entityPrecision: ratio(tally.predictedRight, tally.predictedPairs),
    crossArticleRecall: ratio(tally.cross, gold.cross_article.length),
    dateAccuracy: ratio(tally.dates, articleCount),
    misses,
  };
}
