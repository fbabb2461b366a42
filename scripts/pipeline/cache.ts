/**
 * A content-hash cache of per-article work, so that an unchanged article is neither annotated nor
 * serialised to MDX again. Entries are keyed by the article's text, file and id and by a version
 * that hashes the pipeline's own code and the lockfile: a change to either empties the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotated } from './model.ts';
import { normaliseForMatching } from './read.ts';

type Stored = Omit<Annotated, 'original' | 'text'>;

interface Entry {
  key: string;
  annotated: Stored;
  mdx?: { key: string; text: string };
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** Where the cache of a folder of articles is kept, in the project at `root`. */
export function cachePath(root: string, articlesDir: string): string {
  return join(root, '.cache', 'pipeline', `${sha1(resolve(root, articlesDir)).slice(0, 12)}.json`);
}

/** A hash of the code that annotates and emits, and of the dependencies' lockfile. */
function pipelineVersion(): string {
  const hash = createHash('sha1');
  const folder = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).sort();
  for (const file of files) hash.update(file).update(readFileSync(join(folder, file)));
  const lockfile = join(folder, '..', '..', 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('hex');
}

export class ArticleCache {
  private readonly version = pipelineVersion();
  private readonly entries = new Map<string, Entry>();
  private readonly used = new Map<string, Entry>();
  readonly path: string;

  constructor(path: string) {
    this.path = path;
    try {
      const saved = JSON.parse(readFileSync(path, 'utf8')) as { version: string; entries: Record<string, Entry> };
      if (saved.version === this.version) for (const [file, entry] of Object.entries(saved.entries)) this.entries.set(file, entry);
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** The annotated article for this exact text, file and id, if an earlier run made it. */
  lookup(file: string, id: string, original: string): Annotated | undefined {
    const entry = this.entries.get(file);
    if (entry?.key !== this.keyOf(file, id, original)) return undefined;
    this.used.set(file, entry);
    return { ...entry.annotated, original, text: normaliseForMatching(original), messages: [...entry.annotated.messages] };
  }

  /** Keeps a freshly annotated article (before messages about other files are added to it). */
  store(file: string, id: string, original: string, annotated: Annotated): void {
    const { original: _original, text: _text, ...stored } = annotated;
    this.used.set(file, { key: this.keyOf(file, id, original), annotated: { ...stored, messages: [...stored.messages] } });
  }

  private keyOf(file: string, id: string, original: string): string {
    return sha1(`${id}\u0000${file}\u0000${original}`);
  }

  /**
   * The article's MDX from an earlier run if it was made for the same briefing data, and a way to
   * keep the MDX made now: the data is hashed once for both.
   */
  mdxFor(file: string, briefingData: unknown): { cached: string | undefined; keep: (text: string) => void } {
    const entry = this.used.get(file);
    const key = sha1(JSON.stringify(briefingData));
    return {
      cached: entry?.mdx?.key === key ? entry.mdx.text : undefined,
      keep: (text) => {
        if (entry) entry.mdx = { key, text };
      },
    };
  }

  /** Keeps the entries of this run only: articles that are gone leave the cache. */
  save(): void {
    mkdirSync(dirname(this.path), { recursive: true });
    writeFileSync(this.path, JSON.stringify({ version: this.version, entries: Object.fromEntries(this.used) }));
  }
}
