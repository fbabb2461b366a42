/**
 * Emit data: what the entity, timeline and index pages render, derived once here so that `src/`
 * only renders. Types are exported for `src/`.
 */
import type { Annotated, Briefing, Corpus, EntityType, Removed, Span } from '../model.ts';
import { spanAt, spansWithin } from '../annotate/spans.ts';
import { byCodePoint } from '../resolve.ts';

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
  return byCodePoint(a.title, b.title);
}

const RELATED_BRIEFINGS = 5;
const RELATED_ENTITIES = 12;
/** An entity in more briefings than this relates none of them (and would make relating quadratic). */
const TOO_COMMON_TO_RELATE = 200;

/**
 * Scores of one item's neighbours, by index: a dense array reused for every item with the list of
 * the indices it touched, because maps keyed by id took seconds at 10,000 briefings.
 */
class Tally {
  private readonly scores: Float64Array;
  private readonly touched: number[] = [];

  constructor(size: number) {
    this.scores = new Float64Array(size);
  }

  /** Adds a positive amount. */
  add(index: number, amount: number): void {
    if (this.scores[index] === 0) this.touched.push(index);
    this.scores[index]! += amount;
  }

  /** The best `limit` indices, highest score first and ties by id; empties the tally for the next item. */
  take(limit: number, ids: string[]): { index: number; score: number }[] {
    const before = (a: { index: number; score: number }, b: { index: number; score: number }) => b.score - a.score || byCodePoint(ids[a.index]!, ids[b.index]!);
    // Thousands are touched and a handful kept: insert into the short list rather than sort them all.
    const best: { index: number; score: number }[] = [];
    for (const index of this.touched) {
      const entry = { index, score: this.scores[index]! };
      if (best.length === limit && before(entry, best[limit - 1]!) >= 0) continue;
      let at = best.length;
      while (at > 0 && before(entry, best[at - 1]!) < 0) at -= 1;
      best.splice(at, 0, entry);
      if (best.length > limit) best.pop();
    }
    for (const index of this.touched) this.scores[index] = 0;
    this.touched.length = 0;
    return best;
  }
}

/**
 * Fills each briefing's `related`, briefings scored by the entities they share, each weighted by
 * how rare it is (an entity in every briefing says little, and one in hundreds is left out), and
 * each entity's `related`, the entities named in most of the same briefings.
 */
function relate(briefings: SiteBriefing[], entities: Map<string, SiteEntity>): void {
  const entityIds = [...entities.keys()];
  const entityIndex = new Map(entityIds.map((id, index) => [id, index]));
  const briefingIds = briefings.map((briefing) => briefing.id);
  const entitiesOf = briefings.map((briefing) => briefing.entities.map(({ id }) => entityIndex.get(id)!));
  const briefingsOf = entityIds.map((): number[] => []);
  entitiesOf.forEach((named, briefing) => named.forEach((entity) => briefingsOf[entity]!.push(briefing)));
  const weightOf = briefingsOf.map((list) => (list.length > TOO_COMMON_TO_RELATE ? 0 : Math.log((briefings.length + 1) / list.length)));

  const byBriefing = new Tally(briefings.length);
  briefings.forEach((briefing, index) => {
    for (const entity of entitiesOf[index]!) {
      if (weightOf[entity]! <= 0) continue;
      for (const other of briefingsOf[entity]!) if (other !== index) byBriefing.add(other, weightOf[entity]!);
    }
    briefing.related = byBriefing.take(RELATED_BRIEFINGS, briefingIds).map(({ index: other }) => {
      const theirs = new Set(entitiesOf[other]);
      return { id: briefingIds[other]!, shared: entitiesOf[index]!.filter((entity) => weightOf[entity]! > 0 && theirs.has(entity)).map((entity) => entityIds[entity]!) };
    });
  });

  const byEntity = new Tally(entityIds.length);
  entityIds.forEach((id, entity) => {
    for (const briefing of briefingsOf[entity]!) for (const other of entitiesOf[briefing]!) if (other !== entity) byEntity.add(other, 1);
    entities.get(id)!.related = byEntity.take(RELATED_ENTITIES, entityIds).map(({ index, score }) => ({ id: entityIds[index]!, count: score }));
  });
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
  /** `link`: the index of the linked mention to go to, the mention itself or the one it is inside. */
  type MentionAt = { article: Annotated; briefing: string; link: number; span: Span };
  const collected = new Map(corpus.entities.map((entity) => [entity.id, { mentions: [] as MentionAt[], quotes: [] as SiteQuote[], events: [] as SiteEvent[] }]));

  const briefings: SiteBriefing[] = corpus.articles.map((briefing) => {
    const article = articleById.get(briefing.id)!;
    const counts = new Map<string, number>();
    // A nested name's anchor is the link of the name it is inside, which comes just before it.
    let linkIndex = 0;
    briefing.mentions.forEach((mention, index) => {
      if (!mention.nested) linkIndex = index;
      counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
      collected.get(mention.entity)!.mentions.push({ article, briefing: briefing.id, link: linkIndex, span: mention });
    });
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
      entities: [...counts.entries()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || byCodePoint(a.id, b.id)),
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

  relate(briefings, entities);
  for (const [id, { quotes, events }] of collected) Object.assign(entities.get(id)!, { quoteCount: quotes.length, eventCount: events.length });
  const details = new Map([...collected].map(([id, { mentions, quotes, events }]) => [id, (): EntityDetail => ({
    mentions: mentions.map(({ article, briefing, link, span }) => ({ briefing, anchor: `m${link + 1}`, context: contextOf(article, span) })),
    quotes,
    events,
  })]));
  return { site: { briefings: briefings.sort(byDateDescending), entities: [...entities.values()] }, details };
}
