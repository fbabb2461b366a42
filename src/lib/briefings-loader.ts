/**
 * A content loader for the MDX briefings the pipeline writes: each is rendered to HTML (see
 * `render-briefing.ts`), on every core, into a file in Astro's cache folder named by its digest,
 * and rendered again only when its file, the names it links to or the site's base path change.
 * The HTML stays out of Astro's data store, which holds everything in memory and writes it out as
 * one string: tens of thousands of briefings would not fit. In `astro dev` the loader watches the
 * folder and the site data, so a rewritten briefing shows on the next reload.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { dataFile, site, siteData } from './data';
import { linkedEntityIds, type RenderData, type renderBriefingWith } from './render-briefing';
import { mapInParallel } from '../../scripts/parallel.ts';

export function briefingsLoader(folder: string): Loader {
  const directory = resolve(folder);

  async function sync({ store, parseData, generateDigest, logger, config }: LoaderContext): Promise<void> {
    const htmlDir = join(fileURLToPath(config.cacheDir), 'briefings-html');
    mkdirSync(htmlDir, { recursive: true });
    const names = readdirSync(directory).filter((name) => name.endsWith('.mdx')).sort();
    const entities = new Map(siteData().entities.map(({ id, name, type }) => [id, { id, name, type }]));
    const present = new Set<string>();
    const kept = new Set<string>();
    const changed: { id: string; file: string; mdx: string; digest: string; html: string }[] = [];
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
      const html = join(htmlDir, `${digest}.html`);
      kept.add(`${digest}.html`);
      if (store.get(id)?.digest !== digest || !existsSync(html)) changed.push({ id, file, mdx, digest, html });
    }
    const data: RenderData = { base: site.base, entities: [...entities.values()] };
    const results = await mapInParallel<string, ReturnType<typeof renderBriefingWith>, RenderData>(changed.map(({ mdx }) => mdx), {
      module: new URL('./render-briefing.ts', import.meta.url),
      name: 'renderBriefingWith',
      shared: data,
    });
    for (const [index, { id, file, digest, html }] of changed.entries()) {
      const result = results[index]!;
      if ('error' in result) throw new Error(`${file}: ${result.error}`);
      writeFileSync(html, result.html);
      store.set({ id, data: await parseData({ id, data: { ...result.frontmatter, html } }), digest });
    }
    for (const id of store.keys()) if (!present.has(id)) store.delete(id);
    for (const name of readdirSync(htmlDir)) if (!kept.has(name)) rmSync(join(htmlDir, name));
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
