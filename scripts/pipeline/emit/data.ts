/**
 * Emit data: what the entity, timeline and index pages render, derived once here so that `src/`
 * only renders. Types are exported for `src/`.
 */
import type { Annotated, Briefing, Corpus, EntityType, Removed, Span } from '../model.ts';
import { spanAt, spansWithin } from '../annotate/spans.ts';

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
  /** The anchor of the time expression on the briefing page. */
  anchor: string;
  /** Entities named in the same sentence. */
  entities: string[];
  value: string;
  text: string;
  context: Context;
}

export interface SiteBriefing extends Pick<Briefing, 'id' | 'file' | 'title' | 'date' | 'dateSource' | 'source' | 'url' | 'summary'> {
  readingMinutes: number;
  /** Briefings that share the most (and the rarest) entities with this one. */
  related: { id: string; shared: string[] }[];
  entities: { id: string; count: number }[];
  quotes: SiteQuote[];
  events: SiteEvent[];
  removed: Removed[];
}

export interface SiteEntity {
  id: string;
  name: string;
  type: EntityType;
  description: string | null;
  aliases: string[];
  mentionCount: number;
  /** How many quotes and dated events its detail holds, so pages know without reading it. */
  quoteCount: number;
  eventCount: number;
  briefings: string[];
  related: { id: string; count: number }[];
}

/** What only the entity's own page shows: kept in a file per entity, so no page loads them all. */
export interface EntityDetail {
  mentions: { briefing: string; anchor: string; context: Context }[];
  quotes: SiteQuote[];
  /** Dated events told in sentences that name this entity. */
  events: SiteEvent[];
}

export interface SiteData {
  briefings: SiteBriefing[];
  entities: SiteEntity[];
}

export interface EmittedData {
  site: SiteData;
  /**
   * Each entity's detail, made when asked for: mentions in context add up to about the corpus's
   * text again, so they are made and written one entity at a time rather than held all at once.
   */
  details: Map<string, () => EntityDetail>;
}

const WORDS_PER_MINUTE = 230;
const squash = (text: string) => text.replace(/\s+/g, ' ');

function contextOf(article: Annotated, span: Span): Context {
  const sentence = spanAt(article.sentences, span.start) ?? span;
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

const RELATED_BRIEFINGS = 5;
/** An entity in more briefings than this relates none of them (and would make relating quadratic). */
const TOO_COMMON_TO_RELATE = 200;

/**
 * Fills `related`: briefings scored by the entities they share, each weighted by how rare it is
 * (an entity in every briefing says little, and one in hundreds is left out), best first.
 */
function relateBriefings(briefings: SiteBriefing[], entities: Map<string, SiteEntity>): void {
  const total = briefings.length;
  for (const briefing of briefings) {
    const scores = new Map<string, { score: number; shared: string[] }>();
    for (const { id } of briefing.entities) {
      const entity = entities.get(id)!;
      const weight = Math.log((total + 1) / entity.briefings.length);
      if (weight <= 0 || entity.briefings.length > TOO_COMMON_TO_RELATE) continue;
      for (const other of entity.briefings) {
        if (other === briefing.id) continue;
        const entry = scores.get(other) ?? { score: 0, shared: [] };
        entry.score += weight;
        entry.shared.push(id);
        scores.set(other, entry);
      }
    }
    briefing.related = [...scores.entries()]
      .sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))
      .slice(0, RELATED_BRIEFINGS)
      .map(([id, { shared }]) => ({ id, shared }));
  }
}

export function siteData(annotated: Annotated[], corpus: Corpus): EmittedData {
  const articleById = new Map(annotated.map((article) => [article.id, article]));
  const entities = new Map<string, SiteEntity>(corpus.entities.map((entity) => [entity.id, {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    description: entity.description ?? null,
    aliases: entity.aliases,
    mentionCount: entity.mentionCount,
    quoteCount: 0,
    eventCount: 0,
    briefings: entity.articles,
    related: [],
  }]));
  type MentionAt = { article: Annotated; briefing: string; index: number; span: Span };
  const collected = new Map(corpus.entities.map((entity) => [entity.id, { mentions: [] as MentionAt[], quotes: [] as SiteQuote[], events: [] as SiteEvent[] }]));
  const together = new Map<string, Map<string, number>>();

  const briefings: SiteBriefing[] = corpus.articles.map((briefing) => {
    const article = articleById.get(briefing.id)!;
    const counts = new Map<string, number>();
    briefing.mentions.forEach((mention, index) => {
      counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
      collected.get(mention.entity)!.mentions.push({ article, briefing: briefing.id, index, span: mention });
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
    for (const quote of quotes) if (quote.speaker) collected.get(quote.speaker)!.quotes.push(quote);
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
      related: [],
      events: briefing.times.map((time, index) => {
        const sentence = spanAt(article.sentences, time.start) ?? time;
        const named = [...new Set(spansWithin(briefing.mentions, sentence.start, sentence.end).map((mention) => mention.entity))];
        const event: SiteEvent = { briefing: briefing.id, anchor: `t${index + 1}`, entities: named, value: time.value, text: time.text, context: contextOf(article, time) };
        for (const id of named) collected.get(id)!.events.push(event);
        return event;
      }),
      removed: briefing.removed,
    };
  });

  relateBriefings(briefings, entities);
  for (const [id, row] of together) {
    entities.get(id)!.related = [...row.entries()].map(([other, count]) => ({ id: other, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)).slice(0, 12);
  }
  for (const [id, { quotes, events }] of collected) Object.assign(entities.get(id)!, { quoteCount: quotes.length, eventCount: events.length });
  const details = new Map([...collected].map(([id, { mentions, quotes, events }]) => [id, (): EntityDetail => ({
    mentions: mentions.map(({ article, briefing, index, span }) => ({ briefing, anchor: `m${index + 1}`, context: contextOf(article, span) })),
    quotes,
    events,
  })]));
  return { site: { briefings: briefings.sort(byDateDescending), entities: [...entities.values()] }, details };
}
