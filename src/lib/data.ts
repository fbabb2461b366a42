/** The data the pipeline generated, read once per build. `src/` renders it and derives nothing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteBriefing, SiteData, SiteEntity } from '../../scripts/pipeline/emit/data.ts';
import { loadConfig } from '../../scripts/config.ts';

/** The validated site configuration (`content/site.yaml`). */
export const site = loadConfig();

let cached: SiteData | undefined;

export function siteData(): SiteData {
  if (cached) return cached;
  const path = join(process.env.BRIEFINGS_CONTENT_DIR ?? join(process.cwd(), 'content'), 'data', 'site.json');
  try {
    cached = JSON.parse(readFileSync(path, 'utf8')) as SiteData;
  } catch (error) {
    throw new Error(`Cannot read ${path} (${(error as Error).message}). Run \`npm run build\`, which writes it before Astro renders.`);
  }
  return cached;
}

let entityIndex: Map<string, SiteEntity> | undefined;
let briefingIndex: Map<string, SiteBriefing> | undefined;

export function entity(id: string): SiteEntity {
  entityIndex ??= new Map(siteData().entities.map((item) => [item.id, item]));
  const found = entityIndex.get(id);
  if (!found) throw new Error(`Unknown entity id ${JSON.stringify(id)} in generated briefings; rebuild with \`npm run build\`.`);
  return found;
}

export function briefing(id: string): SiteBriefing {
  briefingIndex ??= new Map(siteData().briefings.map((item) => [item.id, item]));
  const found = briefingIndex.get(id);
  if (!found) throw new Error(`Unknown briefing id ${JSON.stringify(id)}; rebuild with \`npm run build\`.`);
  return found;
}

/** A site path under the configured base ("/" or "/briefings/"). */
export function url(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

export const TYPE_LABELS = { person: 'Person', organization: 'Organisation', place: 'Place', misc: 'Other' } as const;

const DATE_SOURCE_LABELS = { 'front-matter': 'front matter', 'inline-marker': 'date line in the text', dateline: 'dateline' } as const;

export function describeDate(item: Pick<SiteBriefing, 'date' | 'dateSource'>): string {
  if (!item.date) return 'Undated';
  return `${formatDate(item.date)}${item.dateSource ? ` (from the ${DATE_SOURCE_LABELS[item.dateSource]})` : ''}`;
}

/** "25 June 2022", "June 2022" or "2022" for an ISO value; "14–20 September 2015" style for a range. */
export function formatDate(value: string): string {
  if (value.includes('/')) return value.split('/').map(formatDate).join(' – ');
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  const monthName = new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
