/** The data the pipeline generated, read once per build. `src/` renders it and derives nothing. */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { byDateDescending, type EntityDetail, type SiteBriefing, type SiteData, type SiteEntity } from '../../scripts/pipeline/emit/data.ts';
import { loadConfig, underBase } from '../../scripts/config.ts';

/** The validated site configuration (`content/site.yaml`). */
export const site = loadConfig();

/** Where the pipeline wrote briefings and data: `content/`, or the build's own folder. */
export const contentDir = resolve(process.env.BRIEFINGS_CONTENT_DIR ?? 'content');

/** A file the pipeline wrote into `content/data/`. */
export const dataFile = (name: string) => join(contentDir, 'data', name);

function readData<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read ${path} (${(error as Error).message}). Run \`npm run build\`, which writes it before Astro renders.`);
  }
}

let cached: { data: SiteData; modified: number } | undefined;
let entityIndex: Map<string, SiteEntity> | undefined;
let briefingIndex: Map<string, SiteBriefing> | undefined;

export function siteData(): SiteData {
  // The dev server keeps running while the pipeline rewrites the data; a build reads it once.
  const modified = import.meta.env.DEV ? statSync(dataFile('site.json')).mtimeMs : 0;
  if (cached?.modified !== modified) {
    cached = { data: readData<SiteData>(dataFile('site.json')), modified };
    entityIndex = undefined;
    briefingIndex = undefined;
  }
  return cached.data;
}

/** An entity's mentions, quotes and events, read for its own page only. */
export function entityDetail(id: string): EntityDetail {
  return readData<EntityDetail>(dataFile(join('entities', `${entity(id).id}.json`)));
}

export function entity(id: string): SiteEntity {
  const data = siteData();
  entityIndex ??= new Map(data.entities.map((item) => [item.id, item]));
  const found = entityIndex.get(id);
  if (!found) throw new Error(`Unknown entity id ${JSON.stringify(id)} in generated briefings; rebuild with \`npm run build\`.`);
  return found;
}

export function briefing(id: string): SiteBriefing {
  const data = siteData();
  briefingIndex ??= new Map(data.briefings.map((item) => [item.id, item]));
  const found = briefingIndex.get(id);
  if (!found) throw new Error(`Unknown briefing id ${JSON.stringify(id)}; rebuild with \`npm run build\`.`);
  return found;
}

/** A site path under the configured base ("/" or "/briefings/"). */
export function url(path: string): string {
  return underBase(site.base, path);
}

/**
 * How much of an entity's briefings, mentions (by briefing), events and quotes its page shows, the
 * latest first: an entity in thousands of briefings keeps a page a reader can open. The rest are
 * on its page of every mention (`/mentions/<id>/`), which search does not index.
 */
export const ENTITY_PREVIEW = { briefings: 20, mentionBriefings: 5, events: 20, quotes: 20 } as const;

/** Whether an entity has more than its page shows, and so a page of every mention. */
export function hasMoreThanPreview(item: SiteEntity): boolean {
  return item.briefings.length > ENTITY_PREVIEW.mentionBriefings || item.eventCount > ENTITY_PREVIEW.events || item.quoteCount > ENTITY_PREVIEW.quotes;
}

/** Everything an entity's pages show, in reading order: briefings and quotes newest first, events by date. */
export function entityView(item: SiteEntity) {
  const detail = entityDetail(item.id);
  const briefings = item.briefings.map(briefing).sort(byDateDescending);
  const order = new Map(briefings.map((source, index) => [source.id, index]));
  const quotes = [...detail.quotes].sort((a, b) => order.get(a.briefing)! - order.get(b.briefing)!);
  // A period open at its start ("/2012-03") is placed by its end.
  const when = (value: string) => value.replace(/^\//, '');
  const events = [...detail.events].sort((a, b) => (when(a.value) < when(b.value) ? -1 : when(a.value) > when(b.value) ? 1 : 0));
  const mentionsIn = Map.groupBy(detail.mentions, (mention) => mention.briefing);
  const groups = briefings.map((source) => ({ source, mentions: mentionsIn.get(source.id) ?? [] }));
  return { briefings, quotes, events, groups };
}

export const TYPE_LABELS = { person: 'Person', organization: 'Organisation', place: 'Place', misc: 'Other' } as const;

const DATE_SOURCE_LABELS = { 'front-matter': 'front matter', 'inline-marker': 'date line in the text', dateline: 'dateline' } as const;

export function describeDate(item: Pick<SiteBriefing, 'date' | 'dateSource'>): string {
  if (!item.date) return 'Undated';
  return `${formatDate(item.date)}${item.dateSource ? ` (from the ${DATE_SOURCE_LABELS[item.dateSource]})` : ''}`;
}

const MONTHS = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2000, month, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }));

/** "25 June 2022", "June 2022" or "2022" for an ISO value; "14 September 2015 – 20 September 2015" for a range, "until March 2012" for one open at its start ("a few months ago"). */
export function formatDate(value: string): string {
  if (value.startsWith('/')) return `until ${formatDate(value.slice(1))}`;
  if (value.includes('/')) return value.split('/').map(formatDate).join(' – ');
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
