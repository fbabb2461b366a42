/**
 * A content loader for the MDX briefings the pipeline writes: each is rendered to HTML (see
 * `render-briefing.ts`), on every core, and kept in Astro's data store, to be rendered again only
 * when its file, the names it links to or the site's base path change. In `astro dev` it watches
 * the folder and the site data, so a rewritten briefing shows on the next reload.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { dataFile, site, siteData } from './data';
import { linkedEntityIds, type RenderData, type renderBriefingWith } from './render-briefing';
import { mapInParallel } from '../../scripts/parallel.ts';

export function briefingsLoader(folder: string): Loader {
  const directory = resolve(folder);

  async function sync({ store, parseData, generateDigest, logger }: LoaderContext): Promise<void> {
    const names = readdirSync(directory).filter((name) => name.endsWith('.mdx')).sort();
    const entities = new Map(siteData().entities.map(({ id, name, type }) => [id, { id, name, type }]));
    const present = new Set<string>();
    const changed: { id: string; file: string; mdx: string; digest: string }[] = [];
    for (const name of names) {
      const id = name.slice(0, -'.mdx'.length);
      present.add(id);
      const file = join(directory, name);
      const mdx = readFileSync(file, 'utf8');
      // Ids that name no entity are article text that looks like an attribute, and change nothing.
      const links = linkedEntityIds(mdx).flatMap((linked) => {
        const target = entities.get(linked);
        return target ? [`${target.id}\t${target.name}\t${target.type}`] : [];
      });
      const digest = generateDigest([site.base, mdx, ...links].join('\n'));
      if (store.get(id)?.digest !== digest) changed.push({ id, file, mdx, digest });
    }
    const data: RenderData = { base: site.base, entities: [...entities.values()] };
    const results = await mapInParallel<string, ReturnType<typeof renderBriefingWith>, RenderData>(changed.map(({ mdx }) => mdx), {
      module: new URL('./render-briefing.ts', import.meta.url),
      name: 'renderBriefingWith',
      shared: data,
    });
    for (const [index, { id, file, digest }] of changed.entries()) {
      const result = results[index]!;
      if ('error' in result) throw new Error(`${file}: ${result.error}`);
      store.set({ id, data: await parseData({ id, data: result.frontmatter }), digest, rendered: { html: result.html } });
    }
    for (const id of store.keys()) if (!present.has(id)) store.delete(id);
    logger.info(`rendered ${changed.length} of ${names.length} briefings (the rest were unchanged)`);
  }

  return {
    name: 'briefings-mdx',
    load: async (context) => {
      await sync(context);
      if (!context.watcher) return;
      let pending: NodeJS.Timeout | undefined;
      context.watcher.add(directory);
      context.watcher.on('all', (_event, path) => {
        if (!(path.startsWith(directory) && path.endsWith('.mdx')) && path !== dataFile('site.json')) return;
        clearTimeout(pending);
        pending = setTimeout(() => void sync(context).catch((error: Error) => context.logger.error(error.message)), 100);
      });
    },
  };
}
