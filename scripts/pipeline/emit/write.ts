/** Writes the emitted briefings and data into `content/`, removing briefings whose article is gone. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedCorpus } from '../run.ts';
import { briefingMdx } from './mdx.ts';
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

export const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

export function writeContent({ annotated, corpus }: AnnotatedCorpus, contentDir: string, cache: ArticleCache | null = null): void {
  const briefingsDir = join(contentDir, 'briefings');
  const dataDir = join(contentDir, 'data');
  mkdirSync(briefingsDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  const byId = new Map(annotated.map((article) => [article.id, article]));
  const expected = new Set<string>();
  for (const briefing of corpus.articles) {
    const name = `${briefing.id}.mdx`;
    expected.add(name);
    const article = byId.get(briefing.id)!;
    const mdx = cache ? cache.mdx(article.file, briefing, () => briefingMdx(article, briefing)) : briefingMdx(article, briefing);
    writeIfChanged(join(briefingsDir, name), mdx);
  }
  for (const name of readdirSync(briefingsDir)) if (!expected.has(name)) rmSync(join(briefingsDir, name));
  writeIfChanged(join(dataDir, 'site.json'), json(siteData(annotated, corpus)));
  writeIfChanged(join(dataDir, 'annotations.json'), json(corpus));
}
