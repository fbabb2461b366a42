import type { GetStaticPaths } from 'astro';
import { siteData } from '../../lib/data';

/** JSON for other tools: briefings, entities, quotes and timeline (documented in the README). */
const DOCUMENTS = {
  briefings: () => siteData().briefings.map(({ id, title, date, dateSource, source, url, summary, readingMinutes, entities, related }) => ({ id, title, date, dateSource, source, url, summary, readingMinutes, entities, related })),
  entities: () => siteData().entities.map(({ id, name, type, description, aliases, mentionCount, briefings, related }) => ({ id, name, type, description, aliases, mentionCount, briefings, related })),
  quotes: () => siteData().briefings.flatMap((item) => item.quotes),
  timeline: () => siteData().briefings.filter((item) => item.date).map(({ id, title, date, summary, events }) => ({ id, title, date, summary, events })),
};

export const getStaticPaths = (() => Object.keys(DOCUMENTS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export function GET({ params }: { params: { name: keyof typeof DOCUMENTS } }) {
  return new Response(`${JSON.stringify(DOCUMENTS[params.name](), null, 1)}\n`, { headers: { 'content-type': 'application/json' } });
}
