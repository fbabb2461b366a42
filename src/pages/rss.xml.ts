import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site, siteData } from '../lib/data';

/** The newest briefings as an RSS feed; undated ones carry no publication date. */
export function GET(context: APIContext) {
  return rss({
    title: site.title,
    description: site.description,
    site: context.site ?? new URL(import.meta.env.BASE_URL, 'http://localhost'),
    trailingSlash: true,
    items: siteData().briefings.map((item) => ({
      title: item.title,
      link: `${import.meta.env.BASE_URL}briefings/${item.id}/`,
      description: item.summary,
      ...(item.date ? { pubDate: new Date(`${item.date}T00:00:00Z`) } : {}),
    })),
  });
}
