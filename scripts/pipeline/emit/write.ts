/**
 * Writes the emitted briefings and data into `content/`: `briefings/<id>.mdx`, `data/site.json`
 * (briefings and the entity index), `data/entities/<id>.json` (what one entity page shows) and
 * `data/annotations.json` (the export). Files whose article or entity is gone are removed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedCorpus } from '../run.ts';
import type { Briefing } from '../model.ts';
import { mapInParallel } from '../../parallel.ts';
import type { EmittedArticle } from './mdx.ts';
import { siteData } from './data.ts';
import type { ArticleCache } from '../cache.ts';

/** Writes only what changed, so that unchanged files keep their timestamps for Astro's cache. */
function writeIfChanged(path: string, content: string): void {
  try {
    if (readFileSync(path, 'utf8') === content) return;
  } catch {
    // Not written yet.
  }
  writeFileSync(path, content);
}

function removeAllBut(folder: string, keep: Set<string>): void {
  for (const name of readdirSync(folder)) if (!keep.has(name)) rmSync(join(folder, name));
}

/** Indented JSON, for files people read. */
export const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

/** One briefing to serialise: what `briefingMdxOf` takes. */
type EmitJob = { article: EmittedArticle; briefing: Briefing };

export async function writeContent({ annotated, corpus }: AnnotatedCorpus, contentDir: string, cache: ArticleCache | null = null): Promise<void> {
  const briefingsDir = join(contentDir, 'briefings');
  const dataDir = join(contentDir, 'data');
  mkdirSync(briefingsDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  const byId = new Map(annotated.map((article) => [article.id, article]));
  const expected = new Set<string>();
  const toEmit: (EmitJob & { keep?: (text: string) => void })[] = [];
  for (const briefing of corpus.articles) {
    expected.add(`${briefing.id}.mdx`);
    const { file, original, blocks, removed } = byId.get(briefing.id)!;
    const { cached, keep } = cache?.mdxFor(file, briefing) ?? {};
    if (cached === undefined) toEmit.push({ article: { original, blocks, removed }, briefing, keep });
    else writeIfChanged(join(briefingsDir, `${briefing.id}.mdx`), cached);
  }
  // Serialising MDX costs milliseconds a briefing: on every core (which get the data, not `keep`).
  const jobs = toEmit.map(({ article, briefing }): EmitJob => ({ article, briefing }));
  const emitted = await mapInParallel<EmitJob, string>(jobs, { module: new URL('./mdx.ts', import.meta.url), name: 'briefingMdxOf' });
  toEmit.forEach(({ briefing, keep }, index) => {
    keep?.(emitted[index]!);
    writeIfChanged(join(briefingsDir, `${briefing.id}.mdx`), emitted[index]!);
  });
  removeAllBut(briefingsDir, expected);
  const { site, details } = siteData(annotated, corpus);
  // Compact: indenting these files took seconds at 10,000 articles, and only programs read them.
  writeIfChanged(join(dataDir, 'site.json'), JSON.stringify(site));
  const entitiesDir = join(dataDir, 'entities');
  mkdirSync(entitiesDir, { recursive: true });
  for (const [id, detail] of details) writeIfChanged(join(entitiesDir, `${id}.json`), JSON.stringify(detail()));
  removeAllBut(entitiesDir, new Set([...details.keys()].map((id) => `${id}.json`)));
  writeIfChanged(join(dataDir, 'annotations.json'), JSON.stringify(corpus));
}
