/**
 * Resolve: the only stage that sees the whole corpus. Article-level entity keys become corpus
 * entities (a surname alone joins the one full name it ends, anywhere in the corpus), each gets a
 * stable id, and every quote and mention is given its entity id. Output is sorted so that the same
 * input always gives the same corpus.
 */
import GithubSlugger from 'github-slugger';
import type { Annotated, Briefing, Corpus, Entity, EntityType, ReadError, ResolvedMention } from './model.ts';
import { initialsOf, majority } from './annotate/entities.ts';
import { isAcronym } from './annotate/lexicon.ts';
import { Curator, entityId, type Curation } from './curate.ts';

/** Orders strings by code point, the same on every machine (unlike `localeCompare`). */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Maps each article-level key to a corpus-level canonical name:
 * - a surname alone, or an acronym alone, joins the one full name anywhere in the corpus that it
 *   ends or abbreviates ("Putin" → "Vladimir Putin", "KCNA" → "Korean Central News Agency"), and
 *   a party's name without "Party" the one party's ("Labour" → "Labour Party");
 * - an acronym written as a word is the one in capitals ("Nasa" → "NASA");
 * - a full name spelt with another ending joins the spelling written more often ("Volodymyr
 *   Zelenskyy" → "Volodymyr Zelensky").
 */
function canonicalNames(articles: Annotated[]): Map<string, string> {
  const bySurname = new Map<string, Set<string>>();
  const byInitials = new Map<string, Set<string>>();
  const byParty = new Map<string, Set<string>>();
  const fullNames = new Map<string, number>();
  const add = (index: Map<string, Set<string>>, short: string, name: string) => index.set(short, (index.get(short) ?? new Set()).add(name));
  for (const article of articles) {
    for (const { key, type } of article.mentions) {
      if (!key.includes(' ')) continue;
      if (type === 'person') {
        add(bySurname, key.split(' ').pop()!, key);
        fullNames.set(key, (fullNames.get(key) ?? 0) + 1);
      }
      if (type === 'organization' && key.endsWith(' Party')) add(byParty, key.slice(0, -' Party'.length), key);
      const initials = type === 'person' ? '' : initialsOf(key.split(' '));
      if (initials.length >= 2) add(byInitials, initials, key);
    }
  }
  const spelling = preferredSpellings(fullNames);
  const keys = new Set(articles.flatMap((article) => article.mentions.map((mention) => mention.key)));
  const canonical = new Map<string, string>();
  for (const article of articles) {
    for (const { key } of article.mentions) {
      // An acronym written as a word ("Nasa", "Nato") is the one in capitals another article writes.
      const capitals = /^\p{Lu}\p{Ll}{2,5}$/u.test(key) && keys.has(key.toUpperCase()) ? key.toUpperCase() : key;
      const candidates = capitals.includes(' ') ? undefined : isAcronym(capitals) ? byInitials.get(capitals.replace(/\./g, '')) : bySurname.get(capitals) ?? byParty.get(capitals);
      const name = candidates?.size === 1 ? [...candidates][0]! : capitals;
      canonical.set(key, spelling.get(name) ?? name);
    }
  }
  return canonical;
}

/**
 * Full names spelt two ways, as transliterations differ in a surname's ending (one first name,
 * surnames of six letters or more that differ only in their last letter or one more letter at the
 * end, not "Johnson" and "Johnston"), each to the spelling written more often.
 */
function preferredSpellings(fullNames: Map<string, number>): Map<string, string> {
  // Names that may be spellings of each other share their first names and their surname's first
  // five letters: only those are compared, so a large corpus is not compared name by name.
  const alike = new Map<string, string[]>();
  for (const name of [...fullNames.keys()].sort(byCodePoint)) {
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    if (surname.length < 6) continue;
    const group = `${name.slice(0, name.lastIndexOf(' '))} ${surname.slice(0, 5)}`;
    alike.set(group, [...(alike.get(group) ?? []), name]);
  }
  const preferred = new Map<string, string>();
  for (const names of alike.values()) {
    for (const name of names) {
      const surname = name.slice(name.lastIndexOf(' ') + 1);
      const other = names.find((candidate) => candidate !== name && endsApart(surname, candidate.slice(candidate.lastIndexOf(' ') + 1)));
      if (other && (fullNames.get(other)! > fullNames.get(name)! || (fullNames.get(other) === fullNames.get(name) && byCodePoint(other, name) < 0))) preferred.set(name, other);
    }
  }
  return preferred;
}

/** Two words the same but for the last letter, or a letter more at the end: "Zelensky" and "Zelenskyy". */
function endsApart(a: string, b: string): boolean {
  const shared = Math.min(a.length, b.length) - 1;
  return a !== b && Math.abs(a.length - b.length) <= 1 && a.slice(0, shared) === b.slice(0, shared);
}

/** A short extractive summary: the first sentences of the body, up to about 300 characters. */
export function summarise(article: Annotated): string {
  const parts: string[] = [];
  for (const sentence of article.sentences) {
    if (article.blocks[sentence.block]!.kind !== 'paragraph') continue;
    const text = article.original.slice(sentence.start, sentence.end).replace(/\s+/g, ' ');
    if (parts.length > 0 && parts.join(' ').length + text.length > 320) break;
    parts.push(text);
    if (parts.length === 3) break;
  }
  return parts.join(' ');
}

/**
 * An article's mentions with their entity ids, those curation ignores left out. A name inside a
 * longer one stays nested while the longer one is linked; with that one ignored, it is linked itself.
 */
function resolveMentions(article: Annotated, names: (string | null)[], idOf: Map<string, string>): ResolvedMention[] {
  const kept = article.mentions.flatMap((mention, index) => {
    const name = names[index] ?? null;
    return name === null ? [] : [{ ...mention, entity: idOf.get(name)! }];
  });
  const linked = kept.filter((mention) => !mention.nested);
  return kept.map(({ start, end, entity, nested }) => {
    const resolved: ResolvedMention = { start, end, text: article.original.slice(start, end), entity };
    if (nested && linked.some((outer) => outer.start <= start && end <= outer.end)) resolved.nested = true;
    return resolved;
  });
}

export function resolveCorpus(articles: Annotated[], errors: ReadError[], curation: Curation | null = null): Corpus {
  const sorted = [...articles].sort((a, b) => byCodePoint(a.id, b.id));
  const canonical = canonicalNames(sorted);
  const curator = new Curator(curation);
  const gathered = new Map<string, { types: Map<EntityType, number>; aliases: Set<string>; articles: Set<string>; count: number; foundAs: Set<string> }>();
  /** The final entity name of each mention (curation applied), or null when ignored. */
  const finalNames = new Map<string, (string | null)[]>();
  for (const article of sorted) {
    const names = article.mentions.map((mention) => {
      const found = canonical.get(mention.key)!;
      const surface = article.original.slice(mention.start, mention.end).replace(/\s+/g, ' ');
      const titled = mention.titles ? `${mention.titles} ${surface}` : null;
      const name = curator.nameOf(found, titled ? [surface, titled] : [surface]);
      if (name === null) return null;
      const entry = gathered.get(name) ?? { types: new Map(), aliases: new Set(), articles: new Set(), count: 0, foundAs: new Set() };
      entry.types.set(mention.type, (entry.types.get(mention.type) ?? 0) + 1);
      entry.foundAs.add(found);
      entry.aliases.add(surface);
      if (titled) entry.aliases.add(titled);
      entry.articles.add(article.id);
      entry.count += 1;
      gathered.set(name, entry);
      return name;
    });
    finalNames.set(article.id, names);
  }

  const slugger = new GithubSlugger();
  const idOf = new Map<string, string>();
  const entities: Entity[] = [...gathered.keys()].sort(byCodePoint).map((name) => {
    const entry = gathered.get(name)!;
    const id = slugger.slug(entityId(name));
    idOf.set(name, id);
    const { type, description } = curator.overrides(name, entry.foundAs);
    return {
      id,
      name,
      type: type ?? majority(entry.types),
      ...(description ? { description } : {}),
      aliases: [...entry.aliases].filter((alias) => alias !== name).sort(byCodePoint),
      articles: [...entry.articles].sort(byCodePoint),
      mentionCount: entry.count,
    };
  });
  const entityOf = (key: string | null) => {
    const name = key === null ? null : curator.nameOf(canonical.get(key) ?? key);
    return name === null ? null : idOf.get(name) ?? null;
  };

  const briefings: Briefing[] = sorted.map((article) => ({
    id: article.id,
    file: article.file,
    title: article.title,
    date: article.date,
    dateSource: article.dateSource,
    source: article.source,
    url: article.url,
    summary: summarise(article),
    // A title's quote repeats one of the body (the page shows the title as plain text): the body's is listed.
    quotes: article.quotes.filter((quote) => !article.blocks.some((block) => block.kind === 'title' && block.start <= quote.start && quote.end <= block.end)).map((quote, index) => ({
      id: `q${index + 1}`,
      start: quote.start,
      end: quote.end,
      text: article.original.slice(quote.start, quote.end),
      partial: quote.partial,
      speaker: quote.speakerMention || quote.speakerKey
        ? { entity: entityOf(quote.speakerKey), mention: quote.speakerMention && { ...quote.speakerMention, text: article.original.slice(quote.speakerMention.start, quote.speakerMention.end) } }
        : null,
      cue: quote.cue,
    })),
    mentions: resolveMentions(article, finalNames.get(article.id)!, idOf),
    times: article.times.map((time) => ({ ...time, text: article.original.slice(time.start, time.end) })),
    removed: article.removed,
  }));

  return { articles: briefings, entities, errors: [...errors].sort((a, b) => byCodePoint(a.file, b.file)), messages: curator.unmatched() };
}
