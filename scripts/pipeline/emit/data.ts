/**
 * Emit data: what the entity, timeline and index pages render, derived once here so that `src/`
 * only renders. Types are exported for `src/`.
 */
import type { Annotated, Briefing, Corpus, EntityType, Removed, Span } from '../model.ts';

export interface Context {
  before: string;
  text: string;
  after: string;
}

export interface SiteQuote {
  briefing: string;
  id: string;
  text: string;
  partial: boolean;
  speaker: string | null;
  speakerText: string | null;
}

export interface SiteEvent {
  briefing: string;
  value: string;
  text: string;
  context: Context;
}

export interface SiteBriefing extends Pick<Briefing, 'id' | 'file' | 'title' | 'date' | 'dateSource' | 'source' | 'url' | 'summary'> {
  readingMinutes: number;
  entities: { id: string; count: number }[];
  quotes: SiteQuote[];
  events: SiteEvent[];
  removed: Removed[];
}

export interface SiteEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
  briefings: string[];
  mentions: { briefing: string; anchor: string; context: Context }[];
  quotes: SiteQuote[];
  related: { id: string; count: number }[];
}

export interface SiteData {
  briefings: SiteBriefing[];
  entities: SiteEntity[];
}

const WORDS_PER_MINUTE = 230;
const squash = (text: string) => text.replace(/\s+/g, ' ');

function contextOf(article: Annotated, span: Span): Context {
  const sentence = article.sentences.find((candidate) => candidate.start <= span.start && span.end <= candidate.end) ?? span;
  return {
    before: squash(article.original.slice(sentence.start, span.start)),
    text: squash(article.original.slice(span.start, span.end)),
    after: squash(article.original.slice(span.end, sentence.end)),
  };
}

/** Newest first; undated briefings last, by title. */
export function byDateDescending(a: { date: string | null; title: string }, b: { date: string | null; title: string }): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

export function siteData(annotated: Annotated[], corpus: Corpus): SiteData {
  const articleById = new Map(annotated.map((article) => [article.id, article]));
  const entities = new Map<string, SiteEntity>(corpus.entities.map((entity) => [entity.id, {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    mentionCount: entity.mentionCount,
    briefings: entity.articles,
    mentions: [],
    quotes: [],
    related: [],
  }]));
  const together = new Map<string, Map<string, number>>();

  const briefings: SiteBriefing[] = corpus.articles.map((briefing) => {
    const article = articleById.get(briefing.id)!;
    const counts = new Map<string, number>();
    briefing.mentions.forEach((mention, index) => {
      counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
      entities.get(mention.entity)!.mentions.push({ briefing: briefing.id, anchor: `m${index + 1}`, context: contextOf(article, mention) });
    });
    for (const a of counts.keys()) {
      for (const b of counts.keys()) {
        if (a === b) continue;
        const row = together.get(a) ?? new Map<string, number>();
        row.set(b, (row.get(b) ?? 0) + 1);
        together.set(a, row);
      }
    }
    const quotes: SiteQuote[] = briefing.quotes.map((quote) => ({
      briefing: briefing.id,
      id: quote.id,
      text: squash(quote.text),
      partial: quote.partial,
      speaker: quote.speaker?.entity ?? null,
      speakerText: quote.speaker?.mention?.text ?? null,
    }));
    for (const quote of quotes) if (quote.speaker) entities.get(quote.speaker)!.quotes.push(quote);
    const words = article.blocks.reduce((sum, block) => sum + article.original.slice(block.start, block.end).split(/\s+/).length, 0);
    return {
      id: briefing.id,
      file: briefing.file,
      title: briefing.title,
      date: briefing.date,
      dateSource: briefing.dateSource,
      source: briefing.source,
      url: briefing.url,
      summary: briefing.summary,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      entities: [...counts.entries()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)),
      quotes,
      events: briefing.times.map((time) => ({ briefing: briefing.id, value: time.value, text: time.text, context: contextOf(article, time) })),
      removed: briefing.removed,
    };
  });

  for (const [id, row] of together) {
    entities.get(id)!.related = [...row.entries()].map(([other, count]) => ({ id: other, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)).slice(0, 12);
  }
  return { briefings: briefings.sort(byDateDescending), entities: [...entities.values()] };
}
